import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractPlatforms, extractRegions } from '../../core/entities';

const names = (text: string): string[] => extractPlatforms(text).map((p) => p.name);
const kinds = (text: string): Record<string, string> => Object.fromEntries(extractPlatforms(text).map((p) => [p.name, p.platformKind]));

describe('platform names begin at a word boundary', () => {
  it('leaves verbs, determiners and locatives before the name out', () => {
    expect(names('在所有自贸试验区推广，特定自贸试验区先行先试')).toEqual(['自贸试验区', '自贸试验区']);
    expect(names('授权自贸试验区自主开展改革，考虑自贸试验区实际，确保自贸试验区风险可控')).toEqual(['自贸试验区', '自贸试验区', '自贸试验区']);
    expect(names('其他综合保税区参照执行，全部综合保税区')).toEqual(['综合保税区', '综合保税区']);
    // 规范 (regulate) beginning a clause is a verb; inside a name it stays
    expect(names('加强实验室安全管理，规范实验室建设。建设国家标准规范研究中心。')).toEqual(['国家标准规范研究中心']);
    // verbs of setting up and closing a zone (a reply's 同意在…增设)
    expect(names('同意在湖南省岳阳市、郴州市增设自由贸易试验区片区')).toEqual(['自由贸易试验区片区']);
    expect(names('在浙江省新设综合保税区，撤销南京综合保税区')).toEqual(['综合保税区', '南京综合保税区']);
    // a reply's 同意 and a reform's 实行, 拟订, 做好 (同意水富港、景洪港对外开放; 实行铁路政企分开)
    expect(names('同意昆明长水国际机场扩大开放，同意水富港、景洪港对外开放')).toEqual(['昆明长水国际机场', '水富港', '景洪港']);
    expect(names('实行铁路政企分开。将铁道部拟订铁路发展规划的职责划入交通运输部，做好口岸查验机构设置')).toEqual([]);
    // verbs of changing; a zone's functional zones are its parts
    expect(names('同意调整四川卧龙国家级自然保护区范围，调整后保护区总面积不变，调整青海三江源国家级自然保护区功能区，不改变保护区总面积'))
      .toEqual(['四川卧龙国家级自然保护区', '青海三江源国家级自然保护区']);
  });

  it('starts after the last of two verbs that overlap (统筹建设), and leaves a scope out of a category name', () => {
    expect(names('（一）统筹建设监管工作平台。')).toEqual(['监管工作平台']);
    expect(names('全国孵化器数量超过5000家')).toEqual(['孵化器']);
  });

  it('keeps a word that only looks like a function word: 在线 is part of the name', () => {
    expect(names('依托全国一体化在线政务服务平台办理')).toEqual(['全国一体化在线政务服务平台']);
    expect(names('通过在线政务服务平台')).toEqual(['在线政务服务平台']);
  });
});

describe('aims and class nouns are not platforms', () => {
  it('drops what a place is to become, after 的 or a verb of becoming', () => {
    expect(names('打造具有全国影响力的创新发展示范区')).toEqual([]);
    expect(names('将该区域建设成为科技成果转化示范区')).toEqual([]);
    expect(names('建设成为具有国际竞争力的产业技术创新平台')).toEqual([]);
    expect(names('支持北京、上海、粤港澳大湾区形成国际科技创新中心')).toEqual([]);
    // the aim goes on through a list of names of its head
    expect(names('推动综合保税区发展成为具有全球影响力的加工制造中心、研发设计中心、物流分拨中心和销售服务中心')).toEqual(['综合保税区']);
    expect(names('建设成为区域科技创新中心、北京国际科技创新中心')).toEqual(['北京国际科技创新中心']);
    expect(names('打造具有国际影响力的创新发展示范区、张江实验室')).toEqual(['张江实验室']);
  });

  it('keeps a named one there: a place or a quoted name in the modifier', () => {
    expect(names('打造具有全国影响力的成渝国家技术创新中心')).toEqual(['成渝国家技术创新中心']);
    expect(names('建设成为“一带一路”国际合作示范区')).toEqual(['“一带一路”国际合作示范区']);
  });

  it('leaves a count out of a name, and a generic head after a count names a class', () => {
    expect(names('建设3个左右国家技术创新中心')).toEqual(['国家技术创新中心']);
    expect(names('新建20个以上省级重点实验室，布局100余家众创空间')).toEqual(['省级重点实验室', '众创空间']);
    expect(names('建成5个以上国家级工业互联网平台，培育10家以上数字化转型服务中心')).toEqual([]);
    // with a proper part it is one of them, named
    expect(names('建设2个以上长三角工业互联网平台')).toEqual(['长三角工业互联网平台']);
    // any head that needs a name, after a number of them, is a class; a designation's category stays (国家…, 省级…)
    expect(names('建成20个左右低空经济示范区，建设10个现代农业产业园')).toEqual([]);
    expect(names('建设3个国家级现代农业产业园，培育一批基础学科拔尖人才培养基地')).toEqual(['国家级现代农业产业园', '基础学科拔尖人才培养基地']);
  });

  it('drops bare heads', () => {
    expect(names('建设示范区，搭建平台，组建实验室。')).toEqual([]);
  });
});

