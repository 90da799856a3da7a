import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonicalRegion, extractPlatforms, extractRegions, gazetteer } from '../../core/entities';
import { buildGraph } from '../../core/graph';
import { parseDocument } from '../../core/parse/document';
import { corpusText, seedText } from './fixture-text';

const kindOf = (graph: ReturnType<typeof buildGraph>, id: string): string | undefined => {
  const a = graph.getNodeAttributes(id);
  return a.kind === 'region' ? a.regionKind : undefined;
};
const found = (text: string): string[] => extractRegions(text).map((r) => `${r.name}/${r.regionKind}${r.within ? `<${r.within}` : ''}`);
const names = (text: string): string[] => extractRegions(text).map((r) => r.name);

describe('regions from the gazetteer of administrative divisions', () => {
  it('finds county-level units: districts, counties, county-level cities, banners', () => {
    expect(found('支持北京市西城区、辽宁省盘山县和调兵山市开展试点，在阿拉善左旗建设')).toEqual([
      '北京市/province', '西城区/county<北京市', '辽宁省/province', '盘山县/county<盘锦市', '调兵山市/county<铁岭市', '阿拉善左旗/county<阿拉善盟',
    ]);
  });

  it("reads the cities of the Production and Construction Corps after their division's name (第十四师昆玉市)", () => {
    expect(names('支持第一师阿拉尔市、第三师图木舒克市、第十四师昆玉市建设特色产业园区')).toEqual(['阿拉尔市', '图木舒克市', '昆玉市']);
    expect(names('律师昆玉市')).toEqual([]);
  });

  it('reads a county-level city by its short form only in a list of places', () => {
    expect(found('支持义乌、温州、台州开展试点')).toEqual(['义乌市/county<金华市', '温州市/city<浙江省', '台州市/city<浙江省']);
    expect(names('推动昆山、江阴、张家港和常熟协同发展')).toEqual(['昆山市', '江阴市', '张家港市', '常熟市']);
    // the same words where no list of places stands: 安宁 is peace, 永康 a name among others
    expect(names('保持社会安宁和稳定，支持永康发展五金产业')).toEqual([]);
    expect(names('昆山和江阴')).toEqual([]);
    // or right after the province or prefecture that holds it, which places it
    expect(names('在内蒙古满洲里开展试点')).toEqual(['内蒙古自治区', '满洲里市']);
    expect(names('呼伦贝尔市满洲里')).toEqual(['呼伦贝尔市', '满洲里市']);
    expect(names('北京满洲里')).toEqual(['北京市']);
  });

  it('finds autonomous prefectures, leagues and prefectures, full and short', () => {
    expect(found('云南省迪庆藏族自治州、锡林郭勒盟和喀什地区')).toEqual([
      '云南省/province', '迪庆藏族自治州/prefecture<云南省', '锡林郭勒盟/prefecture<内蒙古自治区', '喀什地区/prefecture<新疆维吾尔自治区',
    ]);
    expect(found('支持迪庆州、恩施州发展，推动延边对外开放')).toEqual([
      '迪庆藏族自治州/prefecture<云南省', '恩施土家族苗族自治州/prefecture<湖北省', '延边朝鲜族自治州/prefecture<吉林省',
    ]);
  });

  it('reads short forms of prefecture-level cities where they name one place', () => {
    expect(found('在成都、绵阳和乌鲁木齐开展试点')).toEqual(['成都市/city<四川省', '绵阳市/city<四川省', '乌鲁木齐市/city<新疆维吾尔自治区']);
    // stems that are everyday words are not read as the city without 市
    expect(names('努力实现大同，日照充足，白银价格，安康生活')).toEqual([]);
    expect(names('大同市、日照市')).toEqual(['大同市', '日照市']);
  });

  it('reads a place after a verb that directs, asks or judges a body (责成, 要求, 约谈, 通报)', () => {
    expect(names('湖南省人民政府责成衡阳市人民政府整改，要求长沙市、株洲市配合，约谈海伦市人民政府，通报邵阳市')).toEqual([
      '湖南省', '衡阳市', '长沙市', '株洲市', '海伦市', '邵阳市',
    ]);
  });

  it('never takes a word fragment for a place', () => {
    expect(names('调兵山市')).toEqual(['调兵山市']);
    expect(names('建设质量强市，统筹推进市域社会治理，推进市场化改革')).toEqual([]);
    expect(names('各市、县人民政府，副省级城市和计划单列市，城市更新')).toEqual([]);
    // 形成县域: 成县 (Gansu) glued to the word before it and to 域 after it
    expect(names('形成县域经济特色，完成县级规划，增加纳税人')).toEqual([]);
    // 沿海地区 holds 海地 (Haiti), 东南非洲 holds 南非
    expect(names('沿海地区，东南非洲')).toEqual([]);
    // districts named by common nouns (老城区 in Luoyang), a county glued to 城 (新县城), the GDP (地区生产总值)
    expect(names('推进老城区改造，建设新县城，地区生产总值增长')).toEqual([]);
    expect(found('西部地区人均地区生产总值')).toEqual(['西部地区/area']);
    // verbs that take a place end a word before one, and make no fragment of the words they begin
    expect(names('建设开发区和保护区，发展服务业，提高覆盖率')).toEqual([]);
  });

  it('reads the plains, plateaus and corridors that policies name as places, and a corridor the map names is no platform', () => {
    expect(names('推进京津冀及周边地区、汾渭平原大气污染防治，保护青藏高原和黄土高原生态，在黄河三角洲、河西走廊开展试点')).toEqual([
      '京津冀及周边地区', '汾渭平原', '青藏高原', '黄土高原', '黄河三角洲', '河西走廊',
    ]);
    expect(extractPlatforms('在河西走廊开展试点，推进长三角G60科创走廊建设').map((p) => p.name)).toEqual(['长三角G60科创走廊']);
    // and the mountain ranges, where no division bears their name
    expect(names('推进太行山绿化，加强长白山、贺兰山生态保护，支持大别山振兴')).toEqual(['太行山', '长白山', '贺兰山', '大别山']);
    // an airport's or a port's economic zone is a zone (a platform), not an area
    expect(names('建设郑州临空经济区、上海临港经济区，推进海峡西岸经济区建设')).toEqual(['郑州市', '上海市', '海峡西岸经济区']);
  });

  it('reads a place right after a verb that takes it for its object', () => {
    expect(names('加快治理淮河、太湖，保护长江，对口支援西藏，融入粤港澳大湾区')).toEqual(['淮河', '太湖', '长江', '西藏自治区', '粤港澳大湾区']);
  });

  it('reads a name several divisions share only after its parent', () => {
    expect(names('在朝阳区开展试点')).toEqual([]);
    expect(found('北京市朝阳区、吉林省长春市朝阳区')).toEqual([
      '北京市/province', '朝阳区/county<北京市', '吉林省/province', '长春市/city<吉林省', '朝阳区/county<长春市',
    ]);
    expect(extractRegions('北京市朝阳区')[1].code).toBe('110105');
  });

  it('finds foreign countries, not the peoples or China itself', () => {
    expect(found('深化与俄罗斯、哈萨克斯坦和蒙古的合作，对接新加坡')).toEqual([
      '俄罗斯/country', '哈萨克斯坦/country', '蒙古/country', '新加坡/country',
    ]);
    expect(names('朝鲜族、蒙古族聚居区，内蒙古自治区，中国特色，中非合作论坛')).toEqual(['内蒙古自治区']);
    expect(canonicalRegion('日本')).toMatchObject({ key: 'country-JP', nameEn: 'Japan', regionKind: 'country' });
    // by their short names, not the ISO list's formal titles
    expect(canonicalRegion('俄罗斯').nameEn).toBe('Russia');
    expect(canonicalRegion('老挝').nameEn).toBe('Laos');
  });

  it('finds deserts, sandy lands and basins, with the head a list shares', () => {
    expect(found('推进库布其沙漠、乌兰布和沙漠治理，打好科尔沁、浑善达克沙地歼灭战')).toEqual([
      '库布其沙漠/area<内蒙古自治区', '乌兰布和沙漠/area<内蒙古自治区', '科尔沁沙地/area', '浑善达克沙地/area<内蒙古自治区',
    ]);
    // a province listed before a basin is the province
    expect(found('四川、柴达木盆地')).toEqual(['四川省/province', '柴达木盆地/area<青海省']);
  });

  it('finds rivers, lakes and reservoir areas used as places', () => {
    expect(found('加强长江、黄河生态保护，治理白洋淀、洞庭湖，做好三峡库区和丹江口库区移民工作')).toEqual([
      '长江/river', '黄河/river', '白洋淀/lake<河北省', '洞庭湖/lake<湖南省', '三峡库区/reservoir_area', '丹江口库区/reservoir_area',
    ]);
    // a river that begins an institution's or a longer area's name is not the river
    expect(found('长江大学、长江经济带')).toEqual(['长江经济带/area']);
    // the bodies that manage a river are named after it
    expect(found('黄河水利委员会、长江航务管理局负责，保护黄河')).toEqual(['黄河/river']);
    // the Grand Canal under each of its names is one place
    expect(canonicalRegion('京杭运河')?.key).toBe(canonicalRegion('京杭大运河')?.key);
    expect(found('在京杭运河使用港口岸线').map((f) => f.split('/')[0])).toEqual(['京杭运河']);
  });

  it('names divisions in English in pinyin with the English of their ending', () => {
    expect(canonicalRegion('开原市')).toMatchObject({ nameEn: 'Kaiyuan City', regionKind: 'county' });
    expect(canonicalRegion('盘山县').nameEn).toBe('Panshan County');
    expect(canonicalRegion('迪庆藏族自治州').nameEn).toBe('Diqing Tibetan Autonomous Prefecture');
    expect(canonicalRegion('锡林郭勒盟').nameEn).toBe('Xilingol League');
    expect(canonicalRegion('成都').nameEn).toBe('Chengdu');
    expect(canonicalRegion('成都').key).toBe(canonicalRegion('成都市').key);
  });

  it('reads place names as places are read, not as the everyday words (乐清 Yueqing, 郫都 Pidu, 六安 Lu’an)', () => {
    expect(canonicalRegion('乐清市').nameEn).toBe('Yueqing City');
    expect(canonicalRegion('洪洞县').nameEn).toBe('Hongtong County');
    expect(canonicalRegion('郫都区').nameEn).toBe('Pidu District');
    expect(canonicalRegion('六安市').nameEn).toBe("Lu'an");
    // a character keeps its place reading only in that name
    expect(canonicalRegion('六盘水市').nameEn).toBe('Liupanshui');
    // a county of one character is "Shan County", as its name is written in English
    expect(canonicalRegion('单县').nameEn).toBe('Shan County');
    // 什 is shi in every place (喀什, 什邡), and the few names whose characters read otherwise there
    expect(canonicalRegion('疏附县').nameEn).toBe('Shufu County');
    // names English keeps in their own form, not as pinyin
    expect(canonicalRegion('乌鲁木齐市').nameEn).toBe('Urumqi');
    expect(canonicalRegion('呼和浩特').nameEn).toBe('Hohhot');
    expect(canonicalRegion('哈尔滨市').nameEn).toBe('Harbin');
    expect(canonicalRegion('拉萨市').nameEn).toBe('Lhasa');
    expect(canonicalRegion('乌鲁木齐县').nameEn).toBe('Urumqi County');
    expect(canonicalRegion('喀什地区').nameEn).toBe('Kashgar Prefecture');
    expect(canonicalRegion('和田市').nameEn).toBe('Hotan City');
    expect(canonicalRegion('呼伦贝尔市').nameEn).toBe('Hulunbuir');
    expect(canonicalRegion('香格里拉市').nameEn).toBe('Shangri-La City');
    expect(canonicalRegion('锡林郭勒盟').nameEn).toMatch(/^Xilingol /);
    // a unit named after its people alone
    expect(canonicalRegion('鄂温克族自治旗').nameEn).toBe('Evenki Autonomous Banner');
    expect(canonicalRegion('什邡市').nameEn).toBe('Shifang City');
    expect(canonicalRegion('珲春市').nameEn).toBe('Hunchun City');
    expect(canonicalRegion('黄陂区').nameEn).toBe('Huangpi District');
    expect(canonicalRegion('宕昌县').nameEn).toBe('Tanchang County');
  });
});

