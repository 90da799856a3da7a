/**
 * Platforms named in article text: laboratories, large research facilities, innovation centres, zones and
 * other support platforms. A platform name in the genre is `modifier + head`, where the head is a fixed
 * category word (…实验室, …装置, …创新中心, …试验区, …基地) and the modifier runs left to the nearest
 * punctuation, verb or function word.
 *
 * Decisions:
 * - Category names of national programmes (国家产业创新中心, 国家重点实验室, 综合保税区, 临床医学研究中心) are
 *   reported like named platforms: the documents assign responsibility for building them.
 * - A head alone (实验室, 平台, 设施) or with a merely descriptive modifier (重大创新平台, 科技创新中心, 研究基地)
 *   is not a name; names with 国际/国家/a place in the modifier are.
 * - `A、B等X`: when X directly follows listed platforms it sums them up (等设施, 等国家级创新平台) and is dropped;
 *   after things that are not platforms (氢能、…等国家级高新技术产业化基地) it is kept.
 * - Facilities are research infrastructure only: 公共服务设施, 配套设施, 金融安全基础设施 are not platforms;
 *   a 试验平台 is a test facility (多态耦合轨道交通动模试验平台).
 * - …研究院 is an innovation centre when it has a modifier; 新型研发机构 / 科研机构 are organisations, not platforms.
 * - 走廊 (成渝中线科创走廊), 集聚区, 功能区/保护区/优势区 (agricultural designations) are zones.
 * - 孵化器, 众创空间, 加速器 (business accelerators in this genre), …基地, …工作站 and named 平台/中心 are `other`.
 */
import type { PlatformKind, PlatformMention } from '../model';
import { isNameCode } from './chars';
import { KeywordScanner, SuffixScanner } from './keywords';
import { PLATFORM_HEAD_LANE } from '../text/marks';
import { nameLength, walkLeft, type WalkResult } from './walk';
import type { Marks } from '../text/marks';

interface Head {
  word: string;
  kind: PlatformKind;
  /** fewest name characters the modifier needs for the name to be specific; 0: the head alone is a platform type */
  minModifier: number;
}

const head = (kind: PlatformKind, minModifier: number, ...words: string[]): Head[] => words.map((word) => ({ word, kind, minModifier }));

/** Generic 中心 names are innovation centres when the modifier speaks of research or technology. */
const INNOVATION_WORDS = /创新|研究|研发|技术|科学|科技|工程|转移|转化|医学|育成|孵化/;

const HEADS: readonly Head[] = [
  ...head('lab', 0, '国家实验室', '国家重点实验室', '全国重点实验室', '重点实验室', '联合实验室'),
  ...head('lab', 2, '实验室'),
  // only research infrastructure: 公共服务设施, 配套设施, 金融安全基础设施 are not platforms
  ...head('facility', 2, '科技基础设施', '科学基础设施', '科研基础设施', '研究设施', '实验设施', '试验设施', '观测设施', '科学设施',
    '研究装置', '实验装置', '装置', '雷达', '光源', '中子源', '望远镜', '试验平台', '风洞', '对撞机'),
  ...head('innovation_centre', 0, '制造业创新中心', '临床医学研究中心', '技术转移中心', '国家医学中心', '工程技术研究中心'),
  ...head('innovation_centre', 2, '技术创新中心', '产业创新中心', '创新中心', '工程研究中心', '研究中心', '医学中心', '科学中心', '研究站', '研究院', '育成中心', '工程中心'),
  ...head('zone', 0, '自由贸易试验区', '自贸试验区', '综合保税区', '大学科技园'),
  ...head('zone', 2, '保税区', '保税港区', '试验区', '先导区', '示范区', '合作区', '开发区', '高新区', '园区', '科技园', '产业园',
    '创业园', '工业园', '物流园', '集聚区', '功能区', '保护区', '优势区', '走廊', '合作园'),
  ...head('other', 0, '孵化器', '众创空间', '加速器'),
  ...head('other', 2, '示范基地', '基地', '枢纽节点', '数据中心', '工作站'),
  ...head('other', 4, '平台', '中心'),
];

const HEAD_BY_WORD = new Map(HEADS.map((h) => [h.word, h]));
// longest first, so that at one position the most specific head wins (工程研究中心 over 研究中心 over 中心)
const HEAD_SCANNER = new SuffixScanner(HEAD_BY_WORD.keys(), PLATFORM_HEAD_LANE);

/**
 * A head followed by these is the first half of another noun (中心城市, 示范区域, 平台经济) or names a group of
 * platforms rather than one (实验室体系, 设施集群). Before other nouns (综合保税区政策) the platform is still named.
 */
const NOT_A_HEAD_BEFORE = new KeywordScanner(['体系', '集群', '群', '城市', '城区', '经济', '企业', '域', '工作']);

/**
 * Modifier words that only say what a platform is about, not which one it is: `重大创新平台`, `科技创新中心`,
 * `研究基地` are descriptions. A modifier made of nothing else does not make a name.
 */
const GENERIC_MODIFIER = /^(?:重大|创新|科技|科学|研究|技术|国家级|省级|市级|综合性?|区域性?|研发|公共|服务|支撑|新型|高端|重要|各类|一流|领先|科创|专业|特色|实践|实训|培训)+$/;

