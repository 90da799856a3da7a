// A deterministic layout for places without a live Cytoscape view (CLI, briefing packs): the
// same graph always gives the same picture. Nodes start on a circle in a stable order (kind, then
// id), ForceAtlas2 arranges them, then overlapping node+label boxes are pushed apart.
// graphology-layout-noverlap is not used for that last step: it models nodes as circles (labels
// are wide, short rectangles) and jitters coincident nodes with Math.random, which would make the
// picture differ from run to run.
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { NODE_KINDS, type NodeKind } from '../model';
import type { RemitGraph } from '../graph/types';
import { nodeStyle } from './palette';
import { textWidth } from './text-metrics';

export type Positions = Record<string, { x: number; y: number }>;

/** A node's drawn extent (shape and label) relative to its centre. */
export interface Extent { left: number; right: number; top: number; bottom: number }

export interface LayoutOptions {
  nodeIds?: ReadonlySet<string> | readonly string[];
  /** drawn extent per node; defaults to the shape plus its Chinese label below it */
  extentOf?: (id: string) => Extent;
}

/** Target distance between neighbours in output units (SVG px). */
const SPACING = 90;
const GAP = 6;

function defaultExtent(graph: RemitGraph): (id: string) => Extent {
  return (id) => {
    const a = graph.getNodeAttributes(id);
    const r = nodeStyle(a.kind as NodeKind).size;
    const half = Math.max(r * 1.3, Math.min(170, textWidth(a.label ?? '', 11)) / 2);
    return { left: half, right: half, top: r * 1.25, bottom: r * 1.2 + 16 };
  };
}

export function computeLayout(graph: RemitGraph, options: LayoutOptions = {}): Positions {
  const include = options.nodeIds ? new Set(options.nodeIds) : undefined;
  const ids = graph.filterNodes((id) => !include || include.has(id));
  const kindRank = (id: string) => NODE_KINDS.indexOf(graph.getNodeAttribute(id, 'kind') as NodeKind);
  ids.sort((a, b) => kindRank(a) - kindRank(b) || (a < b ? -1 : a > b ? 1 : 0));
  if (ids.length === 0) return {};
  if (ids.length === 1) return { [ids[0]]: { x: 0, y: 0 } };

  const work = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  const radius = Math.max(1, ids.length / (2 * Math.PI));
  ids.forEach((id, i) => {
    const angle = (2 * Math.PI * i) / ids.length;
    work.addNode(id, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
  });
  graph.forEachEdge((_e, _a, s, t) => {
    if (s !== t && work.hasNode(s) && work.hasNode(t) && !work.hasEdge(s, t)) work.addEdge(s, t);
  });

  const settings = { ...forceAtlas2.inferSettings(work), barnesHutOptimize: work.order > 300, linLogMode: false, adjustSizes: false };
  const iterations = work.order > 1500 ? 150 : work.order > 400 ? 300 : 500;
  forceAtlas2.assign(work, { iterations, settings });

  // Scale so the median edge is SPACING long.
  const lengths = work.mapEdges((_e, _a, _s, _t, sa, ta) => Math.hypot(sa.x - ta.x, sa.y - ta.y)).sort((a, b) => a - b);
  const median = lengths.length ? lengths[Math.floor(lengths.length / 2)] : 0;
  const extentOf = options.extentOf ?? defaultExtent(graph);
  const extents = ids.map((id) => extentOf(id));
  // Also scale up until the drawing has room for every box (with slack), so separating
  // overlaps afterwards nudges nodes instead of stretching the picture along one axis.
  const boxArea = extents.reduce((sum, e) => sum + (e.left + e.right + GAP) * (e.top + e.bottom + GAP), 0);
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  work.forEachNode((_id, a) => {
    minX = Math.min(minX, a.x); maxX = Math.max(maxX, a.x); minY = Math.min(minY, a.y); maxY = Math.max(maxY, a.y);
  });
  const spread = Math.max(1e-6, (maxX - minX) * (maxY - minY));
  const scale = Math.max(median > 0 ? SPACING / median : SPACING, Math.sqrt((boxArea * 2.2) / spread));
  const nodes = ids.map((id, i) => {
    const a = work.getNodeAttributes(id);
    return { id, x: a.x * scale, y: a.y * scale, e: extents[i] };
  });
  separate(nodes, work.order > 1500 ? 60 : 200);

  const out: Positions = {};
  for (const n of nodes) out[n.id] = { x: round(n.x), y: round(n.y) };
  return out;
}

/**
 * Pushes overlapping boxes apart along the axis of least overlap, half each way, until none
 * overlap or the iteration budget is spent. Sweep-and-prune on x keeps it near O(n log n).
 */
export function separate(nodes: { x: number; y: number; e: Extent }[], maxIterations: number): void {
  const order = nodes.map((_, i) => i);
  for (let iter = 0; iter < maxIterations; iter++) {
    let moved = false;
    order.sort((a, b) => nodes[a].x - nodes[a].e.left - (nodes[b].x - nodes[b].e.left) || a - b);
    for (let oi = 0; oi < order.length; oi++) {
      const p = nodes[order[oi]];
      for (let oj = oi + 1; oj < order.length; oj++) {
        const q = nodes[order[oj]];
        if (q.x - q.e.left >= p.x + p.e.right + GAP) break;
        const overlapX = Math.min(p.x + p.e.right, q.x + q.e.right) - Math.max(p.x - p.e.left, q.x - q.e.left) + GAP;
        const overlapY = Math.min(p.y + p.e.bottom, q.y + q.e.bottom) - Math.max(p.y - p.e.top, q.y - q.e.top) + GAP;
        if (overlapX <= 0 || overlapY <= 0) continue;
        moved = true;
        if (overlapX < overlapY) {
          const dir = q.x > p.x || (q.x === p.x && order[oj] > order[oi]) ? 1 : -1;
          p.x -= (dir * overlapX) / 2;
          q.x += (dir * overlapX) / 2;
        } else {
          const dir = q.y > p.y || (q.y === p.y && order[oj] > order[oi]) ? 1 : -1;
          p.y -= (dir * overlapY) / 2;
          q.y += (dir * overlapY) / 2;
        }
      }
    }
    if (!moved) break;
  }
}

const round = (v: number) => Math.round(v * 10) / 10;
