/**
 * Which nodes hold the graph together. Both measures treat the graph as undirected (see undirected.ts).
 * Betweenness is Brandes' O(V·E): instant on a handful of documents, seconds on thousands of nodes, so the
 * UI should run it off the main thread or on demand, never on every render.
 */
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import { degreeCentrality } from 'graphology-metrics/centrality/degree';
import type { RemitGraph } from '../graph/types';
import { compareLabels, nodeLabel } from './graph-helpers';
import { undirectedCopy } from './undirected';

export type CentralityMeasure = 'degree' | 'betweenness';

export interface CentralityScore {
  nodeId: string;
  score: number;
}

/** Normalised scores (degree / (n-1); betweenness normalised by graphology), highest first. */
export function centrality(graph: RemitGraph, measure: CentralityMeasure): CentralityScore[] {
  if (graph.order === 0) return [];
  const g = undirectedCopy(graph);
  const scores: Record<string, number> =
    measure === 'degree' ? degreeCentrality(g) : betweennessCentrality(g, { normalized: true });
  return Object.entries(scores)
    .map(([nodeId, score]) => ({ nodeId, score }))
    .sort((a, b) => b.score - a.score || compareLabels(nodeLabel(graph, a.nodeId), nodeLabel(graph, b.nodeId)));
}
