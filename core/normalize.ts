/**
 * Canonical text of a document. Every offset produced by the parser refers to this text, and the
 * UI quotes it as evidence, so it has to read like the original minus the artefacts of copying a
 * page out of a browser or PDF: CR/LF variants, BOM and zero-width characters, full-width
 * indentation, and lines broken in the middle of a sentence by page or column breaks.
 */
import {
  endsOrderHeading, headerLabel, isAttachmentLine, isCjk, isDateLine, isDocNumberLine, isRowOnOneLine, labelLength, startsWithLabel, trimmedSlice,
} from './parse/patterns';
import { readTopNumberLabel, startsWithDecimalLabel } from './parse/decimal';
import { opensLabelledLine, ROSTER_PART } from './parse/line-labels';
import type { Line } from './parse/lines';
import { AGENCIES } from './registry/agencies';
import { resolveAgency } from './registry/resolve';
import { isCloseParenCode, isOpenParenCode } from './entities/chars';

/**
 * The code units of the characters of `chars`: lines are classified by code unit, without making one-character
 * strings, and by a lookup in a table, which costs less than one in a set.
 */
class CodeSet {
  private readonly table = new Uint8Array(0x10000);
  constructor(chars: string) {
    for (let i = 0; i < chars.length; i++) this.table[chars.charCodeAt(i)] = 1;
  }
  has(code: number): boolean { return this.table[code] === 1; }
}
const codeSet = (chars: string): CodeSet => new CodeSet(chars);

/** Characters that close a paragraph in the genre. */
const TERMINAL = codeSet('。；：！？）)”’」』】.!?;:…');
/** Characters after which a sentence visibly continues. */
const CONTINUING = codeSet('、，,（(“‘《〈「『【—');
/** A line this long that breaks mid-sentence is a page or column break, not a title or table cell. */
const PAGE_LINE_MIN = 60;
/** Titles are short; a short line ending in a document type word closes the title. */
const TITLE_MAX = 60;
const DOC_TYPE_END = /(意见|通知|方案|办法|规定|决定|细则|纲要|规划|计划|清单|目录|指标|条例|公告|通告|批复|报告|名单|函)$/;
/** Last characters of those words: the pattern, searched from every position, runs only on lines ending in one. */
const DOC_TYPE_LAST = codeSet('见知案法定则要划单录标例告复函');

/** What the cleaning pass does to each UTF-16 code unit. */
const enum Clean { Keep, Drop, Space, Break, Return }
/**
 * One table for the four rules of the cleaning pass: zero-width characters and controls are dropped, line separators
 * become \n (\r\n as one), and every run of spaces (tab, no-break, ideographic…) becomes one ASCII space.
 */
const CLEAN = new Uint8Array(0x3001);
for (const c of [0x200b, 0x200c, 0x200d, 0x2060, 0x00ad]) CLEAN[c] = Clean.Drop;
for (let c = 0x00; c <= 0x08; c++) CLEAN[c] = Clean.Drop;
for (let c = 0x0e; c <= 0x1f; c++) CLEAN[c] = Clean.Drop;
CLEAN[0x7f] = Clean.Drop;
for (const c of [0x0b, 0x0c, 0x2028, 0x2029, 0x0085]) CLEAN[c] = Clean.Break;
CLEAN[0x0d] = Clean.Return;
for (const c of [0x09, 0x20, 0xa0, 0x1680, 0x202f, 0x205f, 0x3000]) CLEAN[c] = Clean.Space;
for (let c = 0x2000; c <= 0x200a; c++) CLEAN[c] = Clean.Space;
/**
 * Every code unit the cleaning may change, except the ASCII space, which only changes next to another space (or a
 * character in this class). Built from the table so the two cannot disagree.
 */
const CHANGED_BY_CLEANING = new RegExp(`[${[...CLEAN.keys()].filter((c) => CLEAN[c] !== Clean.Keep && c !== 0x20).concat(0xfeff)
  .map((c) => `\\u${c.toString(16).padStart(4, '0')}`).join('')}]`);
const isZeroWidth = (c: number): boolean => c === 0xfeff || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0x00ad;

