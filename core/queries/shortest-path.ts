import { bidirectional } from 'graphology-shortest-path/unweighted';
import type { EdgeKind } from '../model';
import type { RemitGraph } from '../graph/types';
import { undirectedCopy } from './undirected';

export interface PathStep {
  from: string;
  to: string;
  edgeId: string;
  kind: EdgeKind;
  /** true when the edge points from `from` to `to` in the graph */
  forward: boolean;
}

export interface GraphPath {
  nodes: string[];
  edges: string[];
  steps: PathStep[];
}

/** The shortest path ignoring edge direction, or null when the two are not connected. */
export function shortestPath(graph: RemitGraph, from: string, to: string): GraphPath | null {
  if (!graph.hasNode(from) || !graph.hasNode(to)) return null;
  const nodes = bidirectional(undirectedCopy(graph), from, to);
  if (!nodes) return null;
  const steps: PathStep[] = [];
  for (let i = 0; i + 1 < nodes.length; i++) {
    const a = nodes[i];
    const b = nodes[i + 1];
    const fwd = graph.edge(a, b);
    const edgeId = fwd ?? graph.edge(b, a);
    if (edgeId === undefined) return null; // cannot happen: the copy has exactly the graph's adjacencies
    steps.push({ from: a, to: b, edgeId, kind: graph.getEdgeAttribute(edgeId, 'kind'), forward: fwd !== undefined });
  }
  return { nodes, edges: steps.map((s) => s.edgeId), steps };
}
