import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractTargets } from '../../core/entities';
import { buildGraph } from '../../core/graph';
import { parseDocument } from '../../core/parse/document';

const typed = (text: string): string[] => extractTargets(text).map((t) => `${t.targetKind} ${t.metric} ${t.comparator} ${t.value}`);

describe('targets: goals typed apart from rules, penalties and past figures', () => {
  it('takes forward-looking figures for goals, with or without a year', () => {
    expect(typed('到2025年，研发投入强度达到3%。')).toEqual(['goal 研发投入强度 = 3%']);
    expect(typed('力争高新技术企业突破1万家，专利授权量超过500件。')).toEqual(['goal 高新技术企业 > 1万家', 'goal 专利授权量 > 500件']);
    expect(typed('覆盖率提高到95%。')).toEqual(['goal 覆盖率 = 95%']);
  });

  it('under a deadline, takes a share that qualifies the noun after it (98%的行政村…) for a goal about that noun', () => {
    expect(typed('加快农村宽带网络建设，到2020年，98%的行政村实现光纤通达。')).toEqual(['goal 行政村实现光纤通达 = 98%']);
    expect(typed('到2025年，90%以上的县级医院达到二级医院服务能力。')).toEqual(['goal 县级医院达到二级医院服务能力 >= 90%以上']);
    expect(typed('到2022年，力争80%的企业完成数字化改造，50%的中小企业上云。')).toEqual(['goal 企业完成数字化改造 = 80%', 'goal 中小企业上云 = 50%']);
    // without a deadline, or a count rather than a share, it is no figure of its own
    expect(typed('2019年，95%的行政村通宽带。')).toEqual([]);
    expect(typed('到2025年，对3家及以上的企业给予支持。')).toEqual([]);
  });

  it('types the limits of rules as thresholds', () => {
    expect(typed('单笔贷款金额不超过500万元，担保费率原则上不高于1%。')).toEqual([
      'threshold 单笔贷款金额 <= 500万元', 'threshold 担保费率 <= 1%',
    ]);
    expect(typed('申请人年龄应在60周岁以下。')).toEqual(['threshold 申请人年龄 <= 60周岁以下']);
  });

  it('types fines and sanctions as penalties', () => {
    expect(typed('违反本条例规定的，处5万元以上10万元以下的罚款。').every((t) => t.startsWith('penalty'))).toBe(true);
    expect(typed('情节严重的，处违法所得1倍以上5倍以下罚款。').every((t) => t.startsWith('penalty'))).toBe(true);
  });

  it('types figures of the past as statistics', () => {
    expect(typed('截至2018年底，全国研发经费投入已达到1.97万亿元。').map((t) => t.split(' ')[0])).toEqual(['statistic']);
    expect(typed('2018年，全国技术合同成交额比上年增长18%以上。').map((t) => t.split(' ')[0])).toEqual(['statistic']);
    // a year written bare dates the figures of its paragraph; a deadline or an aim looks forward
    expect(typed('2018年，全国技术合同成交额增长18%，研发人员超过400万人。').map((t) => t.split(' ')[0])).toEqual(['statistic', 'statistic']);
    expect(typed('2025年前，煤炭消费比重降至40%以下。').map((t) => t.split(' ')[0])).toEqual(['goal']);
    expect(typed('2020年，力争研发投入强度达到2.5%。').map((t) => t.split(' ')[0])).toEqual(['goal']);
    // a tally (累计完成, 共有) is a past figure, unless a deadline ahead says what it is to come to
    expect(typed('截至2015年底，累计完成投资3000亿元。').map((t) => t.split(' ')[0])).toEqual(['statistic']);
    expect(typed('到2018年，累计完成投资5000亿元左右。')).toEqual(['goal 累计完成投资 = 5000亿元左右']);
    // a goal of a year before the document's, or of a plan period gone by, is a figure of the past by then
    const inYear = (text: string, year: number) => extractTargets(text, undefined, year).map((t) => t.targetKind);
    expect(inYear('“十四五”期间，全国单位国内生产总值能源消耗降低13.5%。', 2026)).toEqual(['statistic']);
    expect(inYear('“十四五”期间，全国单位国内生产总值能源消耗降低13.5%。', 2021)).toEqual(['goal']);
    expect(inYear('到2025年，研发投入强度达到3%。', 2026)).toEqual(['statistic']);
    expect(inYear('到2025年底，研发投入强度达到3%。', 2025)).toEqual(['goal']);
  });

  it('reads metrics listed with 、 after a value, each with its own comparator, in one clause', () => {
    expect(typed('到2020年，常住人口城镇化率达到60%左右、户籍人口城镇化率达到45%左右。')).toEqual([
      'goal 常住人口城镇化率 = 60%左右', 'goal 户籍人口城镇化率 = 45%左右',
    ]);
    expect(typed('到2020年，森林覆盖率达到23%、湿地保护率提高到50%以上、每万人口发明专利拥有量达到12件。')).toEqual([
      'goal 森林覆盖率 = 23%', 'goal 湿地保护率 >= 50%以上', 'goal 每万人口发明专利拥有量 = 12件',
    ]);
    // values listed for 分别 stay one metric's list
    expect(typed('到2020年，单位能耗和排放分别下降15%、18%。')).toHaveLength(2);
  });

  it('puts only goals in the graph', () => {
    const text = '一、目标\n（一）到2025年，研发投入强度达到3%。\n（二）单笔贷款金额不超过500万元。违反规定的，处5万元以下罚款。\n';
    const graph = buildGraph([parseDocument(text, 'kinds.txt')]);
    const targets = graph.filterNodes((_id, a) => a.kind === 'target').map((id) => graph.getNodeAttributes(id));
    expect(targets.map((a) => a.label)).toEqual(['2025: 研发投入强度 3%']);
    expect(targets.every((a) => a.kind === 'target' && a.targetKind === 'goal')).toBe(true);
  });
});

