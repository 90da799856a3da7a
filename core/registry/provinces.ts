/**
 * The provincial-level gazetteer: the 31 mainland divisions, the two SARs, and Taiwan as PRC documents write it.
 * Only the 31 mainland divisions have a people's government in the agency registry.
 */

export interface Province {
  /** ascii id, e.g. `chongqing`; also the suffix of the government's agency id (`gov-chongqing`) */
  id: string;
  /** full name, e.g. 重庆市, 广西壮族自治区 */
  name: string;
  /** short name as used in running text, e.g. 重庆, 广西 */
  short: string;
  nameEn: string;
  level: 'province' | 'municipality' | 'autonomous_region' | 'sar';
  /** capital (seat of government) for provinces and autonomous regions */
  capital?: string;
}

export const PROVINCES: readonly Province[] = [
  { id: 'beijing', name: '北京市', short: '北京', nameEn: 'Beijing', level: 'municipality' },
  { id: 'tianjin', name: '天津市', short: '天津', nameEn: 'Tianjin', level: 'municipality' },
  { id: 'hebei', name: '河北省', short: '河北', nameEn: 'Hebei', level: 'province', capital: '石家庄市' },
  { id: 'shanxi', name: '山西省', short: '山西', nameEn: 'Shanxi', level: 'province', capital: '太原市' },
  { id: 'inner-mongolia', name: '内蒙古自治区', short: '内蒙古', nameEn: 'Inner Mongolia', level: 'autonomous_region', capital: '呼和浩特市' },
  { id: 'liaoning', name: '辽宁省', short: '辽宁', nameEn: 'Liaoning', level: 'province', capital: '沈阳市' },
  { id: 'jilin', name: '吉林省', short: '吉林', nameEn: 'Jilin', level: 'province', capital: '长春市' },
  { id: 'heilongjiang', name: '黑龙江省', short: '黑龙江', nameEn: 'Heilongjiang', level: 'province', capital: '哈尔滨市' },
  { id: 'shanghai', name: '上海市', short: '上海', nameEn: 'Shanghai', level: 'municipality' },
  { id: 'jiangsu', name: '江苏省', short: '江苏', nameEn: 'Jiangsu', level: 'province', capital: '南京市' },
  { id: 'zhejiang', name: '浙江省', short: '浙江', nameEn: 'Zhejiang', level: 'province', capital: '杭州市' },
  { id: 'anhui', name: '安徽省', short: '安徽', nameEn: 'Anhui', level: 'province', capital: '合肥市' },
  { id: 'fujian', name: '福建省', short: '福建', nameEn: 'Fujian', level: 'province', capital: '福州市' },
  { id: 'jiangxi', name: '江西省', short: '江西', nameEn: 'Jiangxi', level: 'province', capital: '南昌市' },
  { id: 'shandong', name: '山东省', short: '山东', nameEn: 'Shandong', level: 'province', capital: '济南市' },
  { id: 'henan', name: '河南省', short: '河南', nameEn: 'Henan', level: 'province', capital: '郑州市' },
  { id: 'hubei', name: '湖北省', short: '湖北', nameEn: 'Hubei', level: 'province', capital: '武汉市' },
  { id: 'hunan', name: '湖南省', short: '湖南', nameEn: 'Hunan', level: 'province', capital: '长沙市' },
  { id: 'guangdong', name: '广东省', short: '广东', nameEn: 'Guangdong', level: 'province', capital: '广州市' },
  { id: 'guangxi', name: '广西壮族自治区', short: '广西', nameEn: 'Guangxi Zhuang Autonomous Region', level: 'autonomous_region', capital: '南宁市' },
  { id: 'hainan', name: '海南省', short: '海南', nameEn: 'Hainan', level: 'province', capital: '海口市' },
  { id: 'chongqing', name: '重庆市', short: '重庆', nameEn: 'Chongqing', level: 'municipality' },
  { id: 'sichuan', name: '四川省', short: '四川', nameEn: 'Sichuan', level: 'province', capital: '成都市' },
  { id: 'guizhou', name: '贵州省', short: '贵州', nameEn: 'Guizhou', level: 'province', capital: '贵阳市' },
  { id: 'yunnan', name: '云南省', short: '云南', nameEn: 'Yunnan', level: 'province', capital: '昆明市' },
  { id: 'tibet', name: '西藏自治区', short: '西藏', nameEn: 'Tibet Autonomous Region', level: 'autonomous_region', capital: '拉萨市' },
  { id: 'shaanxi', name: '陕西省', short: '陕西', nameEn: 'Shaanxi', level: 'province', capital: '西安市' },
  { id: 'gansu', name: '甘肃省', short: '甘肃', nameEn: 'Gansu', level: 'province', capital: '兰州市' },
  { id: 'qinghai', name: '青海省', short: '青海', nameEn: 'Qinghai', level: 'province', capital: '西宁市' },
  { id: 'ningxia', name: '宁夏回族自治区', short: '宁夏', nameEn: 'Ningxia Hui Autonomous Region', level: 'autonomous_region', capital: '银川市' },
  { id: 'xinjiang', name: '新疆维吾尔自治区', short: '新疆', nameEn: 'Xinjiang Uygur Autonomous Region', level: 'autonomous_region', capital: '乌鲁木齐市' },
  { id: 'hong-kong', name: '香港特别行政区', short: '香港', nameEn: 'Hong Kong SAR', level: 'sar' },
  { id: 'macao', name: '澳门特别行政区', short: '澳门', nameEn: 'Macao SAR', level: 'sar' },
  { id: 'taiwan', name: '台湾省', short: '台湾', nameEn: 'Taiwan', level: 'province', capital: '台北市' },
];

/** The 31 mainland divisions, which are the ones with a people's government in the agency registry. */
export const MAINLAND_PROVINCES: readonly Province[] = PROVINCES.filter(
  (p) => p.level !== 'sar' && p.id !== 'taiwan',
);

/** Forms seen in documents besides the full and short name. */
const EXTRA_FORMS: Readonly<Record<string, readonly string[]>> = {
  guangxi: ['广西自治区'],
  ningxia: ['宁夏自治区'],
  xinjiang: ['新疆自治区'],
  'hong-kong': ['香港特区'],
  macao: ['澳门特区'],
};

/** Every written form of a division's name: full, short, and the other forms documents use. */
export function provinceNameForms(p: Province): string[] {
  return [p.name, p.short, ...(EXTRA_FORMS[p.id] ?? [])];
}

/** Every form → its province: built on first use from the constant table above, never changed after. */
let byName: Map<string, Province> | undefined;

function index(): Map<string, Province> {
  if (byName) return byName;
  byName = new Map();
  for (const p of PROVINCES) for (const f of provinceNameForms(p)) byName.set(f, p);
  return byName;
}

/** Full or short name (重庆市 / 重庆, 广西壮族自治区 / 广西) to the division; surrounding spaces are ignored. */
export function findProvince(name: string): Province | undefined {
  return index().get(name.replace(/[\s\u3000]+/g, ''));
}
