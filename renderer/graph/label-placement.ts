/**
 * Which labels the canvas shows: a greedy pass over the candidates in priority order, in screen pixels. A label is
 * placed at the first of its anchor's spots (below the node, then above, then beside it) where its box touches no
 * box already placed; otherwise it is not shown. Boxes already placed are kept in a grid of cells (a spatial hash),
 * so each test looks at a few neighbours instead of every placed label. No DOM here: label-layer.ts measures and
 * draws, this decides.
 */

export interface Box { x1: number; y1: number; x2: number; y2: number }

/** Where a label may go around its node, tried in this order. */
export type Spot = 'below' | 'above' | 'right' | 'left';

export interface LabelCandidate {
  /** the node's centre and radius, on screen */
  x: number;
  y: number;
  r: number;
  /** the label's size on screen */
  w: number;
  h: number;
  spots: readonly Spot[];
}

/** Space kept between two labels, in pixels: touching labels read as one. */
export const LABEL_GAP = 3;
/** Space between a node's edge and its label. */
const OFFSET = 3;
const CELL = 64;

export function spotBox(c: LabelCandidate, spot: Spot): Box {
  switch (spot) {
    case 'below':
      return { x1: c.x - c.w / 2, y1: c.y + c.r + OFFSET, x2: c.x + c.w / 2, y2: c.y + c.r + OFFSET + c.h };
    case 'above':
      return { x1: c.x - c.w / 2, y1: c.y - c.r - OFFSET - c.h, x2: c.x + c.w / 2, y2: c.y - c.r - OFFSET };
    case 'right':
      return { x1: c.x + c.r + OFFSET + 2, y1: c.y - c.h / 2, x2: c.x + c.r + OFFSET + 2 + c.w, y2: c.y + c.h / 2 };
    case 'left':
      return { x1: c.x - c.r - OFFSET - 2 - c.w, y1: c.y - c.h / 2, x2: c.x - c.r - OFFSET - 2, y2: c.y + c.h / 2 };
  }
}

/** Placed boxes in a grid of CELL-pixel cells; a box is listed in every cell it covers. */
export class BoxGrid {
  private readonly cells = new Map<number, Box[]>();

  constructor(private readonly gap = LABEL_GAP) {}

  /** Whether `b`, grown by the gap, overlaps any box placed so far. */
  collides(b: Box): boolean {
    const g = this.gap;
    let hit = false;
    this.visit(b.x1 - g, b.y1 - g, b.x2 + g, b.y2 + g, (list) => {
      for (const o of list) {
        if (b.x1 - g < o.x2 && o.x1 < b.x2 + g && b.y1 - g < o.y2 && o.y1 < b.y2 + g) {
          hit = true;
          return true;
        }
      }
      return false;
    });
    return hit;
  }

  add(b: Box): void {
    this.visit(b.x1, b.y1, b.x2, b.y2, (list, key) => {
      if (list === undefined) this.cells.set(key, [b]);
      else list.push(b);
      return false;
    }, true);
  }

  private visit(x1: number, y1: number, x2: number, y2: number, fn: (list: Box[], key: number) => boolean, all = false): void {
    const cx1 = Math.floor(x1 / CELL);
    const cy1 = Math.floor(y1 / CELL);
    const cx2 = Math.floor(x2 / CELL);
    const cy2 = Math.floor(y2 / CELL);
    for (let cx = cx1; cx <= cx2; cx++) {
      for (let cy = cy1; cy <= cy2; cy++) {
        // Cells keyed by one number: screens are far narrower than 2^20 cells.
        const key = (cx + 0x80000) * 0x100000 + (cy + 0x80000);
        const list = this.cells.get(key);
        if (list === undefined && !all) continue;
        if (fn(list as Box[], key)) return;
      }
    }
  }
}

/**
 * Places candidates in the order given (the priority order); returns, per candidate, the box it was given or null.
 * `reserved` are boxes that no label may cover (the selected node, say). Labels outside `bounds` are not placed.
 */
export function placeLabels(candidates: readonly LabelCandidate[], bounds: Box, reserved: readonly Box[] = []): (Box | null)[] {
  const grid = new BoxGrid();
  for (const b of reserved) grid.add(b);
  return candidates.map((c) => {
    for (const spot of c.spots) {
      const b = spotBox(c, spot);
      if (b.x2 < bounds.x1 || b.x1 > bounds.x2 || b.y2 < bounds.y1 || b.y1 > bounds.y2) continue;
      if (grid.collides(b)) continue;
      grid.add(b);
      return b;
    }
    return null;
  });
}

/** Whether any two of the boxes overlap (tests and the app's test hook). */
export function anyOverlap(boxes: readonly Box[]): boolean {
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i];
      const b = boxes[j];
      if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) return true;
    }
  }
  return false;
}

/** A picture grown to take in its labels: where the old picture's origin lands (left, top) and the new size. */
export interface GrownFrame { left: number; top: number; width: number; height: number }

/**
 * The smallest frame, in whole pixels, that holds a `width`×`height` picture and every box (in the picture's
 * pixels, so a label hanging off the left edge has x1 < 0), with `pad` pixels kept round each box (the text's
 * outline is drawn outside it). A picture of the whole graph is cut at the nodes' bounding box; its outermost
 * labels lie beyond it, and the picture must grow rather than lose them.
 */
export function frameAround(width: number, height: number, boxes: readonly Box[], pad = 0): GrownFrame {
  let x1 = 0;
  let y1 = 0;
  let x2 = width;
  let y2 = height;
  for (const b of boxes) {
    x1 = Math.min(x1, b.x1 - pad);
    y1 = Math.min(y1, b.y1 - pad);
    x2 = Math.max(x2, b.x2 + pad);
    y2 = Math.max(y2, b.y2 + pad);
  }
  // `+ 0`: no -0 when nothing hangs over
  const left = Math.ceil(-x1) + 0;
  const top = Math.ceil(-y1) + 0;
  return { left, top, width: left + Math.ceil(x2), height: top + Math.ceil(y2) };
}
