import { describe, expect, it } from 'vitest';
import { extractPlatforms } from '../../core/entities';
import { corpusText, itemText, seedText } from './fixture-text';

const names = (text: string): string[] => extractPlatforms(text).map((p) => p.name);
const kinds = (text: string): Record<string, string> => Object.fromEntries(extractPlatforms(text).map((p) => [p.name, p.platformKind]));

describe('extractPlatforms: names as written', () => {
  it('takes the listed facilities, not the verb before them or the 等设施 after them', () => {
    const text = '推动跨尺度矢量光场时空调控验证装置、电磁驱动聚变装置等设施加快落实前提条件';
    expect(names(text)).toEqual(['跨尺度矢量光场时空调控验证装置', '电磁驱动聚变装置']);
    expect(kinds(text)['电磁驱动聚变装置']).toBe('facility');
  });

  it('reads a four-item list of mixed heads as four facilities', () => {
    const text = '加强大规模分布孔径深空探测雷达、空间太阳能电站关键系统综合研究设施、多态耦合轨道交通动模试验平台、柔性基底微纳结构成像系统研究装置等探索预研。';
    const found = extractPlatforms(text);
    expect(found.map((p) => p.name)).toEqual([
      '大规模分布孔径深空探测雷达', '空间太阳能电站关键系统综合研究设施', '多态耦合轨道交通动模试验平台', '柔性基底微纳结构成像系统研究装置',
    ]);
    expect(new Set(found.map((p) => p.platformKind))).toEqual(new Set(['facility']));
  });

  it('stops at the verbs of the genre, also when two of them overlap (培育创建成渝…)', () => {
    expect(names('培育创建成渝国家技术创新中心。')).toEqual(['成渝国家技术创新中心']);
    expect(names('支持建设国家技术转移成渝中心，打造国家科技成果转移转化枢纽平台。')).toEqual(['国家技术转移成渝中心', '国家科技成果转移转化枢纽平台']);
    expect(names('高水平建设绿色金融改革创新试验区')).toEqual(['绿色金融改革创新试验区']);
  });

  it('reports category names of national platform programmes and drops the summary after 等', () => {
    const text = '培育建设一批国家产业创新中心、国家工程研究中心、国家技术创新中心、临床医学研究中心、国家医学中心、国家野外科学观测研究站等国家级创新平台。';
    expect(names(text)).toEqual(['国家产业创新中心', '国家工程研究中心', '国家技术创新中心', '临床医学研究中心', '国家医学中心', '国家野外科学观测研究站']);
    expect(new Set(Object.values(kinds(text)))).toEqual(new Set(['innovation_centre']));
  });

  it('keeps a category after 等 when what is listed before it is not a platform', () => {
    const text = '培育建设氢能、高端口腔设备器材等国家级高新技术产业化基地。';
    expect(names(text)).toEqual(['国家级高新技术产业化基地']);
  });

  it('drops bare and merely descriptive heads', () => {
    expect(names('构建高水平实验室体系。')).toEqual([]);
    expect(names('集中布局重大科技基础设施集群。')).toEqual([]);
    expect(names('建成若干国际领先的重大创新平台和研究基地。')).toEqual([]);
    expect(names('打造具有全国影响力的科技创新中心。')).toEqual([]);
    expect(names('加快完善公共交通及生活配套设施，布局金融安全基础设施。')).toEqual([]);
    expect(names('坚持以人民为中心，提升区域中心城市功能。')).toEqual([]);
    expect(names('在园区协同管理方面先行先试。')).toEqual([]);
    expect(names('不得为政府融资平台提供担保。')).toEqual([]);
    // 产业 describes, as 科技 does: 产业园区 is any park, 现代农业产业园 a programme
    expect(names('支持各类开发区、产业园区转型升级，建设国家现代农业产业园。')).toEqual(['国家现代农业产业园']);
  });

  it('keeps quotes that are part of the name and takes a quoted group whole', () => {
    expect(names('高水平建设“一带一路”科技创新合作区和国际技术转移中心')).toEqual(['“一带一路”科技创新合作区', '国际技术转移中心']);
    expect(names('成效明显的区域“双创”示范基地')).toEqual(['区域“双创”示范基地']);
    // a head inside a quoted slogan is not a platform
    expect(names('参与国家实验室“核心+基地+网络”建设')).toEqual(['国家实验室']);
  });

  it('keeps short bracket groups inside a name (省（市）实验室) and kinds labs', () => {
    const text = '支持川渝共建联合实验室，谋划建设一批省（市）实验室。新建一批国家重点实验室。';
    expect(names(text)).toEqual(['联合实验室', '省（市）实验室', '国家重点实验室']);
    expect(new Set(Object.values(kinds(text)))).toEqual(new Set(['lab']));
  });

  it('kinds zones and other platforms', () => {
    const text = '推进国家新一代人工智能创新发展试验区建设，创建国家未来产业先导试验区，打造全国一体化算力网络成渝国家枢纽节点。加大孵化器、众创空间布局力度，支持打造具有研发创新特色的综合保税区。';
    expect(kinds(text)).toEqual({
      国家新一代人工智能创新发展试验区: 'zone',
      国家未来产业先导试验区: 'zone',
      全国一体化算力网络成渝国家枢纽节点: 'other',
      孵化器: 'other',
      众创空间: 'other',
      综合保税区: 'zone',
    });
  });

  it('lets a head that ends later extend the name (国际科技园区, not 国际科技园)', () => {
    expect(names('支持企业入驻中关村软件园区')).toEqual(['中关村软件园区']);
    expect(names('建立联合实验室、国际科技园区等平台')).toEqual(['联合实验室', '国际科技园区']);
  });

  it('reads designations of other documents of the genre', () => {
    expect(names('支持北京、上海、粤港澳大湾区建设国际科技创新中心，在京津冀布局建设综合性国家科学中心。')).toEqual(['国际科技创新中心', '综合性国家科学中心']);
    expect(names('推进武汉东湖国家自主创新示范区和中关村国家自主创新示范区建设，支持中国（上海）自由贸易试验区临港新片区发展。'))
      .toEqual(['武汉东湖国家自主创新示范区', '中关村国家自主创新示范区', '中国（上海）自由贸易试验区临港新片区']);
    // the gloss in brackets does not keep 等大科学装置 from being a summary
    expect(names('推动上海光源、中国散裂中子源、500米口径球面射电望远镜（FAST）等大科学装置开放共享。'))
      .toEqual(['上海光源', '中国散裂中子源', '500米口径球面射电望远镜']);
    expect(kinds('鼓励龙头企业建设企业技术中心、工程技术研究中心、院士专家工作站，发展孵化器、加速器。')).toEqual({
      企业技术中心: 'innovation_centre', 工程技术研究中心: 'innovation_centre', 院士专家工作站: 'other', 孵化器: 'other', 加速器: 'other',
    });
    expect(names('截至2018年底，全国共有孵化器4800余家。')).toEqual(['孵化器']);
  });

  it('gives offsets that slice back to the name', () => {
    const text = '（四）加快建设成渝综合性科学中心。推动电磁驱动聚变装置等设施加快落实。';
    for (const p of extractPlatforms(text)) expect(text.slice(p.start, p.end)).toBe(p.name);
  });
});

