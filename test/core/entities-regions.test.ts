import { describe, expect, it } from 'vitest';
import { canonicalRegion, extractRegions } from '../../core/entities';
import { corpusText, itemText, seedText } from './fixture-text';

const found = (text: string): string[] => extractRegions(text).map((r) => `${r.name}/${r.regionKind}${r.within ? `<${r.within}` : ''}`);

describe('extractRegions', () => {
  it('reads the start-up areas of the science city with where they lie', () => {
    const text = '以西部（成都）科学城、重庆两江协同创新区、西部（重庆）科学城、中国（绵阳）科技城作为先行启动区';
    expect(found(text)).toEqual([
      '西部（成都）科学城/area<成都市', '重庆两江协同创新区/area<重庆市', '西部（重庆）科学城/area<重庆市', '中国（绵阳）科技城/area<绵阳市',
    ]);
  });

  it('finds the well-known multi-province regions', () => {
    const text = '深入对接京津冀协同、长三角一体化、粤港澳大湾区等国家重大战略区域，支撑长江经济带发展、黄河流域生态保护，推动东北地区、中西部地区承接产业转移。';
    expect(found(text)).toEqual(['京津冀/area', '长三角/area', '粤港澳大湾区/area', '长江经济带/area', '黄河流域/area', '东北地区/area', '中西部地区/area']);
  });

  it('prefers the longest name: 成渝地区双城经济圈 over 成渝地区, the area over the province in it', () => {
    expect(found('推动成渝地区双城经济圈建设，支持成渝地区发展')).toEqual(['成渝地区双城经济圈/area', '成渝地区/area']);
    expect(found('四川天府新区、河北雄安新区、海南自由贸易港')).toEqual(['四川天府新区/area<四川省', '河北雄安新区/area<河北省', '海南自由贸易港/area<海南省']);
  });

  it('gives provinces their canonical full name, short or full as written', () => {
    expect(found('重庆、四川、广西和内蒙古自治区')).toEqual(['重庆市/province', '四川省/province', '广西壮族自治区/province', '内蒙古自治区/province']);
    const [r] = extractRegions('在重庆开展');
    expect(r).toMatchObject({ name: '重庆市', start: 1, end: 3 });
  });

  it('reports the place inside an agency name with its offsets', () => {
    expect(extractRegions('重庆市人民政府')).toEqual([{ name: '重庆市', regionKind: 'province', start: 0, end: 3 }]);
  });

  it('does not report the place that begins a university or institute name', () => {
    expect(found('支持中国科学院大学重庆学院、四川大学、绵阳市中学和重庆两江新区')).toEqual(['重庆两江新区/area<重庆市']);
  });

  it('reads cities written with 市, placed in their province by the gazetteer, and capitals right after their province', () => {
    expect(found('在四川省成都市和绵阳市开展试点，支持深圳市、石家庄市')).toEqual([
      '四川省/province', '成都市/city<四川省', '绵阳市/city<四川省', '深圳市/city<广东省', '石家庄市/city<河北省',
    ]);
    expect(found('湖北武汉、陕西西安')).toEqual(['湖北省/province', '武汉市/city<湖北省', '陕西省/province', '西安市/city<陕西省']);
  });

  it('does not take words with 市 or administrative levels for places', () => {
    const text = '中国城市上市企业进入市场，在直辖市、计划单列市和副省级城市，加快发展市、县两级，知识产权案件跨市（区）审理，各省（区、市）人民政府，试点城市';
    expect(found(text)).toEqual([]);
    expect(found('城市更新、国际大都市、市场化、市民、资本市场、各省市、示范市、每个市、所在市、沪深两市、设区的市、地级市、计划单列市')).toEqual([]);
  });

  it('reads 吉林 as the city where the text lists it among cities or counts it as one, else as the province', () => {
    expect(found('在深圳、杭州、吉林、新余开展示范')).toEqual(['深圳市/city<广东省', '杭州市/city<浙江省', '吉林市/city<吉林省', '新余市/city<江西省']);
    expect(found('支持吉林、长春两市发展')).toEqual(['吉林市/city<吉林省', '长春市/city<吉林省']);
    // among provinces, or the municipalities alone (which are provinces too): the province
    expect(found('支持吉林、黑龙江、辽宁三省发展')).toEqual(['吉林省/province', '黑龙江省/province', '辽宁省/province']);
    expect(found('支持北京、上海、吉林发展')).toEqual(['北京市/province', '上海市/province', '吉林省/province']);
  });

  it('reads 海南 as the prefecture of Qinghai where the text lists it among prefectures or counts it as one', () => {
    expect(found('涉及玉树、果洛、海南、黄南4个藏族自治州')).toEqual([
      '玉树藏族自治州/prefecture<青海省', '果洛藏族自治州/prefecture<青海省', '海南藏族自治州/prefecture<青海省', '黄南藏族自治州/prefecture<青海省',
    ]);
    expect(found('支持海南、广东发展')).toEqual(['海南省/province', '广东省/province']);
  });

  it('knows the revolutionary base areas that revitalisation plans name', () => {
    expect(found('推动大别山革命老区、陕甘宁革命老区振兴，支持赣南等原中央苏区发展')).toEqual(['大别山革命老区/area', '陕甘宁革命老区/area', '赣南/area<江西省', '原中央苏区/area']);
    expect(canonicalRegion('原中央苏区').name).toBe('赣闽粤原中央苏区');
  });

  it('reads a place inside （含…） ("including"), and 含山县 as the county it is', () => {
    expect(found('渝中片区（含渝北区部分区域）')).toEqual(['渝北区/county<重庆市']);
    expect(found('马鞍山市（含山县）')).toEqual(['马鞍山市/city<安徽省', '含山县/county<马鞍山市']);
  });

  it('knows the national city clusters, and the regions of the world and groupings of countries that plans of opening-up name', () => {
    expect(found('加快呼包鄂榆城市群、滇中城市群发展')).toEqual(['呼包鄂榆城市群/area', '滇中城市群/area<云南省']);
    expect(found('加强与东盟、欧盟、非洲国家合作，面向南亚东南亚')).toEqual(['东盟/area', '欧盟/area', '非洲/area', '南亚/area', '东南亚/area']);
    expect(canonicalRegion('东盟').nameEn).toBe('ASEAN');
    // whole words only: 亚热带 is subtropical, 中欧班列 no European Union
    expect(found('发展南亚热带作物，华中亚热带的气候，开行中欧班列')).toEqual([]);
  });

  it('places a city in the province written before it', () => {
    expect(found('河北省张家口市，宁夏回族自治区银川市')).toEqual([
      '河北省/province', '张家口市/city<河北省', '宁夏回族自治区/province', '银川市/city<宁夏回族自治区',
    ]);
  });

  it('does not take 中国 alone, generic 地区 or 新区 for regions', () => {
    expect(found('中国特色，贫困地区、有条件的地区、各地区、城市新区')).toEqual([]);
    // a verb before 新区 is no name of one: the new area of the document, its plan being drafted
    expect(found('研究制定新区发展规划，编制滨海新区总体规划')).toEqual(['滨海新区/area<天津市']);
    // 高新区 is a zone, reported by the platform extractor; the city that names it is a place
    expect(found('支持杭州高新区建设')).toEqual(['杭州市/city<浙江省']);
  });

  it('reads the designated kinds of area (革命老区, 民族地区, 边疆地区, 边境地区) listed as places, each whole', () => {
    expect(found('在中西部地区、民族地区、革命老区和边疆地区建设一批乡村科普示范县')).toEqual([
      '中西部地区/area', '民族地区/area', '革命老区/area', '边疆地区/area',
    ]);
    expect(found('支持少数民族地区和边境地区发展')).toEqual(['少数民族地区/area', '边境地区/area']);
    // a head shared by a list still goes to the waters before it
    expect(found('长江、黄河流域')).toEqual(['长江流域/area', '黄河流域/area']);
  });

  it('gives offsets that slice back to what is written', () => {
    const text = '支持川渝共建联合实验室。在西部（成都）科学城、重庆两江新区和成都市建设。';
    for (const r of extractRegions(text)) expect(canonicalRegion(text.slice(r.start, r.end)).name).toBe(canonicalRegion(r.name).name);
  });
});

