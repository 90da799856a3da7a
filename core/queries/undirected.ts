/**
 * Path and centrality questions ignore edge direction: "科技部 leads (三), which 国资委 also leads" is a path
 * 科技部 → (三) ← 国资委, which graphology's directed traversals would not find. `keepEdge` narrows the copy to
 * the relations a question is about (see path-along.ts).
 */
import Graph from 'graphology';
import type { EdgeAttributes } from '../model';
import type { RemitGraph } from '../graph/types';

export function undirectedCopy(graph: RemitGraph, keepEdge?: (attr: EdgeAttributes) => boolean): Graph {
  const g = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  graph.forEachNode((id) => {
    g.addNode(id);
  });
  graph.forEachEdge((_e, attr, source, target) => {
    if (source !== target && (!keepEdge || keepEdge(attr))) g.mergeEdge(source, target);
  });
  return g;
}
