/**
 * The grammar of a printed page, measured from its lines: where the running text begins and ends (its left margin
 * and right edge), and how the page marks a new paragraph. A typeset paragraph can end anywhere on its line, even
 * exactly at the right edge, so a full line alone says nothing; pages mark paragraph starts in one of two ways:
 *
 * - the first line is indented (Chinese body text by two characters, as gov.cn's pages and most printed documents
 *   do): a line at the margin is a continuation;
 * - the paragraph is set off by extra space above it (word processors' paragraph spacing): a line at the usual
 *   distance below the last is a continuation.
 *
 * Which one a document uses is read from the lines that certainly begin a paragraph: those after a line that stops
 * well short of the right edge. When most of them are indented, or most stand further below than the lines of a
 * paragraph do, the document is taken to mark its paragraphs that way; otherwise neither cue is trusted.
 */
import type { PdfLine } from './pdf-lines';

export interface TextLayout {
  /** the left margin of the running text */
  left: number;
  /** the right edge that full lines reach */
  edge: number;
  /** paragraphs begin with an indented first line: an unindented line after a full one carries its paragraph on */
  indents: boolean;
  /**
   * where paragraphs are set off by space above them: the distance between baselines, in units of the font size,
   * beyond which the next line on the same page begins a paragraph
   */
  paragraphGap?: number;
  /**
   * the distance between the baselines of a paragraph's lines, in units of the font size, where enough full lines show
   * it: a gap of about twice that on the same page is a blank line, which no paragraph holds
   */
  lineGap?: number;
}

/** Share of the certain paragraph starts that must show a cue before the document is taken to use it. */
const CUE_SHARE = 0.75;
/** Certain paragraph starts needed before either cue is trusted. */
const MIN_STARTS = 3;
/** Paragraph spacing smaller than this share of the line distance is not told from the line distance itself. */
const MIN_SPACING = 1.2;

/** How far out the lines that end together must stand, as a share of the furthest line's end, to be the edge. */
const COMMON_END_SHARE = 0.8;

/** The left margin and right edge of the running text: the leftmost common start and the furthest common end. */
export function textBox(all: readonly PdfLine[]): { left: number; edge: number } {
  const running = all.filter((l) => !l.tableCell);
  const lines = running.length > 0 ? running : all;
  const starts = new Map<number, number>();
  for (const l of lines) starts.set(Math.round(l.left), (starts.get(Math.round(l.left)) ?? 0) + 1);
  // the leftmost start shared by several lines: first lines of paragraphs are indented, the others are not
  const enough = Math.max(2, Math.floor(lines.length * 0.1));
  let left = Infinity;
  for (const [x, n] of starts) if (n >= enough && x < left) left = x;
  if (left === Infinity) left = Math.min(...lines.map((l) => Math.round(l.left)), 0);
  return { left, edge: rightEdge(lines) };
}

/**
 * The furthest end that two lines reach, within half a character: justified full lines end there together, while a
 * stray wide line (a table's, a line whose closing mark hangs past the edge) ends alone. Where the lines that end
 * together stand well inside the furthest line, the furthest is the edge: most lines are short, as in a list of names
 * one per line after a paragraph or two, and an edge set among them (as a share of the lines once set it) would make
 * every line of the list a full one.
 */
function rightEdge(lines: readonly PdfLine[]): number {
  if (lines.length === 0) return 0;
  const ends = lines.map((l) => ({ right: l.right, size: l.size })).sort((p, q) => q.right - p.right);
  const furthest = ends[0].right;
  for (let k = 0; k + 1 < ends.length; k++) {
    if (ends[k + 1].right < ends[k].right - ends[k].size * 0.5) continue;
    return ends[k].right >= furthest * COMMON_END_SHARE ? ends[k].right : furthest;
  }
  return furthest;
}

/** Whether a line belongs to the running text: not a table's cell, starting at the margin or indented a little. */
export const isRunning = (l: PdfLine, left: number): boolean => !l.tableCell && l.left >= left - l.size && l.left <= left + l.size * 3;
/** Punctuation that may not end a line (opening brackets and quotes) and that may not begin one (closing, stops). */
const OPENS = /[（(“‘《〈「『【〔［[]/;
const CLOSES = /[。，、；：？！）)”’》〉」』】〕］\]．.,;:!?%％]/;
const LATIN = /[0-9A-Za-z０-９]/;

/**
 * The width of the first unit of a line that the layout could not have split: a character with the opening
 * punctuation before it and the closing punctuation after it, or a Latin word or number (ASCII characters at half a
 * character's width).
 */
function firstUnitWidth(l: PdfLine): number {
  const t = l.text;
  let i = 0;
  let width = 0;
  const take = (): void => { width += t.charCodeAt(i) < 0x80 ? 0.5 : 1; i++; };
  while (i < t.length && OPENS.test(t[i])) take();
  if (i < t.length && LATIN.test(t[i])) while (i < t.length && LATIN.test(t[i])) take();
  else if (i < t.length) take();
  while (i < t.length && CLOSES.test(t[i])) take();
  return width * l.size;
}

/**
 * Whether a line reaches the right edge of the text: within a character and a half (ragged right or justified), or
 * so close that the first unit of the next line would not have fitted after it.
 */
export const fillsLine = (l: PdfLine, edge: number, next?: PdfLine): boolean =>
  l.right >= edge - l.size * 1.5 || (next !== undefined && edge - l.right < firstUnitWidth(next) + l.size * 0.25);
/** Whether a line starts further in than the margin: an indented first line (or a centred or right-aligned line). */
export const isIndented = (l: PdfLine, left: number): boolean => l.left > left + l.size * 0.5;

const median = (values: number[]): number => {
  const sorted = [...values].sort((p, q) => p - q);
  return sorted[Math.floor(sorted.length / 2)];
};

/** The text block of a document and the cue its pages give for a new paragraph, read from all its pages. */
export function textLayout(pages: readonly (readonly PdfLine[])[]): TextLayout {
  const { left, edge } = textBox(pages.flat());
  let starts = 0;
  let indented = 0;
  const startGaps: number[] = [];
  const lineGaps: number[] = [];
  for (const lines of pages) {
    for (let i = 1; i < lines.length; i++) {
      const prev = lines[i - 1];
      const next = lines[i];
      if (!isRunning(prev, left) || !isRunning(next, left) || Math.abs(prev.size - next.size) > prev.size * 0.2 || prev.y <= next.y) continue;
      const gap = (prev.y - next.y) / prev.size;
      // a line stopping two characters or more short of the edge, with room for the next line's first word, ends
      // its paragraph
      if (prev.right < edge - prev.size * 2 && !fillsLine(prev, edge, next)) {
        starts++;
        if (isIndented(next, left)) indented++;
        startGaps.push(gap);
      } else if (fillsLine(prev, edge) && !isIndented(next, left)) lineGaps.push(gap);
    }
  }
  const indents = starts >= MIN_STARTS && indented >= starts * CUE_SHARE;
  if (lineGaps.length < MIN_STARTS) return { left, edge, indents };
  // most full lines are followed by a line of the same paragraph: their distance is the line distance
  const lineGap = median(lineGaps);
  if (startGaps.length < MIN_STARTS) return { left, edge, indents, lineGap };
  const startGap = median(startGaps);
  if (startGap < lineGap * MIN_SPACING) return { left, edge, indents, lineGap };
  const paragraphGap = (lineGap + startGap) / 2;
  const spaced = startGaps.filter((g) => g > paragraphGap).length >= startGaps.length * CUE_SHARE;
  return spaced ? { left, edge, indents, paragraphGap, lineGap } : { left, edge, indents, lineGap };
}
