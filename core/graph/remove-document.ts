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
  graph.forEachEdge((key, attrs, source, target) => {
    if (!attrs.evidence?.some((e) => e.document === docId)) return;
    const rest = attrs.evidence.filter((e) => e.document !== docId);
    touched.add(source).add(target);
    if (rest.length === 0) graph.dropEdge(key);
    else graph.setEdgeAttribute(key, 'evidence', rest);
  });

  // A region kept only by `located_in` links to other regions is an orphan too; dropping it may orphan its container.
  const work = [...touched];
  while (work.length > 0) {
    const id = work.pop()!;
    if (!graph.hasNode(id) || owned.has(id) || isReferenced(graph, id)) continue;
    graph.forEachNeighbor(id, (n) => work.push(n));
    graph.dropNode(id);
  }
}

function isReferenced(graph: RemitGraph, id: string): boolean {
  return graph.someEdge(id, (_key, attrs) => attrs.kind !== 'located_in');
}
