/**
 * Quantified goals. The genre states them as `scope，metric comparator value，metric comparator value…`:
 * a time scope (到2025年, 2025年前, 力争到2020年底) sets the year for the clauses that follow until the next
 * scope or the end of the paragraph; each clause (split on ，；。) that holds a comparator and a number with
 * its unit is one target, its metric being the noun phrase before the comparator. A year that opens a clause without
 * being a deadline (2018年全国…达到…) dates the clause's figure and is no part of its metric.
 *
 * Decisions: a clause with a number but no comparator (`×100%`, `60%—70%估算`) is not a target; a number followed by
 * 的 (`3家及以上的`) qualifies a noun and is never a value. Without a comparator word a clause still states a figure when
 * the value carries its comparison (7000家以上, 5个工作日内), when it opens with 其中 after a clause that stated one
 * (其中高速铁路5万公里左右), or, under a deadline, when a verb that makes or counts things comes right before the value
 * (建设100个国家级现代农业产业园: the counted noun joins the metric).
 *
 * What a figure is (`targetKind`): a `goal` when it looks forward — under a time scope (到2025年), in a sentence of aim
 * (力争, 确保, 目标), or stated in its own clause with a verb of reaching or making (达到, 提高到, 突破, 培育, 新增…);
 * a `penalty` in a sentence of fines and sanctions (处…罚款: both bounds); a `statistic` when the sentence speaks of
 * the past (已达, 截至, 比上年, 同比, 过去, a year that opens it); otherwise a `threshold`, the limit of a rule
 * (`占比不得低于80%`, a condition before it `…的，`, a time limit `5个工作日内` outside a plan's deadline). All are
 * reported; the graph shows goals.
 *
 * One comparator per word everywhere: 以上, 不低于, 满 ≥; 以下, 以内, 内 and 不超过 ≤; 超过 >. Values are read by
 * ./target-values.ts: the whole unit as written, magnitude included (2万亿元: amount 2, unit 万亿元; 5个工作日: unit
 * 个工作日), ranges (3%—5%: amount 3, upper 5), values in words (三成, 一半, 两倍, 翻一番, 三分之一).
 *
 * `A、B…分别达到x和y`: one target per value, each paired with its item of the list before 分别; one value for the list
 * (分别减少2%, 均达到45%) is each item's. Items that share a tail written once after the last (城镇和农村贫困人口覆盖率,
 * 化学需氧量、氨氮…排放总量) are read by the length of the middle items, or of a parallel first item (高速铁路和高速公路
 * 里程), and a head written once in the first is lent to the others (花生种植、收获机械化率: 花生种植机械化率, 花生收获
 * 机械化率); see metricsOfItems. When the counts differ, or the reading is a guess for one value, the metric stays as
 * written.
 */
import type { TargetKind, TargetMention } from '../model';
import { chineseNumber } from '../parse/numerals';
import { indicatorTables } from './indicator-tables';
import { KeywordScanner } from './keywords';
import { VALUE_LANE, type Marks } from '../text/marks';
import { marksOf } from './lanes';
import { stopEndingAt } from './stop-words';
import {
  SUFFIX_COMPARATOR, WORD_VALUE_CHARS, ascii, closesWordValue, isClauseBreak, isDigitCode, isPointCode, readNumber, wordValueIn,
  type Comparator, type NumberRead,
} from './target-values';
import { nameLength } from './walk';

/** Comparators written before the value. Rate words (年均增速…) belong to the metric: 高技术产业营收年均增速. */
const PREFIX_COMPARATORS: ReadonlyArray<readonly [string, Comparator, 'rate'?]> = [
  ['不得低于', '>='], ['不低于', '>='], ['不少于', '>='], ['不得少于', '>='], ['不小于', '>='], ['至少', '>='],
  ['不得超过', '<='], ['不超过', '<='], ['不高于', '<='], ['不得高于', '<='], ['不大于', '<='], ['控制在', '<='],
  ['超过', '>'], ['高于', '>'], ['大于', '>'], ['多于', '>'], ['突破', '>'],
  ['低于', '<'], ['少于', '<'], ['小于', '<'],
  ['达到', '='], ['提高到', '='], ['提高至', '='], ['提升到', '='], ['提升至', '='], ['增加到', '='], ['增加至', '='],
  ['增长到', '='], ['增长至', '='], ['扩大到', '='], ['扩大至', '='], ['降至', '='], ['降到', '='], ['降低到', '='],
  ['降低至', '='], ['下降到', '='], ['下降至', '='], ['缩短到', '='], ['缩短至', '='], ['保持在', '='], ['稳定在', '='],
  ['压缩至', '='], ['压缩到', '='], ['压减至', '='], ['压减到', '='], ['减少到', '='], ['减少至', '='], ['减至', '='], ['缩减至', '='],
  ['年均增速', '=', 'rate'], ['年均增长', '=', 'rate'], ['年均提高', '=', 'rate'], ['增速', '=', 'rate'], ['增长', '=', 'rate'],
  ['提高', '=', 'rate'], ['提升', '=', 'rate'], ['下降', '=', 'rate'], ['降低', '=', 'rate'], ['增加', '=', 'rate'],
  ['减少', '=', 'rate'], ['削减', '=', 'rate'], ['压减', '=', 'rate'], ['压缩', '=', 'rate'], ['缩短', '=', 'rate'],
  // one character: a comparator only right before its number (达1.97万亿元, 满5年), not in 达标, 满足
  ['达', '='], ['满', '>='],
];
/**
 * The comparator that stands alone between a rate word and its value (年均增速超过15%: >, 增速不低于6%: >=), or undefined
 * (增长约10%, 压减粗钢产能3000万吨: nothing or the rate's object there).
 */
function comparedRate(text: string, from: number, to: number): Comparator | undefined {
  const between = text.slice(from, to).trim();
  const read = COMPARATOR_BY_WORD.get(between);
  return read && !read.rate && read.comparator !== '=' ? read.comparator : undefined;
}

/** Adverbs that may stand between a rate word and its value: 约, 近, 了, 超, 逾. */
const RATE_ADVERBS_RE = /^[约近了超逾达为将]+|[约近了超逾达为将]+$/g;
const COMPARATOR_BY_WORD = new Map(PREFIX_COMPARATORS.map(([w, c, rate]) => [w, { comparator: c, rate: rate === 'rate' }]));
const COMPARATORS = new KeywordScanner(COMPARATOR_BY_WORD.keys());

/**
 * 到2025年, 到2020年底, 力争到2025年: a scope wherever it stands in the clause. The 到/至 that ends a verb (达到2020年的
 * 两倍, 延长至2025年底) compares or extends and opens no scope.
 */
