/**
 * Quantified goals. The genre states them as `scope，metric comparator value，metric comparator value…`:
 * a time scope (到2025年, 2025年前, 力争到2020年底) sets the year for the clauses that follow until the next
 * scope or the end of the paragraph; each clause (split on ，；。) that holds a comparator and a number with
 * its unit is one target, its metric being the noun phrase before the comparator.
 *
 * Decisions: a clause with a number but no comparator (`×100%`, `60%—70%估算`) is not a target; a clause
 * with a comparator is a target even outside a scope (then `year` is undefined), because rules such as
 * `占比不得低于80%` are quantified commitments; a number followed by 的 (`3家及以上的`) qualifies a noun
 * and is never a value; `分别达到65%和55%` yields one target per value, with the metric as written.
 */
import type { TargetMention } from '../model';
import { chineseNumber } from '../parse/numerals';
import { KeywordScanner } from './keywords';
import { stopEndingAt } from './stop-words';
import { nameLength } from './walk';

type Comparator = NonNullable<TargetMention['comparator']>;

/** Comparators written before the value. Rate words (年均增速…) belong to the metric: 高技术产业营收年均增速. */
const PREFIX_COMPARATORS: ReadonlyArray<readonly [string, Comparator, 'rate'?]> = [
  ['不得低于', '>='], ['不低于', '>='], ['不少于', '>='], ['不得少于', '>='], ['不小于', '>='], ['至少', '>='],
  ['不得超过', '<='], ['不超过', '<='], ['不高于', '<='], ['不得高于', '<='], ['不大于', '<='], ['控制在', '<='],
  ['超过', '>'], ['高于', '>'], ['大于', '>'], ['多于', '>'], ['突破', '>'],
  ['低于', '<'], ['少于', '<'], ['小于', '<'],
  ['达到', '='], ['提高到', '='], ['提高至', '='], ['提升到', '='], ['提升至', '='], ['增加到', '='], ['增加至', '='],
  ['增长到', '='], ['增长至', '='], ['扩大到', '='], ['扩大至', '='], ['降至', '='], ['降到', '='], ['降低到', '='],
  ['降低至', '='], ['下降到', '='], ['下降至', '='], ['缩短到', '='], ['缩短至', '='], ['保持在', '='], ['稳定在', '='],
  ['年均增速', '=', 'rate'], ['年均增长', '=', 'rate'], ['年均提高', '=', 'rate'], ['增速', '=', 'rate'], ['增长', '=', 'rate'],
  ['提高', '=', 'rate'], ['下降', '=', 'rate'], ['降低', '=', 'rate'], ['达', '='],
];
const COMPARATOR_BY_WORD = new Map(PREFIX_COMPARATORS.map(([w, c, rate]) => [w, { comparator: c, rate: rate === 'rate' }]));
const COMPARATORS = new KeywordScanner(COMPARATOR_BY_WORD.keys());

const UNITS = [
  '个百分点', '平方公里', '平方米', '立方米', '千瓦时', '千瓦', '公里', '千米', '人次', '美元', '小时', '%', '％', '‰', '倍', '吨',
  '元', '人', '家', '件', '个', '项', '所', '亩', '台', '套', '座', '户', '次', '辆', '天', '张', '条', '篇', '种', '名', '床', '岁',
];
const NUMBER_RE = new RegExp(
  `([0-9０-９]+(?:[.．][0-9０-９]+)?)((?:[十百千]?[万亿])|[十百千](?![瓦米克]))?(${UNITS.map((u) => u.replace(/[%]/g, '\\$&')).join('|')})?(及以上|及以下|以上|以下|左右|以内)?`,
  'y',
);
const SUFFIX_COMPARATOR: Readonly<Record<string, Comparator>> = { 以上: '>', 以下: '<', 以内: '<=', 左右: '=' };

