/**
 * Where a name begins: right after a verb, adverb, quantifier or function word of the genre ("支持建设…",
 * "一批…", "在…"). Looked up by the word's last character, since the walkers move leftwards.
 */
import { isDigitCode, isNameCode } from './chars';
import { PairSet } from '../text/pair-set';

/**
 * Words that end the left walk: the name begins right after them. Verbs and adverbs of the genre
 * ("推动", "高水平建设"), quantifiers ("一批") and function words ("在", "与", "等", "的").
 * Words that also occur inside platform names (创新, 合作, 联合, 发展, 示范, 服务, 重点…) are deliberately absent.
 */
const STOP_WORDS = [
  // verbs of establishing and supporting
  '推动', '支持', '建设', '建立', '培育', '创建', '布局', '加快', '加强', '打造', '推进', '依托', '围绕', '谋划', '筹备',
  '论证', '设立', '增设', '新设', '撤销', '组建', '共建', '新建', '扩建', '改扩建', '迁建', '建成',
  // where a facility stands in its building (已建小水电站, 续建乌东德水电站, 拟建核电站): its state, not its name
  '已建', '在建', '拟建', '续建', '待建', '停建', '参与', '发挥', '落实', '实现', '提高', '提升', '促进', '优化', '允许',
  '鼓励', '引导', '开展', '完善', '纳入', '申报', '申请', '复制', '推广', '赋予', '运用', '简化', '对接', '发起', '举办',
  '承担', '整合', '形成', '构建', '成为', '作为', '利用', '争创', '认定', '批准', '规划', '入驻', '进驻', '落户', '注册',
  '加大', '聚焦', '瞄准', '面向', '实施', '争取', '按照', '根据', '结合', '通过', '给予', '享受', '认识', '用好', '办好',
  '壮大', '做强', '做大', '健全', '设置', '部署', '搭建', '启动', '探索', '深化', '拓展', '扩大', '强化', '巩固', '吸引',
  '引进', '带动', '依靠', '借助', '发展成为', '建为', '升级为', '优化为', '设为', '列为', '确定为', '命名为', '包括',
  '涉及', '享有', '位于', '关于', '对于', '有关', '相关', '各类', '各级', '各地', '现有', '已有', '更多', '一些', '这些',
  '扶持', '共建共享', '共有', '现有', '选择', '选取', '确定', '包括', '下称', '简称', '称为', '具有', '具备', '拥有', '集中', '统筹', '协调', '配合', '用于', '以及', '或者', '并且', '同时', '其中', '包含', '认真',
  // verbs of permitting, considering and ensuring, and aims (建设成为…): what follows is the object, not part of a name
  '授权', '考虑', '确保', '授予', '督促', '推行', '获批', '建设成为', '打造成为', '建成为',
  // verbs of approving and of carrying out (同意昆明长水国际机场…扩大开放, 实行铁路政企分开, 拟订铁路发展规划)
  '同意', '核准', '实行', '拟订', '做好', '抓好', '搞好',
  // verbs of directing, asking and judging a body (责成衡阳市人民政府…, 对海伦市人民政府予以通报批评, 约谈…)
  '责成', '委托', '要求', '请', '协助', '帮助', '约谈', '批评', '通报', '表扬', '奖励', '指定', '抄送', '转发', '安排',
  // verbs of changing what is there (同意调整四川卧龙国家级自然保护区范围, 调整后保护区总面积, 不改变保护区总面积)
  '调整', '调整后', '改变', '变更',
  // verbs of drafting and issuing (研究制定新区发展规划): what follows is the document's subject
  '制定', '编制', '修订', '印发', '出台',
  // a body's duty (国务院交通运输主管部门负责全国港口…) and the area a rule covers (本行政区域内港口): never part of a name
  '负责', '区域内', '境内', '范围内', '辖区内',
  // determiners: all, specific, other, some, every
  '所有', '特定', '全部', '任何', '其他', '其余', '部分', '个别', '有条件的', '符合条件的', '每一', '全体',
  // whose: each region's, each level's (各地区政务服务平台 is no 区政务服务平台)
  '各地区', '各省份', '各部门', '各单位', '各行业',
  // adverbs
  '积极', '大力', '持续', '进一步', '率先', '尽快', '充分', '全面', '逐步', '稳步', '着力', '优先', '力争', '努力', '切实',
  '加速', '有序', '适时', '继续', '严格',
  // adjectives and quantifiers that are not part of a name
  '高水平', '高质量', '一流', '世界一流', '一批', '若干', '多个', '一个', '一些', '一系列', '每个', '相应',
  // what rounds a count off (5个以上国家级工业互联网平台, 3个左右国家技术创新中心): the count's, never a name's
  '以上', '左右',
  // single-character function words
  '在', '与', '和', '及', '等', '的', '或', '为', '将', '把', '向', '从', '以', '于', '由', '到', '并', '其', '了',
  '是', '让', '使', '被', '给', '至', '对', '要', '按', '经', '各', '该', '本', '搭',
];

/**
 * Verbs that are also common inside names (创新发展试验区, 科技金融服务中心): they end the walk only where they
 * begin a clause or follow another stop word (`，发展孵化器`, `要应用…平台`, `，规范实验室建设`).
 */
const WEAK_STOP_WORDS = new Set(['发展', '应用', '服务', '培养', '开放', '规范', '指导']);

