/**
 * The numbered outline: 一、 > （一） > 1. > （1）, and 第一章 > 第一节 > 第一条 for regulations; points counted inside an
 * item (第一，… / ①…) are items below whatever holds them.
 * One pass over the lines with a stack of open items. A label only counts when it continues the
 * numbering of its siblings (or starts at 1), which rejects numbers that merely begin a line of a
 * table or a note.
 *
 * Decimal labels (1.1, 2.3.1: core/parse/decimal.ts) are children of the open item whose number they extend — 一、 or
 * 1. for 1.1, 1.1 for 1.1.1 — and siblings of the decimal labels before them under it. Where no open item bears the
 * number, they hang from the top. A bare number heading a line (1　总则) is a label where the decimal items confirm it
 * (topNumberAt): the parts of an emergency plan or a standard, holding their 1.1, 1.2.
 */
import type { ItemLevel, OutlineItem } from '../model';
import type { Line } from './lines';
import { readBoxLabel, type BoxLabel } from './boxes';
import { readDecimalLabel, readTopNumberLabel, type DecimalLabel } from './decimal';
import { chineseNumberIn } from './numerals';
import { isCjk, isSpace, labelLength, labelShape, trimmedSlice } from './patterns';
import { claim, PathTable, type PathNode } from './paths';
import { insertSorted } from './sorted';

/**
 * Kinds of label, numbered by rank: a kind holds the kinds after it (第一章 > 第一节 > 第一条, 一、 > （一） > 1. > （1）).
 * The rank is the kind itself, so that tables by kind are plain arrays.
 */
const enum Kind { Chapter, Section, Article, Cn, Pcn, Ar, Par, Decimal, Ordinal, Circled }
const BASE_LEVEL: readonly ItemLevel[] = [1, 1, 2, 1, 2, 3, 4, 1, 4, 4];
/** How far below its parent's rank a decimal item ranks: between the parent and every kind of label ranked after it. */
const DECIMAL_STEP = 0.25;

interface Label { kind: Kind; n: number; written: string; canonical: string }

/**
 * Labels as written, by kind and number (一、, （一）, 1．): the same few strings over and over. A label written as the
 * last one of its kind and number is given back without being cut out of the line again, nor hashed, as a lookup in a
 * table of strings would have it. The reading's own (Reading), as what it holds comes from the text read.
 */
type WrittenLabels = string[][];
const newWrittenLabels = (): WrittenLabels => [[], [], [], [], [], [], [], [], [], []];
function writtenLabel(s: string, length: number, kind: Kind, n: number, seen: WrittenLabels): string {
  const known = seen[kind][n];
  if (known !== undefined && known.length === length && s.startsWith(known)) return known;
  const written = s.slice(0, length);
  seen[kind][n] = written;
  return written;
}

/**
 * Canonical forms of the numbered labels 1. and （1） by number, made once (numbers have at most three digits). Filled
 * on first need, but each entry is a constant, `${n}.` or `（${n}）`, whoever asks: a table of constants, not a memory of
 * what was read.
 */
const arabic: string[] = [];
const parenthesised: string[] = [];

const CHAPTER = '章'.charCodeAt(0);
const BOX_FIRST = '专'.charCodeAt(0);
/** What may stand between a box's label and its title: spaces and a colon. */
const TITLE_LEAD = new Set([0x20, 0x3000, 0x09, 0xff1a, 0x3a]);
const SECTION = '节'.charCodeAt(0);

/**
 * Reads the label `s` begins with into `into`; false when it begins with none. The caller's object is filled rather
 * than a new one made: a label is read on every line that begins like one, and used only until the next is read.
 * `seen` holds the labels the caller has read so far, as written.
 */
