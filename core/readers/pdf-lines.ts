/**
 * Lines and paragraphs from the positioned text items of a PDF page (pdf.js getTextContent): items on one baseline
 * make a line, read left to right, with no space inserted between CJK characters; a line that runs to the right edge
 * of the text and is followed by one that starts at the left edge is the same paragraph broken by the layout, and is
 * joined to it, unless the page marks a new paragraph there (pdf-layout.ts).
 */
import { unifyRadicals } from './cjk-radicals';
import { isDocNumberLine, isRowOnOneLine } from '../parse/patterns';
import { fillsLine, isIndented, type TextLayout } from './pdf-layout';

export interface PdfTextItem { str: string; transform: number[]; width: number; height: number; hasEOL?: boolean }

/** A piece of a line between wide gaps: a table cell, or the whole line of running text. */
export interface PdfCell { text: string; left: number; right: number }
export interface PdfLine {
  text: string; left: number; right: number; y: number; size: number; cells: PdfCell[];
  /** the pieces of text as drawn, left to right (a table's columns can stand closer than the gap between cells) */
  runs?: PdfCell[];
  /** a table's cell made into a line of its own (pdf-grid.ts): never joined to another */
  tableCell?: boolean;
}

const isCjk = (c: number): boolean => (c >= 0x2e80 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff00 && c <= 0xffef) || (c >= 0x3000 && c <= 0x303f);
/** Characters that end a paragraph in the genre: a full line ending in one of them is not a broken line. */
const TERMINAL = /[。；：！？.!?;:]$/;
/** Outline labels and list marks: a line starting with one begins a paragraph. */
const STARTS_ITEM = /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十0-9０-９]{1,3}[）)]|[0-9０-９]{1,3}(?:[.．](?![0-9０-９])|、)|第[一二三四五六七八九十百0-9]{1,4}[章节条]|附\s*件)/;

interface Run { text: string; x: number; right: number; y: number; size: number }

function runsOf(items: readonly PdfTextItem[]): Run[] {
  const runs: Run[] = [];
  for (const it of items) {
    const [a, b, , d, x, y] = it.transform;
    // horizontal text only; rotated text (watermarks, stamps) is not part of the running text
    if (Math.abs(b) > 0.01 || a <= 0) continue;
    const text = unifyRadicals(it.str);
    if (text.trim().length === 0) continue;
    const size = Math.max(Math.abs(d), it.height, 1);
    runs.push({ text, x, right: x + it.width, y, size });
  }
  return runs;
}

/**
 * Office suites write a CJK line as one run with spaces where its quotation marks go, and draw the marks over those
 * spaces in a Latin font: a run that starts inside another is put into it at its position, in place of the space.
 */
function spliceOverprinted(g: Run[]): Run[] {
  const out: Run[] = [];
  for (const r of g) {
    const host = r.text.length > 2 ? undefined : out.find((h) => {
      const advance = (h.right - h.x) / h.text.length;
      return h.text.length > 2 && r.x > h.x + advance * 0.5 && r.x < h.right - advance * 0.5;
    });
    if (!host) { out.push({ ...r }); continue; }
    const advance = (host.right - host.x) / host.text.length;
    const at = Math.min(host.text.length, Math.max(0, Math.round((r.x - host.x) / advance)));
    // the space it covers, at the estimated position or next to it
    const space = [at, at - 1, at + 1].find((i) => host.text[i] === ' ');
    if (space !== undefined) { host.text = host.text.slice(0, space) + r.text + host.text.slice(space + 1); continue; }
    // no space to take: a glyph set close up to the one before it (a full stop after a closing bracket that the
    // layout set half-width) follows the character it starts within, as text is read by where each glyph starts
    const after = Math.min(host.text.length, Math.max(0, Math.floor((r.x - host.x) / advance) + 1));
    host.text = host.text.slice(0, after) + r.text + host.text.slice(after);
  }
  return out;
}

/** Groups runs into lines by baseline (within half a character height), top to bottom. */
export function pageLines(items: readonly PdfTextItem[]): PdfLine[] {
  const runs = runsOf(items).sort((p, q) => q.y - p.y || p.x - q.x);
  const groups: Run[][] = [];
  for (const r of runs) {
    const g = groups[groups.length - 1];
    if (g && Math.abs(g[0].y - r.y) <= Math.min(g[0].size, r.size) * 0.5) g.push(r);
    else groups.push([r]);
  }
  return groups.map((g) => {
    g.sort((p, q) => p.x - q.x);
    g = spliceOverprinted(g);
    let text = '';
    let right = g[0].x;
    let size = 0;
    const cells: PdfCell[] = [];
    for (const r of g) {
      let wide = false;
      if (text.length > 0) {
        const gap = r.x - right;
        const prev = text.charCodeAt(text.length - 1);
        const next = r.text.charCodeAt(0);
        const cjk = isCjk(prev) || isCjk(next);
        wide = gap > r.size * 1.5;
        // Latin words need a space at a small gap; CJK only where columns leave a wide one (a table's cells)
        if (gap > r.size * (cjk ? 1.5 : 0.2) && prev !== 0x20 && next !== 0x20) text += ' ';
      }
      const cell = cells[cells.length - 1];
      if (cell && !wide) { cell.text += r.text; cell.right = Math.max(cell.right, r.right); } else cells.push({ text: r.text, left: r.x, right: r.right });
      text += r.text;
      right = Math.max(right, r.right);
      size = Math.max(size, r.size);
    }
    return { text: text.trim(), left: g[0].x, right, y: g[0].y, size, cells, runs: g.map((r) => ({ text: r.text, left: r.x, right: r.right })) };
  });
}