/**
 * The cleaning in one pass over the text, copying unchanged stretches whole; text that needs no change is returned
 * as it is. Equivalent to removing zero-width characters, then turning \r\n, \r and other separators into \n,
 * then removing controls, then collapsing space runs (a run continues across the characters removed).
 */
function clean(text: string): string {
  // Most documents need no cleaning: two native searches say so in less time than the loop below takes.
  if (!CHANGED_BY_CLEANING.test(text) && !text.includes('  ')) return text;
  const parts: string[] = [];
  let from = 0;
  let afterSpace = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // above the ideographic space only the BOM is special: CJK text skips the table
    const rule = c > 0x3000 ? (c === 0xfeff ? Clean.Drop : Clean.Keep) : CLEAN[c];
    if (rule === Clean.Keep) { afterSpace = false; continue; }
    if (rule === Clean.Space) {
      if (!afterSpace && c === 0x20) { afterSpace = true; continue; }
      parts.push(text.slice(from, i));
      if (!afterSpace) parts.push(' ');
      afterSpace = true;
      from = i + 1;
      continue;
    }
    parts.push(text.slice(from, i));
    from = i + 1;
    if (rule === Clean.Drop) continue;
    afterSpace = false;
    parts.push('\n');
    if (rule === Clean.Return) {
      // zero-width characters go before line ends are read, so \r<ZWSP>\n is still one break
      let j = i + 1;
      while (j < text.length && isZeroWidth(text.charCodeAt(j))) j++;
      if (j < text.length && text.charCodeAt(j) === 0x0a) {
        i = j;
        from = j + 1;
      }
    }
  }
  if (from === 0) return text;
  parts.push(text.slice(from));
  return parts.join('');
}

/** Longest issuer-list line; the bound also keeps checks on long joined paragraphs O(1). */
const LIST_LINE_MAX = 200;
const LIST_PUNCTUATION = /[，。；、：:,]/;

/** Length of the longest stretch of s between spaces: s.split(' ') and the longest part, without making the parts. */
export function longestName(s: string): number {
  let longest = 0;
  let from = 0;
  for (let i = 0; i <= s.length; i++) {
    if (i < s.length && s.charCodeAt(i) !== 0x20) continue;
    if (i - from > longest) longest = i - from;
    from = i + 1;
  }
  return longest;
}

/** Space-separated list of names (issuer lists, sign-off blocks): each line is a unit on its own. */
export const isListLine = (s: string): boolean => s.length <= LIST_LINE_MAX && s.includes(' ') && !LIST_PUNCTUATION.test(s) && longestName(s) <= 16;

/** Lines that never continue onto the next one (labels of the header block, numbers, dates…). */
const isClosedLine = (s: string): boolean =>
  isNumber(s) || headerLabel(s) !== null || isDocNumberLine(s) || isDateLine(s) || s.startsWith('附件') || isAttachmentLine(s) || isListLine(s);

const isDigit = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
/** /^[0-9０-９]+$/ without running a pattern on every line. */
function isNumber(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) if (!isDigit(s.charCodeAt(i))) return false;
  return true;
}

/** Whether s begins with an outline label, decimal ones (1.1, 2.3.1) included. */
const startsWithAnyLabel = (s: string): boolean => startsWithLabel(s) || startsWithDecimalLabel(s);

/** Lines that start something new and so are never the continuation of the previous line. */
const isStructural = (s: string): boolean => startsWithAnyLabel(s) || isClosedLine(s);

/** Longest label the five patterns admit (（一百二十）, 第一百二十章): longer lines are never a bare label. */
const LABEL_MAX = 6;
const isBareLabel = (s: string): boolean => { if (s.length > LABEL_MAX) return false; const n = labelLength(s); return n > 0 && n === s.length; };

const SENTENCE_END = /[。！？；]/;
/** A numbered heading such as 一、总体要求: short and without a sentence end. */
const isHeadingLine = (s: string): boolean => (s.length <= 40 && startsWithAnyLabel(s) && !SENTENCE_END.test(s)) || isPartNumberLine(s);
/** 4　灾后救助与恢复重建: the heading of a part of a decimal outline, a line of its own (core/parse/decimal.ts). */
const isPartNumberLine = (s: string): boolean => isDigit(s.charCodeAt(0)) && readTopNumberLabel(s) !== undefined;

