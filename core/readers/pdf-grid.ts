/**
 * Tables in the body of a PDF (an appendix's table of indicators, a division of tasks), read back into the reading
 * order of the plain text: row by row, each cell on a line of its own, left to right, a cell that spans several rows
 * at the first of them. A table is told by its header, a line of three or more cells at separate columns; its lines
 * are those whose cells each stay inside one column, on the following pages too. A cell wraps inside its column:
 * the lines of one column closer than the gap between rows make one cell. The column with most cells gives the
 * rows; a cell of a sparser column (a group heading beside its rows) spans rows, and starts at the row its top is
 * level with (cells at the top of their box). A cell centred in its box, as browsers print them, is level with
 * none: where the page draws its ruling, the cell spans the rows inside its drawn box, and a rule between two lines
 * of a column makes them two cells; on a page without ruling it starts after the rows of the previous cell of its
 * column and reaches as far down as its centre says.
 */
import type { PdfCell, PdfLine } from './pdf-lines';
import type { Rule, VRule } from './pdf-rules';

interface Placed { text: string; column: number; left: number; right: number; top: number; y: number; size: number; page: number; order: number }
interface Block { column: number; lines: Placed[]; top: number; bottom: number; page: number; order: number }
/** The horizontal rules of each page, where the page was read for them (pdf-rules.ts). */
type Rules = readonly (readonly Rule[] | undefined)[];
/** The vertical rules of each page, where the page was read for them. */
type Verticals = readonly (readonly VRule[] | undefined)[];

const MIN_COLUMNS = 3;
const isCjk = (c: number): boolean => (c >= 0x2e80 && c <= 0x9fff) || (c >= 0xff00 && c <= 0xffef) || (c >= 0x3000 && c <= 0x303f);
/** A cell's wrapped lines start a new paragraph after a sentence's end. */
const ENDS_SENTENCE = /[。；！？][）)”」]?$/;

/** Spaces a justified layout put between CJK characters are not in the text. */
function tidy(text: string): string {
  return text.replace(/ +/g, (m, at: number) => (isCjk(text.charCodeAt(at - 1)) || isCjk(text.charCodeAt(at + m.length)) ? '' : ' ')).trim();
}

/** The column a cell sits in, or -1 when it crosses a column's edge (running text, not the table). */
/** The column a piece of text is in (`edges`: where columns 1, 2, … begin), or -1 when it crosses an edge. */
function columnOf(run: { left: number; right: number }, edges: readonly number[]): number {
  let i = 0;
  while (i < edges.length && run.left >= edges[i]) i++;
  return i < edges.length && run.right > edges[i] + 1 ? -1 : i;
}

/**
 * Where each column begins. A header's labels may be centred in their columns or set at their left: the edge
 * between two columns is somewhere between one label's end and the next one's start, where the fewest pieces of
 * text of the lines below cross it (the middle of the widest such stretch).
 */
function columnEdges(header: PdfLine, below: readonly PdfLine[]): number[] {
  const runs = below.flatMap((l) => l.runs ?? l.cells);
  return header.cells.slice(1).map((cell, i) => {
    const from = header.cells[i].right;
    const to = cell.left;
    let best = { crossing: Infinity, start: to, end: to };
    for (let x = Math.floor(from); x <= to; x++) {
      const crossing = runs.filter((r) => r.left < x && r.right > x + 1).length;
      if (crossing < best.crossing) best = { crossing, start: x, end: x };
      else if (crossing === best.crossing && best.end === x - 1) best.end = x;
    }
    return (best.start + best.end) / 2;
  });
}

/** A line's text by column and where it stands, or undefined when a piece of it crosses a column's edge (running text). */
function byColumn(line: PdfLine, edges: readonly number[], drawn = false): Map<number, { text: string; left: number; right: number }> | undefined {
  const out = new Map<number, { text: string; left: number; right: number }>();
  const runs = line.runs ?? line.cells;
  for (const run of drawn ? runs.flatMap((r) => splitAtEdges(r, edges)) : runs) {
    const column = columnOf(run, edges);
    if (column < 0) return undefined;
    const had = out.get(column);
    out.set(column, had ? { text: had.text + run.text, left: Math.min(had.left, run.left), right: Math.max(had.right, run.right) } : { ...run });
  }
  return out;
}