describe('targets: amounts with their whole unit', () => {
  it('keeps the magnitude with the unit, the amount as written', () => {
    expect(extractTargets('到2025年，基金总规模达到2万亿元。')[0]).toMatchObject({ metric: '基金总规模', value: '2万亿元', amount: 2, unit: '万亿元' });
    expect(extractTargets('到2025年，投资超过3000亿元。')[0]).toMatchObject({ amount: 3000, unit: '亿元' });
  });

  it('keeps the noun of a measure word', () => {
    expect(extractTargets('审批时限压缩至5个工作日以内。')[0]).toMatchObject({ value: '5个工作日以内', amount: 5, unit: '个工作日', comparator: '<=' });
    expect(extractTargets('办理时间不超过3个月。')[0]).toMatchObject({ amount: 3, unit: '个月' });
  });
});

describe('targets: one comparator per word', () => {
  it('reads 以上/不低于 as ≥, 以下/不超过 as ≤, 超过 as >', () => {
    const text = '到2030年，企业数量达到100家以上，能耗强度降至1%以下，研发人员不低于5万人，排放总量不超过20万吨，出口额超过30亿美元，骨干企业50家以上。';
    expect(extractTargets(text).map((t) => t.comparator)).toEqual(['>=', '<=', '>=', '<=', '>', '>=']);
  });

  it('holds for any value and unit after each word', () => {
    const WORDS: Array<[string, string, string]> = [['不低于', '', '>='], ['不超过', '', '<='], ['超过', '', '>'], ['达到', '以上', '>='], ['达到', '以下', '<='], ['', '以上', '>='], ['', '以下', '<=']];
    fc.assert(fc.property(fc.constantFrom(...WORDS), fc.integer({ min: 1, max: 9999 }), fc.constantFrom('%', '家', '亿元', '个'), ([before, after, cmp], n, unit) => {
      const [t] = extractTargets(`到2025年，骨干企业数量${before}${n}${unit}${after}。`);
      expect(t?.comparator).toBe(cmp);
      expect(t?.amount).toBe(n);
    }), { numRuns: 200 });
  });
});

describe('targets: 分别 pairs each figure with its item', () => {
  it('pairs whole metrics in a list', () => {
    const found = extractTargets('到2025年，常住人口城镇化率和户籍人口城镇化率分别达到65%和55%。');
    expect(found.map((t) => `${t.metric} ${t.value}`)).toEqual(['常住人口城镇化率 65%', '户籍人口城镇化率 55%']);
    // 及 of 地级及以上 joins no items
    expect(extractTargets('到2025年，地级及以上城市空气质量优良天数比率和地表水优良水体比例分别达到80%和85%。').map((t) => `${t.metric} ${t.value}`))
      .toEqual(['地级及以上城市空气质量优良天数比率 80%', '地表水优良水体比例 85%']);
  });

  it('pairs parallel words that share the head and the subject', () => {
    expect(extractTargets('到2025年，小麦耕、种、收综合机械化率分别达到98%、95%和97%。').map((t) => `${t.metric} ${t.value}`)).toEqual([
      '小麦耕综合机械化率 98%', '小麦种综合机械化率 95%', '小麦收综合机械化率 97%',
    ]);
    expect(extractTargets('到2022年，小学、初中入学率分别达到99%和95%。').map((t) => t.metric)).toEqual(['小学入学率', '初中入学率']);
  });

  it('items of uneven lengths share the tail from a measure\'s word on (排放总量)', () => {
    expect(extractTargets('到2030年，化学需氧量、氨氮、氮氧化物、挥发性有机物排放总量分别下降8%、8%、10%和10%。').map((t) => `${t.metric} ${t.value}`)).toEqual([
      '化学需氧量排放总量下降 8%', '氨氮排放总量下降 8%', '氮氧化物排放总量下降 10%', '挥发性有机物排放总量下降 10%',
    ]);
  });

  it('keeps the metric as written when the counts differ', () => {
    expect(extractTargets('到2025年，东部、中部和西部地区覆盖率分别达到90%和80%。').map((t) => t.metric)).toEqual([
      '东部、中部和西部地区覆盖率', '东部、中部和西部地区覆盖率',
    ]);
  });
});
