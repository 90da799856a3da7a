/**
 * Whether two texts are one text laid out twice: the same document read from a plain-text file and from a PDF, a web
 * page or a Word file. Readers keep every word of the body but differ in layout: where lines break, spaces (a PDF puts
 * them between letter-spaced characters), full-width and half-width forms, and lines of their own that the page
 * carries and the document does not (page numbers, running headers, a web site's footer, the title repeated above
 * the text). A PDF's font may also map a glyph to a neighbouring code point (橡㬵 for 橡胶).
 *
 * So both texts are laid out one way (layoutNormal), compared character by character (Myers' diff, jsdiff), and every
 * difference must be explained by layout:
 * - line breaks only;
 * - a run of whole lines that only one text has and that is not prose: no sentence ends in it, it opens no item and
 *   the app would read no responsibility from it (page furniture; a paragraph, an item or an annotation added or dropped
 *   is content);
 * - one ideograph in place of another, alone (a glyph read wrongly), rare and outside the annotations;
 * - the same characters read in another order within an item of the outline (a table read row by row in one text and
 *   cell by cell in the other), with the same annotations in the same order (readInAnotherOrder);
 * - punctuation moved past its neighbour (a PDF's table cell gives 住院。） for 住院）。): the same marks, none added or
 *   dropped.
 * Anything else — a word, a digit, a name or a clause changed, added or dropped inside the prose — is a real difference
 * (a draft and the final text), however small. The diff gives up past an edit budget proportional to the text, which
 * also bounds its cost: it runs only when a number is claimed twice.
 */
import { diffArrays, diffChars } from 'diff';
import { findAnnotations } from '../parse/annotations';
import { labelLength, startsWithLabel } from '../parse/patterns';

/** NFKC (full-width letters, digits and punctuation; compatibility ideographs), every whitespace character removed within
 * a line, empty lines dropped: what is left is the order of the characters and where lines break. */
export function layoutNormal(text: string): string {
  const lines: string[] = [];
  for (const line of text.normalize('NFKC').split(/\r\n|[\n\r\f\v\u2028\u2029\u0085]/)) {
    const bare = line.replace(/\s+/gu, '');
    if (bare) lines.push(bare);
  }
  return lines.join('\n');
}

/** Sentence ends (after NFKC: the full stop stays 。, the others fold to ASCII): furniture has none. */
const SENTENCE_MARKS = '。!?;';
const SENTENCE_END = new RegExp(`[${SENTENCE_MARKS}]`);
const SENTENCE_CODES = [...SENTENCE_MARKS].map((c) => c.charCodeAt(0));
/** Only punctuation: a reader may set a closing mark before or after the one beside it (住院）。 as 住院。）) */
const PUNCTUATION = /^\p{P}+$/u;
const IDEOGRAPH = /^\p{Unified_Ideograph}$/u;
/** At most one misread glyph per this many characters: a font that maps many glyphs wrongly gives a text to read, not a copy. */
const CHARS_PER_GLYPH = 500;
/** The diff gives up past this share of the text in edits (plus a little for a short text's furniture). */
const EDIT_SHARE = 0.15;
const EDIT_FLOOR = 400;

export interface SameTextVerdict {
  same: boolean;
  /** why not, in a few words (for tests and notes) */
  reason?: string;
}

/** Whether `a` and `b` are the same text once layout is set aside (see the module comment). */
export function sameTextOnceLaidOut(a: string, b: string): SameTextVerdict {
  return a === b ? { same: true } : sameLaidOut(layoutNormal(a), layoutNormal(b));
}

