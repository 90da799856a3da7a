import type { RemitGraph } from '../graph/types';

export interface Neighbourhood {
  /** the centre first, then by distance */
  nodes: string[];
  /** every edge between two included nodes (the induced subgraph, what a Focus view draws) */
  edges: string[];
  /** hop distance of each included node */
  depthOf: Record<string, number>;
}

/** Undirected breadth-first neighbourhood; depth is clamped to 1–3 (deeper reaches most of a document). */
export function neighbourhood(graph: RemitGraph, nodeId: string, depth: number): Neighbourhood {
  if (!graph.hasNode(nodeId)) return { nodes: [], edges: [], depthOf: {} };
  const max = Math.min(3, Math.max(1, Math.floor(depth) || 1));
  const dist = new Map<string, number>([[nodeId, 0]]);
  let frontier = [nodeId];
  for (let d = 1; d <= max && frontier.length; d++) {
    const next: string[] = [];
    for (const n of frontier) {
      graph.forEachNeighbor(n, (m) => {
        if (dist.has(m)) return;
        dist.set(m, d);
        next.push(m);
      });
    }
    frontier = next;
  }
  const edges = new Set<string>();
  for (const n of dist.keys()) {
    graph.forEachOutEdge(n, (e, _a, _s, t) => {
      if (dist.has(t)) edges.add(e);
    });
  }
  return { nodes: [...dist.keys()], edges: [...edges], depthOf: Object.fromEntries(dist) };
}