/**
 * A piece of text that runs across a drawn column border (pdf.js joins the text of cells set close together into one
 * item: 2020年2025年 属性), cut where the border stands: each character's place estimated from its width, a CJK or
 * full-width character one em, other characters half of one, scaled to the piece's width.
 */
function splitAtEdges(run: PdfCell, edges: readonly number[]): PdfCell[] {
  const inside = edges.filter((e) => e > run.left + 1 && e < run.right - 1);
  if (inside.length === 0 || run.text.length < 2) return [run];
  const chars = [...run.text];
  const widths = chars.map((ch) => (isCjk(ch.charCodeAt(0)) ? 1 : 0.5));
  const scale = (run.right - run.left) / (widths.reduce((a, b) => a + b, 0) || 1);
  // each character's column, by where its middle stands; a piece is kept between the borders around it, which the
  // estimate of where its characters stand may overstep by a little
  const out: PdfCell[] = [];
  let x = run.left;
  let edge = 0;
  let piece: PdfCell | undefined;
  const close = () => {
    if (!piece) return;
    if (edge < inside.length) piece.right = Math.min(piece.right, inside[edge] - 0.5);
    out.push(piece);
    piece = undefined;
  };
  for (let i = 0; i < chars.length; i++) {
    const w = widths[i] * scale;
    while (edge < inside.length && x + w / 2 > inside[edge]) {
      close();
      edge++;
    }
    if (chars[i].trim() !== '') {
      const left = edge > 0 ? Math.max(x, inside[edge - 1] + 0.5) : x;
      if (piece) { piece.text += chars[i]; piece.right = x + w; } else piece = { text: chars[i], left, right: x + w };
    } else if (piece) piece.text += chars[i];
    x += w;
  }
  close();
  return out.map((c) => ({ ...c, text: c.text.trim() }));
}

/**
 * A row of a table that spans all its columns and groups the rows below it (一、知识产权保护方面（共5项）): a short line
 * that opens with an outline label and ends no sentence.
 */
const GROUP_ROW = /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])[^。；！？]{1,40}$/;
/** A table's group row: where it stands, read as a line of its own before the rows below it. */
interface GroupRow { text: string; page: number; y: number; size: number }

