/**
 * The ruling of a PDF page, from what pdf.js reports it draws (`page.getOperatorList()`): a table's
 * borders and cell boxes, whatever drew them. Office suites stroke lines; browsers fill thin rectangles for borders
 * and a rectangle per cell for its background. Each path is put through the current transformation matrix (`cm`,
 * save/restore, form XObjects) into the page's user space, the space of the text positions. What is kept: stroked
 * horizontal and vertical segments, thin rectangles (a border), and the edges of other axis-aligned rectangles (a
 * cell's box). Curves and slanted lines are not ruling. The horizontal rules give a table's rows and box, the vertical
 * ones its columns (core/readers/pdf-grid.ts).
 */

/** A horizontal line across x0…x1 at height y, in PDF user space (y grows upwards). */
export interface Rule { y: number; x0: number; x1: number }
/** A vertical line down y1…y0 (y0 below) at x: a column's border. */
export interface VRule { x: number; y0: number; y1: number }
/** What a page draws: its horizontal rules and its vertical ones. */
export interface Ruling { rules: Rule[]; verticals: VRule[] }

/** The operator numbers used here, as pdf.js exports them (`OPS`). */
export interface PdfOps {
  save: number; restore: number; transform: number; constructPath: number; endPath: number;
  paintFormXObjectBegin: number; paintFormXObjectEnd: number;
  stroke: number; closeStroke: number; fill: number; eoFill: number; fillStroke: number; eoFillStroke: number;
  closeFillStroke: number; closeEOFillStroke: number;
}
export interface OperatorList { fnArray: ArrayLike<number>; argsArray: ArrayLike<unknown> }

type Matrix = [number, number, number, number, number, number];

/** pdf.js's path buffer codes (DrawOPS): moveTo x y, lineTo x y, curveTo 6 numbers, quadraticCurveTo 4, closePath. */
const MOVE = 0;
const LINE = 1;
const CURVE = 2;
const QUADRATIC = 3;
const CLOSE = 4;
/** A rectangle no taller than this (points) is a drawn line, not a box. */
const THIN = 3;
/** Coordinates closer than this (points) are the same. */
const SAME = 0.5;

/** `m` applied first, then `ctm`: the matrix after `cm m`. */
function times(m: readonly number[], ctm: Matrix): Matrix {
  return [
    ctm[0] * m[0] + ctm[2] * m[1], ctm[1] * m[0] + ctm[3] * m[1],
    ctm[0] * m[2] + ctm[2] * m[3], ctm[1] * m[2] + ctm[3] * m[3],
    ctm[0] * m[4] + ctm[2] * m[5] + ctm[4], ctm[1] * m[4] + ctm[3] * m[5] + ctm[5],
  ];
}

/** The rules one painted subpath gives (points already in user space; `closed`: it ends with closePath): a stroke's
 * horizontal and vertical segments, a filled rectangle's four edges (or its middle, when it is thin). */
