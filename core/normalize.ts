/**
 * Canonical text of a document. Every offset produced by the parser refers to this text, and the
 * UI quotes it as evidence, so it has to read like the original minus the artefacts of copying a
 * page out of a browser or PDF: CR/LF variants, BOM and zero-width characters, full-width
 * indentation, and lines broken in the middle of a sentence by page or column breaks.
 */
import {
  ATTACHMENT_LINE, DATE_LINE, DOC_NUMBER_LINE, HEADER_LABEL, LABEL_ARABIC, LABEL_CHAPTER, LABEL_CN,
  LABEL_PAREN_ARABIC, LABEL_PAREN_CN, isCjk,
} from './parse/patterns';

/** Characters that close a paragraph in the genre. */
const TERMINAL = new Set([...'。；：！？）)”’」』】.!?;:…']);
/** Characters after which a sentence visibly continues. */
const CONTINUING = new Set([...'、，,（(“‘《〈「『【—']);
/** A line this long that breaks mid-sentence is a page or column break, not a title or table cell. */
const PAGE_LINE_MIN = 60;
/** Titles are short; a short line ending in a document type word closes the title. */
const TITLE_MAX = 60;
const DOC_TYPE_END = /(意见|通知|方案|办法|规定|决定|细则|纲要|规划|计划|清单|目录|指标|条例|公告|通告|批复|报告|名单|函)$/;

const SPACES = /[\t \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/g;
const INVISIBLE = /[\ufeff\u200b-\u200d\u2060\u00ad]/g;
const CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f]/g;

const startsLabel = (s: string): boolean =>
  LABEL_CN.test(s) || LABEL_PAREN_CN.test(s) || LABEL_ARABIC.test(s) || LABEL_PAREN_ARABIC.test(s) || LABEL_CHAPTER.test(s);

const labelLength = (s: string): number => {
  const m = LABEL_CN.exec(s) ?? LABEL_PAREN_CN.exec(s) ?? LABEL_ARABIC.exec(s) ?? LABEL_PAREN_ARABIC.exec(s) ?? LABEL_CHAPTER.exec(s);
  return m ? m[0].length : 0;
};

/** Longest issuer-list line; the bound also keeps checks on long joined paragraphs O(1). */
const LIST_LINE_MAX = 200;
/** Space-separated list of names (issuer lists, sign-off blocks): each line is a unit on its own. */
export const isListLine = (s: string): boolean => s.length <= LIST_LINE_MAX && s.includes(' ') && !/[，。；、：:,]/.test(s) && s.split(' ').every((t) => t.length <= 16);

/** Lines that never continue onto the next one (labels of the header block, numbers, dates…). */
const isClosedLine = (s: string): boolean =>
  /^[0-9０-９]+$/.test(s) || HEADER_LABEL.test(s) || DOC_NUMBER_LINE.test(s) || DATE_LINE.test(s) || s.startsWith('附件') || ATTACHMENT_LINE.test(s) || isListLine(s);

/** Lines that start something new and so are never the continuation of the previous line. */
const isStructural = (s: string): boolean => startsLabel(s) || isClosedLine(s);

const isBareLabel = (s: string): boolean => { const n = labelLength(s); return n > 0 && n === s.length; };

/** A numbered heading such as 一、总体要求: short and without a sentence end. */
const isHeadingLine = (s: string): boolean => startsLabel(s) && s.length <= 40 && !/[。！？；]/.test(s);

/**
 * The paragraph being assembled. Kept as parts so that joining thousands of hard-wrapped lines stays
 * linear (indexing into a concatenated string would flatten it on every join).
 */
class Paragraph {
  parts: string[];
  length: number;
  /** parentheses opened and not yet closed: a page break inside an annotation leaves them open */
  open: number;
  constructor(first: string) { this.parts = [first]; this.length = first.length; this.open = openParens(first); }
  get last(): string { const p = this.parts[this.parts.length - 1]; return p[p.length - 1]; }
  add(sep: string, line: string): void { if (sep) this.parts.push(sep); this.parts.push(line); this.length += sep.length + line.length; this.open += openParens(line); }
  /** The text when it is short enough to be a heading, title or closed line; those are all short. */
  short(): string | undefined {
    if (this.length > SHORT_MAX) return undefined;
    if (this.parts.length > 1) this.parts = [this.parts.join('')];
    return this.parts[0];
  }
  toString(): string { return this.parts.join(''); }
}

function openParens(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '（' || c === '(') n++;
    else if ((c === '）' || c === ')') && n > 0) n--;
  }
  return n;
}

/** Every line kind that ends a paragraph by its shape (labels, dates, numbers, lists) is shorter than this. */
const SHORT_MAX = LIST_LINE_MAX;

function shouldJoin(prev: Paragraph, next: string, acrossBlank: boolean): boolean {
  const text = prev.short();
  if (text !== undefined && isBareLabel(text)) return !isStructural(next);
  const lastCh = prev.last;
  if (TERMINAL.has(lastCh)) return false;
  // A short line ending in Latin letters or digits is a table cell or a code, not a broken sentence.
  const code = lastCh.charCodeAt(0);
  const letter = isCjk(code) || (code >= 0xdc00 && code <= 0xdfff);
  if (!letter && !CONTINUING.has(lastCh) && !(/[A-Za-z0-9%]/.test(lastCh) && prev.length >= PAGE_LINE_MIN)) return false;
  if (text !== undefined && (isClosedLine(text) || isHeadingLine(text))) return false;
  if (isStructural(next) || TERMINAL.has(next[0])) return false;
  if (text !== undefined && text.length < TITLE_MAX && DOC_TYPE_END.test(text)) return false;
  if (acrossBlank && prev.length < PAGE_LINE_MIN && prev.open === 0) return false;
  return true;
}

const ASCII_WORD = /[A-Za-z0-9]/;

export function normalize(text: string): string {
  const cleaned = text
    .replace(INVISIBLE, '')
    .replace(/\r\n?|[\u000b\u000c\u2028\u2029\u0085]/g, '\n')
    .replace(CONTROLS, '')
    .replace(SPACES, ' ');
  const out: string[] = [];
  let cur: Paragraph | null = null;
  let blank = false;
  let from = 0;
  while (from <= cleaned.length) {
    let nl = cleaned.indexOf('\n', from);
    if (nl < 0) nl = cleaned.length;
    const line = cleaned.slice(from, nl).trim();
    from = nl + 1;
    if (line.length === 0) { if (cur !== null) blank = true; continue; }
    if (cur !== null && shouldJoin(cur, line, blank)) {
      cur.add(ASCII_WORD.test(cur.last) && ASCII_WORD.test(line[0]) ? ' ' : '', line);
    } else {
      if (cur !== null) { out.push(cur.toString()); if (blank) out.push(''); }
      cur = new Paragraph(line);
    }
    blank = false;
  }
  if (cur !== null) out.push(cur.toString());
  return out.join('\n');
}
