/**
 * The values of targets as the genre writes them: a number, its magnitude and its unit (2万亿元, 5个工作日, 10万人次),
 * a range (3%—5%, 40%至50%), the comparison written after it (以上, 以下, 以内, 左右, and 内 after a span of time),
 * or a value in words (翻一番, 三分之一, 三成, 一半, 两倍, 三个百分点).
 *
 * A unit is a measure word with its noun where the genre writes one (个工作日, 个百分点, 人次), the magnitude kept with it
 * (万亿元: amount 2, unit 万亿元). Four digits before 年 are a calendar year and never a value; fewer are a span (2年).
 */
import type { TargetMention } from '../model';
import { chineseNumberIn } from '../parse/numerals';

export type Comparator = NonNullable<TargetMention['comparator']>;

/** Measure words and units, with their noun where one goes with them; the regex tries the longest first. */
const UNITS = [
  '个百分点', '个工作日', '个自然日', '个季度', '个小时', '个月', '工作日', '自然日', '周岁', '平方公里', '平方千米', '平方米', '立方米',
  '千瓦时', '千瓦', '千克', '公斤', '公顷', '公里', '千米', '人次',
  // the measures of energy, power and the environment, whose 千, 兆 and 吉 are prefixes of the unit, not magnitudes
  '千伏安', '千伏', '兆瓦时', '兆瓦', '吉瓦', '兆帕', '千帕', '吨标准煤', '吨标煤', '微克/立方米', '毫克/立方米', '毫克', '微克', '千公顷',
  '公里/小时', 'Mbps', 'Gbps', '美元', '欧元', '小时', '分钟', '标准箱', '%', '％', '‰', '倍', '吨', '斤',
  '元', '人', '家', '件', '个', '项', '所', '亩', '台', '套', '座', '户', '次', '辆', '天', '日', '年', '张', '条', '篇', '种', '名', '床', '岁',
  '艘', '架', '株', '批', '米', '处',
  // a return period, which flood and drainage standards are written in (防洪标准达到50年一遇): no span of years
  '年一遇',
].sort((a, b) => b.length - a.length);
/** Units of time: a span of them followed by 内 is a time limit (5个工作日内: at most 5). */
const TIME_UNITS = new Set(['个工作日', '个自然日', '个季度', '个小时', '个月', '工作日', '自然日', '小时', '分钟', '天', '日', '年']);

const NUMBER_RE = new RegExp(
  `([0-9０-９]+(?:[.．][0-9０-９]+)?)((?:[十百千]?万亿)|(?:[十百千]?[万亿])|[十百千](?![瓦米克伏帕公]))?(${UNITS.map((u) => u.replace(/[%]/g, '\\$&')).join('|')})?(及以上|及以下|以上|以下|左右|以内)?`,
  'y',
);
export const SUFFIX_COMPARATOR: Readonly<Record<string, Comparator>> = { 以上: '>=', 以下: '<=', 以内: '<=', 内: '<=', 左右: '=' };

/** Full-width digits (５％, ２０２５年) read as ASCII; numbers are nearly always written in ASCII already. */
export const ascii = (s: string): string => (hasFullWidth(s) ? s.replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)) : s);
const hasFullWidth = (s: string): boolean => {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0xff0e) return true;
  return false;
};
export const isDigitCode = (code: number): boolean => (code >= 48 && code <= 57) || (code >= 0xff10 && code <= 0xff19);
export const isPointCode = (code: number): boolean => code === 0x2e || code === 0xff0e; // . ．

/** The characters that end a clause: ，；。,;！？ and the line break. */
export const isClauseBreak = (c: number): boolean => (c < 0x3400 || c > 0x9fff) &&
  (c === 0xff0c || c === 0x3002 || c === 0xff1b || c === 0x0a || c === 0x2c || c === 0x3b || c === 0xff01 || c === 0xff1f);

export interface NumberRead {
  value: string; amount: number; upper?: number; unit?: string; suffix?: string; start: number; end: number;
}

/** What joins the ends of a range: 3%—5%, 3%-5%, 3%～5%, 40%至50%. */
const RANGE_DASH = new Set([...'—–-－~～至到'].map((c) => c.charCodeAt(0)));
const YUE = '月'.charCodeAt(0);
const NEI = '内'.charCodeAt(0);

/**
 * The number written at `at`, with its magnitude, unit and comparison; undefined for a year, a date, a document
 * number, or a number with nothing after it. `bare`: a number with no unit is a value too when its clause ends
 * right after it (系数提高到0.6。), as it may after a comparator.
 */
export function readNumber(text: string, at: number, bare = false): NumberRead | undefined {
  const first = readOne(text, at, 'any');
  if (!first) return undefined;
  const alone = first.unit !== undefined || first.suffix !== undefined || (bare && ends(text, first.end)) ? first : undefined;
  if (first.suffix) return alone;
  // 3%—5%, 2—3年内: a range, its unit written once or twice, its comparison after its upper end
  if (!opensRange(text, first.end)) return alone;
  const second = readOne(text, first.end + 1, bare);
  if (!second || (first.unit && second.unit && first.unit !== second.unit) || second.amount < first.amount) return alone;
  return {
    value: text.slice(at, second.end), amount: first.amount, upper: second.amount, unit: first.unit ?? second.unit, suffix: second.suffix, start: at, end: second.end,
  };
}

/** Whether a range goes on at `at`: a dash and a digit. */
const opensRange = (text: string, at: number): boolean => RANGE_DASH.has(text.charCodeAt(at)) && isDigitCode(text.charCodeAt(at + 1));

/** Whether a clause ends at `at`. */
const ends = (text: string, at: number): boolean => at >= text.length || isClauseBreak(text.charCodeAt(at));