describe('extractPlatforms on the seed', () => {
  const seed = seedText();
  const inItem = (label: string): string[] => names(itemText(seed, label));

  it('（三） labs', () => {
    expect(inItem('（三）')).toEqual(['国家实验室', '国家重点实验室', '联合实验室', '省（市）实验室']);
  });

  it('（四） facilities and the science centre', () => {
    expect(inItem('（四）')).toEqual([
      '成渝综合性科学中心', '跨尺度矢量光场时空调控验证装置', '电磁驱动聚变装置', '超瞬态实验装置', '大规模分布孔径深空探测雷达',
      '空间太阳能电站关键系统综合研究设施', '多态耦合轨道交通动模试验平台', '柔性基底微纳结构成像系统研究装置', '健康医疗大数据中心',
    ]);
  });

  it('（五） innovation centres across a page break', () => {
    const found = inItem('（五）');
    for (const n of ['成渝国家技术创新中心', '国家产业创新中心', '制造业创新中心', '国家技术转移成渝中心', '国家科技成果转移转化枢纽平台',
      '共性技术研发基地', '国家级双创示范基地', '孵化器', '大学科技园', '众创空间']) expect(found).toContain(n);
    expect(found).not.toContain('国家级创新平台');
  });

  it('（九） zones', () => {
    const found = inItem('（九）');
    for (const n of ['国家新一代人工智能创新发展试验区', '国家人工智能创新应用先导区', '国家数字经济创新发展试验区', '国家未来产业先导试验区',
      '国家级高新技术产业化基地', '全国一体化算力网络成渝国家枢纽节点']) expect(found).toContain(n);
  });

  it('（十二） and （十四）', () => {
    expect(inItem('（十二）')).toEqual(['综合保税区', '综合保税区']);
    expect(inItem('（十四）')).toEqual(['“一带一路”科技创新合作区', '国际技术转移中心', '“一带一路”国际科技合作基地', '国别合作园区', '联合实验室', '全球研发中心', '国际科技园区']);
  });

  it('finds nothing in the preamble sentences about the science city itself', () => {
    expect(names('支持成渝地区以“一城多园”模式加快建设西部科学城，打造具有全国影响力的科技创新中心')).toEqual([]);
  });
});

describe('extractPlatforms on the corpus', () => {
  it('gov-05: comprehensive bonded zones, named as such', () => {
    const found = extractPlatforms(corpusText('gov-05'));
    const zones = found.filter((p) => p.name === '综合保税区');
    expect(zones.length).toBeGreaterThan(30);
    expect(zones.every((p) => p.platformKind === 'zone')).toBe(true);
    expect(found.map((p) => p.name)).toContain('自贸试验区');
    // no verb phrase ever ends up in a name
    for (const p of found) expect(p.name).not.toMatch(/^(?:支持|推动|促进|允许|在|将|对|赋予|简化|加快)/);
  });

  it('gov-06 (kindergartens) has no platforms: public service facilities are not research facilities', () => {
    expect(extractPlatforms(corpusText('gov-06'))).toEqual([]);
  });

  it('gov-37: national high-tech zones and demonstration zones', () => {
    const found = names(corpusText('gov-37'));
    expect(found).toContain('国家高新技术产业开发区');
    expect(found).toContain('国家自主创新示范区');
    expect(found).not.toContain('老工业基地');
  });
});