/** 到2025年, 到2020年底, 力争到2025年: a scope wherever it stands in the clause. */
const TO_SCOPE_RE = /(?:力争)?(?:到|至)([0-9０-９]{4})年(?:底|末)?(?:前|以前|之前)?/g;
/** 2025年前, 2019年底前 open a clause; inside one (落实2030年前碳达峰行动方案) they name a plan, not a scope. */
const BEFORE_SCOPE_RE = /^\s*(?:力争|争取|确保|在)?([0-9０-９]{4})年(?:底|末)?(?:前|以前|之前)/;
/** A clause that opens with a year is a scope, never a metric to borrow. */
const YEAR_CLAUSE_RE = /^\s*(?:力争|争取|确保)?(?:到|至|在)?[0-9０-９]{4}年/;
/** A clause that is only a year (2019年，…). */
const OPENING_YEAR_RE = /^([0-9０-９]{4})年(?:底|末)?$/;

/**
 * What a character means to the clause loop, one table lookup per character: it ends a clause, or it is a digit or
 * the 番/之 of a value written in words (翻一番, 三分之一), without which a clause states no value.
 */
const CLAUSE_BREAK = 1;
const DIGIT = 2;
const WORD_VALUE = 3;
const CHAR_KIND = new Uint8Array(0x10000);
for (const ch of '，；。,;！？\n') CHAR_KIND[ch.charCodeAt(0)] = CLAUSE_BREAK;
for (const ch of '0123456789０１２３４５６７８９') CHAR_KIND[ch.charCodeAt(0)] = DIGIT;
for (const ch of '番之') CHAR_KIND[ch.charCodeAt(0)] = WORD_VALUE;
/** How far the value may sit after its comparator (原则上不高于承担风险责任的0.5%). */
const MAX_GAP = 12;

const LEADING_NOISE = /^(?:其中|确保|力争|争取|实现|推动|促进|使得|使|并且|并|且|同时|另外|此外|原则上|一般|全年|总体上|到时)+/;
const TRAILING_NOISE = /(?:均|分别|总体|基本|要|应|应当|力争|将|逐步|进一步|稳步|原则上|一般|必须|需|须|累计|合计|可|能够|均要)+$/;

/** A digit, or a value written in words: one pass of the regex engine, much faster than the loop below. */
const VALUE_HINT = /[0-9０-９]|翻[一两二三四五]番|分之/;
/** Full-width digits (５％, ２０２５年) read as ASCII; numbers are nearly always written in ASCII already. */
const ascii = (s: string): string => (hasFullWidth(s) ? s.replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)) : s);
const hasFullWidth = (s: string): boolean => {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0xff0e) return true;
  return false;
};
const isDigitCode = (code: number): boolean => (code >= 48 && code <= 57) || (code >= 0xff10 && code <= 0xff19);
const isPointCode = (code: number): boolean => code === 0x2e || code === 0xff0e; // . ．

/** The clause before the current one in the same sentence, whose metric a bare comparator may borrow. */
interface Previous { start: number; end: number; target: boolean }

export function extractTargets(text: string): TargetMention[] {
  const out: TargetMention[] = [];
  if (!VALUE_HINT.test(text)) return out; // most items state no number at all
  let year: number | undefined;
  let clauseStart = 0;
  // the previous clause as plain numbers (start -1: none), so that the many clauses without a value allocate nothing
  let prevStart = -1;
  let prevEnd = 0;
  let prevTarget = false;
  let digits = 0; // how many in the clause so far, and where the last one stands
  let lastDigit = -1;
  let words = false;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    let code = 10; // the end of the text reads as a line break
    if (i < n) {
      code = text.charCodeAt(i);
      const kind = CHAR_KIND[code];
      if (kind === 0) continue; // most characters: one test
      if (kind === DIGIT) {
        digits++;
        lastDigit = i;
        continue;
      }
      if (kind === WORD_VALUE) {
        words = true;
        continue;
      }
    }
    let target = false;
    if (digits > 0 || words) {
      const previous = prevStart < 0 ? undefined : { start: prevStart, end: prevEnd, target: prevTarget };
      const found = readClause(text, clauseStart, i, year, previous, { digits, lastDigit, words });
      year = found.year;
      out.push(...found.targets);
      target = found.targets.length > 0;
    }
    prevStart = clauseStart;
    prevEnd = i;
    prevTarget = target;
    digits = 0;
    words = false;
    if (code === 0x0a) year = undefined; // a scope ends with its paragraph (the end of the text reads as a line break)
    if (endsSentence(code)) prevStart = -1;
    clauseStart = i + 1;
  }
  return out;
}