function readLabel(s: string, into: Label, seen: WrittenLabels): boolean {
  const length = labelLength(s);
  if (length === 0) return false;
  let kind: Kind;
  let n: number | undefined;
  switch (labelShape(s)) {
    case 'cn': kind = Kind.Cn; n = chineseNumberIn(s, 0, length - 1); break;
    case 'pcn': kind = Kind.Pcn; n = chineseNumberIn(s, 1, length - 1); break;
    case 'ar': kind = Kind.Ar; n = digitsValue(s, 0, length - 1); break;
    case 'par': kind = Kind.Par; n = digitsValue(s, 1, length - 1); break;
    // 第一，… and ①…: points inside an item, ranked below every other kind (a decimal item ranks by its parent instead)
    case 'ordinal': kind = Kind.Ordinal; n = chineseNumberIn(s, 1, length - 1); break;
    case 'circled': kind = Kind.Circled; n = s.charCodeAt(0) - 0x245f; break;
    case 'chapter': { // 第三章, 第１２条
      n = isDigit(s.charCodeAt(1)) ? digitsValue(s, 1, length - 1) : chineseNumberIn(s, 1, length - 1);
      const unit = s.charCodeAt(length - 1);
      kind = unit === CHAPTER ? Kind.Chapter : unit === SECTION ? Kind.Section : Kind.Article;
      break;
    }
  }
  if (!n) return false;
  const written = writtenLabel(s, length, kind, n, seen);
  let canonical = written; // 十一、 and 第三章 are their own canonical forms
  if (kind === Kind.Pcn && !(written.startsWith('（') && written.endsWith('）'))) canonical = `（${s.slice(1, length - 1)}）`;
  else if (kind === Kind.Ar) canonical = (arabic[n] ??= `${n}.`);
  else if (kind === Kind.Par) canonical = (parenthesised[n] ??= `（${n}）`);
  else if (kind === Kind.Ordinal) canonical = written.slice(0, -1); // 第一， → 第一
  into.kind = kind;
  into.n = n;
  into.written = written;
  into.canonical = canonical;
  return true;
}

const newLabel = (): Label => ({ kind: Kind.Cn, n: 0, written: '', canonical: '' });

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
export const INLINE_FIRST_CHILD = /[^。！？；：]{1,60}[。：:]\s*((?:（1）|\(1\)|（一）|\(一\)|1[.．、](?![0-9０-９])))/y;

const SENTENCE_END = /[。！？；：]/;
/**
 * The characters before a sentence end, matched from lastIndex: `test` leaves lastIndex where the sentence ends. A
 * pattern walks a line faster than a loop over its code units, and this one makes no match object.
 */
const SENTENCE = /[^。！？；：]*/y;
export function sentenceEnd(s: string, from: number): number {
  SENTENCE.lastIndex = from;
  SENTENCE.test(s);
  return SENTENCE.lastIndex;
}

/**
 * Whether INLINE_FIRST_CHILD can match at `from`, given the first sentence from there (`heading`, s[from, end) trimmed):
 * its end is a 。 or ： within 60 characters, followed (past spaces) by the first character of a first label. Most
 * headings fail this, so the pattern, which backtracks over those 60 characters, runs on a few lines only. An ASCII
 * colon in the heading may end it before the sentence ends; that is rare, and left to the pattern.
 */
export function mayOpenInlineFirstChild(s: string, from: number, end: number, heading: string): boolean {
  if (heading.includes(':')) return true;
  if (end === from || end - from > 60 || end >= s.length) return false;
  const c = s.charCodeAt(end);
  if (c !== 0x3002 && c !== 0xff1a) return false; // 。 ：
  const next = s.charCodeAt(end + 1);
  return next === 0xff08 || next === 0x28 || next === 0x31 || isSpace(next); // （ ( 1
}

/**
 * Per kind of label, indexed by its rank: a plain array, as one is made for every item and most items are leaves.
 * Unset entries read as undefined.
 */
type ByKind<T> = Array<T | undefined>;