/** sameTextOnceLaidOut of two texts already in layoutNormal: a caller comparing one text with many lays it out once. */
export function sameLaidOut(x: string, y: string): SameTextVerdict {
  if (x === y) return { same: true };
  // Every difference that layout explains keeps the sentence ends: furniture has none, a misread glyph is an ideograph
  // and punctuation only moves. Texts that end their sentences a different number of times are two texts, known to be
  // without a diff, which costs the most when the texts differ most (documents that share a title, not a text).
  if (!sameSentenceEnds(x, y)) return { same: false, reason: 'sentences differ' };
  const budget = Math.max(EDIT_FLOOR, Math.ceil(EDIT_SHARE * Math.max(x.length, y.length)));
  // First whole lines: a line only one text has is furniture or content as a whole (the title repeated under the title
  // is one line added, where a diff of characters may match its first character with the next line's).
  const lines = diffArrays(x.split('\n'), y.split('\n'), { maxEditLength: budget });
  if (!lines) return { same: false, reason: 'too many differences' };
  const keptX: string[] = [];
  const keptY: string[] = [];
  for (let k = 0; k < lines.length; k++) {
    const { added, removed, value } = lines[k];
    const pure = (added || removed) && !(lines[k - 1]?.added || lines[k - 1]?.removed) && !(lines[k + 1]?.added || lines[k + 1]?.removed);
    if (pure && isFurniture(value)) continue;
    if (!added) keptX.push(...value);
    if (!removed) keptY.push(...value);
  }
  const rest = [keptX.join('\n'), keptY.join('\n')] as const;
  const verdict = sameCharacters(rest[0], rest[1], budget);
  return verdict.same || !readInAnotherOrder(rest[0], rest[1]) ? verdict : { same: true };
}

/**
 * Whether two texts hold the same characters read in another order, as a PDF reader reads a table row by row where
 * the plain text has it cell by cell: item by item of the outline, the same characters (in any order), and the same
 * responsibility annotations in the same order. Text moved from one item to another, or an annotation changed or moved,
 * is content; a character added, dropped or changed anywhere is too.
 */
function readInAnotherOrder(x: string, y: string): boolean {
  const a = byItem(x);
  const b = byItem(y);
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i].label !== b[i].label || a[i].annotations !== b[i].annotations || !sameCharacterCounts(a[i].text, b[i].text)) return false;
  }
  return true;
}

/** The text cut where a line opens an item of the outline: each item's label, annotations (in order) and text. */
function byItem(text: string): { label: string; annotations: string; text: string }[] {
  const items = [{ label: '', lines: [] as string[] }];
  for (const line of text.split('\n')) {
    if (startsWithLabel(line)) items.push({ label: line.slice(0, labelLength(line)), lines: [] });
    items[items.length - 1].lines.push(line);
  }
  return items.map(({ label, lines }) => {
    const body = lines.join('');
    return { label, annotations: findAnnotations(lines.join('\n')).map((n) => n.quote).join('\n'), text: body };
  });
}

/** Whether `a` and `b` (in layoutNormal) hold each of SENTENCE_END's marks as many times. */
function sameSentenceEnds(a: string, b: string): boolean {
  const count = (t: string): string => {
    const n = SENTENCE_CODES.map(() => 0);
    for (let i = 0; i < t.length; i++) {
      const k = SENTENCE_CODES.indexOf(t.charCodeAt(i));
      if (k >= 0) n[k]++;
    }
    return n.join();
  };
  return count(a) === count(b);
}

/** Whether `a` and `b` hold each character as many times. */
function sameCharacterCounts(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const counts = new Map<string, number>();
  for (const c of a) counts.set(c, (counts.get(c) ?? 0) + 1);
  for (const c of b) {
    const n = counts.get(c);
    if (!n) return false;
    counts.set(c, n - 1);
  }
  return true;
}

