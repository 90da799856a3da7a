import { describe, expect, it } from 'vitest';
import { extractTargets } from '../../core/entities';
import { corpusText, itemText, seedText } from './fixture-text';

const brief = (text: string): string[] =>
  extractTargets(text).map((t) => `${t.year ?? '-'} ${t.metric} ${t.comparator ?? '?'} ${t.value}`);

describe('extractTargets', () => {
  it('reads the seed’s main targets for 2025', () => {
    const text = '到2025年，西部科学城建成若干国际领先的重大创新平台和研究基地，“科教产城人”融合发展体系基本建立，全社会研发经费投入占地区生产总值比重超过5%，万人高价值发明专利达到80件以上，国家高新技术企业7000家以上，高技术产业营收年均增速8%，技术合同成交额年均增速5%以上。';
    expect(brief(text)).toEqual([
      '2025 全社会研发经费投入占地区生产总值比重 > 5%',
      '2025 万人高价值发明专利 >= 80件以上',
      '2025 国家高新技术企业 >= 7000家以上',
      '2025 高技术产业营收年均增速 = 8%',
      '2025 技术合同成交额年均增速 >= 5%以上',
    ]);
    const [share, patents] = extractTargets(text);
    expect(share).toMatchObject({ amount: 5, unit: '%' });
    expect(patents).toMatchObject({ amount: 80, unit: '件' });
    expect(text.slice(share.start, share.end)).toBe('全社会研发经费投入占地区生产总值比重超过5%');
  });

  it('keeps magnitude words with the unit and the amount as written', () => {
    const [t] = extractTargets('到2020年，其中灌排机械动力达到1.2亿千瓦。');
    expect(t).toMatchObject({ metric: '灌排机械动力', year: 2020, value: '1.2亿千瓦', amount: 1.2, unit: '亿千瓦', comparator: '=' });
  });

  it('分别比2020年下降: the comparison after 分别 is each item\'s', () => {
    const read = (s: string) => extractTargets(s).map((t) => `${t.metric} ${t.value}`);
    expect(read('到2025年，单位国内生产总值能源消耗和二氧化碳排放分别比2020年下降13.5%、18%。')).toEqual([
      '单位国内生产总值能源消耗比2020年下降 13.5%', '二氧化碳排放比2020年下降 18%',
    ]);
  });

  it('a work plan\'s 全年 is the document\'s year; 在 and 为 that set the value are no part of the metric', () => {
    const read = (s: string) => extractTargets(s, undefined, 2019).map((t) => `${t.targetKind} ${t.metric} ${t.value} ${t.year}`);
    expect(read('全年粮食产量保持在1.3万亿斤以上，居民消费价格涨幅3%左右。')).toEqual(['goal 粮食产量 1.3万亿斤以上 2019', 'goal 居民消费价格涨幅 3%左右 2019']);
    expect(read('今年城镇新增就业要在1100万人以上，城镇登记失业率4.5%以内。')).toEqual(['goal 城镇新增就业 1100万人以上 2019', 'goal 城镇登记失业率 4.5%以内 2019']);
    expect(read('2018年全年国内生产总值增长6.6%。')).toEqual(['statistic 国内生产总值增长 6.6% 2018']);
    // a span counted from the document's date (用3年时间) is a deadline; without the date it places nothing
    expect(read('力争用3年时间，培育100家左右国家级专精特新“小巨人”企业。')).toEqual(['goal 培育国家级专精特新“小巨人”企业 100家左右 2022']);
    expect(read('用两年左右时间，新增就业100万人。')).toEqual(['goal 新增就业 100万人 2021']);
    // nouns that end in 在 or 为 keep it
    expect(read('到2020年，违法行为发生率为5%以下，存在问题的企业比例降至3%。').map((t) => t.split(' ')[1])).toEqual(['违法行为发生率', '存在问题的企业比例']);
  });

  it('keeps the measures of energy, power and the environment whole: their 千, 兆 and 吉 are no magnitude', () => {
    const units = (s: string) => extractTargets(s).map((t) => `${t.amount} ${t.unit}`);
    expect(units('到2020年，户均配变容量不低于2千伏安，新增装机300兆瓦。')).toEqual(['2 千伏安', '300 兆瓦']);
    expect(units('到2025年，能源消费总量控制在50亿吨标准煤以内，细颗粒物浓度下降到35微克/立方米，宽带接入能力达到100Mbps。')).toEqual([
      '50 亿吨标准煤', '35 微克/立方米', '100 Mbps',
    ]);
    expect(units('到2020年，新增耕地50千公顷，建设5千个站点。')).toEqual(['50 千公顷', '5 千个']);
  });

  it('maps the comparators of the genre', () => {
    const text = '到2030年，单位产值能耗不低于1.5吨，重点企业排放控制在20万吨以内，事故死亡率低于2%，财政投入不少于30亿元，覆盖率提高到95%，企业数量超过200家，平均费率降至1%以下，服务网点达到3000个以上。';
    expect(extractTargets(text).map((t) => [t.metric, t.comparator])).toEqual([
      ['单位产值能耗', '>='], ['重点企业排放', '<='], ['事故死亡率', '<'], ['财政投入', '>='], ['覆盖率', '='],
      ['企业数量', '>'], ['平均费率', '<='], ['服务网点', '>='],
    ]);
  });

  it('lets a scope govern the clauses after it until the next scope or the end of the paragraph', () => {
    const text = '到2022年，孵化器数量达到100家，在孵企业超过2万家。2025年前，孵化器数量达到150家。\n孵化器数量达到200家。';
    expect(brief(text)).toEqual([
      '2022 孵化器数量 = 100家', '2022 在孵企业 > 2万家', '2025 孵化器数量 = 150家', '- 孵化器数量 = 200家',
    ]);
    expect(brief('力争到2020年底，全省高新技术企业达到5000家。')).toEqual(['2020 全省高新技术企业 = 5000家']);
  });

  it('gives one target per value for 分别, paired with its item of the list, and strips adverbs around the metric', () => {
    expect(brief('到2025年，花生种植、收获机械化率分别达到65%和55%，其中马铃薯种植、收获机械化率均达到45%。')).toEqual([
      '2025 花生种植机械化率 = 65%', '2025 花生收获机械化率 = 55%', '2025 马铃薯种植、收获机械化率 = 45%',
    ]);
  });

  it('reads reductions against a base year, volumes and capacities', () => {
    expect(brief('到2030年，单位产值排放比2005年下降65%以上；清洁能源消费比重达到25%左右，风电总装机容量达到12亿千瓦以上；森林蓄积量达到190亿立方米。')).toEqual([
      '2030 单位产值排放比2005年下降 >= 65%以上', '2030 清洁能源消费比重 = 25%左右', '2030 风电总装机容量 >= 12亿千瓦以上', '2030 森林蓄积量 = 190亿立方米',
    ]);
    expect(extractTargets('到2030年，森林蓄积量达到190亿立方米。')[0]).toMatchObject({ amount: 190, unit: '亿立方米' });
  });

  it('takes 2030年前 for a scope only where it opens a clause', () => {
    expect(brief('组织落实2030年前碳达峰行动方案，覆盖率达到90%。')).toEqual(['- 覆盖率 = 90%']);
    expect(brief('2030年前，煤炭消费比重降至40%以下。')).toEqual(['2030 煤炭消费比重 <= 40%以下']);
    expect(brief('到2025年，不低于30%。')).toEqual([]);
  });

  it('reads full-width digits and percent signs', () => {
    expect(extractTargets('到２０２５年，研发投入强度超过２．５％。')).toEqual([
      { metric: '研发投入强度', value: '２．５％', amount: 2.5, unit: '%', comparator: '>', year: 2025, targetKind: 'goal', start: 7, end: 19 },
    ]);
  });

  it('takes the counted noun after the value when a verb precedes it', () => {
    expect(brief('到2022年，每年培育100家以上科技型中小企业，全国高新技术企业数量达到18万家左右。')).toEqual([
      '2022 每年培育科技型中小企业 >= 100家以上', '2022 全国高新技术企业数量 = 18万家左右',
    ]);
  });

  it('is not fooled by numbers that are not targets', () => {
    expect(extractTargets('力争用3年时间，新增就业100万人。')).toEqual([]);
    expect(extractTargets('到2025年，西部科学城建成若干重大创新平台，科技综合实力迈入全国前列。')).toEqual([]);
    expect(extractTargets('计算方法：日间手术台次数/同期出院患者择期手术总台次数×100%。')).toEqual([]);
    expect(extractTargets('入围生产企业在3家及以上的，采取招标采购的方式。')).toEqual([]);
    expect(extractTargets('按照试点地区所有公立医疗机构年度药品总用量的60%—70%估算采购总量。')).toEqual([]);
    expect(extractTargets('根据国发〔2019〕5号文件，将2016年实施的24项措施调整。')).toEqual([]);
    expect(extractTargets('按不低于采购金额的30%提前预付给医疗机构。')).toEqual([]);
  });

  it('takes the metric from the clause before when the clause opens with the comparator', () => {
    expect(brief('单户担保金额500万元以上的再担保业务收费，原则上不高于承担风险责任的0.5%。')).toEqual([
      '- 单户担保金额500万元以上的再担保业务收费 <= 0.5%',
    ]);
  });

  it('gives a rate with no subject of its own the metric of the clause before (营业收入…，年均增长10%以上)', () => {
    const found = extractTargets('力争到2025年，产业营业收入突破10万亿元，年均增长10%以上。');
    expect(found.map((t) => `${t.metric} ${t.comparator} ${t.value}`)).toEqual(['产业营业收入 > 10万亿元', '产业营业收入年均增长 >= 10%以上']);
    // with no clause before it, it stays as written
    expect(extractTargets('到2025年，年均增长10%以上。').map((t) => t.metric)).toEqual(['年均增长']);
  });
});

