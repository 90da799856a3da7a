import type { PlatformKind } from '../model';

/**
 * The heads of platform names (…实验室, …装置, …创新中心, …试验区, …基地) that the platform extractor looks for
 * (core/entities/platforms.ts), which the platform head lane of the extractors' marks (core/entities/lanes.ts) marks
 * where their last two characters may stand.
 */
export interface Head {
  readonly word: string;
  readonly kind: PlatformKind;
  /** fewest name characters the modifier needs for the name to be specific; 0: the head alone is a platform type */
  readonly minModifier: number;
}

const head = (kind: PlatformKind, minModifier: number, ...words: string[]): Head[] => words.map((word) => ({ word, kind, minModifier }));

export const HEADS: readonly Head[] = [
  ...head('lab', 0, '国家实验室', '国家重点实验室', '全国重点实验室', '重点实验室', '联合实验室'),
  ...head('lab', 2, '实验室'),
  // only research infrastructure: 公共服务设施, 配套设施, 金融安全基础设施 are not platforms
  ...head('facility', 2, '科技基础设施', '科学基础设施', '科研基础设施', '研究设施', '实验设施', '试验设施', '观测设施', '科学设施',
    '研究装置', '实验装置', '装置', '雷达', '光源', '中子源', '望远镜', '试验平台', '风洞', '对撞机'),
  ...head('innovation_centre', 0, '制造业创新中心', '临床医学研究中心', '技术转移中心', '国家医学中心', '工程技术研究中心'),
  ...head('innovation_centre', 2, '技术创新中心', '产业创新中心', '创新中心', '工程研究中心', '研究中心', '医学中心', '科学中心', '研究站', '研究院', '育成中心', '工程中心'),
  ...head('zone', 0, '自由贸易试验区', '自贸试验区', '综合保税区', '大学科技园', '自由贸易港'),
  ...head('zone', 2, '保税区', '保税港区', '试验区', '实验区', '先导区', '示范区', '合作区', '开发区', '高新区', '园区', '科技园', '产业园',
    '创业园', '工业园', '物流园', '集聚区', '功能区', '保护区', '优势区', '走廊', '合作园', '片区', '新片区', '临空经济区', '临港经济区',
    '港务区'),
  ...head('other', 0, '孵化器', '众创空间', '加速器'),
  ...head('other', 2, '示范基地', '基地', '枢纽节点', '数据中心', '工作站'),
  // named pipelines (中缅油气管道, 中俄东线天然气管道): facilities of their own, as lines and plants are
  ...head('other', 2, '油气管道', '天然气管道', '输油管道', '输气管道', '原油管道'),
  ...head('other', 4, '平台', '中心'),
  ...head('airport', 2, '机场', '国际机场'),
  ...head('port', 2, '港口', '港区', '铁路港', '陆港'),
  // ports of entry (河口铁路口岸, 瑞丽公路口岸, 二连浩特公路口岸): where people and goods cross the border
  ...head('port', 2, '口岸'),
  ...head('power_plant', 2, '电站', '核电站', '水电站', '电厂', '核电厂', '发电厂', '热电厂'),
  ...head('railway', 2, '铁路', '高铁', '高速铁路', '城际铁路', '号线', '铁路线'),
  ...head('exchange', 2, '交易所'),
  // reservoirs, dams and irrigation districts (夜郎水库, 马岭水利枢纽, 三峡大坝, 河套灌区)
  ...head('water_project', 2, '水库', '水利枢纽', '大坝', '灌区'),
  ...head('national_park', 2, '国家公园', '国家森林公园', '国家湿地公园', '国家地质公园'),
  // 长城、大运河、黄河国家文化公园: a national programme of heritage corridors, named by what they follow
  ...head('zone', 2, '国家文化公园'),
];

export const PLATFORM_HEADS: readonly string[] = HEADS.map((h) => h.word);
