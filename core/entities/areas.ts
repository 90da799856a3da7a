import type { RegionKind } from '../model';

/**
 * Named areas the genre refers to without a pattern to recognise them by: multi-province regions and the
 * national new areas and free-trade port. Keys are stable ascii ids for graph nodes; `within` is the canonical
 * name of the provincial-level division the area lies in.
 */
export interface KnownArea {
  key: string;
  name: string;
  nameEn: string;
  aliases: readonly string[];
  within?: string;
  /** 'area' unless a water: river, lake, reservoir_area */
  regionKind?: RegionKind;
}

const water = (regionKind: RegionKind, list: ReadonlyArray<readonly [string, string, string, string?]>): KnownArea[] =>
  list.map(([key, name, nameEn, within]) => ({ key, name, nameEn, aliases: [], regionKind, ...(within ? { within } : {}) }));

export const KNOWN_AREAS: readonly KnownArea[] = [
  { key: 'chengdu-chongqing-economic-circle', name: '成渝地区双城经济圈', nameEn: 'Chengdu–Chongqing Economic Circle', aliases: ['成渝双城经济圈'] },
  { key: 'chengdu-chongqing', name: '成渝地区', nameEn: 'Chengdu–Chongqing region', aliases: [] },
  { key: 'sichuan-chongqing', name: '川渝地区', nameEn: 'Sichuan–Chongqing region', aliases: ['川渝'] },
  { key: 'beijing-tianjin-hebei', name: '京津冀', nameEn: 'Beijing–Tianjin–Hebei', aliases: ['京津冀地区'] },
  { key: 'yangtze-river-delta', name: '长三角', nameEn: 'Yangtze River Delta', aliases: ['长江三角洲', '长江三角洲地区', '长三角地区'] },
  { key: 'pearl-river-delta', name: '珠三角', nameEn: 'Pearl River Delta', aliases: ['珠江三角洲', '珠江三角洲地区', '珠三角地区'], within: '广东省' },
  { key: 'greater-bay-area', name: '粤港澳大湾区', nameEn: 'Guangdong–Hong Kong–Macao Greater Bay Area', aliases: ['大湾区'] },
  { key: 'yangtze-river-economic-belt', name: '长江经济带', nameEn: 'Yangtze River Economic Belt', aliases: [] },
  { key: 'yellow-river-basin', name: '黄河流域', nameEn: 'Yellow River Basin', aliases: [] },
  { key: 'middle-lower-yangtze', name: '长江中下游地区', nameEn: 'Middle and Lower Yangtze region', aliases: [] },
  { key: 'middle-yangtze-city-cluster', name: '长江中游城市群', nameEn: 'Middle Yangtze City Cluster', aliases: [] },
  { key: 'guanzhong-plain-city-cluster', name: '关中平原城市群', nameEn: 'Guanzhong Plain City Cluster', aliases: [] },
  { key: 'bohai-rim', name: '环渤海地区', nameEn: 'Bohai Rim', aliases: ['环渤海'] },
  { key: 'beibu-gulf', name: '北部湾', nameEn: 'Beibu Gulf', aliases: ['北部湾地区'] },
  { key: 'xiongan', name: '雄安新区', nameEn: "Xiong'an New Area", aliases: ['河北雄安新区'], within: '河北省' },
  { key: 'liangjiang', name: '两江新区', nameEn: 'Liangjiang New Area', aliases: ['重庆两江新区'], within: '重庆市' },
  { key: 'tianfu', name: '天府新区', nameEn: 'Tianfu New Area', aliases: ['四川天府新区'], within: '四川省' },
  { key: 'pudong', name: '浦东新区', nameEn: 'Pudong New Area', aliases: ['上海浦东新区'], within: '上海市' },
  { key: 'binhai', name: '滨海新区', nameEn: 'Binhai New Area', aliases: ['天津滨海新区'], within: '天津市' },
  { key: 'hainan-free-trade-port', name: '海南自由贸易港', nameEn: 'Hainan Free Trade Port', aliases: ['海南自贸港'], within: '海南省' },
  { key: 'western-science-city', name: '西部科学城', nameEn: 'Western Science City', aliases: [] },
  { key: 'northeast', name: '东北地区', nameEn: 'Northeast China', aliases: [] },
  { key: 'north-china', name: '华北地区', nameEn: 'North China', aliases: [] },
  { key: 'east-china', name: '华东地区', nameEn: 'East China', aliases: [] },
  { key: 'south-china', name: '华南地区', nameEn: 'South China', aliases: [] },
  { key: 'central-china', name: '中部地区', nameEn: 'Central China', aliases: ['华中地区'] },
  { key: 'western-china', name: '西部地区', nameEn: 'Western China', aliases: [] },
  { key: 'eastern-china', name: '东部地区', nameEn: 'Eastern China', aliases: [] },
  { key: 'central-western-china', name: '中西部地区', nameEn: 'Central and Western China', aliases: [] },
  { key: 'northwest', name: '西北地区', nameEn: 'Northwest China', aliases: [] },
  { key: 'southwest', name: '西南地区', nameEn: 'Southwest China', aliases: [] },
  // economic regions and city clusters of national plans
  { key: 'west-strait', name: '海峡西岸经济区', nameEn: 'Western Taiwan Straits Economic Zone', aliases: ['海西经济区'] },
  { key: 'central-plains-city-cluster', name: '中原城市群', nameEn: 'Central Plains City Cluster', aliases: [] },
  { key: 'changzhutan', name: '长株潭', nameEn: 'Changsha–Zhuzhou–Xiangtan', aliases: ['长株潭城市群'], within: '湖南省' },
  { key: 'harbin-changchun-city-cluster', name: '哈长城市群', nameEn: 'Harbin–Changchun City Cluster', aliases: [] },
  { key: 'lanzhou-xining-city-cluster', name: '兰西城市群', nameEn: 'Lanzhou–Xining City Cluster', aliases: [] },
  { key: 'huaihe-eco-belt', name: '淮河生态经济带', nameEn: 'Huaihe River Eco-Economic Belt', aliases: [] },
  { key: 'hanjiang-eco-belt', name: '汉江生态经济带', nameEn: 'Hanjiang River Eco-Economic Belt', aliases: [] },
  { key: 'shandong-peninsula', name: '山东半岛', nameEn: 'Shandong Peninsula', aliases: ['山东半岛城市群'], within: '山东省' },
  // the rest of the nineteen city clusters of the national plans (13th Five-Year Plan, 2016)
  { key: 'central-southern-liaoning-city-cluster', name: '辽中南城市群', nameEn: 'Central-Southern Liaoning City Cluster', aliases: [], within: '辽宁省' },
  { key: 'beibu-gulf-city-cluster', name: '北部湾城市群', nameEn: 'Beibu Gulf City Cluster', aliases: [] },
  { key: 'central-shanxi-city-cluster', name: '山西中部城市群', nameEn: 'Central Shanxi City Cluster', aliases: ['晋中城市群'], within: '山西省' },
  { key: 'hubaoeyu-city-cluster', name: '呼包鄂榆城市群', nameEn: 'Hohhot–Baotou–Ordos–Yulin City Cluster', aliases: [] },
  { key: 'central-guizhou-city-cluster', name: '黔中城市群', nameEn: 'Central Guizhou City Cluster', aliases: [], within: '贵州省' },
  { key: 'central-yunnan-city-cluster', name: '滇中城市群', nameEn: 'Central Yunnan City Cluster', aliases: [], within: '云南省' },
  { key: 'ningxia-yellow-river-city-cluster', name: '宁夏沿黄城市群', nameEn: 'Ningxia Yellow River City Cluster', aliases: [], within: '宁夏回族自治区' },
  { key: 'tianshan-north-slope-city-cluster', name: '天山北坡城市群', nameEn: 'Northern Tianshan Slope City Cluster', aliases: [], within: '新疆维吾尔自治区' },
  { key: 'chengdu-chongqing-city-cluster', name: '成渝城市群', nameEn: 'Chengdu–Chongqing City Cluster', aliases: [] },
  // regions of the world and groupings of countries that plans of opening-up name (countries are the gazetteer's)
  { key: 'world-asean', name: '东盟', nameEn: 'ASEAN', aliases: ['东南亚国家联盟'] },
  { key: 'world-eu', name: '欧盟', nameEn: 'European Union', aliases: ['欧洲联盟'] },
  { key: 'world-africa', name: '非洲', nameEn: 'Africa', aliases: [] },
  { key: 'world-latin-america', name: '拉美', nameEn: 'Latin America', aliases: ['拉丁美洲', '拉美地区'] },
  { key: 'world-central-eastern-europe', name: '中东欧', nameEn: 'Central and Eastern Europe', aliases: [] },
  { key: 'world-southeast-asia', name: '东南亚', nameEn: 'Southeast Asia', aliases: [] },
  { key: 'world-northeast-asia', name: '东北亚', nameEn: 'Northeast Asia', aliases: [] },
  { key: 'world-south-asia', name: '南亚', nameEn: 'South Asia', aliases: [] },
  { key: 'world-central-asia', name: '中亚', nameEn: 'Central Asia', aliases: [] },
  { key: 'world-west-asia', name: '西亚', nameEn: 'West Asia', aliases: [] },
  { key: 'three-rivers-source', name: '三江源', nameEn: 'Sanjiangyuan (Three-River Source)', aliases: ['三江源地区'], within: '青海省' },
  { key: 'qinling', name: '秦岭', nameEn: 'Qinling Mountains', aliases: [] },
  { key: 'qilian-mountains', name: '祁连山', nameEn: 'Qilian Mountains', aliases: [] },
  // mountain ranges named as the places of a policy (太行山绿化, 长白山保护); those that are also a division's name (武夷山,
  // 井冈山, 天山区) are the gazetteer's
  { key: 'taihang-mountains', name: '太行山', nameEn: 'Taihang Mountains', aliases: ['太行山脉'] },
  { key: 'changbai-mountains', name: '长白山', nameEn: 'Changbai Mountains', aliases: [] },
  { key: 'kunlun-mountains', name: '昆仑山', nameEn: 'Kunlun Mountains', aliases: ['昆仑山脉'] },
  { key: 'helan-mountains', name: '贺兰山', nameEn: 'Helan Mountains', aliases: [] },
  { key: 'altai-mountains', name: '阿尔泰山', nameEn: 'Altai Mountains', aliases: [] },
  { key: 'lesser-khingan', name: '小兴安岭', nameEn: 'Lesser Khingan Mountains', aliases: [] },
  { key: 'wuling-mountains', name: '武陵山区', nameEn: 'Wuling Mountain Area', aliases: ['武陵山片区'] },
  { key: 'wumeng-mountains', name: '乌蒙山区', nameEn: 'Wumeng Mountain Area', aliases: ['乌蒙山片区'] },
  { key: 'qinba-mountains', name: '秦巴山区', nameEn: 'Qinba Mountain Area', aliases: ['秦巴山片区'] },
  { key: 'dabie-mountains', name: '大别山区', nameEn: 'Dabie Mountain Area', aliases: ['大别山片区', '大别山'] },
  { key: 'luoxiao-mountains', name: '罗霄山区', nameEn: 'Luoxiao Mountain Area', aliases: ['罗霄山片区'] },
  { key: 'liupan-mountains', name: '六盘山区', nameEn: 'Liupan Mountain Area', aliases: ['六盘山片区'] },
  { key: 'luliang-mountains', name: '吕梁山区', nameEn: 'Lüliang Mountain Area', aliases: ['吕梁山片区'] },
  // the rest of the contiguous areas of poverty of the 2011–2020 programme (the prefecture 大兴安岭地区 is not its 南麓山区)
  { key: 'yunnan-guangxi-guizhou-karst', name: '滇桂黔石漠化区', nameEn: 'Yunnan–Guangxi–Guizhou Rocky Desertification Area', aliases: ['滇桂黔石漠化片区'] },
  { key: 'western-yunnan-border-mountains', name: '滇西边境山区', nameEn: 'Western Yunnan Border Mountain Area', aliases: ['滇西边境片区'], within: '云南省' },
  { key: 'southern-daxinganling-mountains', name: '大兴安岭南麓山区', nameEn: 'Southern Greater Khingan Mountain Area', aliases: ['大兴安岭南麓片区'] },
  { key: 'yanshan-taihang-mountains', name: '燕山—太行山区', nameEn: 'Yanshan–Taihang Mountain Area', aliases: ['燕山-太行山区', '燕山—太行山片区', '燕山太行山区'] },
  // the deep-poverty areas of 2018–2020: Tibet, the Tibetan areas of four provinces, southern Xinjiang's four prefectures,
  // and the prefectures of Liangshan, Nujiang and Linxia
  { key: 'three-regions-three-prefectures', name: '三区三州', nameEn: 'Three Regions and Three Prefectures', aliases: [] },
  { key: 'four-province-tibetan-areas', name: '四省藏区', nameEn: 'Tibetan Areas of Four Provinces', aliases: ['四省涉藏州县'] },
  // parts of a province its plans name as one (赣南等原中央苏区, 苏北, 皖北, 粤东西北)
  { key: 'southern-jiangxi', name: '赣南', nameEn: 'Southern Jiangxi', aliases: ['赣南地区'], within: '江西省' },
  { key: 'western-fujian', name: '闽西', nameEn: 'Western Fujian', aliases: [], within: '福建省' },
  { key: 'southwestern-fujian', name: '闽西南', nameEn: 'Southwestern Fujian', aliases: ['闽西南地区'], within: '福建省' },
  { key: 'southern-shaanxi', name: '陕南', nameEn: 'Southern Shaanxi', aliases: ['陕南地区'], within: '陕西省' },
  { key: 'northern-shaanxi', name: '陕北', nameEn: 'Northern Shaanxi', aliases: ['陕北地区'], within: '陕西省' },
  { key: 'northern-jiangsu', name: '苏北', nameEn: 'Northern Jiangsu', aliases: ['苏北地区'], within: '江苏省' },
  { key: 'northern-anhui', name: '皖北', nameEn: 'Northern Anhui', aliases: ['皖北地区'], within: '安徽省' },
  { key: 'eastern-western-northern-guangdong', name: '粤东西北', nameEn: 'Eastern, Western and Northern Guangdong', aliases: ['粤东西北地区'], within: '广东省' },
  { key: 'southwestern-zhejiang', name: '浙西南', nameEn: 'Southwestern Zhejiang', aliases: ['浙西南地区'], within: '浙江省' },
  // revolutionary base areas, named as the places of revitalisation plans
  { key: 'shaanxi-gansu-ningxia-base-area', name: '陕甘宁革命老区', nameEn: 'Shaanxi–Gansu–Ningxia Revolutionary Base Area', aliases: [] },
  { key: 'dabie-base-area', name: '大别山革命老区', nameEn: 'Dabie Mountains Revolutionary Base Area', aliases: [] },
  { key: 'zuoyoujiang-base-area', name: '左右江革命老区', nameEn: 'Zuoyoujiang Revolutionary Base Area', aliases: [] },
  { key: 'sichuan-shaanxi-base-area', name: '川陕革命老区', nameEn: 'Sichuan–Shaanxi Revolutionary Base Area', aliases: [] },
  { key: 'central-soviet-area', name: '赣闽粤原中央苏区', nameEn: 'Former Central Soviet Area of Jiangxi, Fujian and Guangdong', aliases: ['原中央苏区', '中央苏区'] },
  // the designated kinds of area policies single out, named as places (在革命老区、民族地区、边疆地区建设…); descriptions
  // such as 贫困地区 or 沿海地区 are none
  { key: 'old-revolutionary-base-areas', name: '革命老区', nameEn: 'Old revolutionary base areas', aliases: [] },
  { key: 'ethnic-minority-areas', name: '民族地区', nameEn: 'Ethnic minority areas', aliases: ['少数民族地区'] },
  { key: 'frontier-areas', name: '边疆地区', nameEn: 'Frontier areas', aliases: [] },
  { key: 'border-areas', name: '边境地区', nameEn: 'Border areas', aliases: [] },
  // plains, plateaus, basins and corridors named as the places of a policy (air pollution control, ecological protection)
  { key: 'fenwei-plain', name: '汾渭平原', nameEn: 'Fenwei Plain', aliases: [] },
  { key: 'jingjinji-surroundings', name: '京津冀及周边地区', nameEn: 'Beijing–Tianjin–Hebei and Surrounding Areas', aliases: [] },
  { key: 'north-china-plain', name: '华北平原', nameEn: 'North China Plain', aliases: [] },
  { key: 'loess-plateau', name: '黄土高原', nameEn: 'Loess Plateau', aliases: [] },
  { key: 'qinghai-tibet-plateau', name: '青藏高原', nameEn: 'Qinghai–Tibet Plateau', aliases: [] },
  { key: 'yellow-river-delta', name: '黄河三角洲', nameEn: 'Yellow River Delta', aliases: [], within: '山东省' },
  { key: 'hexi-corridor', name: '河西走廊', nameEn: 'Hexi Corridor', aliases: [], within: '甘肃省' },
  { key: 'sichuan-basin', name: '四川盆地', nameEn: 'Sichuan Basin', aliases: [] },
  { key: 'northeast-black-soil', name: '东北黑土区', nameEn: 'Northeast Black Soil Region', aliases: ['东北黑土地'] },
  { key: 'southern-xinjiang', name: '南疆', nameEn: 'Southern Xinjiang', aliases: ['南疆地区', '南疆四地州'], within: '新疆维吾尔自治区' },
  // deserts, sandy lands and basins, where sand is fought and land restored (三北工程: 库布其沙漠, 科尔沁沙地)
  { key: 'taklamakan', name: '塔克拉玛干沙漠', nameEn: 'Taklamakan Desert', aliases: [], within: '新疆维吾尔自治区' },
  { key: 'gurbantunggut', name: '古尔班通古特沙漠', nameEn: 'Gurbantunggut Desert', aliases: [], within: '新疆维吾尔自治区' },
  { key: 'badain-jaran', name: '巴丹吉林沙漠', nameEn: 'Badain Jaran Desert', aliases: [], within: '内蒙古自治区' },
  { key: 'tengger', name: '腾格里沙漠', nameEn: 'Tengger Desert', aliases: [] },
  { key: 'kubuqi', name: '库布其沙漠', nameEn: 'Kubuqi Desert', aliases: [], within: '内蒙古自治区' },
  { key: 'ulan-buh', name: '乌兰布和沙漠', nameEn: 'Ulan Buh Desert', aliases: [], within: '内蒙古自治区' },
  { key: 'mu-us', name: '毛乌素沙地', nameEn: 'Mu Us Sandy Land', aliases: ['毛乌素沙漠'] },
  { key: 'horqin', name: '科尔沁沙地', nameEn: 'Horqin Sandy Land', aliases: [] },
  { key: 'otindag', name: '浑善达克沙地', nameEn: 'Otindag Sandy Land', aliases: [], within: '内蒙古自治区' },
  { key: 'hulunbuir-sandy-land', name: '呼伦贝尔沙地', nameEn: 'Hulunbuir Sandy Land', aliases: [], within: '内蒙古自治区' },
  { key: 'tarim-basin', name: '塔里木盆地', nameEn: 'Tarim Basin', aliases: [], within: '新疆维吾尔自治区' },
  { key: 'junggar-basin', name: '准噶尔盆地', nameEn: 'Junggar Basin', aliases: [], within: '新疆维吾尔自治区' },
  { key: 'qaidam-basin', name: '柴达木盆地', nameEn: 'Qaidam Basin', aliases: [], within: '青海省' },
  // rivers, lakes and reservoir areas named as places (where to protect, build, restore)
  ...water('river', [
    ['yangtze', '长江', 'Yangtze River'], ['yellow-river', '黄河', 'Yellow River'], ['pearl-river', '珠江', 'Pearl River'],
    ['huaihe', '淮河', 'Huaihe River'], ['haihe', '海河', 'Haihe River'], ['liaohe', '辽河', 'Liaohe River'],
    ['songhua', '松花江', 'Songhua River'], ['lancang', '澜沧江', 'Lancang River'], ['yarlung', '雅鲁藏布江', 'Yarlung Tsangpo'],
    ['hanjiang', '汉江', 'Hanjiang River'], ['jialing', '嘉陵江', 'Jialing River'], ['minjiang-sc', '岷江', 'Minjiang River', '四川省'],
    ['xiangjiang', '湘江', 'Xiangjiang River', '湖南省'], ['ganjiang', '赣江', 'Ganjiang River', '江西省'], ['minjiang-fj', '闽江', 'Minjiang River (Fujian)', '福建省'],
    ['qiantang', '钱塘江', 'Qiantang River', '浙江省'], ['weihe', '渭河', 'Weihe River'], ['fenhe', '汾河', 'Fenhe River', '山西省'],
    ['tarim', '塔里木河', 'Tarim River', '新疆维吾尔自治区'], ['nujiang', '怒江', 'Nujiang River'], ['jinsha', '金沙江', 'Jinsha River'],
    ['wujiang', '乌江', 'Wujiang River'], ['xijiang', '西江', 'Xijiang River'],
    ['yongding', '永定河', 'Yongding River'], ['luanhe', '滦河', 'Luanhe River'], ['dadu', '大渡河', 'Dadu River', '四川省'],
    ['yalong', '雅砻江', 'Yalong River', '四川省'], ['tumen', '图们江', 'Tumen River'], ['yalu', '鸭绿江', 'Yalu River'],
    ['ili', '伊犁河', 'Ili River', '新疆维吾尔自治区'], ['tuojiang', '沱江', 'Tuojiang River', '四川省'], ['heihe-river', '黑河流域', 'Heihe River Basin'],
    ['irtysh', '额尔齐斯河', 'Irtysh River', '新疆维吾尔自治区'], ['beijiang', '北江', 'Beijiang River', '广东省'], ['dongjiang', '东江', 'Dongjiang River', '广东省'],
    // border rivers, whose names begin with a city's (乌苏里江 is no 乌苏市)
    ['ussuri', '乌苏里江', 'Ussuri River', '黑龙江省'], ['argun', '额尔古纳河', 'Argun River', '内蒙古自治区'], ['suifen', '绥芬河流域', 'Suifen River Basin', '黑龙江省'],
  ]),
  // the canal under its short names too (京杭运河, 大运河文化带)
  { key: 'grand-canal', name: '京杭大运河', nameEn: 'Beijing–Hangzhou Grand Canal', aliases: ['京杭运河', '大运河'], regionKind: 'river' },
  ...water('lake', [
    ['dongting', '洞庭湖', 'Dongting Lake', '湖南省'], ['poyang', '鄱阳湖', 'Poyang Lake', '江西省'], ['taihu', '太湖', 'Taihu Lake'],
    ['hongze', '洪泽湖', 'Hongze Lake', '江苏省'], ['chaohu', '巢湖', 'Chaohu Lake', '安徽省'], ['dianchi', '滇池', 'Dianchi Lake', '云南省'],
    ['erhai', '洱海', 'Erhai Lake', '云南省'], ['qinghai-lake', '青海湖', 'Qinghai Lake', '青海省'], ['baiyangdian', '白洋淀', 'Baiyangdian Lake', '河北省'],
    ['hulun', '呼伦湖', 'Hulun Lake', '内蒙古自治区'], ['bosten', '博斯腾湖', 'Bosten Lake', '新疆维吾尔自治区'], ['fuxian', '抚仙湖', 'Fuxian Lake', '云南省'],
    ['qiandao', '千岛湖', 'Qiandao Lake', '浙江省'], ['weishan-lake', '微山湖', 'Weishan Lake', '山东省'], ['nansi', '南四湖', 'Nansi Lake', '山东省'],
    ['chagan', '查干湖', 'Chagan Lake', '吉林省'], ['ulansuhai', '乌梁素海', 'Ulansuhai Lake', '内蒙古自治区'], ['hengshui-lake', '衡水湖', 'Hengshui Lake', '河北省'],
    ['danjiangkou-reservoir', '丹江口水库', 'Danjiangkou Reservoir'], ['xingkai', '兴凯湖', 'Khanka Lake', '黑龙江省'],
  ]),
  ...water('reservoir_area', [
    ['three-gorges-reservoir', '三峡库区', 'Three Gorges Reservoir Area'], ['danjiangkou-reservoir-area', '丹江口库区', 'Danjiangkou Reservoir Area'],
  ]),
];