/** Single characters that are not a stop after these characters (高等, 共和, 重要, 对外…). */
const NOT_STOP_AFTER: Readonly<Record<string, string>> = {
  等: '高中初平同均上下',
  和: '共平总饱',
  要: '重主纲需摘',
  以: '所可难予',
  为: '作成称行',
  在: '所存现实',
  由: '自理缘', // 自由电子激光装置, 理由, 缘由
};
/**
 * Single characters that are not a stop before these characters (对外, 在线: 在线政务服务平台 keeps its 在; 和 that begins
 * a place's name: 和田, 和龙, 和静, 和硕, 和布克赛尔, 和林格尔).
 */
const NOT_STOP_BEFORE: Readonly<Record<string, string>> = { 对: '外', 经: '济开', 在: '线', 和: '田龙静硕布林' };

// Keyed by the last character's code: looking the character up as a string allocated one for every position tried.
const stopsByLast = new Map<number, string[]>();
/**
 * The walks ask at every character they pass; most characters end no stop word, or end one only after a character
 * that is not its second-last (建设 ends in 设, 设施 has 设 too), so a flag table and the pair of the last two
 * characters answer most questions before the map and the word comparisons.
 */
const lastFlags = new Uint8Array(0x10000);
const lastPairs = new PairSet();
// Values of lastFlags: only words of two characters or more end in the character, so the pair decides (PAIRED); or a
// one-character stop is that character (ALONE).
const PAIRED = 1;
const ALONE = 2;
for (const w of [...new Set([...STOP_WORDS, ...WEAK_STOP_WORDS])].sort((a, b) => b.length - a.length)) {
  const last = w.charCodeAt(w.length - 1);
  if (w.length === 1) lastFlags[last] = ALONE;
  else {
    lastFlags[last] ||= PAIRED;
    lastPairs.add(w.charCodeAt(w.length - 2), last);
  }
  const list = stopsByLast.get(last) ?? [];
  list.push(w);
  stopsByLast.set(last, list);
}

const codes = (chars: string): ReadonlySet<number> => new Set([...chars].map((c) => c.charCodeAt(0)));
/** Single-character stops keyed by code, with the neighbours that cancel them as code sets. */
const codeSets = (table: Readonly<Record<string, string>>): Map<number, ReadonlySet<number>> =>
  new Map(Object.entries(table).map(([w, chars]) => [w.charCodeAt(0), codes(chars)]));
const NOT_STOP_AFTER_CODES = codeSets(NOT_STOP_AFTER);
const NOT_STOP_BEFORE_CODES = codeSets(NOT_STOP_BEFORE);

/** Whether some stop word ends in the character: a filter the walks apply before asking stopEndingAt. */
export const mayEndStop = (code: number): boolean => lastFlags[code] !== 0;

export function stopEndingAt(text: string, end: number, floor: number): number {
  if (end < 1 || end > text.length) return 0;
  const last = text.charCodeAt(end - 1);
  const flag = lastFlags[last];
  if (flag === 0) return 0;
  if (flag === PAIRED && (end - 2 < floor || !lastPairs.has(text.charCodeAt(end - 2), last))) return 0;
  for (const w of stopsByLast.get(last)!) {
    const s = end - w.length;
    if (s < floor || text.startsWith(w, s) === false) continue;
    if (WEAK_STOP_WORDS.has(w) && s > 0 && isNameCode(text.charCodeAt(s - 1)) && stopEndingAt(text, s, floor) === 0) continue;
    if (w.length === 1 && cancelledByNeighbour(text, s, end, last)) continue;
    return w.length;
  }
  return 0;
}

/** 高等, 共和, 重要 (the character before), 对外 (the one after): a single-character stop inside a word. */
function cancelledByNeighbour(text: string, s: number, end: number, code: number): boolean {
  if (s > 0 && NOT_STOP_AFTER_CODES.get(code)?.has(text.charCodeAt(s - 1))) return true;
  return end < text.length && NOT_STOP_BEFORE_CODES.get(code)?.has(text.charCodeAt(end)) === true;
}

// Flag tables rather than sets: the walks ask at every character they pass.
const codeTable = (chars: string): Uint8Array => {
  const table = new Uint8Array(0x10000);
  for (const c of chars) table[c.charCodeAt(0)] = 1;
  return table;
};
/** Numeral + measure word ("8个", "一批", "两家"): a quantifier, never part of a name. */
const MEASURE_WORDS = codeTable('个家批所类项座处');
const COUNT_CHARS = codeTable('一二两三四五六七八九十百千万几若多数余');

/** Whether a quantifier may end in the character (a measure word): a filter before quantifierEndingAt. */
export const mayEndQuantifier = (code: number): boolean => MEASURE_WORDS[code] !== 0;

/** Whether text[.., end) is a count: a quantifier, or one rounded off by 以上 or 左右 (10家以上, 3个左右). */
export function countEndingAt(text: string, end: number): boolean {
  return countNumeralAt(text, end) >= 0;
}

/** Where the last character of the numeral of the count ending at `end` stands (8个, 10家以上: 8, 0), or -1: no count. */
export function countNumeralAt(text: string, end: number): number {
  if (quantifierEndingAt(text, end)) return end - 2;
  const w = text.slice(Math.max(0, end - 2), end);
  return (w === '以上' || w === '左右') && quantifierEndingAt(text, end - 2) ? end - 4 : -1;
}

export function quantifierEndingAt(text: string, end: number): boolean {
  if (end < 2 || end > text.length) return false;
  if (MEASURE_WORDS[text.charCodeAt(end - 1)] === 0) return false;
  const n = text.charCodeAt(end - 2);
  return isDigitCode(n) || COUNT_CHARS[n] === 1;
}