describe('lists that share a head', () => {
  it('gives each listed place its own platform', () => {
    expect(names('支持乌鲁木齐、昌吉、石河子高新区建设')).toEqual(['乌鲁木齐高新区', '昌吉高新区', '石河子高新区']);
    expect(names('推动上海、深圳证券交易所')).toEqual(['上海证券交易所', '深圳证券交易所']);
    expect(names('支持武汉和长沙高新区')).toEqual(['武汉高新区', '长沙高新区']);
    // county towns named without 市, as lists name them
    expect(names('设立绥芬河、东宁重点开发开放试验区')).toEqual(['绥芬河重点开发开放试验区', '东宁重点开发开放试验区']);
    expect(names('支持满洲里、二连浩特重点开发开放试验区建设')).toEqual(['满洲里重点开发开放试验区', '二连浩特重点开发开放试验区']);
    // a city written once before two airports' own names is each airport's
    expect(names('提升上海浦东、虹桥国际机场功能，扩建北京首都、大兴国际机场')).toEqual(['上海浦东国际机场', '上海虹桥国际机场', '北京首都国际机场', '北京大兴国际机场']);
    // the name that lends its head may begin with a named area
    expect(names('加快建设北京、上海、粤港澳大湾区国际科技创新中心')).toEqual(['北京国际科技创新中心', '上海国际科技创新中心', '粤港澳大湾区国际科技创新中心']);
  });

  it('national parks named by what they protect, and the national cultural parks, share their head too', () => {
    expect(names('建设三江源、大熊猫、东北虎豹国家公园')).toEqual(['三江源国家公园', '大熊猫国家公园', '东北虎豹国家公园']);
    expect(names('建设长城、大运河、长征、黄河国家文化公园')).toEqual(['长城国家文化公园', '大运河国家文化公园', '长征国家文化公园', '黄河国家文化公园']);
    // work listed beside a park is none
    expect(names('推进生态保护、东北虎豹国家公园建设')).toEqual(['东北虎豹国家公园']);
  });

  it('a cluster of ports is no port', () => {
    expect(names('推进天津港、河北港口群协同发展')).toEqual(['天津港']);
  });

  it('an airport\'s or a port\'s economic zone is the zone, not the airport', () => {
    expect(names('支持北京大兴国际机场临空经济区发展')).toEqual(['北京大兴国际机场临空经济区']);
    expect(names('推进上海临港经济区建设')).toEqual(['上海临港经济区']);
  });

  it('does not take listed things that are not places, nor places with a head of their own', () => {
    expect(names('推进技术、人才、国家高新区建设')).toEqual(['国家高新区']);
    expect(names('推动海口江东新区和洋浦经济开发区联动发展')).toEqual(['洋浦经济开发区']);
  });

  it('takes a province and its city, or a place and the short name of an area in it, as one listed place', () => {
    expect(names('依托上海张江、安徽合肥综合性国家科学中心，布局')).toEqual(['上海张江综合性国家科学中心', '安徽合肥综合性国家科学中心']);
    expect(names('支持北京怀柔、上海张江、合肥、深圳综合性国家科学中心建设')).toEqual([
      '北京怀柔综合性国家科学中心', '上海张江综合性国家科学中心', '合肥综合性国家科学中心', '深圳综合性国家科学中心',
    ]);
    // the last place's own area is not lent to the others
    expect(names('北京中关村、武汉东湖、上海张江国家自主创新示范区')).toEqual([
      '北京中关村国家自主创新示范区', '武汉东湖国家自主创新示范区', '上海张江国家自主创新示范区',
    ]);
    // a place and a word of the genre is a phrase, not a place
    expect(names('发展北京经济、上海高新区')).toEqual(['上海高新区']);
  });

  it('extends the names it lent a head to when a longer head follows (铁路 → 铁路港)', () => {
    expect(kinds('推进重庆、成都国际铁路港建设')).toEqual({ 重庆国际铁路港: 'port', 成都国际铁路港: 'port' });
  });

  it('gives offsets that slice back to what is written for each item', () => {
    const text = '支持乌鲁木齐、昌吉、石河子高新区建设';
    const found = extractPlatforms(text);
    expect(found.map((p) => text.slice(p.start, p.end))).toEqual(['乌鲁木齐', '昌吉', '石河子高新区']);
  });
});