/** The character-level comparison of what the line-level one left (see the module comment). */
function sameCharacters(x: string, y: string, budget: number): SameTextVerdict {
  if (x === y) return { same: true };
  const changes = diffChars(x, y, { maxEditLength: budget });
  if (!changes) return { same: false, reason: 'too many differences' };
  let glyphs = 0;
  /** the annotations of `x`, found when a glyph differs */
  let annotations: { start: number; end: number }[] | undefined;
  /** punctuation dropped in one place and added in another, by mark: a move nets out */
  const moved = new Map<string, number>();
  let at = [0, 0];
  for (let k = 0; k < changes.length;) {
    if (!changes[k].added && !changes[k].removed) {
      at = [at[0] + changes[k].value.length, at[1] + changes[k].value.length];
      k++;
      continue;
    }
    // one hunk: the changes between two common runs
    let removed = '';
    let added = '';
    for (; k < changes.length && (changes[k].added || changes[k].removed); k++) {
      if (changes[k].added) added += changes[k].value;
      else removed += changes[k].value;
    }
    const verdict = explain(x, at[0], removed, y, at[1], added);
    if (verdict === 'glyph') {
      // not inside an annotation: 财政部负责 for 财政厅负责 names another body, whatever a font may do
      annotations ??= findAnnotations(x);
      if (annotations.some((n) => n.start <= at[0] && at[0] < n.end)) return { same: false, reason: `annotation changed: ${removed} → ${added}` };
      glyphs++;
    }
    else if (verdict === 'punctuation') {
      for (const c of removed.replaceAll('\n', '')) moved.set(c, (moved.get(c) ?? 0) - 1);
      for (const c of added.replaceAll('\n', '')) moved.set(c, (moved.get(c) ?? 0) + 1);
    }
    else if (verdict !== 'layout') return { same: false, reason: verdict };
    at = [at[0] + removed.length, at[1] + added.length];
  }
  for (const [mark, net] of moved) if (net !== 0) return { same: false, reason: `punctuation ${net > 0 ? 'added' : 'dropped'}: ${mark}` };
  if (glyphs > Math.max(1, Math.floor(Math.min(x.length, y.length) / CHARS_PER_GLYPH))) return { same: false, reason: 'too many characters differ' };
  return { same: true };
}

/** What one hunk of the diff is: `layout`, a misread `glyph`, or (the reason it is) content. */
function explain(x: string, xAt: number, removed: string, y: string, yAt: number, added: string): 'layout' | 'glyph' | 'punctuation' | string {
  const r = removed.replaceAll('\n', '');
  const a = added.replaceAll('\n', '');
  if (!r && !a) return 'layout';
  if (PUNCTUATION.test(r + a)) return 'punctuation';
  if (!r) return furniture(y, yAt, added) ? 'layout' : `text added: ${a.slice(0, 40)}`;
  if (!a) return furniture(x, xAt, removed) ? 'layout' : `text dropped: ${r.slice(0, 40)}`;
  if (r.length === 1 && a.length === 1 && IDEOGRAPH.test(r) && IDEOGRAPH.test(a)) return 'glyph';
  return `text changed: ${r.slice(0, 20)} → ${a.slice(0, 20)}`;
}

/**
 * Whether `run`, found at `at` in `text`, is whole lines of furniture. A diff may place an insertion anywhere it can
 * slide (the title repeated under the title: either copy is "the added one"), so every place it can slide to is tried.
 */
function furniture(text: string, at: number, run: string): boolean {
  if (!isFurniture(run.split('\n'))) return false;
  let start = at;
  let end = at + run.length;
  while (start > 0 && text[start - 1] === text[end - 1]) { start--; end--; }
  for (; ; start++, end++) {
    if (wholeLines(text, start, end)) return true;
    if (end >= text.length || text[start] !== text[end]) return false;
  }
}

/**
 * Furniture is not prose: no sentence ends in it, no line of it opens an item of the outline (（九）, 三、, 第五条), and
 * the app would read no responsibility from it.
 */
function isFurniture(lines: readonly string[]): boolean {
  for (const line of lines) if (SENTENCE_END.test(line) || startsWithLabel(line) || findAnnotations(line).length > 0) return false;
  return true;
}

/** Whether text[start, end), its own line breaks at either end set aside, begins and ends at line boundaries. */
function wholeLines(text: string, start: number, end: number): boolean {
  while (start < end && text[start] === '\n') start++;
  while (end > start && text[end - 1] === '\n') end--;
  return (start === 0 || text[start - 1] === '\n') && (end === text.length || text[end] === '\n');
}