/** The lines of a table, starting at its header (page `p`, line `l`): where each line is and its cells by column. */
function tableAt(
  pages: readonly PdfLine[][], p: number, l: number, rules: Rules = [], verticals: Verticals = [],
): { start: number; end: { page: number; line: number }; cells: Placed[]; groups: GroupRow[]; columns: number; doubtful: Set<number> } | undefined {
  const header = pages[p][l];
  const size = header.size;
  const boxOn = (page: number) => drawnBox(tableRules(rules[page], header));
  const box = boxOn(p);
  // in a drawn box, the columns are those its borders draw (text that runs across one is cut there), or else where the
  // text of its lines stands (a name cell set a little above its row's figures leaves the line of figures without the
  // first column); elsewhere, where the header's cells are
  const borders = box ? drawnColumns(box, verticals[p]) : undefined;
  const drawnEdges = box ? borders ?? boxEdges(pages[p], box) : undefined;
  const edges = drawnEdges ?? columnEdges(header, pages[p].slice(l + 1, l + 41));
  // a header whose labels wrap (2020 / 年 in a narrow column) has lines above its widest one: those inside the table's
  // drawn box, whose text keeps to the columns
  let start = l;
  while (start > 0 && box) {
    const above = pages[p][start - 1];
    const inside = box.top > above.y + above.size * 0.5 && box.bottom < above.y;
    if (!inside || above.tableCell || Math.abs(above.size - size) > size * 0.3 || !byColumn(above, edges, borders !== undefined)) break;
    // a row no column border crosses spans the table (its caption, 专栏1 主要指标): the text before the table
    if (borders && !crossedByBorder(above, box, verticals[p]!)) break;
    start--;
  }
  // the pages whose ruling, not read yet, may say otherwise than the text alone (see below)
  const doubtful = new Set<number>();
  const before = start > 0 ? pages[p][start - 1] : undefined;
  if (!rules[p] && before && !before.tableCell && before.y - header.y < size * 3 && byColumn(before, edges)) doubtful.add(p); // a wrapped header?
  const cells: Placed[] = [];
  const groups: GroupRow[] = [];
  let end = { page: p, line: l };
  let order = 0;
  scan: for (let page = p; page < pages.length; page++) {
    // where the page draws the table's box, what stands below its last rule is the text after the table
    const floor = boxOn(page)?.bottom ?? -Infinity;
    for (let line = page === p ? start : 0; line < pages[page].length; line++) {
      const ln = pages[page][line];
      if (Math.abs(ln.size - size) > size * 0.3) break scan;
      if (ln.y < floor && (page > p || line > l)) break scan;
      const columns = byColumn(ln, edges, borders !== undefined);
      if (!columns) {
        // a group row across the columns (一、知识产权保护方面（共5项）) is part of the table; other text ends it
        const text = tidy(ln.text);
        if ((page === p && line <= l) || !GROUP_ROW.test(text)) break scan;
        groups.push({ text, page, y: ln.y, size: ln.size });
        end = { page, line };
        continue;
      }
      for (const [column, { text, left, right }] of columns) cells.push({ text: tidy(text), column, left, right, top: ln.y + ln.size, y: ln.y, size: ln.size, page, order: order++ });
      if (!rules[page] && splitsColumn(ln, edges)) doubtful.add(page); // a column the header does not show?
      end = { page, line };
    }
  }
  // a paragraph after the table that keeps to its first column?
  const last = pages[end.page][end.line];
  if (!rules[end.page] && edges.length > 0 && (last.runs ?? last.cells).every((r) => columnOf(r, edges) === 0)) doubtful.add(end.page);
  return cells.length > header.cells.length ? { start, end, cells, groups, columns: edges.length + 1, doubtful } : undefined;
}

/** Whether two pieces of a line stand in one column far apart: the gap of a column the edges do not know. */
function splitsColumn(line: PdfLine, edges: readonly number[]): boolean {
  const runs = line.runs ?? line.cells;
  for (let i = 1; i < runs.length; i++) {
    if (runs[i].left - runs[i - 1].right > line.size * 2 && columnOf(runs[i], edges) === columnOf(runs[i - 1], edges)) return true;
  }
  return false;
}

/**
 * Where the columns of a drawn table begin, from the vertical rules inside its box (a browser's cell borders, an office
 * suite's column lines): text can stand closer to a border than pieces of one cell stand to each other. Undefined when
 * the box holds fewer than MIN_COLUMNS - 1 of them.
 */
function drawnColumns({ top, bottom, left, right }: DrawnBox, verticals: readonly VRule[] | undefined): number[] | undefined {
  if (!verticals || verticals.length === 0) return undefined;
  const xs = verticals.filter((v) => v.x > left + 2 && v.x < right - 2 && v.y1 > bottom && v.y0 < top).map((v) => v.x).sort((a, b) => a - b);
  const edges: number[] = [];
  for (const x of xs) if (edges.length === 0 || x - edges[edges.length - 1] > 2) edges.push(x);
  return edges.length >= MIN_COLUMNS - 1 ? edges : undefined;
}

/** Whether an inner column border of the drawn box runs beside the line. */
function crossedByBorder(line: PdfLine, { left, right }: DrawnBox, verticals: readonly VRule[]): boolean {
  return verticals.some((v) => v.x > left + 2 && v.x < right - 2 && v.y0 < line.y && v.y1 > line.y + line.size * 0.5);
}

/**
 * Where the columns of a drawn table begin: the gaps that no piece of text of its lines crosses, from the lines of two
 * pieces or more between its first and last rule (a row across all columns, a group's heading, would cross them all).
 * Undefined when that gives fewer than MIN_COLUMNS columns.
 */