describe('canonicalRegion', () => {
  it('merges short and full province names into one key with the English name', () => {
    expect(canonicalRegion('重庆')).toEqual({ key: 'chongqing', name: '重庆市', nameEn: 'Chongqing', regionKind: 'province' });
    expect(canonicalRegion('重庆市').key).toBe(canonicalRegion('重庆').key);
    expect(canonicalRegion('四川省').nameEn).toBe('Sichuan');
  });

  it('merges the forms of well-known areas and names them in English', () => {
    expect(canonicalRegion('长江三角洲').key).toBe(canonicalRegion('长三角').key);
    expect(canonicalRegion('长三角').nameEn).toBe('Yangtze River Delta');
    expect(canonicalRegion('成渝地区').nameEn).toBe('Chengdu–Chongqing region');
    expect(canonicalRegion('京津冀').nameEn).toBe('Beijing–Tianjin–Hebei');
    expect(canonicalRegion('粤港澳大湾区').nameEn).toBe('Guangdong–Hong Kong–Macao Greater Bay Area');
    expect(canonicalRegion('长江经济带').nameEn).toBe('Yangtze River Economic Belt');
    expect(canonicalRegion('四川天府新区')).toMatchObject({ key: 'tianfu', name: '天府新区', regionKind: 'area' });
  });

  it('composes English for pattern-built names and cities', () => {
    expect(canonicalRegion('西部（成都）科学城')).toMatchObject({ nameEn: 'Western (Chengdu) Science City', regionKind: 'area' });
    expect(canonicalRegion('中国（绵阳）科技城').nameEn).toBe('China (Mianyang) Science and Technology City');
    expect(canonicalRegion('重庆两江协同创新区').nameEn).toBe('Chongqing Liangjiang Collaborative Innovation Zone');
    expect(canonicalRegion('成都市')).toMatchObject({ name: '成都市', nameEn: 'Chengdu', regionKind: 'city' });
    expect(canonicalRegion('西安市').nameEn).toBe("Xi'an");
  });

  it('keeps different places apart', () => {
    expect(canonicalRegion('西部（成都）科学城').key).not.toBe(canonicalRegion('西部（重庆）科学城').key);
    expect(canonicalRegion('成都市').key).not.toBe(canonicalRegion('四川省').key);
  });
});

