/**
 * The numbered outline: 一、 > （一） > 1. > （1）, and 第一章 > 第一节 > 第一条 for regulations.
 * One pass over the lines with a stack of open items. A label only counts when it continues the
 * numbering of its siblings (or starts at 1), which rejects numbers that merely begin a line of a
 * table or a note.
 */
import type { ItemLevel, OutlineItem } from '../model';
import type { Line } from './lines';
import { chineseNumber } from './numerals';
import { isCjk, labelLength, labelShape } from './patterns';

type Kind = 'chapter' | 'section' | 'article' | 'cn' | 'pcn' | 'ar' | 'par';
const RANK: Record<Kind, number> = { chapter: 0, section: 1, article: 2, cn: 3, pcn: 4, ar: 5, par: 6 };
const BASE_LEVEL: Record<Kind, ItemLevel> = { chapter: 1, section: 1, article: 2, cn: 1, pcn: 2, ar: 3, par: 4 };

interface Label { kind: Kind; n: number; written: string; canonical: string }

export function readLabel(s: string): Label | undefined {
  const length = labelLength(s);
  if (length === 0) return undefined;
  const written = s.slice(0, length);
  let n: number | undefined;
  switch (labelShape(s)) {
    case 'cn': // 十一、 is its own canonical form
      n = chineseNumber(s.slice(0, length - 1));
      return n ? { kind: 'cn', n, written, canonical: written } : undefined;
    case 'pcn': {
      const numeral = s.slice(1, length - 1);
      n = chineseNumber(numeral);
      return n ? { kind: 'pcn', n, written, canonical: `（${numeral}）` } : undefined;
    }
    case 'ar':
      n = digitsValue(s, 0, length - 1);
      return n ? { kind: 'ar', n, written, canonical: `${n}.` } : undefined;
    case 'par':
      n = digitsValue(s, 1, length - 1);
      return n ? { kind: 'par', n, written, canonical: `（${n}）` } : undefined;
    case 'chapter': { // 第三章, 第１２条
      n = isDigit(s.charCodeAt(1)) ? digitsValue(s, 1, length - 1) : chineseNumber(s.slice(1, length - 1));
      const unit = s[length - 1];
      const kind: Kind = unit === '章' ? 'chapter' : unit === '节' ? 'section' : 'article';
      return n ? { kind, n, written, canonical: written } : undefined;
    }
  }
}

const isDigit = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
/** Value of the ASCII or full-width digits s[from, to) (the label patterns admit nothing else there). */
function digitsValue(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    n = n * 10 + (c >= 0xff10 ? c - 0xff10 : c - 0x30);
  }
  return n;
}

/** the first sub-item written right after the heading sentence, on the same line; sticky: tried right after the label */
const INLINE_FIRST_CHILD = /[^。！？；：]{1,60}[。：:]\s*((?:（1）|\(1\)|（一）|\(一\)|1[.．、](?![0-9０-９])))/y;

const SENTENCE_END = /[。！？；：]/;

/** First sentence without the label; a bare heading is the whole line. */
export function headingOf(line: string, labelLength: number): string {
  const rest = line.slice(labelLength);
  const cut = rest.search(SENTENCE_END);
  return (cut < 0 ? rest : rest.slice(0, cut)).trim();
}

/**
 * Per kind of label, indexed by its RANK: a plain array, as one is made for every item and most items are leaves.
 * Unset entries read as undefined.
 */
type ByKind<T> = Array<T | undefined>;

interface Open {
  item: OutlineItem;
  rank: number;
  kind: Kind;
  /** last number used by each child kind */
  lastChild: ByKind<number>;
  /** how the last child of each kind wrote its label, numerals aside: （） or (), 1. or 1、 */
  lastStyle?: ByKind<string>;
  hasChild: boolean;
}

/** Characters of the numeral that styleOf replaces (full-width digits are kept: １． is a style of its own). */
const STYLE_NUMERAL = new Set([...'0123456789〇零一二两三四五六七八九十百'].map((ch) => ch.charCodeAt(0)));