// compared as codes: `text[i]` of a CJK punctuation mark allocates a string at every clause break
const endsSentence = (code: number): boolean => code === 0x0a || code === 0x3002 || code === 0xff01 || code === 0xff1f; // \n。！？

interface ClauseResult { year: number | undefined; targets: TargetMention[] }

/**
 * What the clause loop saw of a clause, so that the patterns that cannot match are not tried: `digits`, how many digits
 * it holds, and `lastDigit`, where the last one stands (a comparator after it has no value to compare); `words`,
 * whether it holds the 番 or 之 of a value written in words.
 */
interface ClauseSigns { digits: number; lastDigit: number; words: boolean }

function readClause(
  text: string, start: number, end: number, year: number | undefined, previous: Previous | undefined, signs: ClauseSigns,
): ClauseResult {
  let bodyStart = start;
  // a scope needs a four-digit year (2025年)
  if (signs.digits >= 4 && writesYear(text, start, end)) {
    const clause = text.slice(start, end);
    const opening = OPENING_YEAR_RE.exec(clause.trim());
    if (opening) return { year: Number(ascii(opening[1])), targets: [] };
    const before = BEFORE_SCOPE_RE.exec(clause);
    if (before) {
      year = Number(ascii(before[1]));
      bodyStart = start + before[0].length;
    }
    TO_SCOPE_RE.lastIndex = 0;
    for (let m = TO_SCOPE_RE.exec(clause); m; m = TO_SCOPE_RE.exec(clause)) {
      year = Number(ascii(m[1]));
      bodyStart = start + m.index + m[0].length;
    }
  }
  return { year, targets: targetsIn(text, bodyStart, end, year, previous, signs) };
}

const NIAN = '年'.charCodeAt(0);

/** Whether text[start, end) holds four digits and 年 (2025年): every scope pattern needs them, most clauses have none. */
function writesYear(text: string, start: number, end: number): boolean {
  for (let i = start + 4; i < end; i++) {
    if (text.charCodeAt(i) !== NIAN) continue;
    if (isDigitCode(text.charCodeAt(i - 1)) && isDigitCode(text.charCodeAt(i - 2)) && isDigitCode(text.charCodeAt(i - 3)) && isDigitCode(text.charCodeAt(i - 4))) return true;
  }
  return false;
}