/**
 * The paragraph being assembled. Kept as parts so that joining thousands of hard-wrapped lines stays
 * linear (indexing into a concatenated string would flatten it on every join).
 */
class Paragraph {
  parts: string[] = [];
  length = 0;
  /** open parentheses of the parts counted so far, each part counted on its own (separators hold none) */
  private openSoFar = 0;
  private counted = 0;
  /** the line [from, to) of the cleaned text that the paragraph began as; its text while `verbatim` (untrimmed, unjoined) */
  from = 0;
  to = 0;
  verbatim = false;
  /** a blank line or page break stands between this paragraph and the previous one */
  blankBefore = false;
  /** Starts the next paragraph; a normaliser's one object serves every document it reads, most paragraphs being one line. */
  begin(first: string, from: number, to: number, blankBefore: boolean): void {
    // reused as it is when it holds a single line, as most paragraphs do (emptying an array is a slow call)
    if (this.parts.length === 1) this.parts[0] = first;
    else this.parts = [first];
    this.length = first.length;
    this.openSoFar = 0;
    this.counted = 0;
    this.from = from;
    this.to = to;
    this.verbatim = first.length === to - from;
    this.blankBefore = blankBefore;
  }
  /**
   * Parentheses opened and not yet closed: a page break inside an annotation leaves them open. Counted when asked,
   * which happens only for short paragraphs, rather than over every character of every line as it is added.
   */
  get open(): number {
    while (this.counted < this.parts.length) this.openSoFar += openParens(this.parts[this.counted++]);
    return this.openSoFar;
  }
  /** the last code unit: looked at once per line, so no one-character string is made for it */
  get last(): number { const p = this.parts[this.parts.length - 1]; return p.charCodeAt(p.length - 1); }
  add(sep: string, line: string): void {
    if (sep) this.parts.push(sep);
    this.parts.push(line);
    this.length += sep.length + line.length;
    this.verbatim = false;
  }
  /** The text when it is short enough to be a heading, title or closed line; those are all short. */
  short(): string | undefined {
    if (this.length > SHORT_MAX) return undefined;
    if (this.parts.length > 1) {
      // the parts are counted one by one before they are merged, as they were when they were added
      void this.open;
      this.parts = [this.parts.join('')];
      this.counted = 1;
    }
    return this.parts[0];
  }
  toString(): string { return this.parts.length === 1 ? this.parts[0] : this.parts.join(''); }
}

// Runs over every character of the document: code units, not one-character strings.
function openParens(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isOpenParenCode(c)) n++;
    else if (isCloseParenCode(c) && n > 0) n--;
  }
  return n;
}

/** Every line kind that ends a paragraph by its shape (labels, dates, numbers, lists) is shorter than this. */
const SHORT_MAX = LIST_LINE_MAX;

/** Longest body name that stands alone on a line of a sign-off or issuer block. */
const NAME_LINE_MAX = 24;
const LOCAL_GOVERNMENT = /^[\u4e00-\u9fff]{2,16}人民政府$/;
/**
 * A line that is exactly one name: a body's (registered, or a people's government), as in a one-name-per-line
 * sign-off, or a place's, a zone's or an institution's, as an attachment's list sets them out one per line (北京市海淀区 /
 * 石家庄高新技术产业开发区 / 清华大学 / 海尔集团公司).
 */
const isNameLine = (s: string): boolean =>
  s.length >= 2 && s.length <= NAME_LINE_MAX && allCjk(s) &&
  ((canEndName(s.charCodeAt(s.length - 1)) && (LOCAL_GOVERNMENT.test(s) || resolveAgency(s) !== undefined)) || isListedName(s));
/**
 * The last words of the names of places, zones and institutions. A title's wrapped lines name no such thing whole
 * (国务院关于促进综合保税区 / 高水平开放高质量发展的若干意见: 关于 and 的 are no part of a name).
 */
const LISTED_NAME = /(?:省|市|县|区|旗|州|盟|开发区|示范区|实验区|试验区|新区|园区|基地|中心|实验室|大学|学院|研究院|研究所|医院|公司|集团|银行|协会|学会)$/;
const NOT_IN_NAME = /关于|的|和|及|与|或|等|是|要|在/;
const isListedName = (s: string): boolean => s.length >= 3 && LISTED_NAME.test(s) && !NOT_IN_NAME.test(s);