/** Fixed terms that look like platforms but are not (an old industrial region, a local-government financing vehicle). */
const NOT_PLATFORM_ENDINGS = ['老工业基地', '融资平台'];
/** Bare administrative descriptions (the provincial platform of a ministry's system), not platforms. */
const NOT_PLATFORMS = new Set(['工作平台', '省级平台', '市级平台', '县级平台']);
/** The last characters of those words: a name ending otherwise is none of them, and is neither hashed nor compared. */
const NOT_PLATFORM_LAST = new Set([...NOT_PLATFORMS, ...NOT_PLATFORM_ENDINGS].map((w) => w.charCodeAt(w.length - 1)));

function notAPlatform(name: string): boolean {
  if (!NOT_PLATFORM_LAST.has(name.charCodeAt(name.length - 1))) return false;
  if (NOT_PLATFORMS.has(name)) return true;
  for (const w of NOT_PLATFORM_ENDINGS) if (name.endsWith(w)) return true;
  return false;
}

/** Longest stretch a platform name may span; a walk that goes further has wandered into a clause. */
const MAX_NAME = 32;

/** The platforms named in text; `marks`, when given, are the text's (core/text/marks.ts). */
export function extractPlatforms(text: string, marks?: Marks): PlatformMention[] {
  const out: PlatformMention[] = [];
  HEAD_SCANNER.forEachEnd(text, (word, end) => {
    const found = platformAt(text, end - word.length, end, HEAD_BY_WORD.get(word)!, out);
    if (!found) return;
    // 国际科技园区: a head that ends later and overlaps the previous name extends it (科技园 → 科技园区)
    while (out.length > 0 && out[out.length - 1].end > found.start) out.pop();
    out.push(found);
  }, marks);
  return out;
}

function platformAt(text: string, headStart: number, end: number, h: Head, before: PlatformMention[]): PlatformMention | undefined {
  if (NOT_A_HEAD_BEFORE.at(text, end)) return undefined;
  if (isNameCode(text.charCodeAt(end)) && continuesWord(text, end)) return undefined;
  const walk = walkLeft(text, headStart, MAX_NAME);
  if (walk.stop === 'limit') return undefined;
  const start = acrossConjunction(text, walk, headStart, end, h, before);
  const name = text.slice(start, end);
  const modifier = text.slice(start, headStart);
  if (nameLength(modifier) < h.minModifier) return undefined;
  if (h.minModifier > 0 && GENERIC_MODIFIER.test(modifier)) return undefined;
  if (notAPlatform(name)) return undefined;
  // `A、B等X`: X sums up the platforms just listed (等设施, 等国家级创新平台), it is not one of them
  if (walk.word === '等' && followsPlatform(text, start - 1, before[before.length - 1])) return undefined;
  const kind = h.word === '中心' && INNOVATION_WORDS.test(modifier) ? 'innovation_centre' : h.kind;
  return { name, platformKind: kind, start, end };
}

/** Designations that sit between a national platform's field and its category word (…国家技术创新中心). */
const NATIONAL = /^(?:国家|全国)/;
const CONJUNCTIONS = new Set(['和', '及', '与']);
/** Whether a stop word is a conjunction: all are one character, and a stop word's string is a fresh one to hash. */
function isConjunction(word: string | undefined): word is string {
  return word !== undefined && word.length === 1 && CONJUNCTIONS.has(word);
}

/**
 * 节能降碳和新能源技术产品研发国家重点实验室, 生物医药及医疗器械国家工程研究中心: a national platform is named by its
 * field, which may join two subjects with 和/及. When the walk stopped at the conjunction, the modifier is a field
 * (two name characters or more) followed by the national designation, and what stands before the conjunction is a
 * plain field rather than another platform (国家实验室和国家重点实验室 is a list), the name starts before it.
 */
function acrossConjunction(text: string, walk: WalkResult, headStart: number, end: number, h: Head, before: PlatformMention[]): number {
  const start = walk.start;
  if (walk.stop !== 'word' || !isConjunction(walk.word)) return start;
  const modifier = text.slice(start, headStart);
  const national = NATIONAL.test(h.word) ? modifier : /(?:国家|全国)$/.test(modifier) ? modifier.slice(0, -2) : undefined;
  if (national === undefined || nameLength(national) < 2 || NATIONAL.test(national)) return start;
  const joint = start - walk.word.length;
  const last = before[before.length - 1];
  if (last && last.end >= joint) return start;
  if (HEAD_SCANNER.endingAt(text, joint)) return start;
  const left = walkLeft(text, joint, MAX_NAME - (end - start) - walk.word.length);
  if (left.stop === 'limit' || nameLength(text.slice(left.start, joint)) < 2) return start;
  if (left.stop === 'word' && isConjunction(left.word)) return start;
  return left.start;
}

/** Whether the last platform found ends right before `at`, or before a bracketed gloss (望远镜（FAST）等). */
function followsPlatform(text: string, at: number, last: PlatformMention | undefined): boolean {
  if (!last) return false;
  if (last.end === at) return true;
  const gap = text.slice(last.end, at);
  return gap.length <= 12 && /^[（(][^（）()，。；、]*[）)]$/.test(gap);
}

/** A head is inside a longer word when the next characters make a zone-like word of their own (中心区, 园区内 is fine). */
function continuesWord(text: string, end: number): boolean {
  const next = text.charCodeAt(end);
  return next === QU || next === YUAN || next === ZHAN;
}
// compared as codes: `text[end]` of a CJK character allocates a string
const QU = '区'.charCodeAt(0);
const YUAN = '园'.charCodeAt(0);
const ZHAN = '站'.charCodeAt(0);
