/**
 * The two arranged layouts, computed directly (no physics): both are read like tables, so rows and columns must
 * be exact. Each returns positions plus per-node label placement classes.
 */
import { ROLES, type NodeKind } from '../../core/model';
import type { RemitGraph } from '../../core/graph/types';
import { documentOrder } from '../../core/queries/graph-helpers';
import type { Positions } from '../state/view';
import { ASIDE_X, ASIDE_Y, asideColumns, chooseBands } from './bands';

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

/** Width of a band of the tree: the agency column on its left, three levels of outline, the leaves' labels, and a gap. */
const BAND_W = 1300;

interface Block { ids: string[]; start: number; end: number }

/**
 * Which band each document's block of rows goes in: whole documents, in order, as many bands as bring the picture
 * (and `aside` set-aside nodes below it) closest to the canvas's shape. Returns the bands' first rows, indexed by
 * block, or null when one column will do.
 */
export function wrapBlocks(blocks: readonly Block[], aspect: number, aside = 0): { band: number[]; start: number[]; bandRows: number; bands: number } | null {
  if (blocks.length < 2) return null;
  const flow = chooseBands(blocks.map((b) => b.end - b.start + 1), { bandWidth: BAND_W, rowHeight: ROW, aspect, aside, keepWhole: true });
  if (flow.bands <= 1) return null;
  return {
    band: flow.places.map((p) => p[0].band),
    start: blocks.map((b, i) => b.start - flow.places[i][0].row),
    bandRows: flow.bandRows,
    bands: flow.bands,
  };
}

/** Set-aside nodes in a dense grid under a picture from x0 to x0 + width, starting at y0. */
function asideGrid(ids: string[], x0: number, width: number, y0: number, out: Arrangement): void {
  const cols = asideColumns(width);
  ids.forEach((id, i) => {
    out.positions[id] = { x: x0 + (i % cols) * ASIDE_X, y: y0 + Math.floor(i / cols) * ASIDE_Y };
    out.classes[id] = 'aside';
  });
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
  const wrap = wrapBlocks(blocks, aspect, others.length);
  if (!wrap) {
    const placed = { ...out.positions };
    const looseA = besideColumn(graph, agencies, placed, -COL * 1.3, 'col-left', out, ROW * 1.15);
    // Platforms, regions and targets would make the tree five times taller: they wait below, in a dense grid.
    asideGrid([...looseA, ...others], -COL * 2.5, BAND_W, (row + 2) * ROW, out);
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
  const looseA = besideBands(graph, agencies, out, bandOf, wrap.bands, COL);
  asideGrid([...looseA, ...others], -COL * 2.5, wrap.bands * BAND_W, (wrap.bandRows + 2) * ROW, out);
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

/** Responsibility bands: the agency's label left of it, its items' labels right of theirs. */
const AGENCY_X = 230;
const ITEM_X = 430;
const RESP_BAND_W = 760;
const ITEM_ROW = 44;

/**
 * Who answers for what: each agency (most items first) with the items it answers for listed beside it in document
 * order, like the rows of a table. An item is listed once, beside the agency holding its strongest role (the lead
 * before the joint bodies), and linked to its other agencies. The table flows into as many bands as suit the
 * canvas's shape (`aspect`: width / height); what the items concern (platforms, regions, targets), then the rest,
 * is set aside below in a dense grid.
 */
export function responsibilityArrangement(graph: RemitGraph, visible: ReadonlySet<string> | null, aspect = 1.5): Arrangement {
  const shown = (id: string) => visible === null || visible.has(id);
  const out: Arrangement = { positions: {}, classes: {} };
  const count = new Map<string, number>();
  /** per item: its agencies with the rank of their role */
  const itemAgencies = new Map<string, { agency: string; rank: number }[]>();
  graph.forEachEdge((_e, ea, s, t) => {
    if (ea.kind !== 'leads' || !shown(s) || !shown(t)) return;
    const [agency, item] = graph.getNodeAttribute(s, 'kind') === 'agency' ? [s, t] : [t, s];
    count.set(agency, (count.get(agency) ?? 0) + 1);
    const rank = ROLES.indexOf(ea.role ?? 'responsible');
    const list = itemAgencies.get(item);
    if (list) list.push({ agency, rank });
    else itemAgencies.set(item, [{ agency, rank }]);
  });
  const agencies = [...count.keys()].sort((a, b) => count.get(b)! - count.get(a)! || graph.getNodeAttribute(a, 'label').localeCompare(graph.getNodeAttribute(b, 'label'), 'zh-Hans-CN'));
  const agencyRank = new Map(agencies.map((id, i) => [id, i]));
  const home = new Map<string, string[]>(agencies.map((id) => [id, []]));
  for (const [item, list] of itemAgencies) {
    list.sort((a, b) => a.rank - b.rank || agencyRank.get(a.agency)! - agencyRank.get(b.agency)!);
    home.get(list[0].agency)!.push(item);
  }
  const order = documentOrder(graph);
  const groups = agencies.map((id) => home.get(id)!.sort(order));
  // What the items concern comes first in the set-aside grid, the outline and the rest after it.
  const rest: string[] = [];
  const seen = new Set<string>();
  for (const item of itemAgencies.keys()) {
    graph.forEachNeighbor(item, (n, a) => {
      if (shown(n) && !STRUCTURAL.has(a.kind) && a.kind !== 'agency' && !seen.has(n)) { seen.add(n); rest.push(n); }
    });
  }
  graph.forEachNode((id) => { if (shown(id) && !count.has(id) && !itemAgencies.has(id) && !seen.has(id)) rest.push(id); });

  const flow = chooseBands(groups.map((g) => Math.max(1, g.length)), { bandWidth: RESP_BAND_W, rowHeight: ITEM_ROW, aspect, aside: rest.length, keepWhole: false });
  agencies.forEach((agency, g) => {
    const places = flow.places[g];
    const first = places[0];
    // the agency level with the middle of its items in its first band
    const inFirst = places.filter((p) => p.band === first.band);
    const mid = (inFirst[0].row + inFirst[inFirst.length - 1].row) / 2;
    out.positions[agency] = { x: first.band * RESP_BAND_W + AGENCY_X, y: mid * ITEM_ROW };
    out.classes[agency] = 'col-left';
    groups[g].forEach((item, i) => {
      out.positions[item] = { x: places[i].band * RESP_BAND_W + ITEM_X, y: places[i].row * ITEM_ROW };
      out.classes[item] = 'col-right';
    });
  });
  asideGrid(rest, 0, Math.max(1, flow.bands) * RESP_BAND_W, (flow.bandRows + 2) * ITEM_ROW, out);
  return out;
}
