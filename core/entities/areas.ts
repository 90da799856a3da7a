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
}

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
];

const byForm = new Map<string, KnownArea>();
for (const a of KNOWN_AREAS) for (const f of [a.name, ...a.aliases]) byForm.set(f, a);

export const findKnownArea = (name: string): KnownArea | undefined => byForm.get(name);

/** Words that begin a regional name (compass regions, rivers and seas) besides province and city names. */
export const PLACE_WORDS = [
  '东北', '西北', '西南', '东南', '华北', '华东', '华南', '华中', '东部', '西部', '中部', '南部', '北部', '中西部', '东中部',
  '长江', '黄河', '珠江', '淮河', '渤海', '环渤海', '北部湾', '成渝', '川渝', '京津冀', '长三角', '珠三角',
];

/** One-character abbreviations of provincial-level divisions; a run of two or more (川渝, 京津冀, 沪苏浙皖) names a region. */
export const PROVINCE_ABBREVIATIONS = '京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川蜀黔滇藏陕甘陇青宁港澳';

/** English for the words regional names are built from, used to compose names the gazetteer does not hold. */
export const AREA_WORDS_EN: Readonly<Record<string, string>> = {
  西部: 'Western', 东部: 'Eastern', 中部: 'Central', 南部: 'Southern', 北部: 'Northern', 东北: 'Northeast', 西北: 'Northwest',
  西南: 'Southwest', 东南: 'Southeast', 中西部: 'Central and Western', 中国: 'China', 长江: 'Yangtze River', 黄河: 'Yellow River',
  珠江: 'Pearl River', 协同创新区: 'Collaborative Innovation Zone', 创新区: 'Innovation Zone', 科学城: 'Science City',
  科技城: 'Science and Technology City', 新区: 'New Area', 地区: 'region', 经济圈: 'Economic Circle', 经济带: 'Economic Belt',
  城市群: 'City Cluster', 都市圈: 'Metropolitan Area', 经济区: 'Economic Zone', 流域: 'Basin', 双城: 'Twin-City',
};