function boxEdges(lines: readonly PdfLine[], { top, bottom }: DrawnBox): number[] | undefined {
  const spans: { left: number; right: number; size: number }[] = [];
  for (const ln of lines) {
    const runs = ln.runs ?? ln.cells;
    if (ln.y >= top || ln.y <= bottom || runs.length < 2) continue;
    for (const r of runs) spans.push({ left: r.left, right: r.right, size: ln.size });
  }
  spans.sort((a, b) => a.left - b.left);
  const merged: { left: number; right: number }[] = [];
  for (const sp of spans) {
    const last = merged[merged.length - 1];
    // the pieces of one cell's line stand closer than half a character (a Latin word among CJK: 占 GDP 比重)
    if (last && sp.left <= last.right + sp.size * 0.5) last.right = Math.max(last.right, sp.right);
    else merged.push({ ...sp });
  }
  if (merged.length < MIN_COLUMNS) return undefined;
  return merged.slice(1).map((m, i) => (merged[i].right + m.left) / 2);
}

/** The extent of the rules drawn across a table: its box, from its first rule to its last. */
interface DrawnBox { top: number; bottom: number; left: number; right: number }
function drawnBox(ruled: readonly Rule[]): DrawnBox | undefined {
  if (ruled.length === 0) return undefined;
  const box = { top: -Infinity, bottom: Infinity, left: Infinity, right: -Infinity };
  for (const r of ruled) {
    box.top = Math.max(box.top, r.y);
    box.bottom = Math.min(box.bottom, r.y);
    box.left = Math.min(box.left, r.x0);
    box.right = Math.max(box.right, r.x1);
  }
  return box;
}

/**
 * The rules a page draws across most of a table's header: the table's box and its rows' (none: no ruling read). A rule
 * under the rows beside a cell that spans them stops at that cell; a footnote's separator is short.
 */
function tableRules(rules: readonly Rule[] | undefined, header: PdfLine): Rule[] {
  if (!rules) return [];
  const left = header.cells[0].left;
  const right = header.cells[header.cells.length - 1].right;
  return joined(rules).filter((r) => Math.min(r.x1, right) - Math.max(r.x0, left) >= (right - left) / 2);
}

/** Rules at one height that meet end to end as one: a browser draws a row's border a cell at a time. */
function joined(rules: readonly Rule[]): Rule[] {
  const sorted = [...rules].sort((a, b) => b.y - a.y || a.x0 - b.x0);
  const out: Rule[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && Math.abs(last.y - r.y) < 1 && r.x0 <= last.x1 + 2) last.x1 = Math.max(last.x1, r.x1);
    else out.push({ ...r });
  }
  return out;
}

/**
 * The cells in reading order with the group rows among them: a group row stands before the first cell whose row
 * begins below it. `rowTop` gives the top of the row a cell is read in.
 */
function withGroupRows<T extends { page: number }>(ordered: T[], groups: readonly GroupRow[], rowTop: (b: T) => number): Array<T | GroupRow> {
  if (groups.length === 0) return ordered;
  const out: Array<T | GroupRow> = [];
  let g = 0;
  for (const b of ordered) {
    while (g < groups.length && (groups[g].page < b.page || (groups[g].page === b.page && groups[g].y > rowTop(b)))) out.push(groups[g++]);
    out.push(b);
  }
  while (g < groups.length) out.push(groups[g++]);
  return out;
}

/** Whether a rule drawn across the text of both lines runs between them (`upper` above `lower`, on one page). */
function ruledApart(upper: Placed, lower: Placed, rules: readonly Rule[] | undefined): boolean {
  if (!rules) return false;
  const left = Math.min(upper.left, lower.left);
  const right = Math.max(upper.right, lower.right);
  return rules.some((r) => r.y < upper.y && r.y > lower.y + lower.size * 0.5 && r.x0 <= left + 1 && r.x1 >= right - 1);
}

/**
 * The cells of one column, joined where their lines are closer than the gap between rows, unless the page draws a
 * rule between them (two short cells one above the other stand as close as the lines of one).
 */
