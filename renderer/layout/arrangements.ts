/**
 * The two arranged layouts, computed directly (no physics): both are read like tables, so rows and columns must
 * be exact. Each returns positions plus per-node label placement classes.
 */
import type { NodeKind } from '../../core/model';
import type { RemitGraph } from '../../core/graph/types';
import { documentOrder } from '../../core/queries/graph-helpers';
import type { Positions } from '../state/view';

export interface Arrangement { positions: Positions; classes: Record<string, string> }

const ROW = 40;
const STRUCTURAL = new Set<NodeKind>(['document', 'section', 'article']);

function sortedDocuments(graph: RemitGraph, ids: Iterable<string>): string[] {
  const docs = [...ids].filter((id) => graph.getNodeAttribute(id, 'kind') === 'document');
  return docs.sort((a, b) => {
    const da = graph.getNodeAttributes(a);
    const db = graph.getNodeAttributes(b);
    const ka = `${'date' in da ? da.date ?? '9999' : ''}|${'key' in da ? da.key : a}`;
    const kb = `${'date' in db ? db.date ?? '9999' : ''}|${'key' in db ? db.key : b}`;
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
}

/** Spreads values so that neighbours are at least `gap` apart while staying close to their wished positions. */
function spread(wishes: { id: string; y: number }[], gap: number): Map<string, number> {
  const sorted = [...wishes].sort((a, b) => a.y - b.y);
  const out = new Map<string, number>();
  let last = -Infinity;
  for (const w of sorted) {
    const y = Math.max(w.y, last + gap);
    out.set(w.id, y);
    last = y;
  }
  // Re-centre: pushing down only would drift the column below its anchors.
  if (sorted.length > 0) {
    const shift = (sorted.reduce((s, w) => s + (out.get(w.id)! - w.y), 0) / sorted.length);
    for (const [id, y] of out) out.set(id, y - shift);
  }
  return out;
}

/** Barycentre rows for nodes outside the main columns, from their neighbours already placed. */
function besideColumn(graph: RemitGraph, ids: string[], placed: Positions, x: number, cls: string, out: Arrangement, gap = ROW): string[] {
  const wishes: { id: string; y: number }[] = [];
  const loose: string[] = [];
  for (const id of ids) {
    let sum = 0;
    let n = 0;
    graph.forEachNeighbor(id, (nb) => {
      const p = placed[nb];
      if (p) {
        sum += p.y;
        n++;
      }
    });
    if (n > 0) wishes.push({ id, y: sum / n });
    else loose.push(id);
  }
  for (const [id, y] of spread(wishes, gap)) {
    out.positions[id] = { x, y };
    out.classes[id] = cls;
  }
  return loose;
}

function grid(ids: string[], x0: number, y0: number, out: Arrangement, cls = '', minCols = 1): void {
  const cols = Math.max(minCols, Math.ceil(Math.sqrt(ids.length * 2)));
  ids.forEach((id, i) => {
    out.positions[id] = { x: x0 + (i % cols) * 170, y: y0 + Math.floor(i / cols) * 70 };
    if (cls) out.classes[id] = cls;
  });
}

/** Beyond this many rows the tree is wrapped into side-by-side bands: one column of thousands of rows is unreadable. */
export const WRAP_ROWS = 400;
/** Width of a band: the agency column on its left, three levels of outline, the leaves' labels, and a gap. */
const BAND_W = 1300;

interface Block { ids: string[]; start: number; end: number }

/**
 * Which band each document's block of rows goes in: whole documents, in order, as many bands as bring the picture
 * closest to the canvas's shape. Returns the bands' first rows, indexed by block, or null when one column will do.
 */
export function wrapBlocks(blocks: readonly Block[], rows: number, aspect: number): { band: number[]; start: number[]; bandRows: number } | null {
  if (rows <= WRAP_ROWS || blocks.length < 2) return null;
  const tallest = Math.max(...blocks.map((b) => b.end - b.start + 1));
  let best: { band: number[]; start: number[]; bandRows: number; score: number } | null = null;
  for (let want = 2; want <= Math.min(blocks.length, 60); want++) {
    const capacity = Math.max(tallest, Math.ceil(rows / want));
    const band: number[] = [];
    const start: number[] = [];
    let current = 0;
    let used = 0;
    let bandRows = 0;
    for (const b of blocks) {
      const h = b.end - b.start + 1;
      if (used > 0 && used + h > capacity) {
        current++;
        used = 0;
      }
      band.push(current);
      start.push(b.start - used);
      used += h;
      bandRows = Math.max(bandRows, used);
    }
    const score = Math.abs(Math.log(((current + 1) * BAND_W) / (bandRows * ROW) / aspect));
    if (!best || score < best.score) best = { band, start, bandRows, score };
  }
  return best && { band: best.band, start: best.start, bandRows: best.bandRows };
}

/**
 * Outline tree, left to right: document → sections → articles, one row per leaf in document order. Very long
 * outlines are wrapped into bands of whole documents set side by side (`aspect`: the canvas's width / height).
 */
export function treeArrangement(graph: RemitGraph, visible: ReadonlySet<string> | null, aspect = 1.5): Arrangement {
  const shown = (id: string) => visible === null || visible.has(id);
  const ids: string[] = [];
  graph.forEachNode((id) => { if (shown(id)) ids.push(id); });
  const out: Arrangement = { positions: {}, classes: {} };
  const order = documentOrder(graph);
  const children = (id: string) => {
    const kids: string[] = [];
    graph.forEachOutEdge(id, (_e, ea, _s, t) => { if (ea.kind === 'contains' && shown(t)) kids.push(t); });
    return kids.sort(order);
  };
  const COL = 180;
  let row = 0;
  let maxDepth = 0;
  let block: string[] = [];
  const place = (id: string, depth: number): number => {
    maxDepth = Math.max(maxDepth, depth);
    block.push(id);
    const kids = children(id).filter((k) => !(k in out.positions));
    let y: number;
    if (kids.length === 0) {
      y = row++ * ROW;
    } else {
      const ys = kids.map((k) => place(k, depth + 1));
      y = (ys[0] + ys[ys.length - 1]) / 2;
    }
    out.positions[id] = { x: depth * COL, y };
    out.classes[id] = kids.length === 0 ? 'col-right' : 'label-top';
    return y;
  };
  const roots = sortedDocuments(graph, ids);
  // Items whose document is filtered out still belong in the tree: they become roots of their own.
  const orphanItems = ids.filter((id) => {
    const k = graph.getNodeAttribute(id, 'kind');
    if (k !== 'section' && k !== 'article') return false;
    let hasShownParent = false;
    graph.forEachInEdge(id, (_e, ea, s) => { if (ea.kind === 'contains' && shown(s)) hasShownParent = true; });
    return !hasShownParent;
  }).sort(order);
  const blocks: Block[] = [];
  for (const r of [...roots, ...orphanItems]) {
    if (!(r in out.positions)) {
      block = [];
      const start = row;
      place(r, graph.getNodeAttribute(r, 'kind') === 'document' ? 0 : graph.getNodeAttribute(r, 'kind') === 'section' ? 1 : 2);
      blocks.push({ ids: block, start, end: row - 1 });
      row++; // a blank row between documents
    }
  }
  const rest = ids.filter((id) => !(id in out.positions));
  const agencies = rest.filter((id) => graph.getNodeAttribute(id, 'kind') === 'agency');
  const others = rest.filter((id) => graph.getNodeAttribute(id, 'kind') !== 'agency');
  const wrap = wrapBlocks(blocks, row, aspect);
  if (!wrap) {
    const placed = { ...out.positions };
    const looseA = besideColumn(graph, agencies, placed, -COL * 1.3, 'col-left', out, ROW * 1.15);
    // Platforms, regions and targets would make the tree five times taller: they wait below, out of the fit.
    grid([...looseA, ...others], 0, (row + 8) * ROW, out, 'aside');
    return out;
  }
  const bandOf = new Map<string, number>();
  blocks.forEach((b, i) => {
    const dx = wrap.band[i] * BAND_W;
    const dy = -wrap.start[i] * ROW;
    for (const id of b.ids) {
      const p = out.positions[id];
      out.positions[id] = { x: p.x + dx, y: p.y + dy };
      bandOf.set(id, wrap.band[i]);
    }
  });
  const looseA = besideBands(graph, agencies, out, bandOf, wrap.band[wrap.band.length - 1] + 1, COL);
  grid([...looseA, ...others], 0, (wrap.bandRows + 8) * ROW, out, 'aside', Math.floor(((wrap.band[wrap.band.length - 1] + 1) * BAND_W) / 170));
  return out;
}

/** Wrapped trees: each agency beside the band where most of its items are, level with them. */
function besideBands(graph: RemitGraph, ids: string[], out: Arrangement, bandOf: Map<string, number>, bands: number, col: number): string[] {
  const perBand: string[][] = Array.from({ length: bands }, () => []);
  const loose: string[] = [];
  const placed: Positions = {};
  for (const id of ids) {
    const count = new Map<number, number>();
    graph.forEachNeighbor(id, (nb) => {
      const b = bandOf.get(nb);
      if (b !== undefined) count.set(b, (count.get(b) ?? 0) + 1);
    });
    let best = -1;
    for (const [b, n] of count) if (best < 0 || n > count.get(best)! || (n === count.get(best)! && b < best)) best = b;
    if (best < 0) loose.push(id);
    else perBand[best].push(id);
  }
  // besideColumn reads only the neighbours in its own band: the others are left out of `placed` for it.
  perBand.forEach((list, b) => {
    if (list.length === 0) return;
    for (const key of Object.keys(placed)) delete placed[key];
    for (const [id, band] of bandOf) if (band === b) placed[id] = out.positions[id];
    besideColumn(graph, list, placed, b * BAND_W - col * 1.3, 'col-left', out, ROW * 1.15);
  });
  return loose;
}

/**
 * Who leads what: agencies in a column on the left (most items led first), the items they lead in document order
 * on the right, and what those items concern (platforms, regions, targets) in a third column. Everything else is
 * set aside below, dimmed.
 */
export function responsibilityArrangement(graph: RemitGraph, visible: ReadonlySet<string> | null): Arrangement {
  const shown = (id: string) => visible === null || visible.has(id);
  const out: Arrangement = { positions: {}, classes: {} };
  const ledCount = new Map<string, number>();
  const ledItems = new Set<string>();
  graph.forEachEdge((_e, ea, s, t) => {
    if (ea.kind !== 'leads' || !shown(s) || !shown(t)) return;
    const [agency, item] = graph.getNodeAttribute(s, 'kind') === 'agency' ? [s, t] : [t, s];
    ledCount.set(agency, (ledCount.get(agency) ?? 0) + 1);
    ledItems.add(item);
  });
  const items = [...ledItems].sort(documentOrder(graph));
  const agencies = [...ledCount.keys()].sort((a, b) => ledCount.get(b)! - ledCount.get(a)! || graph.getNodeAttribute(a, 'label').localeCompare(graph.getNodeAttribute(b, 'label'), 'zh-Hans-CN'));
  const ITEM_X = 420;
  const ITEM_ROW = 48;
  items.forEach((id, i) => {
    out.positions[id] = { x: ITEM_X, y: i * ITEM_ROW };
    out.classes[id] = 'col-right';
  });
  const height = Math.max(0, (items.length - 1) * ITEM_ROW);
  const step = agencies.length > 1 ? Math.max(ROW, height / (agencies.length - 1)) : 0;
  const top = agencies.length > 1 ? (height - step * (agencies.length - 1)) / 2 : height / 2;
  agencies.forEach((id, i) => {
    out.positions[id] = { x: 0, y: top + i * step };
    out.classes[id] = 'col-left';
  });
  // What the led items concern comes first in the set-aside grid, the outline after it.
  const rest: string[] = [];
  const seen = new Set<string>();
  for (const item of items) {
    graph.forEachNeighbor(item, (n, a) => {
      if (shown(n) && !STRUCTURAL.has(a.kind) && a.kind !== 'agency' && !seen.has(n)) { seen.add(n); rest.push(n); }
    });
  }
  graph.forEachNode((id) => { if (shown(id) && !(id in out.positions) && !seen.has(id)) rest.push(id); });
  grid(rest, 0, height + ROW * 8, out, 'aside');
  return out;
}