const TO_SCOPE_RE = /(?:力争)?(?<!达|提高|提升|增加|增长|扩大|降|降低|下降|缩短|压缩|压减|减少|缩减|延长|推迟|延续)(?:到|至)([0-9０-９]{4})年(?:底|末)?(?:前|以前|之前)?/g;
/** 2025年前, 2019年底前 open a clause; inside one (落实2030年前碳达峰行动方案) they name a plan, not a scope. */
const BEFORE_SCOPE_RE = /^\s*(?:力争|争取|确保|在)?([0-9０-９]{4})年(?:底|末)?(?:前|以前|之前)/;
/** A clause that opens with a year is a scope, never a metric to borrow. */
const YEAR_CLAUSE_RE = /^\s*(?:力争|争取|确保)?(?:到|至|在)?[0-9０-９]{4}年/;
/** A clause that is only a year (2019年，…). */
const OPENING_YEAR_RE = /^([0-9０-９]{4})年(?:底|末)?$/;
/**
 * A year that opens a clause and is no deadline (2018年全国技术合同成交额达到…, 2019年末): the time of the clause's
 * figure, not part of its metric. 2025年前 and 2019年底前 are deadlines (BEFORE_SCOPE_RE); 2030年前碳达峰 names a plan.
 */
const LEADING_YEAR_RE = /^\s*(?:在)?([0-9０-９]{4})年(?:底|末|以来|上半年|前三季度)?(?![前以之底末度0-9０-９])/;

/**
 * The digits, and the characters that close a value written in words (翻一番, 三分之一, 三成, 一半, 两倍, 三个百分点): a
 * clause without one states no value, and the value lane of the text's marks (core/text/marks.ts) says where they stand.
 */
/** How far the value may sit after its comparator (原则上不高于承担风险责任的0.5%). */
const MAX_GAP = 12;

/** 一般 is an adverb before a verb (一般不超过, 一般应), an adjective before a noun (一般公共预算收入). */
const LEADING_NOISE = /^(?:其中|确保|力争|争取|实现|推动|促进|使得|使|并且|并|且|同时|另外|此外|原则上|一般(?=[不应为在要须可])|全年|上年|去年|今年|年内|本年度|明年|总体上|到时)+/;
const TRAILING_NOISE = /(?:均|全年|分别|总体|基本|要|应|应当|力争|将|逐步|进一步|稳步|原则上|一般|必须|需|须|累计|合计|可|能够|均要|已经|已)+$/;
/** 在 and 为 that set the value (城镇新增就业要在1100万人以上, 赤字率为2.8%), not the ends of nouns (存在, 行为, 作为). */
const AT_VALUE = /(?<![存所现实行作认成])(?:在|为)$/;
/** The item's own number, which opens its text: （八）, 三、, 2. */
const OUTLINE_LABEL = /^(?:[（(][一二三四五六七八九十百\d]+[）)]|[一二三四五六七八九十百]+、|\d+[.．、](?!\d))/;

/** The clause before the current one in the same sentence, whose metric a bare comparator may borrow. */
interface Previous {
  /** the break that ends it, right before the current clause (where it starts is looked for only when borrowing) */
  end: number;
  /** whether it stated targets of its own */
  target: boolean;
  /** the metric of the last of them, which a comparison with no subject (比上年增长12.5%) is about */
  metric?: string;
}

/**
 * Reads the clauses (split on ，；。 and the like) that hold a digit or close a value in words, in order, with the scope
 * year set by the clauses before: the value lane of the text's marks leads to them, and only they are read. A scope
 * ends with its paragraph, so a line break between two clauses read clears the year.
 */
export function extractTargets(text: string, given?: Marks, documentYear?: number): TargetMention[] {
  const out = targetsOfClauses(text, given, documentYear);
  const tables = indicatorTables(text);
  if (tables.length === 0) return out;
  // a table's rows are read as rows, not as clauses
  const kept = out.filter((t) => !tables.some((table) => table.start <= t.start && t.start < table.end));
  return [...kept, ...tables.flatMap((table) => table.targets)].sort((a, b) => a.start - b.start);
}

function targetsOfClauses(text: string, given: Marks | undefined, documentYear: number | undefined): TargetMention[] {
  const out: TargetMention[] = [];
  const marks = given ?? marksOf(text);
  const at = marks.at[VALUE_LANE];
  const count = marks.count[VALUE_LANE];
  let year: number | undefined;
  let bare = false; // whether the year is a bare one (2018年，…): the time of a figure, not a deadline
  let lastDigit = -1; // the last digit seen, in any clause (a comparator after it has no value to compare)
  let done = -1; // the break after the last clause read (-1: none yet), and whether that clause stated targets
  let doneTarget: TargetMention | undefined;
  let lineBreak = -1; // the first line break at or after `done` once looked for (text.length: none)
  const looked: Looked = { yi: -1, nei: -1 };
  const sentence: SentenceSigns = { from: -1, to: -1, penalty: false, statistic: false, tally: false, forward: false, aim: false, bareYear: false, condition: false, conditionTo: -1 };
  for (let k = 0; k < count;) {
    // most marks of values in words are other words (之一, 形成, 重点): a clause with nothing else is not read
    if (!isDigitCode(text.charCodeAt(at[k])) && !closesWordValue(text, at[k])) {
      k++;
      continue;
    }
    const start = clauseStart(text, at[k], done + 1);
    const end = clauseEnd(text, at[k] + 1);
    let digits = 0;
    let words = false;
    for (; k < count && at[k] < end; k++) {
      if (isDigitCode(text.charCodeAt(at[k]))) {
        digits++;
        lastDigit = at[k];
      } else if (!words) words = closesWordValue(text, at[k]);
    }
    if (year !== undefined) {
      // a scope is set by a clause read before, so done >= 0
      if (lineBreak < done) lineBreak = indexFrom(text, '\n', done);
      if (lineBreak < start) {
        year = undefined;
        bare = false;
      }
    }
    // a clause at the start of the text or of a sentence has none before it in the sentence
    const adjoining = done === start - 1 ? doneTarget : undefined;
    const previous = start > 0 && !endsSentence(text.charCodeAt(start - 1)) ? { end: start - 1, target: adjoining !== undefined, metric: adjoining?.metric } : undefined;
    const found = readClause(text, start, end, year, bare, previous, { digits, lastDigit, words, looked, sentence, after: done + 1, documentYear });
    year = found.year;
    bare = found.bare;
    for (const t of found.targets) out.push(t);
    done = end;
    doneTarget = found.targets.length > 0 ? found.targets[found.targets.length - 1] : undefined;
  }
  return out;
}

/** Start of the clause holding position `at`: after the break before it, and not before `floor`. */
function clauseStart(text: string, at: number, floor: number): number {
  let s = at;
  while (s > floor && !isClauseBreak(text.charCodeAt(s - 1))) s--;
  return s;
}

/** The break that ends the clause holding position `from` - 1, or the end of the text. */
function clauseEnd(text: string, from: number): number {
  const n = text.length;
  let e = from;
  while (e < n && !isClauseBreak(text.charCodeAt(e))) e++;
  return e;
}

/**
 * Where `ch` first stands at or after `from`, text.length if nowhere. The loop remembers the answer until it has read
 * past it: asking again at every clause searched the rest of the text every time when the character was not there.
 */
function indexFrom(text: string, ch: string, from: number): number {
  const at = text.indexOf(ch, from);
  return at < 0 ? text.length : at;
}
const YI = '以';
const NEI = '内';

// compared as codes: `text[i]` of a CJK punctuation mark allocates a string at every clause break
const endsSentence = (code: number): boolean => code === 0x0a || code === 0x3002 || code === 0xff01 || code === 0xff1f; // \n。！？

interface ClauseResult { year: number | undefined; bare: boolean; targets: TargetMention[] }