/** `bare`: whether a number with no unit is read where its clause ends, or anywhere ('any'). */
function readOne(text: string, at: number, bare: boolean | 'any'): NumberRead | undefined {
  NUMBER_RE.lastIndex = at;
  const m = NUMBER_RE.exec(text);
  if (!m) return undefined;
  let [all, digits, magnitude, unit, suffix] = m;
  const before = text[at - 1];
  if (before === '〔' || before === '第') return undefined; // 国发〔2019〕5号, 第3条
  const after = text[at + all.length];
  if (!magnitude) {
    // 2025年 is a year; 5年 a span
    if ((unit === '年' || (!unit && after === '年')) && digits.length === 4) return undefined;
    if ((unit === '日' || unit === '天') && text.charCodeAt(at - 1) === YUE) return undefined; // 6月30日
  }
  // a number with nothing after it is read only where a clause ends with it or a range goes on from it
  if (!unit && !magnitude && !suffix && !(bare && ends(text, at + all.length)) && !(bare === 'any' && opensRange(text, at + all.length))) return undefined;
  let end = at + all.length;
  if (!suffix && unit && TIME_UNITS.has(unit) && text.charCodeAt(end) === NEI) {
    suffix = '内';
    all += '内';
    end++;
  }
  const fullUnit = `${magnitude ?? ''}${unit ?? ''}` || undefined;
  return { value: all, amount: Number(ascii(digits)), unit: fullUnit === '％' ? '%' : fullUnit, suffix, start: at, end };
}

/** Values written in words: 翻一番 (double), 三分之一, 百分之九十以上, 三成, 一半, 两倍, 三个百分点. */
const DOUBLING_RE = /翻([一两二三四五])番/;
const FRACTION_RE = /(百|千|[一二三四五六七八九十]{1,3})分之([一二三四五六七八九十百]{1,4})(及以上|及以下|以上|以下|左右|以内)?/;
const COUNTED_WORDS_RE = /([一二两三四五六七八九十]{1,3})(成|倍|个百分点)(及以上|及以下|以上|以下|左右|以内)?|(?<!之)一半(以上|以下|左右)?/;

const NUMERALS = new Set([...'一二两三四五六七八九十'].map((c) => c.charCodeAt(0)));
const FAN = '番'.charCodeAt(0);
const ZHI = '之'.charCodeAt(0);
const CHENG = '成'.charCodeAt(0);
const BEI = '倍'.charCodeAt(0);
const BAN = '半'.charCodeAt(0);
const DIAN = '点'.charCodeAt(0);
const FEN = '分'.charCodeAt(0);
const FAN_VERB = '翻'.charCodeAt(0);
const YI_ONE = '一'.charCodeAt(0);

/** The characters whose marks may close a value in words: the clause loop asks `closesWordValue` at each. */
export const WORD_VALUE_CHARS = '番之成倍半点';

/**
 * Whether the mark at `i` (one of WORD_VALUE_CHARS) closes a value in words: 翻一番, 分之, 三成, 两倍, 一半, 百分点. Most
 * of them do not (之一, 形成, 重点, 上半年), and a clause that has no other mark is then not read at all.
 */
export function closesWordValue(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  const p = i > 0 ? text.charCodeAt(i - 1) : 0;
  if (c === ZHI) return p === FEN;
  if (c === FAN) return i > 1 && text.charCodeAt(i - 2) === FAN_VERB && NUMERALS.has(p);
  if (c === BAN) return p === YI_ONE;
  if (c === DIAN) return p === FEN && i > 3 && text.charCodeAt(i - 3) === 0x4e2a /* 个 */ && NUMERALS.has(text.charCodeAt(i - 4));
  return (c === CHENG || c === BEI) && NUMERALS.has(p);
}

export interface WordValue { read: NumberRead; index: number; ownVerb: boolean }

/** The first value in words in body (翻一番 carries its own verb), as offsets into body plus `offset`. */
export function wordValueIn(body: string, offset: number): WordValue | undefined {
  const doubling = DOUBLING_RE.exec(body);
  if (doubling) {
    const at = offset + doubling.index;
    const times = 2 ** (chineseNumberIn(doubling[1], 0, 1) ?? 1);
    return { read: { value: doubling[0], amount: times, unit: '倍', start: at, end: at + doubling[0].length }, index: doubling.index, ownVerb: true };
  }
  const fraction = FRACTION_RE.exec(body);
  if (fraction) {
    const denominator = fraction[1] === '百' ? 100 : fraction[1] === '千' ? 1000 : chineseNumberIn(fraction[1], 0, fraction[1].length);
    const numerator = chineseNumberIn(fraction[2], 0, fraction[2].length);
    if (!denominator || numerator === undefined) return undefined;
    const at = offset + fraction.index;
    const amount = Math.round((numerator / denominator) * 10000) / 100;
    return { read: { value: fraction[0], amount, unit: '%', suffix: fraction[3], start: at, end: at + fraction[0].length }, index: fraction.index, ownVerb: false };
  }
  const counted = COUNTED_WORDS_RE.exec(body);
  if (!counted) return undefined;
  const at = offset + counted.index;
  const end = at + counted[0].length;
  if (counted[1] === undefined) return { read: { value: counted[0], amount: 50, unit: '%', suffix: counted[4], start: at, end }, index: counted.index, ownVerb: false };
  const n = chineseNumberIn(counted[1], 0, counted[1].length);
  if (n === undefined) return undefined;
  const read: NumberRead = counted[2] === '成'
    ? { value: counted[0], amount: n * 10, unit: '%', suffix: counted[3], start: at, end }
    : { value: counted[0], amount: n, unit: counted[2], suffix: counted[3], start: at, end };
  return { read, index: counted.index, ownVerb: false };
}