interface Open {
  item: OutlineItem;
  /** the node of the item's path (of the prefix for the root) */
  node: PathNode;
  /** the kind of label, or a fraction above the parent's rank for a decimal item */
  rank: number;
  /** the item's number (its last one for a decimal item) */
  n: number;
  /** a decimal item's numbers joined by dots (1.2), which its own decimal children extend */
  decimal: string | undefined;
  /** the node decimal children's paths extend: the item's own, or for a decimal item its nearest other ancestor's */
  base: PathNode;
  /** last number used by each child kind; made with the first child, as most items are leaves */
  lastChild: ByKind<number> | undefined;
  /**
   * how the last child of each kind wrote its label: its style (（） or (), 1. or 1、) is compared only across a gap in
   * the numbering, so it is worked out there rather than for every item
   */
  lastWritten: ByKind<string> | undefined;
  hasChild: boolean;
  /** a box (专栏): it ends where the next one begins */
  box: boolean;
}

/**
 * An open item with every field set from the start: objects that gain fields later take on new layouts, which the
 * collector drops once no such object is left, and the optimised outline code with them.
 */
const openItem = (item: OutlineItem, node: PathNode, rank: number, n = 0, decimal?: string, base = node, box = false): Open =>
  ({ item, node, rank, n, decimal, base, lastChild: undefined, lastWritten: undefined, hasChild: false, box });

/**
 * Whether a path ends in a number (a decimal item's 2.3, or 1.): a number that follows it is set apart by a space, so
 * that 2.3 then 1. reads 2.3 1., not 2.31.
 */
function endsInNumber(path: string): boolean {
  const c = path.charCodeAt(path.length - 1);
  return (c >= 0x30 && c <= 0x39) || c === 0x2e;
}

/** The node of a child's path: the parent's path, then the child's label (after a space when both are numbers). */
const childPathNode = (paths: PathTable, parent: PathNode, label: string): PathNode =>
  paths.child(parent, endsInNumber(parent.path) && isDigit(label.charCodeAt(0)) ? ` ${label}` : label);

/** The first child of an open item ends its own text (ownEnd) where the child begins; later children change nothing. */
function opensChild(parent: Open, lastContentEnd: number): void {
  if (parent.hasChild) return;
  parent.hasChild = true;
  parent.item.ownEnd = Math.max(lastContentEnd, parent.item.start);
}

/** `first`, claimed for an item, or the first of first~2, first~3 … not claimed yet (a number the text uses twice). */
function claimNumbered(r: Reading, first: PathNode): PathNode {
  let node = first;
  for (let k = 2; !claim(node); k++) node = r.paths.child(first, `~${k}`);
  return node;
}

/** Whether an open item bears the number that a decimal label's numbers before its last one spell (1 of 1.2, 1.2 of 1.2.3). */
function bearsPrefix(open: Open, label: DecimalLabel): boolean {
  const k = label.numbers.length - 1;
  if (open.decimal !== undefined) return open.decimal.length < label.canonical.length && label.canonical.startsWith(open.decimal) && label.canonical.charCodeAt(open.decimal.length) === 0x2e && open.decimal.split('.').length === k;
  return k === 1 && open.n === label.numbers[0] && (open.rank === Kind.Cn || open.rank === Kind.Ar || open.rank === Kind.Chapter);
}

/**
 * Reads a decimal label: true when it opens an item. Its parent is the innermost open item bearing its prefix; with
 * none, the top, but only while the outermost open item is a decimal one (a stray 2.1 in a table inside 一、 is no
 * item; 3 after （2） inside 2 closes both).
 */