describe('extractRegions on the seed and corpus', () => {
  const seed = seedText();

  it('finds the seed’s areas', () => {
    const names = new Set(extractRegions(seed).map((r) => r.name));
    for (const n of ['西部（成都）科学城', '重庆两江协同创新区', '西部（重庆）科学城', '中国（绵阳）科技城', '成渝地区', '成渝地区双城经济圈', '京津冀',
      '长三角', '粤港澳大湾区', '长江经济带', '西部科学城', '重庆市', '四川省']) expect(names).toContain(n);
    expect(names).not.toContain('中国');
  });

  it('（十三） names the three national strategic regions', () => {
    expect(found(itemText(seed, '（十三）')).filter((n) => n.includes('/area'))).toEqual(['京津冀/area', '长三角/area', '粤港澳大湾区/area']);
  });

  it('gov-10: pilot regions written as province（area） and province + capital', () => {
    const names = found(corpusText('gov-10'));
    for (const n of ['京津冀/area', '上海市/province', '广东省/province', '珠三角/area<广东省', '武汉市/city<湖北省', '西安市/city<陕西省', '沈阳市/city<辽宁省']) {
      expect(names).toContain(n);
    }
  });

  it('gov-08: the pilot cities, counted as such by the text, without 市', () => {
    const pilots = extractRegions(corpusText('gov-08')).filter((r) => r.regionKind === 'city').map((r) => r.name);
    expect(pilots.slice(0, 7)).toEqual(['沈阳市', '大连市', '厦门市', '广州市', '深圳市', '成都市', '西安市']);
    const names = found('选择北京、天津、上海、重庆和沈阳、大连、西安11个城市');
    expect(names).toEqual(['北京市/province', '天津市/province', '上海市/province', '重庆市/province', '沈阳市/city<辽宁省', '大连市/city<辽宁省', '西安市/city<陕西省']);
  });

  it('gov-15: the middle and lower Yangtze, and no city out of 县（市、区）', () => {
    const names = found(corpusText('gov-15'));
    expect(names).toContain('长江中下游地区/area');
    expect(names.filter((n) => n.endsWith('/city'))).toEqual([]);
  });
});