describe('gazetteer properties', () => {
  const g = gazetteer();
  const divisions = [...g.byCode.values()];

  it('places every division below province level in a parent one level up or in its province', () => {
    for (const d of divisions) {
      if (d.level === 1) expect(d.parent).toBeUndefined();
      else {
        expect(d.parent, d.name).toBeDefined();
        expect(d.parent!.level).toBeLessThan(d.level);
        expect(d.code.startsWith(d.parent!.code.slice(0, d.parent!.level * 2))).toBe(true);
      }
    }
  });

  it('finds any division written in full after its province, placed in the right parent', () => {
    // national new areas that are districts too (浦东新区, 滨海新区) are reported as the named areas they are
    const below = divisions.filter((d) => d.level > 1 && (g.forms.get(d.name) ?? []).includes(d) && extractRegions(d.name)[0]?.regionKind !== 'area');
    fc.assert(fc.property(fc.constantFrom(...below), fc.constantFrom('支持', '在', '，', '推动'), (d, lead) => {
      let top = d;
      while (top.parent) top = top.parent;
      const parent = d.parent!.level === 1 ? '' : d.parent!.name;
      const text = `${lead}${top.name}${parent}${d.name}开展试点`;
      const hit = extractRegions(text).find((r) => r.name === d.name);
      expect(hit?.code, text).toBe(d.code);
      expect(hit?.within).toBe(d.parent!.name);
    }), { numRuns: 300 });
  });

  it('reads no division name glued inside a longer word', () => {
    // names of three or four characters, whose tails (two or three) are the ones that must begin a word to be read
    const below = divisions.filter((d) => d.level > 1 && d.name.length >= 3 && d.name.length <= 4);
    fc.assert(fc.property(fc.constantFrom(...below), fc.constantFrom('质量', '科研', '监测', '数据'), (d, word) => {
      // the name's first character dropped: what is left is at most a fragment, glued to the word before
      const text = `${word}${d.name.slice(1)}建设`;
      for (const r of extractRegions(text)) expect(text.slice(r.start, r.end), text).not.toBe(d.name.slice(1));
    }), { numRuns: 300 });
  });
});