/**
 * What the clause loop saw of a clause, so that the patterns that cannot match are not tried: `digits`, how many digits
 * it holds, and `lastDigit`, where the last one stands (a comparator after it has no value to compare); `words`,
 * whether it closes a value written in words (翻一番, 三成); `looked` and `sentence`, what the clauses read before found
 * ahead of them and of their sentence.
 */
interface ClauseSigns {
  digits: number; lastDigit: number; words: boolean; looked: Looked; sentence: SentenceSigns; after: number;
  /** the year the document is dated, which 今年 and 明年 count from */
  documentYear: number | undefined;
}

/**
 * Where the first 以 (of 以上/以下) and the first 内 (of a time limit) at or after a clause stand once looked for
 * (text.length: none): looked for only by a clause that needs them, and remembered until the clauses have passed them.
 */
interface Looked { yi: number; nei: number }

/**
 * What the sentence of the clauses read so far says of their figures, text[from, to) read: the next clause of the same
 * sentence reads only its own words (the words looked for hold no clause break).
 */
interface SentenceSigns {
  from: number; to: number; penalty: boolean; statistic: boolean; tally: boolean; forward: boolean; aim: boolean; bareYear: boolean;
  /** whether a clause of the sentence before text[conditionTo] ends in 的 (a condition), read up to there once */
  condition: boolean; conditionTo: number;
}

function readClause(
  text: string, start: number, end: number, year: number | undefined, bare: boolean, previous: Previous | undefined, signs: ClauseSigns,
): ClauseResult {
  let bodyStart = start;
  let scoped = false; // whether the clause writes its own year
  // a scope needs a four-digit year (2025年)
  if (signs.digits >= 4 && writesYear(text, start, end)) {
    const clause = text.slice(start, end);
    const opening = OPENING_YEAR_RE.exec(clause.trim());
    if (opening) {
      const y = Number(ascii(opening[1]));
      return { year: y, bare: !plannedYear(y, signs.documentYear), targets: [] };
    }
    const before = BEFORE_SCOPE_RE.exec(clause);
    const leading = before ? null : LEADING_YEAR_RE.exec(clause);
    if (before) {
      year = Number(ascii(before[1]));
      bare = false;
      bodyStart = start + before[0].length;
      scoped = true;
    } else if (leading) {
      year = Number(ascii(leading[1]));
      bare = true;
      bodyStart = start + leading[0].length;
      scoped = true;
    }
    TO_SCOPE_RE.lastIndex = 0;
    for (let m = TO_SCOPE_RE.exec(clause); m; m = TO_SCOPE_RE.exec(clause)) {
      year = Number(ascii(m[1]));
      bare = false;
      bodyStart = start + m.index + m[0].length;
      scoped = true;
    }
  }
  // “十四五”期间, “十三五”末: a five-year plan's period is a scope that ends with the plan. Its clause holds no digits and
  // is read by none: it is looked for in what the clauses read before left, within this clause's sentence (a period read
  // in a clause before has set the year already)
  const periodWanted = year === undefined && signs.digits > 0;
  const relativeWanted = signs.documentYear !== undefined && signs.digits > 0 && !scoped;
  const from = periodWanted || relativeWanted ? sentenceStart(text, start, signs.after) : start;
  if (periodWanted) {
    const period = planPeriodIn(text, from, end);
    if (period !== undefined) {
      year = period;
      bare = false;
    }
  }
  // 今年, 明年: a sentence that says which year counting from the document's date sets it, whatever came before
  if (relativeWanted) {
    const relative = relativeYearIn(text, from, end, signs.documentYear!);
    if (relative !== undefined) {
      year = relative;
      bare = false;
    }
  }
  if (bare && plannedYear(year, signs.documentYear)) bare = false;
  const forward = year !== undefined && !bare;
  // only a deadline lets a count with no comparator be a goal: 力争用3年时间，新增就业100万人 states no target
  const targets = targetsIn(text, bodyStart, end, year, forward, previous, signs);
  if (targets.length > 0) {
    const read = kindOf(text, start, end, year, bare, signs.sentence, plannedYear(year, signs.documentYear));
    // “十四五”期间…降低13.5% in a document of 2026: a goal of a year gone by is a figure reached, or not, by now
    const kind = read === 'goal' && year !== undefined && signs.documentYear !== undefined && year < signs.documentYear ? 'statistic' : read;
    // 确保1年内完成合同用量: a time limit set on a duty is a rule, unless a deadline makes it the aim of a plan
    for (const t of targets) t.targetKind = kind === 'goal' && !forward && isTimeLimit(t) ? 'threshold' : kind;
  }
  return { year, bare, targets };
}

/**
 * A document cannot report the figures of its own year or of a later one: a year written bare (2012年，…) from the
 * document's year on is the year of a plan (2012年单位国内生产总值能耗降低3.5%以上, in a work plan dated 2012).
 */
const plannedYear = (year: number | undefined, documentYear: number | undefined): boolean =>
  year !== undefined && documentYear !== undefined && year >= documentYear;

/** Start of the sentence holding position `at` (after 。！？ or a line break), not before `floor`. */
function sentenceStart(text: string, at: number, floor: number): number {
  let s = at;
  while (s > floor && !endsSentence(text.charCodeAt(s - 1))) s--;
  return s;
}

/**
 * The period of a five-year plan as a scope, its last year: “十四五”期间 → 2025, 十三五时期 → 2020, “十五”末 → 2005, “九五”计划
 * 期间 → 2000. A plan named otherwise (“十四五”规划纲要, 十五项) is no period. planPeriodIn reads the century's end and middle
 * (CENTURY_RE) as periods too.
 */
const PLAN_PERIOD_RE = /[“"‘]?(十[一二三四五六七八九]?|[六七八九])五[”"’]?(?:规划|计划)?(?:期间|时期|末期?|以来)/;
const NUMERAL_VALUE: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
/** The plan's number (九 → 9, 十 → 10, 十四 → 14): the Nth five-year plan ends in 1955 + 5N (the 9th in 2000). */
const planNumber = (numeral: string): number => (numeral.startsWith('十') ? 10 + (NUMERAL_VALUE[numeral.slice(1)] ?? 0) : NUMERAL_VALUE[numeral]);
function planPeriodIn(text: string, from: number, to: number): number | undefined {
  const century = text.indexOf('世纪', from);
  if (century >= 0 && century < to) {
    const m = CENTURY_RE.exec(text.slice(Math.max(from, century - 2), Math.min(to, century + 4)));
    if (m) return m[2] === '末' ? 2000 : 2050;
  }
  const at = text.indexOf('五', from);
  if (at < 0 || at >= to) return undefined;
  const m = PLAN_PERIOD_RE.exec(text.slice(Math.max(from, at - 4), to));
  // 以来 looks back over the period: its figures are the past, and the clause's own words say so (STATISTIC_RE)
  return m ? 1955 + 5 * planNumber(m[1]) : undefined;
}
/**
 * 今年, 年内, 本年度, 全年 (the document's year), 明年 (the next): the scope of a work plan's figures (今年再取消和下放行政审批
 * 事项200项以上, 全年粮食产量保持在1.3万亿斤以上), read only where the document's date is known; 2018年全年 names its year. 去年 and 上年 look back, and say so themselves (STATISTIC_RE).
 */