const byForm = new Map<string, KnownArea>();
for (const a of KNOWN_AREAS) for (const f of [a.name, ...a.aliases]) byForm.set(f, a);

export const findKnownArea = (name: string): KnownArea | undefined => byForm.get(name);

/** Words that begin a regional name (compass regions, rivers and seas) besides province and city names. */
export const PLACE_WORDS = [
  '东北', '西北', '西南', '东南', '华北', '华东', '华南', '华中', '东部', '西部', '中部', '南部', '北部', '中西部', '东中部',
  '长江', '黄河', '珠江', '淮河', '渤海', '环渤海', '北部湾', '成渝', '川渝', '京津冀', '长三角', '珠三角', '海河', '辽河',
  '松花江', '汉江', '嘉陵江', '湘江', '赣江', '闽江', '钱塘江', '渭河', '汾河', '澜沧江', '金沙江', '三峡', '丹江口', '太湖', '洞庭湖', '鄱阳湖',
];

/** One-character abbreviations of provincial-level divisions; a run of two or more (川渝, 京津冀, 沪苏浙皖) names a region. */
export const PROVINCE_ABBREVIATIONS = '京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川蜀黔滇藏陕甘陇青宁港澳';

/** English for the words regional names are built from, used to compose names the gazetteer does not hold. */
export const AREA_WORDS_EN: Readonly<Record<string, string>> = {
  西部: 'Western', 东部: 'Eastern', 中部: 'Central', 南部: 'Southern', 北部: 'Northern', 东北: 'Northeast', 西北: 'Northwest',
  西南: 'Southwest', 东南: 'Southeast', 中西部: 'Central and Western', 中国: 'China', 长江: 'Yangtze River', 黄河: 'Yellow River',
  珠江: 'Pearl River', 协同创新区: 'Collaborative Innovation Zone', 创新区: 'Innovation Zone', 科学城: 'Science City',
  科技城: 'Science and Technology City', 新区: 'New Area', 地区: 'region', 经济圈: 'Economic Circle', 经济带: 'Economic Belt',
  城市群: 'City Cluster', 都市圈: 'Metropolitan Area', 经济区: 'Economic Zone', 流域: 'Basin', 双城: 'Twin-City', 库区: 'Reservoir Area',
  三峡: 'Three Gorges',
};