describe('located_in in the graph', () => {
  it('places the seed’s 成都市 in 四川省, which is a region of its own', () => {
    const graph = buildGraph([parseDocument(seedText(), 'seed.txt')]);
    expect(kindOf(graph, 'region:sichuan')).toBe('province');
    expect(graph.hasEdge('region:city-成都市', 'region:sichuan')).toBe(true);
  });

  it('gives every region below province level a located_in parent, up to a province', () => {
    const docs = ['gov-01', 'gov-02', 'gov-04', 'gov-05', 'gov-06', 'gov-08', 'gov-10', 'gov-11', 'gov-15', 'gov-37']
      .map((n) => parseDocument(corpusText(n), `${n}.txt`));
    const text = '一、试点\n（一）在北京市西城区、辽宁省盘山县、迪庆州、调兵山市和成都开展试点。\n';
    const graph = buildGraph([...docs, parseDocument(text, 'divisions.txt')]);
    let checked = 0;
    graph.forEachNode((id, a) => {
      if (a.kind !== 'region' || !['city', 'prefecture', 'county'].includes(a.regionKind)) return;
      checked++;
      let at = id;
      for (let step = 0; step < 3 && kindOf(graph, at) !== 'province'; step++) {
        const up = graph.filterOutNeighbors(at, (_n, b) => b.kind === 'region').filter((n) => graph.getEdgeAttribute(graph.edge(at, n)!, 'kind') === 'located_in');
        expect(up.length, `${graph.getNodeAttribute(at, 'label')} has a parent`).toBe(1);
        at = up[0];
      }
      expect(kindOf(graph, at)).toBe('province');
    });
    expect(checked).toBeGreaterThanOrEqual(5);
  });
});