function relativeYearIn(text: string, from: number, to: number, documentYear: number): number | undefined {
  const at = text.indexOf('年', from);
  if (at < 0 || at >= to) return undefined;
  const clause = text.slice(from, to);
  // 力争用3年时间, 用5年左右时间: a span counted from the document's date
  const span = SPAN_RE.exec(clause);
  if (span) {
    const years = spanYears(span[1]);
    if (years !== undefined) return documentYear + years;
  }
  const m = RELATIVE_YEAR_RE.exec(clause);
  if (!m) return undefined;
  return m[0] === '明年' ? documentYear + 1 : documentYear;
}
const SPAN_RE = /用([0-9０-９]{1,2}|[一二两三四五六七八九十]{1,2})年(?:左右)?(?:的)?时间/;
/**
 * 3 → 3, 两 → 2, 十 → 10, 十二 → 12; spans longer than a plan's fifteen years are no deadline. Two numerals side by side
 * (一两年: one or two years) are no number of years.
 */
function spanYears(n: string): number | undefined {
  const digits = ascii(n);
  const value = /^[0-9]+$/.test(digits) ? Number(digits) : n.length === 1 || SPAN_TEENS.test(n) ? chineseNumber(n) : undefined;
  return value !== undefined && value > 0 && value <= 15 ? value : undefined;
}
const SPAN_TEENS = /^十[一二三四五六七八九]$/;
/** 年内 alone, not the 年内 of a span (1年内, 两年内, 3—5年内): that is a time limit. */
const RELATIVE_YEAR_RE = /今年|(?<![0-9０-９一二两三四五六七八九十百个半多数几—\-－~～])年内|本年度|明年|(?<![0-9０-９]年)全年/;

/**
 * 到本世纪末 (in the 1990s' documents: 2000), 到本世纪中叶 / 下世纪中叶 (2050): the century's end is said only before 2000,
 * its middle only of the coming one.
 */
const CENTURY_RE = /(本|下)世纪(末|中叶)/;

/** Verbs of aiming and reaching: a figure stated with one is a goal even without a year. */
/**
 * Words of aim: wherever they stand in the sentence, its figures are goals (力争高新技术企业突破1万家，专利授权量超过500件).
 */
const AIM_RE = /力争|争取|确保|目标|预期/;
/**
 * Verbs of reaching and making: a figure is a goal when its own clause states it with one (覆盖率提高到95%, 培育100家…).
 * Elsewhere in the sentence they say nothing of it: 对新建成的公共充电设施，…最高不超过500万元 is a cap.
 */
const GOAL_RE = /达到|提高到|提高至|提升到|提升至|增加到|增加至|增长到|增长至|扩大到|扩大至|突破|(?<!不得?)超过|翻[一两二三四五]番|年均|降至|降到|降低到|降低至|下降到|下降至|缩短到|缩短至|压缩[至到]|压减[至到]|减少[至到]|减至|缩减至|培育|新增|建成|引进|打造|形成/;
/** Fines and sanctions: 处…罚款, 罚金, 没收, 吊销. */
const PENALTY_RE = /罚款|罚金|处以|没收|吊销|拘留|处[^，。；]{0,16}(?:以上|以下)/;
/** The past: what has been reached, counted up to a date, or compared with last year. */
const STATISTIC_RE = /已达|已经|已有|已建成|已累计|截至|截止|同比|比上年|较上年|上年|去年|实现了|达到了|增长了|过去|以来/;
/**
 * A tally (累计完成, 共有): what has been counted so far, unless a deadline ahead says what it is to come to (到2018年，
 * 累计完成投资5000亿元左右).
 */
const TALLY_RE = /累计完成|共有/;

/** A clause that ends in 的 sets a condition (引进高层次人才的，…): what the sentence says after it is a rule. */
const CONDITION_RE = /的[，,]/;

/** A sentence that opens with a year that is no deadline: 2018年, 在2018年 (not 2018年前, 2018年底前). */
const BARE_YEAR_RE = /^\s*(?:在)?[0-9０-９]{4}年(?!(?:底|末)?(?:前|以前|之前))/;
/** Words of the future: a deadline, an aim, a forecast. */
const FORWARD_RE = /(?:到|至)[0-9０-９]{4}年|力争|争取|确保|目标|预计|将/;

/** What the figures of the clause text[start, end) are, read with the sentence before it (see the module comment). */
function kindOf(text: string, start: number, end: number, year: number | undefined, bare: boolean, seen: SentenceSigns, planned: boolean): TargetKind {
  const floor = Math.max(seen.to, 0);
  let s = start;
  while (s > floor && !endsSentence(text.charCodeAt(s - 1)) && text.charCodeAt(s - 1) !== 0xff1b) s--;
  const words = text.slice(s === seen.to ? seen.to : s, end);
  if (s !== seen.to) {
    seen.from = s;
    seen.penalty = seen.statistic = seen.tally = seen.forward = seen.aim = seen.condition = false;
    seen.conditionTo = s;
    seen.bareYear = BARE_YEAR_RE.test(words);
  }
  seen.to = end;
  seen.penalty ||= PENALTY_RE.test(words);
  seen.statistic ||= STATISTIC_RE.test(words);
  seen.tally ||= TALLY_RE.test(words);
  seen.forward ||= FORWARD_RE.test(words);
  seen.aim ||= AIM_RE.test(words);
  if (seen.penalty) return 'penalty';
  if (seen.statistic) return 'statistic';
  if (seen.tally && (year === undefined || bare)) return 'statistic';
  // 2018年，全国技术合同成交额增长18%: a year written bare, not a deadline (到2025年, 2025年前), dates a past figure
  if ((bare || seen.bareYear) && !seen.forward && !planned) return 'statistic';
  if (year !== undefined || seen.aim) return 'goal';
  // a condition before the clause (…的，) makes it a rule; otherwise its own verb decides. Read once per sentence: a
  // sentence of thousands of clauses is not read again for each
  if (!seen.condition && seen.conditionTo < start) {
    seen.condition = CONDITION_RE.test(text.slice(Math.max(seen.from, seen.conditionTo - 1), start));
    seen.conditionTo = start;
  }
  if (seen.condition) return 'threshold';
  return GOAL_RE.test(text.slice(start, end)) ? 'goal' : 'threshold';
}

const NIAN = '年'.charCodeAt(0);

/** A span of time followed by 内 (5个工作日内, 20日内), not the 以内 of a value compared (5.5%以内). */
const isTimeLimit = (t: TargetMention): boolean => t.value.endsWith('内') && !t.value.endsWith('以内');

/** Whether text[start, end) holds four digits and 年 (2025年): every scope pattern needs them, most clauses have none. */
function writesYear(text: string, start: number, end: number): boolean {
  for (let i = start + 4; i < end; i++) {
    if (text.charCodeAt(i) !== NIAN) continue;
    if (isDigitCode(text.charCodeAt(i - 1)) && isDigitCode(text.charCodeAt(i - 2)) && isDigitCode(text.charCodeAt(i - 3)) && isDigitCode(text.charCodeAt(i - 4))) return true;
  }
  return false;
}

