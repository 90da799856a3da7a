import type { RemitGraph } from './types';

/**
 * Removes a document with its items and targets, drops the evidence it contributed to shared edges, and removes
 * agencies, platforms and regions that nothing else refers to any more.
 */
export function removeDocument(graph: RemitGraph, docId: string): void {
  const owned = new Set<string>([docId]);
  graph.forEachNode((id, attrs) => {
    if ((attrs.kind === 'section' || attrs.kind === 'article' || attrs.kind === 'target') && attrs.document === docId) owned.add(id);
  });
  const touched = new Set<string>();
  for (const id of owned) {
    graph.forEachNeighbor(id, (n) => touched.add(n));
  }
  for (const id of owned) graph.dropNode(id);

  // Shared edges elsewhere (e.g. located_in between regions) may carry evidence from this document.
  graph.forEachEdge((key, attrs) => {
    if (!attrs.evidence?.some((e) => e.document === docId)) return;
    const rest = attrs.evidence.filter((e) => e.document !== docId);
    if (rest.length === 0) graph.dropEdge(key);
    else graph.setEdgeAttribute(key, 'evidence', rest);
  });

  for (const id of touched) {
    if (graph.hasNode(id) && !owned.has(id) && graph.degree(id) === 0) graph.dropNode(id);
  }
}
