/**
 * Path and centrality questions ignore edge direction: "科技部 leads (三), which 国资委 also leads" is a path
 * 科技部 → (三) ← 国资委, which graphology's directed traversals would not find.
 */
import Graph from 'graphology';
import type { RemitGraph } from '../graph/types';

export function undirectedCopy(graph: RemitGraph): Graph {
  const g = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  graph.forEachNode((id) => {
    g.addNode(id);
  });
  graph.forEachEdge((_e, _a, source, target) => {
    if (source !== target) g.mergeEdge(source, target);
  });
  return g;
}