/**
 * A comparison or a share with no subject of its own (比上年增长, 同比提高, 占国内生产总值的比重): it is about the metric
 * of the clause before.
 */
const COMPARED_RE = /^(?:比|较|同比|环比|占)/;
/** Verbs that make or count things: after one, the counted noun follows the value (培育100家以上科技型中小企业). */
const COUNTING_VERBS = '培育|新增|引进|培养|培训|认定|建成|建设|新建|创建|打造|形成|带动|吸引|吸纳|帮助|安置|实施|改造|布局|完成|改建|新改建|淘汰|关闭|化解|退出|治理|修复';
const COUNTING_VERB_RE = new RegExp(`(?:${COUNTING_VERBS})$`);
/**
 * A verb that counts and the noun it counts, right before the value (建成智慧养老院500家): the count closes the clause,
 * after its noun. The noun is a few ideographs, so that a clause that only mentions a verb far before is not read.
 */
const COUNTED_BEFORE_RE = new RegExp(`(?:${COUNTING_VERBS})[\\u4e00-\\u9fff“”A-Za-z0-9]{1,11}[\\u4e00-\\u9fff”]$`);
/** The last characters of COUNTING_VERB_RE's verbs, asked before a number is read at all. */
const COUNTING_VERB_ENDS = new Set(COUNTING_VERBS.split('|').map((w) => w.charCodeAt(w.length - 1)));
/** Units of time, which a count and an amount about which a metric stands never have. */
const TIME_WORDS = '年|个月|月|日|天|小时|分钟|周|季度';
/**
 * Units a count closing its clause after its noun may have (建成智慧养老院500家, 新建铁路5000公里, 新增高标准农田1亿亩): any
 * unit of quantity, not a time (形成3年滚动计划) nor a share, which need a comparator of their own to be a figure.
 */
const NOT_COUNTED_UNITS = new RegExp(`^(?:[十百千]?万?亿?(?:${TIME_WORDS}|岁)|[%％‰]|个百分点|倍)$`);
/** Where the first 左右 at or after `from` stands in the clause (before `end`), or `end`. */
function aboutFrom(text: string, from: number, end: number): number {
  for (let k = from; k + 1 < end; k++) if (text.charCodeAt(k) === ZUO && text.charCodeAt(k + 1) === YOU) return k;
  return end;
}
const ZUO = '左'.charCodeAt(0);
const YOU = '右'.charCodeAt(0);
/** Units of time: a span, not an amount (5年左右, 3个月). */
const TIME_UNITS = new RegExp(`^(?:${TIME_WORDS}|个工作日|工作日)$`);
/** The noun counted after the value: ideographs and quotes to the end of the clause, 的 allowed (具有…的领军企业). */
const COUNTED_NOUN_RE = /^[\u4e00-\u9fff“”]+$/;