function openDecimal(r: Reading, root: Open, line: Line, label: DecimalLabel, lastContentEnd: number): boolean {
  const { stack } = r;
  let depth = stack.length;
  while (depth > 0 && !bearsPrefix(stack[depth - 1], label)) depth--;
  // the top, when the outline's own top is decimal: its items may hold others ((1), 1．) that it closes
  if (depth === 0 && stack.length > 0 && stack[0].decimal === undefined) return false;
  const parent = depth > 0 ? stack[depth - 1] : root;
  const n = label.numbers[label.numbers.length - 1];
  const prev = parent.lastChild?.[Kind.Decimal];
  if (!(n === 1 || (prev !== undefined && n === prev + 1))) return false;
  while (stack.length > depth) close(r, stack.pop() as Open, lastContentEnd);
  const base = depth > 0 ? parent.base : root.node;
  const first = r.paths.child(base, endsInNumber(base.path) ? ` ${label.canonical}` : label.canonical);
  const node = claimNumbered(r, first);
  if (depth > 0) opensChild(parent, lastContentEnd);
  (parent.lastChild ??= [])[Kind.Decimal] = n;
  const level = (depth > 0 ? Math.min(4, parent.item.level + 1) : 1) as ItemLevel;
  const labelLength = label.written.length;
  const item: OutlineItem = {
    path: node.path, label: label.written, level, parent: depth > 0 ? parent.item.path : undefined,
    heading: trimmedSlice(r.text, line.start + labelLength, line.start + sentenceEnd(line.text, labelLength)),
    text: '', start: line.start, end: line.end, ownEnd: line.end,
  };
  r.items.push(item);
  stack.push(openItem(item, node, parent.rank + DECIMAL_STEP, n, label.canonical, base));
  return true;
}

/** How many lines after a bare number its first decimal item may come (a part's opening paragraphs before 2.1). */
const TOP_NUMBER_LOOKAHEAD = 40;

/**
 * The bare number heading lines[k] (`2　组织指挥体系及职责`, core/parse/decimal.ts) where the decimal outline confirms it:
 * the next decimal label is its first child (2.1), or it follows the bare number before it (5　附则 after 4). Otherwise
 * a line that begins with a number is no label (a table's row, a figure).
 */
function topNumberAt(r: Reading, root: Open, lines: readonly Line[], k: number): DecimalLabel | undefined {
  const label = readTopNumberLabel(lines[k].text);
  if (label === undefined) return undefined;
  const n = label.numbers[0];
  if (r.topNumbered && root.lastChild?.[Kind.Decimal] === n - 1) return label;
  for (let j = k + 1; j < lines.length && j <= k + TOP_NUMBER_LOOKAHEAD; j++) {
    const text = lines[j].text;
    if (!isDigit(text.charCodeAt(0))) continue;
    const next = readDecimalLabel(text);
    if (next !== undefined) return next.numbers.length === 2 && next.numbers[0] === n && next.numbers[1] === 1 ? label : undefined;
  }
  return undefined;
}

/**
 * Opens a box (专栏, core/parse/boxes.ts) where it stands: beside the innermost open item of the text's own (一、, （一）,
 * a decimal item), or inside the chapter or section that holds no such item yet. It ranks as that item, so that the
 * item after it (三、 after 专栏2 between 二、 and 三、) closes it and continues its siblings' numbering, while the box's
 * own lines, numbered 1．, （1） below it, are its children. A box closes the one before it.
 */
function openBox(r: Reading, root: Open, line: Line, box: BoxLabel, lastContentEnd: number): void {
  const { stack } = r;
  let depth = 0;
  while (depth < stack.length && !stack[depth].box) depth++;
  let rank: number = Kind.Cn;
  if (depth < stack.length) {
    rank = stack[depth].rank; // the box before: this one takes its place
  } else {
    // the lines of a list (1．, （1）) are no items of the text's own
    while (depth > 0 && stack[depth - 1].rank > Kind.Pcn) depth--;
    if (depth > 0 && stack[depth - 1].rank >= Kind.Cn) rank = stack[--depth].rank;
  }
  const parent = depth > 0 ? stack[depth - 1] : root;
  while (stack.length > depth) close(r, stack.pop() as Open, lastContentEnd);
  const first = childPathNode(r.paths, parent.node, box.canonical);
  const node = claimNumbered(r, first);
  if (depth > 0) opensChild(parent, lastContentEnd);
  const level = (depth > 0 ? Math.min(4, parent.item.level + 1) : 1) as ItemLevel;
  // the title, past the spaces or colon after the label (专栏十二：重点项目)
  let titleFrom = box.written.length;
  while (titleFrom < line.text.length && TITLE_LEAD.has(line.text.charCodeAt(titleFrom))) titleFrom++;
  const item: OutlineItem = {
    path: node.path, label: box.written, level, parent: depth > 0 ? parent.item.path : undefined,
    heading: unspaced(trimmedSlice(r.text, line.start + titleFrom, line.start + sentenceEnd(line.text, titleFrom))),
    text: '', start: line.start, end: line.end, ownEnd: line.end,
  };
  r.items.push(item);
  stack.push(openItem(item, node, rank, box.n, undefined, node, true));
}