describe('extractTargets on the seed and corpus', () => {
  it('seed （二）: five targets, all for 2025', () => {
    const found = extractTargets(itemText(seedText(), '（二）'));
    expect(found).toHaveLength(5);
    expect(found.every((t) => t.year === 2025)).toBe(true);
  });

  it('gov-15: mechanisation targets for 2020 and 2025', () => {
    const found = extractTargets(corpusText('gov-15'));
    const y2020 = found.filter((t) => t.year === 2020).map((t) => `${t.metric} ${t.comparator} ${t.value}`);
    expect(y2020).toEqual(['全国农机总动力 > 10亿千瓦', '灌排机械动力 = 1.2亿千瓦', '全国农作物耕种收综合机械化率 = 70%']);
    const y2025 = found.filter((t) => t.year === 2025);
    expect(y2025.map((t) => t.value)).toEqual(['11亿千瓦左右', '1.3亿千瓦', '75%', '55%', '45%', '60%', '65%', '55%', '50%', '65%', '30%', '50%左右']);
    expect(y2025[3].metric).toBe('丘陵山区县（市、区）农作物耕种收综合机械化率');
    expect(found.every((t) => t.year === 2020 || t.year === 2025)).toBe(true);
  });

  it('gov-02: rules with a comparator are targets without a year', () => {
    const found = extractTargets(corpusText('gov-02'));
    expect(found.length).toBeGreaterThanOrEqual(5);
    expect(found.every((t) => t.year === undefined)).toBe(true);
    expect(found.map((t) => t.metric)).toContain('合作机构支小支农担保金额占全部担保金额的比例');
  });

  it('gov-04: calculation formulas are not targets', () => {
    expect(extractTargets(corpusText('gov-04')).filter((t) => t.value.includes('100%'))).toEqual([]);
  });
});