function targetsIn(
  text: string, start: number, end: number, year: number | undefined, previous: Previous | undefined, signs: ClauseSigns,
): TargetMention[] {
  const body = text.slice(start, end);
  const anchored = findPrefixComparator(body, signs.lastDigit - start);
  if (anchored) {
    const { index, word, valueAt } = anchored;
    const { comparator, rate } = COMPARATOR_BY_WORD.get(word)!;
    let metric = cleanMetric(text, start, start + (rate ? index + word.length : index));
    const borrow = previous && !previous.target && !YEAR_CLAUSE_RE.test(text.slice(previous.start, previous.end));
    if (nameLength(metric.text) < 2 && !rate && metric.leadingOnly && borrow) {
      // 原则上不高于承担风险责任的0.5%: the metric closes the previous clause
      metric = cleanMetric(text, previous!.start, previous!.end);
    }
    if (nameLength(metric.text) < 2) return [];
    // a rate word (年均增速) compares nothing by itself: the value's own 以上/以下 decides
    return valuesFrom(text, start + valueAt, end, rate ? undefined : comparator, metric.text, metric.start, year);
  }
  const written = signs.words ? chineseValue(text, start, end, year) : undefined;
  if (written) return [written];
  // no comparator word: `国家高新技术企业7000家以上` carries it after the value, as 以上, 以下 or 以内
  if (!body.includes('以')) return [];
  for (let i = 0; i < body.length; i++) {
    if (!isDigitCode(body.charCodeAt(i)) || (i > 0 && (isDigitCode(body.charCodeAt(i - 1)) || isPointCode(body.charCodeAt(i - 1))))) continue;
    const v = readNumber(text, start + i);
    if (!v || !v.suffix || v.suffix === '左右' || v.suffix.startsWith('及') || text[v.end] === '的') continue;
    let metric = cleanMetric(text, start, start + i);
    // 每年培育100家以上科技型中小企业: after a verb, the counted noun follows the value
    if (stopEndingAt(text, start + i, start) > 0 || /(?:培育|新增|引进|培养|认定|建成|打造|形成|带动|吸引)$/.test(metric.text)) {
      const noun = text.slice(v.end, end).replace(TRAILING_NOISE, '').trim();
      if (nameLength(noun) >= 2 && /^[\u4e00-\u9fff“”]+$/.test(noun)) metric = { ...metric, text: metric.text + noun };
    }
    if (nameLength(metric.text) < 2) return [];
    return [mention(metric.text, metric.start, v, SUFFIX_COMPARATOR[v.suffix], year)];
  }
  return [];
}

/** Values written in words: 翻一番 (double), 三分之一, 百分之九十以上. */
const DOUBLING_RE = /翻([一两二三四五])番/;
const FRACTION_RE = /(百|千|[一二三四五六七八九十]{1,3})分之([一二三四五六七八九十百]{1,4})(及以上|及以下|以上|以下|左右|以内)?/;
const COMPARATORS_LONGEST_FIRST = [...PREFIX_COMPARATORS].sort((a, b) => b[0].length - a[0].length);

/**
 * A value written in words is a target under the same grammar as digits: 翻N番 carries its own verb; a fraction needs a
 * comparator right before it (提高三分之一, 达到百分之九十以上), so `三分之一以上的成员单位` is not one.
 */
function chineseValue(text: string, start: number, end: number, year: number | undefined): TargetMention | undefined {
  const body = text.slice(start, end);
  const doubling = DOUBLING_RE.exec(body);
  if (doubling) {
    const metric = cleanMetric(text, start, start + doubling.index);
    if (nameLength(metric.text) < 2) return undefined;
    const times = 2 ** (chineseNumber(doubling[1]) ?? 1);
    const at = start + doubling.index;
    return mention(metric.text, metric.start, { value: doubling[0], amount: times, unit: '倍', start: at, end: at + doubling[0].length }, '=', year);
  }
  const fraction = FRACTION_RE.exec(body);
  if (!fraction || text[start + fraction.index + fraction[0].length] === '的') return undefined;
  const before = body.slice(0, fraction.index);
  const found = COMPARATORS_LONGEST_FIRST.find(([w]) => before.endsWith(w));
  if (!found) return undefined;
  const [word, comparator, rate] = found;
  const metric = cleanMetric(text, start, start + fraction.index - (rate ? 0 : word.length));
  const denominator = fraction[1] === '百' ? 100 : fraction[1] === '千' ? 1000 : chineseNumber(fraction[1]);
  const numerator = chineseNumber(fraction[2]);
  if (nameLength(metric.text) < 2 || !denominator || numerator === undefined) return undefined;
  const at = start + fraction.index;
  const amount = Math.round((numerator / denominator) * 10000) / 100;
  const v: NumberRead = { value: fraction[0], amount, unit: '%', suffix: fraction[3], start: at, end: at + fraction[0].length };
  return mention(metric.text, metric.start, v, combine(rate ? undefined : comparator, fraction[3]), year);
}