/** Characters of the numeral that styleOf replaces (full-width digits are kept: １． is a style of its own). */
const STYLE_NUMERAL = new Set([...'0123456789〇零一二两三四五六七八九十百'].map((ch) => ch.charCodeAt(0)));

/** A label as written with its (first) numeral replaced by #: labels are a few characters, read by code unit. */
function styleOf(w: string): string {
  let from = 0;
  while (from < w.length && !STYLE_NUMERAL.has(w.charCodeAt(from))) from++;
  if (from === w.length) return w;
  let to = from + 1;
  while (to < w.length && STYLE_NUMERAL.has(w.charCodeAt(to))) to++;
  return `${w.slice(0, from)}#${w.slice(to)}`;
}

/** Whether two labels are written in the same style; a label never written has none. */
const sameStyle = (written: string | undefined, other: string): boolean => written !== undefined && styleOf(written) === styleOf(other);

/** Most labels a gap may skip: abridged documents (本文有删减) drop whole runs of items. */
const GAP_MAX = 3;
const GAP_MAX_ABRIDGED = 10;
/**
 * A heading printed letter-spaced (第一章　总　　则, 第五章　附　　则): one character between spaces throughout. Chinese
 * puts no spaces between words, so such spaces are layout, and the heading is read without them (总则).
 */
export function unspaced(heading: string): string {
  if (heading.length > 24 || !heading.includes(' ')) return heading;
  const parts = heading.split(' ');
  return parts.length > 1 && parts.every((p) => p.length === 1) ? parts.join('') : heading;
}

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

/** The editor's note that items were left out (本文有删减, 有删节, 节选, 摘编): numbering may skip. */
const ABRIDGED = /本文有删[减节]|有删节|（节选）|\(节选\)|（摘编）|\(摘编\)/;

export interface OutlineOptions {
  /**
   * Ends the outline there, incomplete, once it holds an item that starts before `before` and one that starts at or
   * after `from`. For a caller that reads the outline again anyway when it spans both sides of a sign-off block, and
   * need not read the rest of the document to learn that it does.
   */
  stopWhenSpanning?: { before: number; from: number };
}

/** Where a run of numbering restarts: an attachment, or the body after a sign-off. */
export interface Boundary { line: number; prefix: string }

/**
 * One reading of the outline, for the helpers below. They are functions of the module rather than closures made for
 * each reading: the optimised code of such closures lives only as long as they do, and was compiled again after every
 * full collection.
 */
interface Reading {
  text: string;
  items: OutlineItem[];
  /** the paths of this reading, each marked once an item has it, to keep them unique */
  paths: PathTable;
  stack: Open[];
  lastOfKind: ByKind<number>;
  lastWrittenOfKind: ByKind<string>;
  /** the label of an inline first child, read into while the label of its line is still in use */
  inlineLabel: Label;
  /** labels as written met so far (writtenLabel) */
  writtenLabels: WrittenLabels;
  /** whether the document says it was abridged; found out the first time the numbering skips */
  abridged: boolean | undefined;
  /** whether a bare number (1　总则) has been read as the head of a part (topNumberAt) */
  topNumbered: boolean;
}