function blocks(cells: readonly Placed[], count: number, rules: Rules): Block[] {
  const columns = Array.from({ length: count }, (): Placed[] => []);
  for (const c of cells) columns[c.column].push(c);
  // the distance between the wrapped lines of a cell: the most common step between lines of one column
  const steps = new Map<number, number>();
  for (const col of columns) {
    for (let i = 1; i < col.length; i++) {
      const step = Math.round(col[i - 1].y - col[i].y);
      if (col[i].page === col[i - 1].page && step > 0) steps.set(step, (steps.get(step) ?? 0) + 1);
    }
  }
  let pitch = (cells[0]?.size ?? 10) * 1.5;
  let seen = 0;
  for (const [step, n] of steps) if (n > seen) { pitch = step; seen = n; }
  const out: Block[] = [];
  columns.forEach((col, column) => {
    let current: Block | undefined;
    for (const c of col) {
      if (current && c.page === current.page && current.bottom - c.y <= pitch * 1.3 && !ruledApart(current.lines[current.lines.length - 1], c, rules[c.page])) {
        current.lines.push(c);
        current.bottom = c.y;
      } else {
        current = { column, lines: [c], top: c.top, bottom: c.y, page: c.page, order: c.order };
        out.push(current);
      }
    }
  });
  return out;
}

const cellText = (b: Block): string => b.lines.reduce((s, l) => (s === '' ? l.text : s + (ENDS_SENTENCE.test(s) ? '\n' : '') + l.text), '');

/** The horizontal rules of each page, where the page was read for them (pdf-rules.ts). */

/**
 * The rows a cell's drawn box holds, first and last: the box runs from the nearest rule above its text to the nearest
 * below, among those drawn across the whole of its text; the rows inside are those whose middle is between the two.
 * Undefined when the page draws no such box (a table without ruling) or it holds no row.
 */
function boxedRows(b: Block, rows: readonly { top: number; bottom: number; page: number }[], rules: readonly Rule[] | undefined): [number, number] | undefined {
  if (!rules || rules.length === 0) return undefined;
  let left = Infinity;
  let right = -Infinity;
  for (const l of b.lines) { left = Math.min(left, l.left); right = Math.max(right, l.right); }
  const first = b.lines[0];
  const last = b.lines[b.lines.length - 1].y;
  let top = Infinity;
  let bottom = -Infinity;
  for (const r of rules) {
    if (r.x0 > left + 1 || r.x1 < right - 1) continue;
    // above the middle of the first line, below the baseline of the last
    if (r.y > first.y + first.size * 0.5 && r.y < top) top = r.y;
    if (r.y < last && r.y > bottom) bottom = r.y;
  }
  if (top === Infinity || bottom === -Infinity) return undefined;
  let from = -1;
  let to = -1;
  for (let i = 0; i < rows.length; i++) {
    const middle = (rows[i].top + rows[i].bottom) / 2;
    if (rows[i].page !== b.page || middle >= top || middle <= bottom) continue;
    if (from < 0) from = i;
    to = i;
  }
  return from < 0 ? undefined : [from, to];
}