/**
 * Last characters of registered names: most short lines (table cells, headings) fail this before any lookup. Built on
 * first use from the constant registry, never changed after.
 */
let nameEnds: CodeSet | undefined;
const canEndName = (code: number): boolean =>
  (nameEnds ??= codeSet(['府', ...AGENCIES.flatMap((r) => [r.name, ...r.aliases]).map((f) => f[f.length - 1])].join(''))).has(code);
const allCjk = (s: string): boolean => {
  for (let i = 0; i < s.length; i++) if (!isCjk(s.charCodeAt(i))) return false;
  return true;
};

function shouldJoin(prev: Paragraph, next: string, acrossBlank: boolean): boolean {
  const text = prev.short();
  if (text !== undefined && isBareLabel(text)) return !isStructural(next);
  // 工业和信息化部 / 国家发展改革委 / 科技部 stacked one per line: a list, not a wrapped sentence.
  if (text !== undefined && next.length <= NAME_LINE_MAX && text.length <= NAME_LINE_MAX && isNameLine(text) && isNameLine(next)) return false;
  const code = prev.last;
  if (TERMINAL.has(code)) return false;
  // A short line ending in Latin letters or digits is a table cell or a code, not a broken sentence.
  const letter = isCjk(code) || (code >= 0xdc00 && code <= 0xdfff);
  if (!letter && !CONTINUING.has(code) && !((isAsciiWord(code) || code === 0x25) && prev.length >= PAGE_LINE_MIN)) return false;
  if (text !== undefined && (isClosedLine(text) || isHeadingLine(text))) return false;
  if (isStructural(next) || TERMINAL.has(next.charCodeAt(0)) || isPartNumberLine(next)) return false;
  // 1 建立健全… 国家发展改革委 工业和信息化部 2022年底前: a table's row a line, its cells apart (tabs in a copied table)
  if (isRowOnOneLine(next) || (text !== undefined && isRowOnOneLine(text))) return false;
  // 牵头单位：民政部 / 配合单位：…: a task's bodies set out line by line, not a sentence wrapped
  if (opensLabelledLine(next)) return false;
  // 召 集 人：… / 副召集人：…: a roster's lines, one person each
  if (ROSTER_PART.test(next)) return false;
  if (text !== undefined && text.length < TITLE_MAX && DOC_TYPE_LAST.has(text.charCodeAt(text.length - 1)) && DOC_TYPE_END.test(text)) return false;
  // 中华人民共和国国务院令 / 第812号: the heading takes its number, and the preamble under them is a paragraph of its own
  if (text !== undefined && prev.last === HAO && endsOrderHeading(text.replace(/\s/g, ''))) return false;
  if (acrossBlank && prev.length < PAGE_LINE_MIN && prev.open === 0) return false;
  return true;
}

const HAO = 0x53f7; // 号

/** [A-Za-z0-9] */
const isAsciiWord = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/** Decorated page numbers only; a bare number may be a table cell. */
export const PAGE_NUMBER = /^(?:[-—－–]{1,2} ?[0-9０-９]{1,4} ?[-—－–]{1,2}|第 ?[0-9０-９]{1,4} ?页(?: ?[，,]? ?共 ?[0-9０-９]{1,4} ?页)?)$/;
/** First characters of a decorated page number: short lines (headings, names) are mostly settled by this alone. */
const PAGE_NUMBER_FIRST = codeSet('-—－–第');
export const isPageNumber = (line: string): boolean => line.length <= 16 && PAGE_NUMBER_FIRST.has(line.charCodeAt(0)) && PAGE_NUMBER.test(line);

/**
 * The normalised text: paragraphs separated by one line break, or two where a blank line (or a page break) stood.
 * Where paragraphs and the breaks between them are as in the cleaned text, the output takes that whole stretch of it
 * at once: most paragraphs are lines left unchanged, and then the text is not copied line by line.
 */
class Output {
  /** the lines of the output, as splitLines would find them: the parser needs them and they are known here */
  lines: Line[] = [];
  private length = 0;
  private pieces: string[] = [];
  /** the stretch [runFrom, runTo) of the cleaned text that equals the output since the last piece; none while runTo < 0 */
  private runFrom = 0;
  private runTo = -1;
  /** the cleaned text of the document */
  private source = '';

