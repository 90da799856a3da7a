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

function grid(ids: string[], x0: number, y0: number, out: Arrangement, cls = ''): void {
  const cols = Math.max(1, Math.ceil(Math.sqrt(ids.length * 2)));
  ids.forEach((id, i) => {
    out.positions[id] = { x: x0 + (i % cols) * 170, y: y0 + Math.floor(i / cols) * 70 };
    if (cls) out.classes[id] = cls;
  });
}

/** Outline tree, left to right: document → sections → articles, one row per leaf in document order. */
export function treeArrangement(graph: RemitGraph, visible: ReadonlySet<string> | null): Arrangement {
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
  const place = (id: string, depth: number): number => {
    maxDepth = Math.max(maxDepth, depth);
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
  for (const r of [...roots, ...orphanItems]) {
    if (!(r in out.positions)) {
      place(r, graph.getNodeAttribute(r, 'kind') === 'document' ? 0 : graph.getNodeAttribute(r, 'kind') === 'section' ? 1 : 2);
      row++; // a blank row between documents
    }
  }
  const rest = ids.filter((id) => !(id in out.positions));
  const agencies = rest.filter((id) => graph.getNodeAttribute(id, 'kind') === 'agency');
  const others = rest.filter((id) => graph.getNodeAttribute(id, 'kind') !== 'agency');
  const placed = { ...out.positions };
  const looseA = besideColumn(graph, agencies, placed, -COL * 1.3, 'col-left', out, ROW * 1.15);
  // Platforms, regions and targets would make the tree five times taller: they wait below, out of the fit.
  grid([...looseA, ...others], 0, (row + 8) * ROW, out, 'aside');
  return out;
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