describe("a zone's areas", () => {
  it('are named after the zone when listed after the first of them', () => {
    expect(names('在中国（福建）自由贸易试验区福州片区、厦门片区和平潭片区开展试点')).toEqual([
      '中国（福建）自由贸易试验区福州片区', '中国（福建）自由贸易试验区厦门片区', '中国（福建）自由贸易试验区平潭片区',
    ]);
    expect(names('福州片区、厦门片区')).toEqual(['福州片区', '厦门片区']);
  });
});

describe('named facilities', () => {
  it('finds airports, ports, power plants, railway lines, exchanges and national parks with their kinds', () => {
    expect(kinds('加快成都天府国际机场、北京大兴国际机场建设')).toEqual({ 成都天府国际机场: 'airport', 北京大兴国际机场: 'airport' });
    expect(kinds('提升天津港、宁波舟山港和上海洋山港能级')).toEqual({ 天津港: 'port', 宁波舟山港: 'port', 上海洋山港: 'port' });
    expect(kinds('推进白鹤滩水电站、田湾核电站建设')).toEqual({ 白鹤滩水电站: 'power_plant', 田湾核电站: 'power_plant' });
    expect(kinds('建设川藏铁路、京沪高铁和成都地铁3号线')).toEqual({ 川藏铁路: 'railway', 京沪高铁: 'railway', 成都地铁3号线: 'railway' });
    // a line named by the corridor it follows; ports along the river or the coast are a class
    expect(names('加快沿江高铁建设，推进沿海港口、沿江港口建设')).toEqual(['沿江高铁']);
    expect(kinds('支持郑州商品交易所、上海期货交易所')).toEqual({ 郑州商品交易所: 'exchange', 上海期货交易所: 'exchange' });
    expect(kinds('建立三江源国家公园、大熊猫国家公园')).toEqual({ 三江源国家公园: 'national_park', 大熊猫国家公园: 'national_park' });
  });

  it('finds water projects (reservoirs, hydro-junctions, dams, irrigation districts), not the work done on them', () => {
    expect(kinds('建设夜郎水库、马岭水利枢纽，做好小浪底水利枢纽调度，建设河套灌区现代化改造工程')).toEqual({
      夜郎水库: 'water_project', 马岭水利枢纽: 'water_project', 小浪底水利枢纽: 'water_project', 河套灌区: 'water_project',
    });
    expect(names('除险加固刘家峡水库下游堤防，保护密云水库水源，续建乌东德水电站，严格保护小浪底水库库区生态环境'))
      .toEqual(['刘家峡水库', '密云水库', '乌东德水电站', '小浪底水库']);
    // classes by size, state or kind; a reservoir the map names as a lake is a region
    expect(names('加快病险水库除险加固，推进大中型灌区续建配套，已建小水电站有序退出，拟建核电站')).toEqual([]);
    expect(names('保护丹江口水库水质')).toEqual([]);
    expect(extractRegions('保护丹江口水库水质').map((r) => r.name)).toEqual(['丹江口水库']);
  });

  it('the time a clause opens with is no part of the name after it', () => {
    expect(names('2025年底前自贸试验区全面推行，到2030年成都示范区建成')).toEqual(['自贸试验区', '成都示范区']);
  });

  it('a park named by its sector alone is one of a kind; a place makes one', () => {
    expect(names('推动产业园区、工业园区循环化改造，推进物流园区建设和化工园区认定，发展农业科技园区')).toEqual([]);
    expect(names('建设苏州工业园区和现代农业产业园')).toEqual(['苏州工业园区', '现代农业产业园']);
  });

  it('a facility found in every county, town, village or community is a kind, not one of them', () => {
    expect(names('支持县域冷链物流中心建设，建设乡镇综合文化服务中心，完善村级综合服务中心和社区养老服务中心，推进县级融媒体中心建设')).toEqual([]);
    expect(names('建设安吉县乡村振兴示范区')).toEqual(['安吉县乡村振兴示范区']);
  });

  it('a functional zone is one only where a place names it', () => {
    expect(names('加强重点生态功能区保护，到2030年流域水功能区水质达标率达到95%以上')).toEqual([]);
  });

  it('a railway named before a facility of it (a station, a port of entry) names that facility, not a line', () => {
    expect(names('研究在团结村铁路集装箱中心站设立铁路口岸')).toEqual([]);
    expect(kinds('加快川藏铁路建设，推进京沪高铁沿线')).toEqual({ 川藏铁路: 'railway', 京沪高铁: 'railway' });
  });

  it('finds ports of entry by place and mode; a facility\'s port of entry is the facility, a designated class none', () => {
    expect(kinds('同意河口铁路口岸扩大开放，建设满洲里铁路口岸、二连浩特公路口岸')).toEqual({ 河口铁路口岸: 'port', 满洲里铁路口岸: 'port', 二连浩特公路口岸: 'port' });
    expect(names('同意昆明长水国际机场航空口岸扩大开放，天津港水运口岸')).toEqual(['昆明长水国际机场', '天津港']);
    expect(names('允许在汽车整车进口口岸开展业务，建设进境粮食指定口岸，加强边境口岸、重点口岸、国家一类口岸建设')).toEqual([]);
  });

  it('a body named after what it runs is an organisation, not the facility (中国铁路总公司, 首都机场集团)', () => {
    expect(names('组建中国铁路总公司，支持首都机场集团公司、上海铁路局')).toEqual([]);
  });

  it('a line that joins two places is named by both (成都至西宁铁路)', () => {
    expect(kinds('推进成都至西宁铁路、川藏铁路建设，建设郑州—重庆铁路')).toEqual({ 成都至西宁铁路: 'railway', 川藏铁路: 'railway', '郑州—重庆铁路': 'railway' });
  });

  it('a line\'s ends may be county towns by their short names, or places that begin with 和 (大理至瑞丽铁路, 喀什至和田铁路)', () => {
    expect(names('推进拉萨至日喀则铁路、大理至瑞丽铁路、喀什至和田铁路建设')).toEqual(['拉萨至日喀则铁路', '大理至瑞丽铁路', '喀什至和田铁路']);
    expect(names('建设和田综合保税区和喀什经济开发区')).toEqual(['和田综合保税区', '喀什经济开发区']);
  });

  it('a named pipeline is a facility; a pipeline with no name is none', () => {
    expect(names('推进中缅油气管道、中俄东线天然气管道建设，建设油气管道，完善全国天然气管道网络')).toEqual(['中缅油气管道', '中俄东线天然气管道']);
  });

  it('an inland port\'s trade zone (港务区) is a zone, when it is named', () => {
    expect(kinds('建设重庆、成都国际铁路港和西安国际港务区，加强港务区管理')).toEqual({ 重庆国际铁路港: 'port', 成都国际铁路港: 'port', 西安国际港务区: 'zone' });
  });

  it('a zone across a border is named by a place on either side (中老磨憨—磨丁经济合作区); other dashes still part names', () => {
    expect(names('研究设立中老磨憨—磨丁经济合作区，推进中蒙二连浩特—扎门乌德经济合作区建设')).toEqual(['中老磨憨—磨丁经济合作区', '中蒙二连浩特—扎门乌德经济合作区']);
    expect(names('建设天津—北京产业园区')).toEqual(['北京产业园区']);
  });

  it('places listed before 等 and a designation are each one (满洲里、瑞丽等重点开发开放试验区); a list not all places keeps the class', () => {
    expect(names('支持满洲里、二连浩特、瑞丽、东兴等重点开发开放试验区建设')).toEqual([
      '满洲里重点开发开放试验区', '二连浩特重点开发开放试验区', '瑞丽重点开发开放试验区', '东兴重点开发开放试验区',
    ]);
    expect(names('支持北京、上海等自贸试验区先行先试')).toEqual(['北京自贸试验区', '上海自贸试验区']);
    expect(names('支持满洲里、勐腊（磨憨）、凭祥等重点开发开放试验区建设')).toEqual(['重点开发开放试验区']);
    expect(names('建设国家实验室、国家重点实验室等创新平台')).toEqual(['国家实验室', '国家重点实验室']);
  });

  it('a national designation keeps the place given it in brackets after it; other brackets are no part of the name', () => {
    expect(names('建设国家大数据综合试验区（贵州）')).toEqual(['国家大数据综合试验区（贵州）']);
    expect(names('建设国家自主创新示范区（以下简称示范区）')).toEqual(['国家自主创新示范区']);
  });

  it('a name inside （含…） does not begin with 含 ("including")', () => {
    expect(names('西永片区22.81平方公里（含西永综合保税区8.8平方公里）')).toEqual(['西永片区', '西永综合保税区']);
  });

  it('finds ports named after a county town, and ports of no known place listed with one that is', () => {
    expect(kinds('提升黄骅港集疏运能力')).toEqual({ 黄骅港: 'port' });
    expect(kinds('加快天津港、曹妃甸港和洋浦港建设')).toEqual({ 天津港: 'port', 曹妃甸港: 'port', 洋浦港: 'port' });
    // alone, a name before 港 that is no place is not taken for a port (发展港 is no name); 自由贸易港 is a zone, not a port
    expect(names('推进洋浦港建设，发展港口经济')).toEqual([]);
    expect(kinds('建设天津港、自由贸易港')).toEqual({ 天津港: 'port', 自由贸易港: 'zone' });
    // the 港 of 临港 is no port: the new area is a zone of the free trade zone's
    expect(kinds('支持海南自由贸易港、上海自贸试验区临港新片区建设')).toEqual({ 海南自由贸易港: 'zone', 上海自贸试验区临港新片区: 'zone' });
  });

  it('does not take class names of facilities', () => {
    expect(names('新建支线机场和通用机场，发展抽水蓄能电站、分布式光伏电站，建设城际铁路、市域铁路，设立证券交易所，沿海港口')).toEqual([]);
    // 港 of a place name, or of Hong Kong
    expect(names('连云港、防城港，深化内地与港澳合作，港区联动')).toEqual([]);
  });

  it('does not take a rule’s scope or a body’s duty for a facility’s name', () => {
    // the regulation's wording: who is in charge of ports nationwide, and of the ports within an area
    expect(names('国务院交通运输主管部门负责全国港口岸线的管理工作。县级以上地方人民政府负责本行政区域内港口的管理。')).toEqual([]);
    expect(names('全省开发区、全国机场，辖区内港口，境内机场，规划范围内电站')).toEqual([]);
    // a named one after the same words is still found
    expect(names('交通运输部负责天津港的管理，辖区内天府国际机场')).toEqual(['天津港', '天府国际机场']);
  });
});