/** The table's cells in reading order. */
function readingOrder(all: Block[], columns: number, rules: Rules, wanted?: Set<number>): Block[] {
  let counts = Array.from({ length: columns }, (_, i) => all.filter((b) => b.column === i).length);
  let most = Math.max(...counts);
  // a cell's second paragraph set as far below as the next row is still that cell: a row has cells in two or more
  // of the full columns side by side, a block with none beside it carries on the one above it
  const span = (b: Block) => [b.bottom - b.lines[0].size * 0.3, b.top];
  const side = (a: Block, b: Block) => a.page === b.page && Math.min(span(a)[1], span(b)[1]) > Math.max(span(a)[0], span(b)[0]);
  const full = all.filter((b) => counts[b.column] >= most * 0.8);
  for (let i = all.length - 1; i > 0; i--) {
    const b = all[i];
    const above = all[i - 1];
    if (!full.includes(b) || above.column !== b.column || above.page !== b.page) continue;
    if (full.some((o) => o.column !== b.column && side(o, b))) continue;
    above.lines.push(...b.lines);
    above.bottom = b.bottom;
    all.splice(i, 1);
  }
  counts = Array.from({ length: columns }, (_, i) => all.filter((b) => b.column === i).length);
  most = Math.max(...counts);
  const defining = counts.indexOf(most);
  const rows = all.filter((b) => b.column === defining).map((b) => ({ top: b.top, bottom: b.bottom, page: b.page, cells: [] as Block[] }));
  // how far a cell and a row overlap in height (a last line reaches a little below its baseline)
  const overlap = (b: Block, r: (typeof rows)[number]) => (b.page === r.page ? Math.min(b.top, r.top) - Math.max(b.bottom, r.bottom) + b.lines[0].size * 0.3 : -1);
  const best = (b: Block): number => {
    let found = -1;
    for (let i = 0; i < rows.length; i++) if (overlap(b, rows[i]) > 0 && (found < 0 || overlap(b, rows[i]) > overlap(b, rows[found]))) found = i;
    return found;
  };
  // the rows widen to the full columns' cells beside them (a cell of one line centred beside one of three)
  for (const b of all) {
    if (counts[b.column] < most * 0.8) continue;
    const i = best(b);
    if (i >= 0) { rows[i].top = Math.max(rows[i].top, b.top); rows[i].bottom = Math.min(rows[i].bottom, b.bottom); }
  }
  // a cell's lines a wider step apart (a label set on a line of its own) are still one cell within one row
  for (let i = all.length - 1; i > 0; i--) {
    const [a, b] = [all[i - 1], all[i]];
    if (a.column !== b.column || a.page !== b.page || counts[a.column] === most) continue;
    const row = best(a);
    if (row >= 0 && row === best(b)) {
      a.lines.push(...b.lines);
      a.bottom = b.bottom;
      all.splice(i, 1);
    }
  }
  // the first row of a page that has cells in fewer full columns than the row before carries on its cells; so does one
  // with cells in as many full columns but none in the first column (its number) and fewer in all, where the row before
  // has one there (a row LibreOffice breaks across pages: the rest of its title and text, without number or bodies)
  for (let r = rows.length - 1; r > 0; r--) {
    if (rows[r].page === rows[r - 1].page) continue;
    const inRow = (row: number) => all.filter((b) => counts[b.column] >= most * 0.8 && best(b) === row);
    const anyInRow = (row: number) => all.filter((b) => best(b) === row);
    const here = inRow(r);
    const before = inRow(r - 1);
    if (here.length === 0) continue;
    if (here.length >= before.length) {
      const hereAll = anyInRow(r);
      const beforeAll = anyInRow(r - 1);
      const numbered = (cells: Block[]) => cells.some((b) => b.column === 0);
      if (!(hereAll.length < beforeAll.length && numbered(beforeAll) && !numbered(hereAll))) continue;
    }
    for (const b of here) {
      const host = before.find((x) => x.column === b.column);
      if (!host) continue;
      host.lines.push(...b.lines);
      all.splice(all.indexOf(b), 1);
    }
    rows.splice(r, 1);
  }
  const starts = new Map<Block, number>();
  for (let column = 0; column < columns; column++) {
    const full = counts[column] >= most * 0.8;
    let nextRow = 0;
    for (const b of all.filter((x) => x.column === column)) {
      const level = rows.findIndex((r) => r.page === b.page && Math.abs(r.top - b.top) <= b.lines[0].size * 0.6);
      const within = best(b);
      if (full) { starts.set(b, within >= 0 ? within : level >= 0 ? level : nextRow); continue; }
      // a spanning cell in a ruled table: its drawn box says which rows it spans
      const boxed = boxedRows(b, rows, rules[b.page]);
      if (boxed) { starts.set(b, boxed[0]); nextRow = boxed[1] + 1; continue; }
      // centred on its rows, it has rows of its page above its top and below its bottom (not so a note under the
      // table, or the rest of a cell carried over to the top of a page)
      const onPage = wanted && level < 0 ? rows.filter((r) => r.page === b.page) : [];
      if (onPage.some((r) => r.top > b.top) && onPage.some((r) => r.bottom < b.bottom)) wanted?.add(b.page);
      // a spanning cell: level with its first row, or centred on its rows, which follow the previous cell's
      // (a cell set in the middle of rows that run over a page break is printed on the page where they start)
      const firstOnPage = rows.findIndex((r) => r.page === b.page);
      const start = level >= 0 ? level : Math.max(Math.min(nextRow, rows.length - 1), firstOnPage);
      starts.set(b, start);
      const centre = (b.top + b.bottom) / 2;
      const bottom = 2 * centre - rows[start].top;
      let end = start;
      for (let r = start; r < rows.length && rows[r].page === rows[start].page; r++) if (Math.abs(rows[r].bottom - bottom) < Math.abs(rows[end].bottom - bottom)) end = r;
      nextRow = end + 1;
    }
  }
  const byRow = rows.map(() => [] as Block[]);
  const after: Block[] = []; // below the table's last row: a note under it, read after it
  const last = rows[rows.length - 1];
  for (const b of all) {
    if (b.page === last.page && b.top < last.bottom) after.push(b);
    else byRow[Math.max(0, Math.min(rows.length - 1, starts.get(b) ?? 0))].push(b);
  }
  byRow.push(after);
  // in a row: the spanning cells first (they stand left of it), then the row's cells, left to right
  return byRow.flatMap((cells) => cells.sort((p, q) => p.column - q.column));
}