/**
 * Only the clauses that hold a digit (or the 番/之 of a value in words) are read, found from the text's marks; what a
 * clause takes from the clauses before it must not depend on whether those were read.
 */
describe('extractTargets across clauses that state no value', () => {
  it('ends a scope with its paragraph even when no clause with a value ends there', () => {
    expect(brief('到2025年，研发投入强度达到3%；\n专利授权量超过500件。')).toEqual(['2025 研发投入强度 = 3%', '- 专利授权量 > 500件']);
  });

  it('keeps a scope over clauses without values', () => {
    expect(brief('到2025年，研发投入强度达到3%，新建实验室，专利授权量超过500件。')).toEqual(['2025 研发投入强度 = 3%', '2025 专利授权量 > 500件']);
  });

  it('borrows the metric of a previous clause that holds no digit, where it starts', () => {
    const [t] = extractTargets('再担保费率，原则上不高于0.5%。');
    expect(t).toMatchObject({ metric: '再担保费率', comparator: '<=', value: '0.5%', start: 0 });
    expect(brief('2024年，专利超过10件；合作项目，原则上不少于5项。')).toEqual(['2024 专利 > 10件', '2024 合作项目 >= 5项']);
  });

  it('borrows no metric from a scope', () => {
    expect(extractTargets('到2025年，原则上不低于3%。')).toEqual([]);
  });

  it('reads 以上 after the value, not the 以前 of the scope', () => {
    expect(brief('到2025年以前，培育高新技术企业100家以上。')).toEqual(['2025 培育高新技术企业 >= 100家以上']);
  });
});