describe('places listed before an area name share its head', () => {
  const areas = (text: string): string[] => extractRegions(text).map((r) => `${r.name}/${r.regionKind}`);
  it('each listed place becomes an area of its own', () => {
    expect(areas('加强长江、黄河流域生态保护')).toEqual(['长江流域/area', '黄河流域/area']);
    expect(areas('推动东部、中部和西部地区协调发展')).toEqual(['东部地区/area', '中部地区/area', '西部地区/area']);
    expect(areas('推动成都、重庆都市圈建设')).toEqual(['成都都市圈/area', '重庆都市圈/area']);
  });
  it('a name of one place (新区, 科学城), or a list item that is no place, shares nothing', () => {
    expect(areas('推动四川、重庆两江新区建设')).toEqual(['四川省/province', '重庆两江新区/area']);
    expect(areas('支持创新、西部地区发展')).toEqual(['西部地区/area']);
  });

  it('a border river is a river, not the city its name begins with (乌苏里江 is no 乌苏市)', () => {
    expect(extractRegions('推进黑龙江、乌苏里江、图们江航道整治，支持额尔古纳河沿岸发展').map((r) => r.name)).toEqual(['黑龙江省', '乌苏里江', '图们江', '额尔古纳河']);
  });

  it('the contiguous areas of poverty and the parts of a province its plans name as one are areas', () => {
    const names = (s: string) => extractRegions(s).map((r) => r.name);
    expect(names('推进滇桂黔石漠化区、滇西边境山区、大兴安岭南麓山区、燕山—太行山区、四省藏区脱贫攻坚')).toEqual([
      '滇桂黔石漠化区', '滇西边境山区', '大兴安岭南麓山区', '燕山—太行山区', '四省藏区',
    ]);
    expect(names('支持赣南等原中央苏区振兴发展，推动苏北、皖北、粤东西北、陕南发展，建设闽西南协同发展区')).toEqual([
      '赣南', '原中央苏区', '苏北', '皖北', '粤东西北', '陕南', '闽西南',
    ]);
  });
});

describe('divisions in an approval that changes them', () => {
  it('the verbs of the change and 驻 end the word before a division', () => {
    expect(found('同意将湖州市吴兴区的八里店镇划归南浔区管辖。')).toEqual(['湖州市/city<浙江省', '吴兴区/county<湖州市', '南浔区/county<湖州市']);
    expect(found('将两个镇并入吴兴区。')).toEqual(['吴兴区/county<湖州市']);
    expect(found('龙泉市人民政府驻龙渊街道，隶属丽水市。').filter((n) => n.startsWith('丽水'))).toEqual(['丽水市/city<浙江省']);
  });
});

describe('named areas of a kind listed before 等 and the kind', () => {
  it('each listed place is the area of that kind the table names after it; 三区三州 is an area', () => {
    expect(found('支持陕甘宁、大别山、左右江、川陕等革命老区振兴发展。').filter((n) => n.includes('革命老区')))
      .toEqual(['陕甘宁革命老区/area', '大别山革命老区/area', '左右江革命老区/area', '川陕革命老区/area', '革命老区/area']);
    // provinces listed before the kind are provinces: no such named area
    expect(found('推进江西、福建等革命老区发展。')).toEqual(['江西省/province', '福建省/province', '革命老区/area']);
    expect(found('支持三区三州加快发展。')).toEqual(['三区三州/area']);
  });
});