/** Joins lines broken by the layout into paragraphs, by the cues of the document's pages (pdf-layout.ts). */
export function joinBroken(lines: readonly PdfLine[], layout: TextLayout): string[] {
  const out: string[] = [];
  let prev: PdfLine | undefined;
  let row: PdfLine | undefined; // the numbered row of a table pasted as text that the last paragraph is
  for (const line of lines) {
    if (row !== undefined && prev !== undefined && wrapsCell(row, prev, line, layout)) {
      // a cell of the row wrapped onto a line of its own, at its column: the row's, a cell apart
      out[out.length - 1] += ` ${line.text}`;
      prev = line;
      continue;
    }
    const broken = prev !== undefined && continues(prev, line, layout);
    if (broken) out[out.length - 1] += (isCjk(out[out.length - 1].charCodeAt(out[out.length - 1].length - 1)) || isCjk(line.text.charCodeAt(0)) ? '' : ' ') + line.text;
    else {
      out.push(line.text);
      row = isRowOnOneLine(line.text) ? line : undefined;
    }
    prev = line;
  }
  return out;
}

/**
 * A table typed with tabs and printed (1⇥外商投资企业…⇥商务部⇥《…》⇥取消审批后，…): a cell too long for its column goes on
 * to the next line, which starts at that column, far right of the margin, right below the row. Such a line carries on
 * the row; an outline label or another row does not.
 */
function wrapsCell(row: PdfLine, prev: PdfLine, next: PdfLine, layout: TextLayout): boolean {
  const size = Math.max(row.size, 1);
  if (next.tableCell || next.left < layout.left + size * CELL_INDENT) return false;
  if (prev.y - next.y > size * 2 || next.y >= prev.y || Math.abs(next.size - row.size) > size * 0.2) return false;
  return !STARTS_ITEM.test(next.text) && !isRowOnOneLine(next.text);
}
/** How far right of the margin, in characters, a wrapped cell starts (the next tab stop): more than a paragraph's indent of two. */
const CELL_INDENT = 3;

/**
 * Whether `next` carries on the paragraph of `prev`: prev fills the line and next starts at the margin, and the page
 * does not mark a new paragraph there — by indenting it, or, on the same page (`samePage`), by space above it. Where
 * the document shows neither cue, a full line ending its sentence is taken to end its paragraph.
 */
export function continues(prev: PdfLine, next: PdfLine, layout: TextLayout, samePage = true): boolean {
  const { left, edge } = layout;
  const size = Math.max(prev.size, 1);
  if (prev.tableCell || next.tableCell) return false;
  if (!fillsLine(prev, edge, next)) return false;
  // a right-aligned or centred line (a date, a signature, a title) is not running text
  if (prev.left > left + size * 3) return false;
  if (isIndented(next, left) || prev.left < left - size) return false;
  if (Math.abs(next.size - prev.size) > size * 0.2) return false;
  // a document's number (国办函〔2022〕35号) is a line of its own, below a title that may fill the line above it
  if (STARTS_ITEM.test(next.text) || isDocNumberLine(next.text)) return false;
  if (samePage && layout.paragraphGap !== undefined) return (prev.y - next.y) / size <= layout.paragraphGap;
  // a blank line between them (a sign-off under the last paragraph, which filled its line)
  if (samePage && layout.lineGap !== undefined && (prev.y - next.y) / size > layout.lineGap * BLANK_LINE) return false;
  if (layout.indents) return true;
  // a full line ending its sentence ends the paragraph, unless what wraps onto the next line is the parenthesised
  // note that closes the clause: （国家发展改革委负责） belongs to the sentence before it
  if (TERMINAL.test(prev.text)) return CLOSING_NOTE.test(next.text);
  return true;
}

/** How many line distances apart two lines stand with a blank line between them: two, less what rounding takes. */
const BLANK_LINE = 1.7;

/** A line that is one parenthesised note and nothing else (an outline label is told apart by STARTS_ITEM first). */
const CLOSING_NOTE = /^[（(][^（）()\n]*[）)][。；]?$/;