/**
 * The first comparator that has a number within reach after it. Only comparators before the body's last digit
 * (`lastDigit`, an index into body) can, and a comparator holds no digit, so the scan stops there.
 */
function findPrefixComparator(body: string, lastDigit: number): { index: number; word: string; valueAt: number } | undefined {
  for (const m of COMPARATORS.scan(body, 0, lastDigit)) {
    const after = m.index + m.word.length;
    for (let k = after; k < body.length && k <= after + MAX_GAP; k++) {
      if (isDigitCode(body.charCodeAt(k))) return { index: m.index, word: m.word, valueAt: k };
      if (k > after && (COMPARATORS.at(body, k)?.length ?? 0) > 1) break;
    }
  }
  return undefined;
}

interface NumberRead { value: string; amount: number; unit?: string; suffix?: string; start: number; end: number }

function readNumber(text: string, at: number): NumberRead | undefined {
  NUMBER_RE.lastIndex = at;
  const m = NUMBER_RE.exec(text);
  if (!m) return undefined;
  const [all, digits, magnitude, unit, suffix] = m;
  // a year or a document number is not a value
  if (!unit && !magnitude && (text[at + all.length] === '年' || text[at - 1] === '〔' || text[at - 1] === '第')) return undefined;
  if (!unit && !magnitude && !suffix) return undefined;
  const fullUnit = `${magnitude ?? ''}${unit ?? ''}` || undefined;
  return { value: all, amount: Number(ascii(digits)), unit: fullUnit === '％' ? '%' : fullUnit, suffix, start: at, end: at + all.length };
}

function valuesFrom(
  text: string, at: number, end: number, comparator: Comparator | undefined, metric: string, metricStart: number, year: number | undefined,
): TargetMention[] {
  const out: TargetMention[] = [];
  let pos = at;
  while (pos < end) {
    const v = readNumber(text, pos);
    if (!v || v.end > end || text[v.end] === '的') break;
    out.push(mention(metric, metricStart, v, combine(comparator, v.suffix), year));
    // 分别达到65%和55%
    const joiner = '和、及与'.includes(text[v.end] ?? '-') && isDigitCode(text.charCodeAt(v.end + 1));
    if (!joiner) break;
    pos = v.end + 1;
  }
  return out;
}

function combine(prefix: Comparator | undefined, suffix: string | undefined): Comparator {
  if (!prefix) return suffix ? SUFFIX_COMPARATOR[suffix.replace(/^及/, '')] : '=';
  if (!suffix || suffix === '左右') return prefix;
  const s = suffix.replace(/^及/, '');
  if (prefix === '=') return s === '以上' ? '>=' : '<=';
  return prefix;
}

function mention(metric: string, start: number, v: NumberRead, comparator: Comparator | undefined, year: number | undefined): TargetMention {
  const t: TargetMention = { metric, value: v.value, amount: v.amount, start, end: v.end };
  if (year !== undefined) t.year = year;
  if (v.unit) t.unit = v.unit;
  if (comparator) t.comparator = comparator;
  return t;
}

/** The metric as written, without the adverbs and connectives around it; `将平均担保费率` keeps what follows 将/把. */
function cleanMetric(text: string, start: number, end: number): { text: string; start: number; leadingOnly: boolean } {
  let s = text.slice(start, end);
  let offset = start;
  const ba = Math.max(s.lastIndexOf('将'), s.lastIndexOf('把'));
  if (ba >= 0 && ba < s.length - 1) {
    offset += ba + 1;
    s = s.slice(ba + 1);
  }
  const lead = /^\s+/.exec(s)?.[0].length ?? 0;
  offset += lead;
  s = s.slice(lead);
  const noise = LEADING_NOISE.exec(s)?.[0].length ?? 0;
  const leadingOnly = noise === s.length || s.trim() === '';
  offset += noise;
  s = s.slice(noise).replace(TRAILING_NOISE, '').trim();
  return { text: s, start: offset, leadingOnly };
}