function fromSubpath(xs: number[], ys: number[], closed: boolean, stroked: boolean, filled: boolean, out: Ruling): void {
  if (xs.length < 2) return;
  if (stroked) {
    // each horizontal or vertical segment drawn is a line
    const n = closed ? xs.length : xs.length - 1;
    for (let i = 0; i < n; i++) {
      const j = (i + 1) % xs.length;
      if (Math.abs(ys[i] - ys[j]) < SAME && Math.abs(xs[i] - xs[j]) >= SAME) out.rules.push({ y: (ys[i] + ys[j]) / 2, x0: Math.min(xs[i], xs[j]), x1: Math.max(xs[i], xs[j]) });
      else if (Math.abs(xs[i] - xs[j]) < SAME && Math.abs(ys[i] - ys[j]) >= SAME) out.verticals.push({ x: (xs[i] + xs[j]) / 2, y0: Math.min(ys[i], ys[j]), y1: Math.max(ys[i], ys[j]) });
    }
  }
  if (!filled || xs.length < 3) return;
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  for (let i = 0; i < xs.length; i++) {
    minX = Math.min(minX, xs[i]); maxX = Math.max(maxX, xs[i]);
    minY = Math.min(minY, ys[i]); maxY = Math.max(maxY, ys[i]);
  }
  if (maxX - minX < SAME * 0.1 || maxY - minY < SAME * 0.1) return; // no area to fill
  // every corner on the box's outline: an axis-aligned rectangle, not a shape or a slant
  for (let i = 0; i < xs.length; i++) {
    const onX = Math.abs(xs[i] - minX) < SAME || Math.abs(xs[i] - maxX) < SAME;
    const onY = Math.abs(ys[i] - minY) < SAME || Math.abs(ys[i] - maxY) < SAME;
    if (!onX || !onY) return;
  }
  // a filled thin rectangle is a drawn line (a browser's border); a box gives its four edges
  if (maxY - minY <= THIN) out.rules.push({ y: (minY + maxY) / 2, x0: minX, x1: maxX });
  else if (maxX - minX <= THIN) out.verticals.push({ x: (minX + maxX) / 2, y0: minY, y1: maxY });
  else {
    out.rules.push({ y: maxY, x0: minX, x1: maxX }, { y: minY, x0: minX, x1: maxX });
    out.verticals.push({ x: minX, y0: minY, y1: maxY }, { x: maxX, y0: minY, y1: maxY });
  }
}

/** The horizontal and vertical rules a page draws, in user space, from its operator list. */
export function pageRuling(list: OperatorList, ops: PdfOps): Ruling {
  const rules: Ruling = { rules: [], verticals: [] };
  const painting = new Set([ops.stroke, ops.closeStroke, ops.fill, ops.eoFill, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke]);
  const stroking = new Set([ops.stroke, ops.closeStroke, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke]);
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const saved: Matrix[] = [];
  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i];
    const args = list.argsArray[i] as unknown[] | null;
    if (fn === ops.save) saved.push(ctm);
    else if (fn === ops.restore) ctm = saved.pop() ?? ctm;
    else if (fn === ops.transform && args) ctm = times(args as number[], ctm);
    else if (fn === ops.paintFormXObjectBegin) {
      saved.push(ctm);
      const matrix = args?.[0] as number[] | null | undefined;
      if (matrix && matrix.length === 6) ctm = times(matrix, ctm);
    } else if (fn === ops.paintFormXObjectEnd) ctm = saved.pop() ?? ctm;
    else if (fn === ops.constructPath && args) {
      const paint = args[0] as number;
      const buffer = (args[1] as (ArrayLike<number> | null)[] | undefined)?.[0];
      if (!painting.has(paint) || !buffer) continue;
      const stroked = stroking.has(paint);
      const filled = paint !== ops.stroke && paint !== ops.closeStroke;
      let xs: number[] = [];
      let ys: number[] = [];
      const point = (x: number, y: number) => { xs.push(ctm[0] * x + ctm[2] * y + ctm[4]); ys.push(ctm[1] * x + ctm[3] * y + ctm[5]); };
      let curved = false;
      let closed = false;
      const flush = () => { if (!curved) fromSubpath(xs, ys, closed, stroked, filled, rules); xs = []; ys = []; curved = false; closed = false; };
      for (let k = 0; k < buffer.length;) {
        const code = buffer[k++];
        if (code === MOVE) { flush(); point(buffer[k], buffer[k + 1]); k += 2; }
        else if (code === LINE) { point(buffer[k], buffer[k + 1]); k += 2; }
        else if (code === CURVE) { curved = true; k += 6; }
        else if (code === QUADRATIC) { curved = true; k += 4; }
        else if (code === CLOSE) closed = true;
        else break; // a code this reader does not know: the rest of the path is not read
      }
      flush();
    }
  }
  return rules;
}