/** The label as written with its (first) numeral replaced by #: labels are a few characters, read by code unit. */
function styleOf(label: Label): string {
  const w = label.written;
  let from = 0;
  while (from < w.length && !STYLE_NUMERAL.has(w.charCodeAt(from))) from++;
  if (from === w.length) return w;
  let to = from + 1;
  while (to < w.length && STYLE_NUMERAL.has(w.charCodeAt(to))) to++;
  return `${w.slice(0, from)}#${w.slice(to)}`;
}

/** Most labels a gap may skip: abridged documents (本文有删减) drop whole runs of items. */
const GAP_MAX = 3;
const GAP_MAX_ABRIDGED = 10;
/** Longest heading sentence of an item that follows a gap. */
const GAP_HEADING_MAX = 40;

/**
 * Whether a line after a gap in the numbering reads as an item: a heading sentence closed by 。 or ：, or, in an
 * abridged document, a bare heading line. A table row or a stray number has neither.
 */
function headingLike(line: string, labelLength: number, abridged: boolean): boolean {
  const rest = line.slice(labelLength).trimStart();
  const first = rest.charCodeAt(0);
  if (!(isCjk(first) || rest[0] === '“')) return false;
  const cut = rest.search(SENTENCE_END);
  if (cut < 0) return abridged && rest.length >= 2 && rest.length <= GAP_HEADING_MAX;
  return cut >= 2 && cut <= GAP_HEADING_MAX && (rest[cut] === '。' || rest[cut] === '：');
}

export interface OutlineOptions {
  /** the document says it was abridged (本文有删减): numbering gaps are expected */
  abridged?: boolean;
  /**
   * Asked after each line that adds items: true ends the outline there, incomplete. For a caller that parses again
   * anyway once some item has come up, and need not read the rest of the document to learn that.
   */
  until?: (items: OutlineItem[]) => boolean;
}

/** Where a run of numbering restarts: an attachment, or the body after a sign-off. */
export interface Boundary { line: number; prefix: string }

/**
 * @param stops lines that close every open item without being part of any (sign-off blocks)
 * @param boundaries lines where numbering restarts, with the path prefix that keeps paths unique
 */