function close(r: Reading, open: Open, end: number): void {
  open.item.end = Math.max(end, open.item.start);
  if (!open.hasChild) open.item.ownEnd = open.item.end;
  open.item.text = r.text.slice(open.item.start, open.item.end);
}

function closeAll(r: Reading, end: number): void {
  while (r.stack.length) close(r, r.stack.pop() as Open, end);
}

function noteChild(r: Reading, parent: Open, rank: number, label: Label): void {
  (parent.lastChild ??= [])[rank] = label.n;
  r.lastOfKind[rank] = label.n;
  (parent.lastWritten ??= [])[rank] = label.written;
  r.lastWrittenOfKind[rank] = label.written;
}

/** Searched for only when the numbering skips, which most documents never do, and then once. */
const isAbridged = (r: Reading): boolean => (r.abridged ??= ABRIDGED.test(r.text));

/**
 * `（三）完善评价。（1）改革评价制度。…`: a heading sentence followed on the same line by the first sub-item. The
 * later sub-items start their own lines and continue its numbering, so the first one has to be found here.
 */
function openInlineFirstChild(r: Reading, parent: Open, line: Line, labelLength: number, headingEnd: number, heading: string): void {
  if (!mayOpenInlineFirstChild(line.text, labelLength, headingEnd, heading)) return;
  INLINE_FIRST_CHILD.lastIndex = labelLength;
  const m = INLINE_FIRST_CHILD.exec(line.text);
  if (!m) return;
  const offset = m.index + m[0].length - m[1].length;
  const label = r.inlineLabel;
  if (!readLabel(line.text.slice(offset), label, r.writtenLabels) || label.n !== 1) return;
  const rank = label.kind;
  if (rank <= parent.rank) return;
  const level = Math.min(4, Math.max(BASE_LEVEL[rank], parent.item.level + 1)) as ItemLevel;
  const node = childPathNode(r.paths, parent.node, label.canonical);
  if (!claim(node)) return;
  const path = node.path;
  parent.hasChild = true;
  parent.item.ownEnd = line.start + offset;
  noteChild(r, parent, rank, label);
  const item: OutlineItem = {
    path, label: label.written, level, parent: parent.item.path,
    heading: trimmedSlice(r.text, line.start + offset + label.written.length, line.start + sentenceEnd(line.text, offset + label.written.length)),
    text: '', start: line.start + offset, end: line.end, ownEnd: line.end,
  };
  r.items.push(item);
  r.stack.push(openItem(item, node, rank, label.n));
}

/**
 * @param stops lines that close every open item without being part of any (sign-off blocks)
 * @param boundaries lines where numbering restarts, with the path prefix that keeps paths unique
 */