function targetsIn(
  text: string, start: number, end: number, year: number | undefined, forward: boolean, previous: Previous | undefined, signs: ClauseSigns,
  continued = false,
): TargetMention[] {
  if (forward) {
    const share = shareOfNoun(text, start, end, year);
    if (share) return [share];
  }
  const anchored = findPrefixComparator(text, start, end, signs.lastDigit);
  if (anchored) {
    const { index, word, valueAt } = anchored;
    const { comparator, rate } = COMPARATOR_BY_WORD.get(word)!;
    let metric = cleanMetric(text, start, start + index);
    // a rate compared, not stated (年均增速超过15%, 增速不低于6%): the comparator between them is the value's
    const compared = rate ? comparedRate(text, start + index + word.length, start + valueAt) : undefined;
    // a rate word is the metric's (能耗下降), without the adverbs between them (均增长, 分别下降), and so is what it takes
    // before the value (压减粗钢产能3000万吨), without the adverbs there (增长约10%, 提高近5个百分点)
    if (rate) {
      const object = compared ? '' : text.slice(start + index + word.length, start + valueAt).replace(RATE_ADVERBS_RE, '');
      metric = { ...metric, text: metric.text + word + (nameLength(object) >= 2 ? object : '') };
    }
    if (nameLength(metric.text) < 2 && !rate && metric.leadingOnly && previous && !previous.target) {
      // 原则上不高于承担风险责任的0.5%: the metric closes the previous clause, unless that clause is a scope
      const previousStart = clauseStart(text, previous.end, 0);
      if (!YEAR_CLAUSE_RE.test(text.slice(previousStart, previous.end))) metric = cleanMetric(text, previousStart, previous.end);
    }
    // 2019年，全国研发经费投入达到2.2万亿元，比上年增长12.5%: the growth is the investment's; so is a rate with no
    // subject of its own (营业收入突破10万亿元，年均增长10%以上)
    if (previous?.metric && (COMPARED_RE.test(metric.text) || (rate && metric.text === word))) metric = { ...metric, text: previous.metric + metric.text };
    // 每个定点县至少实施5个产业帮扶项目, 至少新增50个示范区: a verb that counts between the comparator and the value is the
    // metric's, with the noun it counts after the value (then the metric may be that alone)
    const beforeValue = rate ? '' : text.slice(start + index + word.length, start + valueAt).replace(RATE_ADVERBS_RE, '');
    const counted = beforeValue !== '' && nameLength(beforeValue) <= 4 && COUNTING_VERB_RE.test(beforeValue) ? beforeValue : undefined;
    if (nameLength(metric.text) < 2 && !counted) return [];
    // a rate word (年均增速) compares nothing by itself: the value's own 以上/以下 decides
    let found = valuesFrom(text, start + valueAt, end, rate ? compared : comparator, metric.text, metric.start, year);
    if (found.length > 0) {
      const before = text.slice(start, start + index);
      // 分别 anywhere before the values, or one value for a list: 化学需氧量、二氧化硫排放量分别减少2%, …均达到45%
      if (found.length > 1 ? before.includes('分别') : EACH_RE.test(before)) {
        // what stands between 分别 and the comparator compares each item (…和二氧化碳排放分别比2020年下降13.5%、18%)
        const listed = rate ? metric.text.slice(0, -word.length) : metric.text;
        const each = listed.lastIndexOf('分别');
        const [list, between] = each > 0 ? [listed.slice(0, each), listed.slice(each + 2)] : [listed, ''];
        found = pairWithItems(found, list, between + (rate ? word : ''));
      }
    }
    if (counted !== undefined && found.length === 1) {
      const noun = text.slice(found[0].end, end).replace(TRAILING_NOISE, '').trim();
      if (nameLength(noun) >= 2 && COUNTED_NOUN_RE.test(noun)) found[0] = { ...found[0], metric: found[0].metric + counted + noun };
    }
    if (nameLength(metric.text) < 2 && found.some((t) => nameLength(t.metric) < 2)) return [];
    // 常住人口城镇化率达到60%左右、户籍人口城镇化率达到45%左右: a 、 after the last value may open another metric with a
    // comparator of its own, in the same clause (read here one after another, each without looking further)
    for (let tail = found.length > 0 && !continued ? found[found.length - 1].end : end; text.charCodeAt(tail) === DUN && tail + 1 < end && !isDigitCode(text.charCodeAt(tail + 1));) {
      // the next metric's comparator is looked for within a metric's reach, not over the rest of a long list
      const near = { ...signs, lastDigit: Math.min(signs.lastDigit, tail + 1 + LISTED_METRIC_REACH) };
      const next = targetsIn(text, tail + 1, end, year, forward, undefined, near, true);
      if (next.length === 0) break;
      for (const t of next) found.push(t);
      tail = next[next.length - 1].end;
    }
    // 达到2020年的两倍: the digits were a year's, the value is in words
    if (found.length > 0 || !signs.words) return found;
  }
  const written = signs.words ? wordTarget(text, start, end, year) : undefined;
  if (written) return [written];
  if (anchored) return [];
  // no comparator word: `国家高新技术企业7000家以上` carries it after the value, as 以上, 以下, 以内 or the 内 of a time
  // limit (5个工作日内); a clause that opens with 其中 after one that stated targets shares its verb (其中高速铁路5万公里
  // 左右); under a deadline a verb that counts things states a goal by itself (建设100个国家级现代农业产业园)
  // the first 以 of the clause answers for its body unless a scope before the body took it (到2025年以前)
  const { looked } = signs;
  if (looked.yi < start) looked.yi = indexFrom(text, YI, start);
  const share = previous?.target === true && text.startsWith(QI_ZHONG, start);
  let compared = looked.yi < end || share;
  if (!compared) {
    if (looked.nei < start) looked.nei = indexFrom(text, NEI, start);
    compared = closesTimeLimit(text, looked.nei, end);
  }
  if (!compared && !forward) return [];
  // where the next 左右 stands (end: none), and where a list of counts that did not close the clause stopped: each found
  // once for the clause, not again for every value in it
  let aboutAt = -1;
  let countsFailAt = -1;
  for (let i = start; i < end; i++) {
    if (!isDigitCode(text.charCodeAt(i)) || (i > start && (isDigitCode(text.charCodeAt(i - 1)) || isPointCode(text.charCodeAt(i - 1))))) continue;
    // under a deadline with nothing after the value, only a value right after a verb that counts is read
    const afterVerb = i > start && COUNTING_VERB_ENDS.has(text.charCodeAt(i - 1));
    // under a deadline, a count that closes the clause after its noun (建成智慧养老院500家) reads as one after its verb
    const afterNoun = forward && i > start && COUNTED_BEFORE_RE.test(text.slice(Math.max(start, i - 16), i));
    // under a deadline, an amount about which the metric should stand (城镇调查失业率5.5%左右)
    if (forward && !compared && !afterVerb && !afterNoun && aboutAt <= i) aboutAt = aboutFrom(text, i + 1, end);
    const about = forward && !compared && !afterVerb && !afterNoun && aboutAt < end;
    if (!compared && !afterVerb && !afterNoun && !about) continue;
    // the upper end of a range not read as one (8—1年内) is no value by itself
    if (i > start + 1 && '—–-－~～'.includes(text[i - 1]) && isDigitCode(text.charCodeAt(i - 2))) continue;
    const v = readNumber(text, i);
    if (!v || v.end > end || text[v.end] === '的' || v.suffix?.startsWith('及')) continue;
    // 左右 states no comparison, but under a deadline an amount about which a metric should stand is a goal (城镇调查失业率
    // 5.5%左右); a span of time is none (用5年左右时间)
    const stated = v.suffix !== undefined && (v.suffix !== '左右' || (forward && v.unit !== undefined && !TIME_UNITS.test(v.unit)));
    const shared = share && v.unit !== undefined;
    // 淘汰炼铁落后产能1000万吨、炼钢780万吨: more counts of the same verb, each after its noun, may close it
    let more: ReturnType<typeof countsAfter> = undefined;
    if (afterNoun && v.end > countsFailAt) {
      more = countsAfter(text, v.end, end);
      if (typeof more === 'number') {
        countsFailAt = more;
        more = undefined;
      }
    }
    const closesClause = more !== undefined;
    // after the verb the count may be of things (培育100家…) or an amount of what it works on (完成5.3亿吨粗钢产能…改造)
    const mayCount = forward && v.unit !== undefined && (afterVerb || closesClause) && !NOT_COUNTED_UNITS.test(v.unit);
    if (!stated && !shared && !mayCount) continue;
    let metric = cleanMetric(text, start, i);
    // 登记机关应当在5个工作日内办结: a time limit measures the duty it sets, its subject and its verb
    if (v.suffix === '内') metric = timeLimitMetric(text, metric, v.end, end);
    const verb = COUNTING_VERB_RE.test(metric.text);
    const counting = verb || stopEndingAt(text, i, start) > 0;
    if (!stated && !shared && !verb && !closesClause) continue;
    // 每年培育100家以上科技型中小企业: after a verb, the counted noun follows the value
    if (counting && v.suffix !== '内') {
      const noun = text.slice(v.end, end).replace(TRAILING_NOISE, '').trim();
      if (nameLength(noun) >= 2 && COUNTED_NOUN_RE.test(noun)) metric = { ...metric, text: metric.text + noun };
      else if (!stated && !(noun === '' && worksOnObject(metric.text))) continue;
    }
    if (stated && PENALTY_OPENING.test(text.slice(Math.max(start, i - 7), i))) {
      const fine = penaltyBounds(text, metric, v, end, year);
      if (fine) return fine;
    }
    if (nameLength(metric.text) < 2) return [];
    const first = mention(metric.text, metric.start, v, v.suffix ? SUFFIX_COMPARATOR[v.suffix] : '=', year);
    if (!more?.length) return [first];
    const lent = COUNTING_VERB_RE.exec(COUNTING_VERB_PREFIX_RE.exec(text.slice(metric.start, i))?.[0] ?? '')?.[0] ?? '';
    return [first, ...more.map((c) => mention(lent + c.noun, c.nounStart, c.value, c.value.suffix ? SUFFIX_COMPARATOR[c.value.suffix] : '=', year))];
  }
  return [];
}

/** The counting verb that opens a metric (淘汰炼铁落后产能 → 淘汰), lent to the counts listed after it. */
const COUNTING_VERB_PREFIX_RE = new RegExp(`^.*?(?:${COUNTING_VERBS})`);

/**
 * Whether a metric ending in a verb of work names what the work is done on before it (完成沙化土地治理1000万亩, 完成农村公路
 * 改造1200公里): the amount closing the clause measures that work, with no noun after it to wait for. A verb alone, or
 * after another (新建1000万亩, 完成治理), names nothing.
 */
function worksOnObject(metric: string): boolean {
  const verb = COUNTING_VERB_RE.exec(metric);
  if (!verb) return false;
  const object = metric.slice(0, verb.index).replace(LEADING_COUNTING_VERB_RE, '');
  return nameLength(object) >= 2;
}
const LEADING_COUNTING_VERB_RE = new RegExp(`^(?:${COUNTING_VERBS})`);

/**
 * What follows a count that closes its clause after its noun: nothing (then []), or more counts listed with 、, each a
 * few ideographs and a value (、炼钢780万吨、水泥3.7亿吨). Anything else: where the list stopped (a number), the count
 * does not close the clause — nor does any count of the same list after it, which the caller need not read again.
 */