  /** Starts the output of a document; a normaliser's one object serves every document it reads. */
  begin(source: string): void {
    this.source = source;
    this.lines = [];
    this.length = 0;
    this.pieces = [];
    this.runFrom = 0;
    this.runTo = -1;
  }

  /** The normalised text and its lines; the output then lets go of them and of the document. */
  end(): { text: string; lines: Line[] } {
    const done = { text: this.text(), lines: this.lines };
    this.begin('');
    return done;
  }

  add(p: Paragraph): void {
    const breakLength = this.lines.length === 0 ? 0 : p.blankBefore ? 2 : 1;
    if (breakLength === 2) this.addLine('', this.length + 1);
    this.length += breakLength;
    const text = p.toString();
    this.addLine(text, this.length);
    this.length += text.length;
    // the cleaned text between the run and the paragraph is the break itself: \n, or \n and an empty line
    if (p.verbatim && this.runTo >= 0 && p.from === this.runTo + breakLength) { this.runTo = p.to; return; }
    this.flushRun();
    if (breakLength > 0) this.pieces.push(breakLength === 2 ? '\n\n' : '\n');
    if (p.verbatim) { this.runFrom = p.from; this.runTo = p.to; } else this.pieces.push(text);
  }

  private text(): string {
    this.flushRun();
    if (this.lines.length === 0) this.addLine('', 0);
    return this.pieces.length === 1 ? this.pieces[0] : this.pieces.join('');
  }

  private addLine(text: string, start: number): void {
    this.lines.push({ text, start, end: start + text.length, index: this.lines.length });
  }

  private flushRun(): void {
    if (this.runTo >= 0) this.pieces.push(this.source.slice(this.runFrom, this.runTo));
    this.runTo = -1;
  }
}

export function normalize(text: string): string {
  return normalizeLines(text).text;
}

/**
 * The working objects of normalisation: the paragraph being assembled and the output. Owned by the caller, so that
 * calls share nothing they did not share on purpose: a caller that normalises many documents one after another may
 * keep one normaliser and hand it to every call (normalizeLines), while a call given none makes its own.
 */
export class Normalizer {
  private readonly paragraph = new Paragraph();
  private readonly output = new Output();

  /** The normalised text and its lines (splitLines of it), which come out of normalising at no extra pass. */
  normalizeLines(text: string): { text: string; lines: Line[] } {
    // nothing in normalising calls back out, so one call ends before the next can begin with the same objects
    return normalizeWith(text, this.paragraph, this.output);
  }
}

/**
 * The normalised text and its lines (splitLines of it), which come out of normalising at no extra pass. With no
 * normaliser of the caller's, one is made for the call: this costs nothing measurable (npm run bench:extract, parse
 * stage), and no module-level object is shared by calls.
 */
export function normalizeLines(text: string, normalizer?: Normalizer): { text: string; lines: Line[] } {
  return normalizer ? normalizer.normalizeLines(text) : normalizeWith(text, new Paragraph(), new Output());
}

function normalizeWith(text: string, cur: Paragraph, out: Output): { text: string; lines: Line[] } {
  const cleaned = clean(text);
  out.begin(cleaned);
  let started = false;
  let blank = false;
  let from = 0;
  while (from <= cleaned.length) {
    let nl = cleaned.indexOf('\n', from);
    if (nl < 0) nl = cleaned.length;
    const line = trimmedSlice(cleaned, from, nl);
    const lineFrom = from;
    from = nl + 1;
    // A page number printed between pages (— 3 —, 第6页 共9页) is a page break: it reads as a blank line.
    if (line.length === 0 || isPageNumber(line)) { if (started) blank = true; continue; }
    if (started && shouldJoin(cur, line, blank)) {
      cur.add(isAsciiWord(cur.last) && isAsciiWord(line.charCodeAt(0)) ? ' ' : '', line);
    } else {
      if (started) out.add(cur);
      cur.begin(line, lineFrom, nl, started && blank);
      started = true;
    }
    blank = false;
  }
  if (started) out.add(cur);
  // the paragraph holds the last line, a view of the cleaned text: it lets go of it too
  cur.begin('', 0, 0, false);
  return out.end();
}
