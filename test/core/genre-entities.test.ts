import { describe, expect, it } from 'vitest';
import { extractPlatforms, extractRegions, extractTargets } from '../../core/entities';

const platforms = (t: string): string[] => extractPlatforms(t).map((p) => p.name);
const regions = (t: string): string[] => extractRegions(t).map((r) => r.name);

describe('genre: national platforms whose field contains 和/及', () => {
  it('keeps the whole field before a national designation', () => {
    expect(platforms('支持建设节能降碳和新能源技术产品研发国家重点实验室。')).toEqual(['节能降碳和新能源技术产品研发国家重点实验室']);
    expect(platforms('推动建设先进制造和自动化国家技术创新中心，建设生物医药及医疗器械国家工程研究中心。'))
      .toEqual(['先进制造和自动化国家技术创新中心', '生物医药及医疗器械国家工程研究中心']);
  });
  it('does not join a list of platforms, or a plain noun, across 和', () => {
    expect(platforms('建设国家实验室和国家重点实验室。')).toEqual(['国家实验室', '国家重点实验室']);
    expect(platforms('支持高校和国家重点实验室开放共享。')).toEqual(['国家重点实验室']);
    expect(platforms('建设中试基地和技术创新中心。')).toEqual(['中试基地']);
  });
  it('a place before 和 is listed beside a national name, not part of its field', () => {
    expect(platforms('严格保护鄱阳湖、洞庭湖和三江源国家公园生态环境。')).toEqual(['三江源国家公园']);
    expect(regions('严格保护鄱阳湖、洞庭湖和三江源国家公园生态环境。')).toEqual(['鄱阳湖', '洞庭湖', '三江源']);
  });
  it('zones named 实验区 and national cultural parks are platforms; a class alone is not', () => {
    expect(platforms('依托郑州航空港经济综合实验区建设国际物流枢纽。')).toEqual(['郑州航空港经济综合实验区']);
    expect(platforms('推进黄河国家文化公园建设。')).toEqual(['黄河国家文化公园']);
    expect(platforms('设立国家级实验区。')).toEqual([]);
  });
  it('offsets slice back to the name', () => {
    const t = '支持建设节能降碳和新能源技术产品研发国家重点实验室。';
    for (const p of extractPlatforms(t)) expect(t.slice(p.start, p.end)).toBe(p.name);
  });
});

describe('genre: areas listed beside a named area', () => {
  it('a named area whose modifier holds an area of its own lends no head to the places before it', () => {
    expect(regions('加强长三角、珠三角、京津冀、成渝地区双城经济圈建设。')).toEqual(['长三角', '珠三角', '京津冀', '成渝地区双城经济圈']);
    expect(regions('加强长江、黄河流域生态保护。')).toEqual(['长江流域', '黄河流域']);
  });
});

describe('genre: names that are also words, and names several divisions share', () => {
  it('a prefecture whose short form is a word is a place only where the text lists it with places', () => {
    expect(regions('支持普洱、西双版纳发展茶产业。')).toEqual(['普洱市', '西双版纳傣族自治州']);
    expect(regions('发展朝阳产业，推动普洱茶产业发展，实现世界大同。')).toEqual([]);
  });
  it('a shared full name is placed by the nearest place after it when none stands before it', () => {
    expect(extractRegions('在通州区建设北京城市副中心。').map((r) => `${r.name}:${r.code ?? ''}`)).toEqual(['通州区:110112', '北京市:']);
    expect(regions('在朝阳区开展试点。')).toEqual([]);
  });
});

describe('genre: places inside organisation names', () => {
  it('does not report a province that begins a company, bank, hospital or university name', () => {
    expect(regions('支持中国宝武钢铁集团有限公司、江苏银行、四川长虹电器股份有限公司、浙江省人民医院、广东电网有限责任公司开展试点。')).toEqual([]);
    expect(regions('支持上海交通大学、云南白药集团、湖南省农业科学院发展。')).toEqual([]);
  });
  it('still reports the place in running text and in a government name', () => {
    expect(regions('在江苏、浙江开展试点，支持建设一流大学。')).toEqual(['江苏省', '浙江省']);
    expect(regions('（四川省人民政府负责）')).toEqual(['四川省']);
    expect(regions('支持广东建设国际科技创新中心。')).toEqual(['广东省']);
  });
});

describe('genre: targets written in Chinese numerals', () => {
  const t = (s: string) => extractTargets(s).map((x) => `${x.metric}|${x.value}|${x.amount}|${x.unit ?? ''}|${x.comparator ?? ''}|${x.year ?? ''}`);
  it('翻一番 and 翻两番: a doubling and a quadrupling', () => {
    expect(t('到2030年，重点行业能源利用效率翻一番。')).toEqual(['重点行业能源利用效率|翻一番|2|倍|=|2030']);
    expect(t('经济总量翻两番。')).toEqual(['经济总量|翻两番|4|倍|=|']);
  });
  it('X分之Y and 百分之X, with the rate word kept in the metric as for digits', () => {
    expect(t('到2025年，再生资源利用量提高三分之一。')).toEqual(['再生资源利用量提高|三分之一|33.33|%|=|2025']);
    expect(t('到2025年，覆盖率达到百分之九十以上。')).toEqual(['覆盖率|百分之九十以上|90|%|>=|2025']);
  });
  it('offsets slice back to metric … value', () => {
    const s = '到2030年，重点行业能源利用效率翻一番，再生资源利用量提高三分之一。';
    const found = extractTargets(s);
    expect(found).toHaveLength(2);
    for (const x of found) expect(s.slice(x.start, x.end).endsWith(x.value)).toBe(true);
  });
  it('ignores Chinese numerals that are not values', () => {
    expect(t('三分之一以上的成员单位参加会议的，会议有效。')).toEqual([]);
    expect(t('实施“一带一路”科技创新行动计划。')).toEqual([]);
  });
});