function countsAfter(text: string, from: number, end: number): { noun: string; nounStart: number; value: NumberRead }[] | number | undefined {
  const out: { noun: string; nounStart: number; value: NumberRead }[] = [];
  let pos = from;
  while (text.charCodeAt(pos) === DUN) {
    let k = pos + 1;
    while (k < end && k - pos <= 12 && !isDigitCode(text.charCodeAt(k))) k++;
    const noun = text.slice(pos + 1, k);
    if (k >= end || nameLength(noun) < 1 || !COUNTED_NOUN_RE.test(noun)) return pos;
    const value = readNumber(text, k);
    if (!value || value.end > end || value.unit === undefined || NOT_COUNTED_UNITS.test(value.unit)) return pos;
    out.push({ noun, nounStart: pos + 1, value });
    pos = value.end;
  }
  return text.slice(pos, end).replace(TRAILING_NOISE, '').trim() === '' ? out : pos;
}
const DUN = '、'.charCodeAt(0);

/** What may stand before a share that opens its clause (力争95%以上的…, 使90%的…). */
const SHARE_LEAD = /^(?:力争|确保|争取|使|实现|推动|全国|全省)?$/;
const SHARE_UNITS = new Set(['%', '‰']);

/**
 * 到2020年，98%的行政村实现光纤通达: under a deadline, a share that opens its clause and qualifies the noun after it (的)
 * is the goal, and what the clause says of the noun its metric. A share elsewhere (3家及以上的企业, 占…的) is no value.
 */
function shareOfNoun(text: string, start: number, end: number, year: number | undefined): TargetMention | undefined {
  let i = start;
  while (i < end && !isDigitCode(text.charCodeAt(i))) i++;
  if (i >= end || !SHARE_LEAD.test(text.slice(start, i).trim())) return undefined;
  const v = readNumber(text, i);
  if (!v || v.unit === undefined || !SHARE_UNITS.has(v.unit) || text.charCodeAt(v.end) !== DE || v.end + 1 >= end) return undefined;
  const metric = text.slice(v.end + 1, end).replace(TRAILING_NOISE, '').trim();
  if (nameLength(metric) < 2 || !COUNTED_NOUN_RE.test(metric.replace(/[A-Za-z0-9]/g, ''))) return undefined;
  const t = mention(metric, i, v, v.suffix ? SUFFIX_COMPARATOR[v.suffix] : '=', year);
  t.end = v.end + 1 + text.slice(v.end + 1, end).trimEnd().length;
  return t;
}
const DE = '的'.charCodeAt(0);

/** 处 and what the fine is reckoned on (违法所得, 货值金额), right before the bounds of a fine. */
const PENALTY_OPENING = /处[\u4e00-\u9fff]{0,6}$/;
/** The sanction the bounds are of, after them: 罚款, 的罚款, 罚金. */
const SANCTION_RE = /^的?((?:[\u4e00-\u9fff]{0,4})?(?:罚款|罚金))/;

/**
 * 处1万元以上10万元以下罚款, 处违法所得2倍以上5倍以下罚款: both bounds of a fine, each with its comparator, measuring the
 * sanction (违法所得罚款). Undefined when no sanction follows them.
 */
function penaltyBounds(
  text: string, metric: { text: string; start: number }, v: NumberRead, end: number, year: number | undefined,
): TargetMention[] | undefined {
  const bounds = [v];
  const upper = v.suffix && v.end < end && isDigitCode(text.charCodeAt(v.end)) ? readNumber(text, v.end) : undefined;
  if (upper?.suffix && upper.end <= end) bounds.push(upper);
  const sanction = SANCTION_RE.exec(text.slice(bounds[bounds.length - 1].end, end));
  if (!sanction) return undefined;
  const name = metric.text.replace(/^.*处/, '') + sanction[1];
  return bounds.map((b) => mention(name, metric.start, b, SUFFIX_COMPARATOR[b.suffix!], year));
}
const QI_ZHONG = '其中';
/** The last characters of the units of time before the 内 of a time limit: 工作日内, 天内, 个月内, 年内, 小时内, 季度内. */
const TIME_UNIT_ENDS = new Set([...'日天月年时钟度'].map((c) => c.charCodeAt(0)));

/** Whether a 内 at or after `nei` and before `end` closes a span of time (5个工作日内), not a word (国内, 区内). */
function closesTimeLimit(text: string, nei: number, end: number): boolean {
  for (let n = nei; n < end; n = text.indexOf(NEI, n + 1)) {
    if (n < 0) return false;
    if (TIME_UNIT_ENDS.has(text.charCodeAt(n - 1))) return true;
  }
  return false;
}

/** What opens the span of a time limit: 在, 于, 自受理申请之日起, and the modal before them. */
const LIMIT_OPENING_RE = /(?:应当|应|须|必须|要|需|一般|原则上)?(?:(?:在|于|自)(?:[^，。；]*?(?:起|后))?)?$/;

/** The subject before a time limit, without what opens its span, and the duty after it (登记机关办结). */
function timeLimitMetric(text: string, subject: { text: string; start: number; leadingOnly: boolean }, from: number, end: number) {
  const duty = text.slice(from, end).replace(TRAILING_NOISE, '').trim();
  if (!COUNTED_NOUN_RE.test(duty)) return subject;
  return { ...subject, text: subject.text.replace(LIMIT_OPENING_RE, '') + duty };
}

/**
 * A value written in words is a target under the same grammar as digits: 翻N番 carries its own verb; the others need a
 * comparator before them (提高三分之一, 达到百分之九十以上, 占比超过一半, 达到2020年的两倍), so `三分之一以上的成员单位` is not one.
 */
function wordTarget(text: string, start: number, end: number, year: number | undefined): TargetMention | undefined {
  const found = wordValueIn(text.slice(start, end), start);
  if (!found || text[found.read.end] === '的') return undefined;
  const at = found.read.start;
  if (found.ownVerb) {
    const metric = cleanMetric(text, start, at);
    return nameLength(metric.text) < 2 ? undefined : mention(metric.text, metric.start, found.read, '=', year);
  }
  // the comparator nearest before the value, within reach of it
  let last: { index: number; word: string } | undefined;
  for (const m of COMPARATORS.scan(text, Math.max(start, at - MAX_GAP - 4), at)) {
    if (m.index + m.word.length >= at - MAX_GAP && (m.word.length > 1 || m.index + 1 === at)) last = m;
  }
  if (!last) return undefined;
  const { comparator, rate } = COMPARATOR_BY_WORD.get(last.word)!;
  const metric = cleanMetric(text, start, rate ? last.index + last.word.length : last.index);
  if (nameLength(metric.text) < 2) return undefined;
  return mention(metric.text, metric.start, found.read, combine(rate ? undefined : comparator, found.read.suffix), year);
}

/**
 * The first comparator in the clause text[start, end) that has a number within reach after it, its index and that of
 * the number as offsets from `start`. Only comparators before the clause's last digit can, and a comparator holds no
 * digit, so the scan stops there. The clause is read in the text rather than sliced out: no comparator holds the
 * break that ends the clause, so none found here runs past it.
 */