export function parseOutline(text: string, lines: Line[], stops: Set<number>, boundaries: Map<number, string>, options: OutlineOptions = {}): OutlineItem[] {
  const r: Reading = {
    text, items: [], paths: new PathTable(), stack: [], lastOfKind: [], lastWrittenOfKind: [], inlineLabel: newLabel(), writtenLabels: newWrittenLabels(),
    abridged: undefined, topNumbered: false,
  };
  const { items, stack } = r;
  const repeats = new Map<string, number>();
  // the root holds the prefix that paths start with
  const root = openItem(undefined as unknown as OutlineItem, r.paths.node(''), -1);
  let lastContentEnd = 0;
  // Stops and boundaries are a few lines: met in order, they spare two lookups in the sets for every line.
  const marked: number[] = [];
  for (const i of stops) insertSorted(marked, i);
  for (const i of boundaries.keys()) insertSorted(marked, i);
  let nextMarked = 0;
  const span = options.stopWhenSpanning;
  let asked = 0;
  const label = newLabel();

  for (let k = 0; k < lines.length; k++) {
    const line = lines[k];
    // asked once items have come up, and again only when a line has added some (items come in document order)
    if (span !== undefined && items.length > asked) {
      asked = items.length;
      if (items[0].start < span.before && items[items.length - 1].start >= span.from) break;
    }
    while (nextMarked < marked.length && marked[nextMarked] < line.index) nextMarked++;
    if (nextMarked < marked.length && marked[nextMarked] === line.index) {
      if (boundaries.has(line.index)) {
        closeAll(r, lastContentEnd);
        root.node = r.paths.node(boundaries.get(line.index) as string);
        root.lastChild = [];
        root.lastWritten = [];
        r.lastOfKind = [];
        r.lastWrittenOfKind = [];
      }
      if (stops.has(line.index)) { closeAll(r, lastContentEnd); continue; }
    }
    if (line.text.length === 0) continue;
    if (readLabel(line.text, label, r.writtenLabels)) {
      const rank = label.kind;
      let depth = stack.length;
      while (depth > 0 && stack[depth - 1].rank >= rank) depth--;
      const parent = depth > 0 ? stack[depth - 1] : root;
      const prevSibling = parent.lastChild?.[rank];
      const prevAnywhere = r.lastOfKind[rank];
      const prev = prevSibling ?? prevAnywhere;
      const continues =
        label.n === 1 ||
        (prevSibling !== undefined && label.n === prevSibling + 1) ||
        (prevSibling === undefined && prevAnywhere !== undefined && label.n === prevAnywhere + 1) ||
        // A skipped number (an abridged text, a numbering slip): the next label in the same style with a heading.
        (prev !== undefined && label.n > prev + 1 && label.n <= prev + 1 + (isAbridged(r) ? GAP_MAX_ABRIDGED : GAP_MAX) &&
          sameStyle(prevSibling !== undefined ? parent.lastWritten?.[rank] : r.lastWrittenOfKind[rank], label.written) &&
          headingLike(line.text, label.written.length, isAbridged(r)));
      if (continues) {
        while (stack.length > depth) close(r, stack.pop() as Open, lastContentEnd);
        const parentItem = depth > 0 ? parent.item : undefined;
        let level = BASE_LEVEL[rank];
        if (parentItem && parentItem.level >= level) level = Math.min(4, parentItem.level + 1) as ItemLevel;
        let node = childPathNode(r.paths, parent.node, label.canonical);
        if (!claim(node)) {
          // A restarted list under the same parent: number the repeats (~2, ~3) to keep paths unique.
          let k = repeats.get(node.path) ?? 2;
          while (r.paths.child(node, `~${k}`).used) k++;
          repeats.set(node.path, k + 1);
          node = r.paths.child(node, `~${k}`);
          claim(node);
        }
        const path = node.path;
        if (depth > 0) opensChild(parent, lastContentEnd);
        noteChild(r, parent, rank, label);
        const labelLength = label.written.length;
        const headingEnd = sentenceEnd(line.text, labelLength);
        // cut from the document's text, not the line's: a line is a view of the text before lines were joined, and a
        // heading kept by the graph would keep that whole copy of the document alive with it
        const heading = unspaced(trimmedSlice(r.text, line.start + labelLength, line.start + headingEnd));
        const item: OutlineItem = {
          path, label: label.written, level, parent: parentItem?.path, heading,
          text: '', start: line.start, end: line.end, ownEnd: line.end,
        };
        items.push(item);
        const open = openItem(item, node, rank, label.n);
        stack.push(open);
        openInlineFirstChild(r, open, line, labelLength, headingEnd, heading);
      }
    } else if (isDigit(line.text.charCodeAt(0))) {
      const decimal = readDecimalLabel(line.text) ?? topNumberAt(r, root, lines, k);
      if (decimal !== undefined && openDecimal(r, root, line, decimal, lastContentEnd) && decimal.numbers.length === 1) r.topNumbered = true;
    } else if (line.text.charCodeAt(0) === BOX_FIRST) {
      const box = readBoxLabel(line.text);
      if (box !== undefined) openBox(r, root, line, box, lastContentEnd);
    }
    lastContentEnd = line.end;
  }
  closeAll(r, lastContentEnd);
  return items;
}