describe('extractTargets: the scopes and counts of plans', () => {
  it('a five-year plan’s period is a scope ending with the plan; 以来 looks back', () => {
    expect(brief('“十四五”期间，单位国内生产总值能耗降低13.5%，二氧化碳排放降低18%。'))
      .toEqual(['2025 单位国内生产总值能耗降低 = 13.5%', '2025 二氧化碳排放降低 = 18%']);
    expect(extractTargets('十三五时期，新增高速铁路营业里程3万公里以上。')[0]).toMatchObject({ year: 2020, targetKind: 'goal' });
    // the plans before 十五 were 计划 and are named by one numeral: “九五” ends in 2000, “八五” in 1995
    expect(brief('“九五”期间，城镇新增就业4000万人以上。')).toEqual(['2000 城镇新增就业 >= 4000万人以上']);
    expect(extractTargets('“八五”计划期间，国内生产总值年均增长8%。')[0]).toMatchObject({ year: 1995, targetKind: 'goal' });
    // this year and the next, counted from the document's date where it is known
    const work = (text: string) => extractTargets(text, undefined, 2014).map((t) => `${t.targetKind} ${t.year} ${t.metric} ${t.value}`);
    expect(work('今年再取消和下放行政审批事项200项以上。')).toEqual(['goal 2014 再取消和下放行政审批事项 200项以上']);
    expect(work('年内完成500万套保障房建设。明年，新增就业1000万人以上。')).toEqual(['goal 2014 完成保障房建设 500万套', 'goal 2015 新增就业 1000万人以上']);
    expect(work('今年以来，出口增长了5%。')).toEqual(['statistic 2014 出口增长 5%']);
    expect(extractTargets('今年再取消和下放行政审批事项200项以上。')[0].year).toBeUndefined();
    // the end of this century (said in the 1990s) and the middle of it
    expect(brief('到本世纪末，全国森林覆盖率达到15%。')).toEqual(['2000 全国森林覆盖率 = 15%']);
    expect(brief('到本世纪中叶，城镇化率达到70%以上。')).toEqual(['2050 城镇化率 >= 70%以上']);
    expect(extractTargets('“十三五”以来，全国累计新增就业6000万人以上。').map((t) => t.targetKind)).toEqual(['statistic']);
    // a plan named, not its period
    expect(extractTargets('落实“十四五”规划纲要，新增就业100万人。')).toEqual([]);
  });

  it('a work plan\'s 全年 after the metric is no part of it', () => {
    expect(extractTargets('城镇调查失业率全年控制在5.5%以内。', undefined, 2022).map((t) => `${t.year} ${t.metric} ${t.comparator} ${t.value}`))
      .toEqual(['2022 城镇调查失业率 <= 5.5%以内']);
  });

  it('a verb that counts after the comparator is the metric\'s, with its noun (至少实施5个产业帮扶项目)', () => {
    expect(brief('确保2025年底前每个定点县至少实施5个产业帮扶项目。')).toEqual(['2025 每个定点县实施产业帮扶项目 >= 5个']);
    expect(brief('到2030年，至少新增50个国家级示范区，覆盖全部地级市。')).toEqual(['2030 新增国家级示范区 >= 50个']);
    // no verb: the comparator's subject alone
    expect(brief('到2025年，培训人数不少于100万人。')).toEqual(['2025 培训人数 >= 100万人']);
  });

  it('counts people helped, trained, employed or placed, and projects carried out (吸纳, 帮助, 培训, 安置, 实施)', () => {
    expect(brief('到2025年，共建产业园区达到300个以上，吸纳农村劳动力就业50万人。')).toEqual([
      '2025 共建产业园区 >= 300个以上', '2025 吸纳农村劳动力就业 = 50万人',
    ]);
    expect(brief('到2022年，累计培训农民工500万人次。')).toEqual(['2022 累计培训农民工 = 500万人次']);
    expect(brief('到2025年实施10项重大工程。')).toEqual(['2025 实施重大工程 = 10项']);
    // 实施 of a span of time counts nothing
    expect(extractTargets('到2025年，实施3年行动计划。')).toEqual([]);
  });

  it('under a deadline, a count of any quantity closing its clause after its noun is a goal', () => {
    expect(brief('到2025年，新建铁路5000公里，新增高标准农田1亿亩。')).toEqual(['2025 新建铁路 = 5000公里', '2025 新增高标准农田 = 1亿亩']);
    expect(brief('到2025年，累计建成5G基站300万个。')).toEqual(['2025 累计建成5G基站 = 300万个']);
    // a time or a share needs a comparator of its own to be a figure
    expect(extractTargets('到2025年，形成3年滚动计划。')).toEqual([]);
  });

  it('under a deadline, an amount right after a verb of making is what the noun after it is done to', () => {
    expect(brief('到2030年，完成5.3亿吨粗钢产能超低排放改造，新建5000公里高速铁路。')).toEqual(['2030 完成粗钢产能超低排放改造 = 5.3亿吨', '2030 新建高速铁路 = 5000公里']);
    expect(extractTargets('到2030年，实施3年行动，完成30%改造任务。')).toEqual([]);
  });

  it('a return period is a standard\'s unit, not a span of years', () => {
    expect(brief('到2030年重要城镇防洪标准达到20年一遇至50年一遇，城市防洪标准达到100年一遇。'))
      .toEqual(['2030 重要城镇防洪标准 = 20年一遇至50年一遇', '2030 城市防洪标准 = 100年一遇']);
  });

  it('a rate compared rather than stated takes the comparator between the rate and the value', () => {
    expect(brief('力争到2027年，全国数据产业规模年均增速超过15%，规模以上工业增加值年均增长不低于6%。')).toEqual([
      '2027 全国数据产业规模年均增速 > 15%', '2027 规模以上工业增加值年均增长 >= 6%',
    ]);
  });

  it('under a deadline, an amount closing the clause after the work and what it is done on measures that work', () => {
    expect(brief('到2030年完成沙化土地治理1000万亩，完成农村公路改造1200公里。')).toEqual(['2030 完成沙化土地治理 = 1000万亩', '2030 完成农村公路改造 = 1200公里']);
    // a verb with nothing it is done on names no work; without a deadline an amount done is no goal
    expect(extractTargets('到2030年，新建1000万亩，完成治理500公里。')).toEqual([]);
    expect(extractTargets('完成沙化土地治理1000万亩。')).toEqual([]);
  });

  it('reads the lists of 分别 by where their items share a tail, and gives one value to each item where the reading is sure', () => {
    // the middle items give the last one's own part; the longest of them when they differ
    expect(brief('到2015年，全国化学需氧量、氨氮、二氧化硫、氮氧化物排放总量分别控制在2347.6万吨、238.0万吨、2086.4万吨、2046.2万吨。')).toEqual([
      '2015 全国化学需氧量排放总量 <= 2347.6万吨', '2015 氨氮排放总量 <= 238.0万吨', '2015 二氧化硫排放总量 <= 2086.4万吨', '2015 氮氧化物排放总量 <= 2046.2万吨',
    ]);
    // two parallel items: the same first character, or the first's end in the same place
    expect(brief('到2020年，高速铁路和高速公路里程分别达到3万公里和15万公里。')).toEqual(['2020 高速铁路里程 = 3万公里', '2020 高速公路里程 = 15万公里']);
    expect(brief('到2020年，城镇居民和农村居民人均可支配收入分别增长50%和60%。'))
      .toEqual(['2020 城镇居民人均可支配收入增长 = 50%', '2020 农村居民人均可支配收入增长 = 60%']);
    expect(brief('到2020年，基本养老保险、基本医疗保险参保率分别达到90%和95%以上。')).toEqual(['2020 基本养老保险参保率 = 90%', '2020 基本医疗保险参保率 >= 95%以上']);
    // a first item that is a measure of its own: whole items, the rate word after 分别 kept by each
    expect(brief('到2020年，单位国内生产总值能耗和二氧化碳排放分别下降15%、18%。')).toEqual(['2020 单位国内生产总值能耗下降 = 15%', '2020 二氧化碳排放下降 = 18%']);
    // one value for the list: each item's
    expect(brief('到2015年，化学需氧量、二氧化硫排放量分别减少8%。')).toEqual(['2015 化学需氧量减少 = 8%', '2015 二氧化硫排放量减少 = 8%']);
    // 人均 and 平均 are no 均 of "each"
    expect(brief('到2020年，城乡居民人均可支配收入增长50%。')).toEqual(['2020 城乡居民人均可支配收入增长 = 50%']);
  });

  it('reads 减少, 增加, 压减, 缩短 as rates, with the object the verb takes before the value', () => {
    expect(brief('到2020年，审批时间缩短50%以上，压减粗钢产能3000万吨左右，研发投入强度提高近0.5个百分点。')).toEqual([
      '2020 审批时间缩短 >= 50%以上', '2020 压减粗钢产能 = 3000万吨左右', '2020 研发投入强度提高 = 0.5个百分点',
    ]);
  });

  it('under a deadline, counts listed after a verb that retires things are goals, the verb lent to each', () => {
    expect(brief('到2015年，淘汰炼铁落后产能1000万吨、炼钢780万吨、水泥3.7亿吨。')).toEqual([
      '2015 淘汰炼铁落后产能 = 1000万吨', '2015 淘汰炼钢 = 780万吨', '2015 淘汰水泥 = 3.7亿吨',
    ]);
    expect(brief('到2020年，关闭小煤矿500处，完成造林1亿亩。')).toEqual(['2020 关闭小煤矿 = 500处', '2020 完成造林 = 1亿亩']);
    // a list that goes on with something else does not close the clause
    expect(brief('到2015年，淘汰炼铁落后产能1000万吨、炼钢等行业。')).toEqual([]);
  });

  it('takes a year written bare from the document\'s year on for the year of a plan, not of a past figure', () => {
    const dated = (text: string, year: number) => extractTargets(text, undefined, year).map((t) => `${t.targetKind} ${t.year} ${t.metric} ${t.value}`);
    const text = '2012年单位国内生产总值能耗降低3.5%以上。2011年全国单位国内生产总值能耗下降2.01%。';
    expect(dated(text, 2012)).toEqual(['goal 2012 单位国内生产总值能耗降低 3.5%以上', 'statistic 2011 全国单位国内生产总值能耗下降 2.01%']);
    expect(dated(text, 2014).map((t) => t.split(' ')[0])).toEqual(['statistic', 'statistic']);
    // what the sentence says of the past still says it
    expect(dated('2012年，全国粮食产量达到了5.9亿吨。', 2012)).toEqual(['statistic 2012 全国粮食产量 5.9亿吨']);
    // without a count or comparator word, a counted noun needs the plan's year too
    expect(dated('2013年，新建保障性住房500万套。', 2013)).toEqual(['goal 2013 新建保障性住房 500万套']);
  });

  it('under a deadline or in the year of a work plan, an amount about which a metric should stand is a goal', () => {
    const work = (text: string) => extractTargets(text, undefined, 2021).map((t) => `${t.targetKind} ${t.year} ${t.metric} ${t.comparator} ${t.value}`);
    expect(work('今年发展主要预期目标是：城镇新增就业1100万人以上，城镇调查失业率5.5%左右；居民消费价格涨幅3%左右。')).toEqual([
      'goal 2021 城镇新增就业 >= 1100万人以上', 'goal 2021 城镇调查失业率 = 5.5%左右', 'goal 2021 居民消费价格涨幅 = 3%左右',
    ]);
    // a span of time is none, and without a deadline the figure is not read as one
    expect(work('到2025年，力争用3年左右时间完成改造，经过5年左右努力基本建成体系。')).toEqual([]);
    expect(extractTargets('城镇调查失业率5.5%左右。')).toEqual([]);
  });
});