function findPrefixComparator(text: string, start: number, end: number, lastDigit: number): { index: number; word: string; valueAt: number } | undefined {
  for (const m of COMPARATORS.scan(text, start, Math.max(start, lastDigit))) {
    const after = m.index + m.word.length;
    if (m.word.length === 1 && !isDigitCode(text.charCodeAt(after))) continue;
    for (let k = after; k < end && k <= after + MAX_GAP; k++) {
      if (isDigitCode(text.charCodeAt(k))) return { index: m.index - start, word: m.word, valueAt: k - start };
      if (k > after && (COMPARATORS.at(text, k)?.length ?? 0) > 1) break;
    }
  }
  return undefined;
}

function valuesFrom(
  text: string, at: number, end: number, comparator: Comparator | undefined, metric: string, metricStart: number, year: number | undefined,
): TargetMention[] {
  const out: TargetMention[] = [];
  let pos = at;
  while (pos < end) {
    // a number with no unit is a value where the clause ends with it (有效利用系数提高到0.6)
    const v = readNumber(text, pos, true);
    if (!v || v.end > end || text[v.end] === '的') break;
    out.push(mention(metric, metricStart, v, combine(comparator, v.suffix), year));
    // 分别达到65%和55%
    const joiner = '和、及与'.includes(text[v.end] ?? '-') && isDigitCode(text.charCodeAt(v.end + 1));
    if (!joiner) break;
    pos = v.end + 1;
  }
  return out;
}

/** How far after a 、 the comparator of a metric listed after a value may stand (每万人口发明专利拥有量达到: 13). */
const LISTED_METRIC_REACH = 32;

/** 分别 or 均 right before the comparator: the figure is each item's. 均 stands alone (not 人均, 平均, 年均). */
const EACH_RE = /(?:分别|(?<![人平年])均)$/;
/** Characters that end a measure: a first item ending in one is a metric of its own (化学需氧量和二氧化硫排放总量). */
const MEASURE_END_RE = /[量率值耗额数积重比度]$/;

/**
 * 分别: the i-th value goes with the i-th item of the metric's list; one value for a list (…分别减少2%, …均达到45%) is
 * each item's, where the items are read with confidence. `after`: the rate word that follows the list (能耗和二氧化碳排放
 * 分别下降15%、18%), which every item's metric keeps. See the module comment.
 */
function pairWithItems(found: TargetMention[], metric: string, after: string): TargetMention[] {
  // 及 of 地级及以上城市, 县级及以下 joins no items
  const items = metric.replace(TRAILING_NOISE, '').split(/、|和|及(?!以上|以下)|与/);
  if (items.length < 2 || items.some((x) => x.length === 0)) return found;
  if (found.length > 1 && items.length !== found.length) return found;
  const read = metricsOfItems(items);
  if (!read || (found.length === 1 && !read.sure)) return found;
  if (found.length === 1) return read.metrics.map((m) => ({ ...found[0], metric: m + after }));
  found.forEach((t, i) => { t.metric = read.metrics[i] + after; });
  return found;
}

/**
 * The metric of each item of a list whose items share a tail written once, after the last (城镇和农村贫困人口覆盖率,
 * 化学需氧量、氨氮、二氧化硫、氮氧化物排放总量), and perhaps a head written once, in the first (花生种植、收获机械化率).
 * The last item's own part is as long as the middle items (the longest that leaves a tail, when they differ), as the
 * first when the two are parallel (高速铁路和高速公路里程: the same first character; 城镇居民和农村居民收入: the first's end
 * in the same place), and otherwise two characters, the commonest parallel word: a guess, `sure` false. Items that end
 * alike, or a first item that is a measure of its own with nothing between, are whole metrics.
 */
function metricsOfItems(items: string[]): { metrics: string[]; sure: boolean } | undefined {
  const first = items[0];
  const last = items[items.length - 1];
  const middle = items.slice(1, -1);
  const endsAlike = first.length >= 2 && last.length >= 2 && first.slice(-2) === last.slice(-2);
  if (endsAlike || (middle.length === 0 && MEASURE_END_RE.test(first))) return { metrics: items, sure: true };
  let own: number;
  let sure = true;
  const evenMiddle = middle.every((x) => x.length === middle[0].length);
  // 化学需氧量、氨氮、氮氧化物、挥发性有机物排放总量: where the items' lengths say nothing, the tail begins at a measure's word
  const opener = evenMiddle && middle.length > 0 ? -1 : tailOpener(last);
  if (opener >= 0) {
    own = opener;
  } else if (middle.length > 0) {
    const fits = middle.map((x) => x.length).filter((w) => last.length - w >= 2);
    if (fits.length === 0) return undefined;
    own = Math.max(...fits);
  } else if (first[0] === last[0] || (first.length >= 3 && last.startsWith(first.slice(-2), first.length - 2))) {
    own = first.length;
  } else {
    own = 2;
    sure = false;
  }
  if (last.length - own < 2) return undefined;
  const tail = last.slice(own);
  // the head the first item holds for all: as long as it is longer than the others' own parts, when those are even
  const head = evenMiddle && first.length - own >= 2 ? first.slice(0, first.length - own) : '';
  const cores = [first.slice(head.length), ...middle, last.slice(0, own)];
  return { metrics: cores.map((c) => `${head}${c}${tail}`), sure };
}

/** Where the tail a list's items share begins in its last item (…有机物排放总量: 排放), or -1: a measure's first word. */
function tailOpener(last: string): number {
  const m = TAIL_OPENER.exec(last);
  return m && m.index >= 2 && last.length - m.index >= 2 ? m.index : -1;
}
const TAIL_OPENER = /排放|总量|浓度|比重|比例|占比|覆盖率|利用率|普及率|达标率|处理率|回收率|消费量|产量|面积|增加值|人数/;

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
  if (v.upper !== undefined) t.upper = v.upper;
  if (v.unit) t.unit = v.unit;
  if (comparator) t.comparator = comparator;
  return t;
}

/** The metric as written, without the adverbs and connectives around it; `将平均担保费率` keeps what follows 将/把. */
/** 由10.2%, 从3万家: the start of a change, before the comparator that gives its end. */
const FROM_VALUE_RE = /[由从][0-9０-９][^由从]*$/;

function cleanMetric(text: string, start: number, end: number): { text: string; start: number; leadingOnly: boolean } {
  let s = text.slice(start, end);
  let offset = start;
  // what follows 将/把 or a colon (须满足以下条件：注册资本不低于…)
  const ba = Math.max(s.lastIndexOf('将'), s.lastIndexOf('把'), s.lastIndexOf('：'));
  if (ba >= 0 && ba < s.length - 1) {
    offset += ba + 1;
    s = s.slice(ba + 1);
  }
  // 贫困发生率由10.2%降至1.7%: the figure it starts from is not the metric's
  const from = FROM_VALUE_RE.exec(s);
  if (from && from.index >= 2) s = s.slice(0, from.index);
  const label = OUTLINE_LABEL.exec(s)?.[0].length ?? 0;
  offset += label;
  s = s.slice(label);
  const lead = /^\s+/.exec(s)?.[0].length ?? 0;
  offset += lead;
  s = s.slice(lead);
  const noise = LEADING_NOISE.exec(s)?.[0].length ?? 0;
  const leadingOnly = noise === s.length || s.trim() === '';
  offset += noise;
  s = s.slice(noise).replace(TRAILING_NOISE, '').replace(AT_VALUE, '').replace(TRAILING_NOISE, '').trim();
  return { text: s, start: offset, leadingOnly };
}