describe('classes of platforms', () => {
  it('a 平台 or 中心 after a determiner of whose is a class; a determiner is never part of a name', () => {
    expect(names('推动各地区政务服务平台与国家平台对接，建设各级政务服务中心')).toEqual([]);
    expect(names('推动各部门业务系统与国家数据共享交换平台对接')).toEqual(['国家数据共享交换平台']);
    expect(names('在所有自贸试验区推广')).toEqual(['自贸试验区']);
  });
});

describe('people’s posts', () => {
  it('never become platforms', () => {
    expect(names('组长由国务院领导同志担任，副组长由科技部部长担任，秘书长由发展改革委负责同志担任')).toEqual([]);
    expect(names('国家信息中心主任、中国科学院副院长为成员')).toEqual([]);
    // a unit of a body is an organisation
    expect(names('国家药品监督管理局药品审评中心负责技术审评')).toEqual([]);
  });
});

describe('property: no name begins with a verb or determiner of the genre', () => {
  const LEADS = ['所有', '特定', '授权', '考虑', '确保', '支持', '推动', '建设', '打造', '依托', '在', '其他', '全部', '各'];
  const NAMES = ['自贸试验区', '综合保税区', '成渝国家技术创新中心', '国家重点实验室', '中关村科技园', '天府国际机场', '川藏铁路', '三江源国家公园'];
  it('holds for any lead word before any name', () => {
    fc.assert(fc.property(fc.constantFrom(...LEADS), fc.constantFrom(...NAMES), fc.constantFrom('', '，', '。'), (lead, name, before) => {
      const text = `${before}${lead}${name}建设`;
      for (const p of extractPlatforms(text)) {
        for (const l of LEADS) expect(p.name.startsWith(l), `${text} → ${p.name}`).toBe(false);
      }
      expect(names(text)).toContain(name);
    }), { numRuns: 300 });
  });
});