describe('named areas that are also divisions', () => {
  it('浦东新区, a new area and a district of 上海市, is one region placed in 上海市', () => {
    const graph = buildGraph([parseDocument('一、试点\n（一）在上海浦东新区、天津滨海新区开展试点。\n', 'areas.txt')]);
    const named = (label: string): string[] => graph.filterNodes((_id, a) => a.kind === 'region' && a.label === label);
    expect(named('浦东新区')).toHaveLength(1);
    expect(named('滨海新区')).toHaveLength(1);
    expect(graph.hasEdge(named('浦东新区')[0], 'region:shanghai')).toBe(true);
    expect(graph.hasEdge(named('滨海新区')[0], 'region:tianjin')).toBe(true);
  });
});

describe('located_in chains when a document goes', () => {
  it('takes the document’s evidence off every edge of the chain, and keeps the others’', async () => {
    const { removeDocument } = await import('../../core/graph/remove-document');
    const a = parseDocument('一、试点\n（一）在调兵山市开展试点。\n', 'a.txt');
    const b = parseDocument('一、试点\n（一）在铁岭市开展试点。\n', 'b.txt');
    const graph = buildGraph([a, b]);
    const up = graph.edge('region:city-铁岭市', 'region:liaoning')!;
    const docs = (): string[] => [...new Set((graph.getEdgeAttribute(up, 'evidence') ?? []).map((e) => e.document))];
    expect(docs()).toHaveLength(2);
    const aId = graph.filterNodes((_id, x) => x.kind === 'document' && x.fileName === 'a.txt')[0];
    removeDocument(graph, aId);
    expect(docs()).toHaveLength(1);
    expect(graph.hasNode('region:county-211281')).toBe(false);
    // what is left is what building the other document alone gives
    expect(JSON.stringify(graph.export().nodes.map((n) => n.key).sort())).toBe(JSON.stringify(buildGraph([b]).export().nodes.map((n) => n.key).sort()));
  });
});