export function parseOutline(text: string, lines: Line[], stops: Set<number>, boundaries: Map<number, string>, options: OutlineOptions = {}): OutlineItem[] {
  const gapMax = options.abridged ? GAP_MAX_ABRIDGED : GAP_MAX;
  const items: OutlineItem[] = [];
  const paths = new Set<string>();
  const repeats = new Map<string, number>();
  const stack: Open[] = [];
  const root: Open = { item: undefined as unknown as OutlineItem, rank: -1, kind: 'chapter', lastChild: [], hasChild: false };
  let lastOfKind: ByKind<number> = [];
  let lastStyleOfKind: ByKind<string> = [];
  let prefix = '';
  let lastContentEnd = 0;

  const close = (open: Open, end: number): void => {
    open.item.end = Math.max(end, open.item.start);
    if (!open.hasChild) open.item.ownEnd = open.item.end;
    open.item.text = text.slice(open.item.start, open.item.end);
  };
  const closeAll = (): void => { while (stack.length) close(stack.pop() as Open, lastContentEnd); };

  /**
   * `（三）完善评价。（1）改革评价制度。…`: a heading sentence followed on the same line by the first sub-item. The
   * later sub-items start their own lines and continue its numbering, so the first one has to be found here.
   */
  const openInlineFirstChild = (parent: Open, line: Line, labelLength: number): void => {
    INLINE_FIRST_CHILD.lastIndex = labelLength;
    const m = INLINE_FIRST_CHILD.exec(line.text);
    if (!m) return;
    const offset = m.index + m[0].length - m[1].length;
    const label = readLabel(line.text.slice(offset));
    if (!label || label.n !== 1) return;
    const rank = RANK[label.kind];
    if (rank <= parent.rank) return;
    const level = Math.min(4, Math.max(BASE_LEVEL[label.kind], parent.item.level + 1)) as ItemLevel;
    const path = parent.item.path + label.canonical;
    if (paths.has(path)) return;
    paths.add(path);
    parent.hasChild = true;
    parent.item.ownEnd = line.start + offset;
    const style = styleOf(label);
    parent.lastChild[rank] = 1;
    lastOfKind[rank] = 1;
    (parent.lastStyle ??= [])[rank] = style;
    lastStyleOfKind[rank] = style;
    const item: OutlineItem = {
      path, label: label.written, level, parent: parent.item.path,
      heading: headingOf(line.text.slice(offset), label.written.length),
      text: '', start: line.start + offset, end: line.end, ownEnd: line.end,
    };
    items.push(item);
    stack.push({ item, rank, kind: label.kind, lastChild: [], hasChild: false });
  };

  for (const line of lines) {
    if (options.until !== undefined && items.length > 0 && options.until(items)) break;
    if (boundaries.has(line.index)) {
      closeAll();
      prefix = boundaries.get(line.index) as string;
      root.lastChild = [];
      root.lastStyle = [];
      lastOfKind = [];
      lastStyleOfKind = [];
    }
    if (stops.has(line.index)) { closeAll(); continue; }
    if (line.text.length === 0) continue;
    const label = readLabel(line.text);
    if (label) {
      const rank = RANK[label.kind];
      let depth = stack.length;
      while (depth > 0 && stack[depth - 1].rank >= rank) depth--;
      const parent = depth > 0 ? stack[depth - 1] : root;
      const prevSibling = parent.lastChild[rank];
      const prevAnywhere = lastOfKind[rank];
      const prev = prevSibling ?? prevAnywhere;
      const prevStyle = prevSibling !== undefined ? parent.lastStyle?.[rank] : lastStyleOfKind[rank];
      const continues =
        label.n === 1 ||
        (prevSibling !== undefined && label.n === prevSibling + 1) ||
        (prevSibling === undefined && prevAnywhere !== undefined && label.n === prevAnywhere + 1) ||
        // A skipped number (an abridged text, a numbering slip): the next label in the same style with a heading.
        (prev !== undefined && label.n > prev + 1 && label.n <= prev + 1 + gapMax && prevStyle === styleOf(label) &&
          headingLike(line.text, label.written.length, options.abridged === true));
      if (continues) {
        while (stack.length > depth) close(stack.pop() as Open, lastContentEnd);
        const parentItem = depth > 0 ? parent.item : undefined;
        let level = BASE_LEVEL[label.kind];
        if (parentItem && parentItem.level >= level) level = Math.min(4, parentItem.level + 1) as ItemLevel;
        let path = (parentItem ? parentItem.path : prefix) + label.canonical;
        if (paths.has(path)) {
          // A restarted list under the same parent: number the repeats (~2, ~3) to keep paths unique.
          let k = repeats.get(path) ?? 2;
          while (paths.has(`${path}~${k}`)) k++;
          repeats.set(path, k + 1);
          path = `${path}~${k}`;
        }
        paths.add(path);
        if (depth > 0 && !parent.hasChild) { parent.hasChild = true; parent.item.ownEnd = Math.max(lastContentEnd, parent.item.start); }
        const style = styleOf(label);
        parent.lastChild[rank] = label.n;
        lastOfKind[rank] = label.n;
        (parent.lastStyle ??= [])[rank] = style;
        lastStyleOfKind[rank] = style;
        const item: OutlineItem = {
          path, label: label.written, level, parent: parentItem?.path,
          heading: headingOf(line.text, label.written.length),
          text: '', start: line.start, end: line.end, ownEnd: line.end,
        };
        items.push(item);
        const open: Open = { item, rank, kind: label.kind, lastChild: [], hasChild: false };
        stack.push(open);
        openInlineFirstChild(open, line, label.written.length);
      }
    }
    lastContentEnd = line.end;
  }
  closeAll();
  return items;
}
