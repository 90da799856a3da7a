/**
 * Where the Matrix's item columns go across a corpus: columns grouped by document in the matrix's order, each group
 * at least wide enough to name its document once above it (a document with one item gets one wide column rather than
 * a name cut to nothing), and the span of columns in view for a scroll position, found by binary search so that a
 * matrix of thousands of columns renders only the few dozen on screen. Pure arithmetic: no DOM, no React.
 */

export interface ColumnGroup {
  documentId: string;
  /** index of the group's first column, and how many it has */
  first: number;
  count: number;
  /** left edge and width of the group, in px from the first item column */
  x: number;
  width: number;
}

export interface ColumnLayout {
  /** left edge of each column (length n + 1: the last entry is the total width) */
  x: Float64Array;
  groups: ColumnGroup[];
  /** the group of each column, as an index into `groups` */
  groupOf: Int32Array;
  total: number;
}

/**
 * Columns `colW` px wide, grouped where consecutive columns share a document; a group narrower than `minGroupW` has
 * its columns widened (in whole px) until it is not.
 */
export function columnLayout(columns: readonly { documentId: string }[], colW: number, minGroupW: number): ColumnLayout {
  const n = columns.length;
  const x = new Float64Array(n + 1);
  const groupOf = new Int32Array(n);
  const groups: ColumnGroup[] = [];
  let start = 0;
  let at = 0;
  while (start < n) {
    let end = start + 1;
    while (end < n && columns[end].documentId === columns[start].documentId) end++;
    const count = end - start;
    const w = Math.max(colW, Math.ceil(minGroupW / count));
    groups.push({ documentId: columns[start].documentId, first: start, count, x: at, width: w * count });
    for (let i = start; i < end; i++) {
      x[i] = at;
      groupOf[i] = groups.length - 1;
      at += w;
    }
    start = end;
  }
  x[n] = at;
  return { x, groups, groupOf, total: at };
}

/** Width of column `i`. */
export const columnWidth = (layout: ColumnLayout, i: number): number => layout.x[i + 1] - layout.x[i];

/** The first column whose right edge lies beyond `px` (n when none does). */
function columnAt(layout: ColumnLayout, px: number): number {
  const n = layout.x.length - 1;
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (layout.x[mid + 1] <= px) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Columns [from, to) to render for a view `width` px wide scrolled `left` px into the item columns, with `overscan`
 * columns either side so that a quick scroll does not show blanks before the next render.
 */
export function visibleColumns(layout: ColumnLayout, left: number, width: number, overscan: number): { from: number; to: number } {
  const n = layout.x.length - 1;
  if (n === 0) return { from: 0, to: 0 };
  const first = columnAt(layout, Math.max(0, left));
  const last = columnAt(layout, Math.max(0, left + width));
  return { from: Math.max(0, first - overscan), to: Math.min(n, last + 1 + overscan) };
}

/** The groups over columns [from, to), each cut to that span: what the document row shows above them. */
export function groupsIn(layout: ColumnLayout, from: number, to: number): { documentId: string; span: number; x: number; width: number; whole: boolean }[] {
  const out: { documentId: string; span: number; x: number; width: number; whole: boolean }[] = [];
  let i = from;
  while (i < to) {
    const g = layout.groups[layout.groupOf[i]];
    const end = Math.min(to, g.first + g.count);
    out.push({ documentId: g.documentId, span: end - i, x: layout.x[i], width: layout.x[end] - layout.x[i], whole: i === g.first && end === g.first + g.count });
    i = end;
  }
  return out;
}

/**
 * An item heading as its column shows it: whole when it fits the header's `max` characters, else cut with an
 * ellipsis (the whole heading is in the header's tooltip and accessible name).
 */
export function headingInColumn(heading: string, max: number): string {
  const chars = Array.from(heading.trim());
  return chars.length <= max ? chars.join('') : chars.slice(0, Math.max(1, max - 1)).join('') + '…';
}

/**
 * Room for a document's name above its group, in px: the part of the group's cell [x, x + width) that lies in view
 * [viewLeft, viewRight), less `pad`. The name sticks to the left of what is in view (CSS sticky), which it can
 * only do while it is narrower than that part; 0 when the group is out of view.
 */
export function nameRoom(x: number, width: number, viewLeft: number, viewRight: number, pad: number): number {
  return Math.max(0, Math.min(x + width, viewRight) - Math.max(x, viewLeft) - pad);
}