/**
 * The pages with each table's lines replaced by its cells, one line each, in reading order; a cell is kept on the
 * page where its row is. Lines made from cells are marked `tableCell`: they are never joined to another line.
 * `rules`, by page, are the horizontal lines the page draws (pdf-rules.ts): where they draw a table's box, the table
 * is the lines inside it (a header wrapped above its widest line included, a paragraph under it and a caption row
 * across it left out), its columns are those its vertical rules (`verticals`) draw, or else where the text of those
 * lines stands, and a cell spanning rows spans those of its drawn box. Elsewhere the header's cells give the columns
 * and a cell's rows are told from where its text stands. `wanted` collects the pages
 * whose drawing, not given, may read a table otherwise: where a line above its header keeps to its columns (a wrapped
 * header), a line has two pieces far apart in one column, its last line keeps to the first column (a paragraph after
 * it), or a cell is level with none of its rows (centred in its box, as browsers print). Reading a page's drawing
 * costs about as much as reading its text, so it is done only for those pages.
 */
export function tableCells(pages: readonly PdfLine[][], rules: Rules = [], wanted?: Set<number>, verticals: Verticals = []): PdfLine[][] {
  const out = pages.map((lines) => [...lines]);
  for (let p = 0; p < out.length; p++) {
    for (let l = 0; l < out[p].length; l++) {
      const line = out[p][l];
      if (line.tableCell || line.cells.length < MIN_COLUMNS) continue;
      const table = tableAt(out, p, l, rules, verticals);
      if (!table) continue;
      // where the text alone leaves the table's first or last line or its columns in doubt, the ruling of the page
      // tells them: it is read for a second pass
      if (wanted) for (const page of table.doubtful) wanted.add(page);
      const cellsInOrder = readingOrder(blocks(table.cells, table.columns, rules), table.columns, rules, wanted);
      const ordered = withGroupRows(cellsInOrder, table.groups, (b) => b.top);
      const left = line.cells[0].left;
      const isGroup = (b: Block | GroupRow): b is GroupRow => !('lines' in b);
      const blank = (b: Block | GroupRow): PdfLine => ({ text: '', left, right: left, y: isGroup(b) ? b.y + b.size : b.top, size: isGroup(b) ? b.size : b.lines[0].size, cells: [], tableCell: true });
      const made = (b: Block | GroupRow): PdfLine => {
        const text = isGroup(b) ? b.text : cellText(b);
        return { text, left, right: left, y: isGroup(b) ? b.y : b.bottom, size: isGroup(b) ? b.size : b.lines[0].size, cells: [{ text, left, right: left }], tableCell: true };
      };
      // each page of the table keeps the cells of its rows, in order
      for (let page = p; page <= table.end.page; page++) {
        const from = page === p ? table.start : 0;
        const to = page === table.end.page ? table.end.line + 1 : out[page].length;
        // a blank line before each cell, as a table's cells stand in plain text: a cell is a paragraph of its own
        out[page].splice(from, to - from, ...ordered.filter((b) => b.page === page).flatMap((b) => [blank(b), made(b)]));
      }
      l = table.start + ordered.filter((b) => b.page === p).length * 2 - 1;
    }
  }
  return out;
}
