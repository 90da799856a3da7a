// JSON = graphology's own serialisation, so `graph.import` (or the Graphology JSON format in other
// tools) reads it back without a custom schema. Two-space indentation: the file is meant to be
// diffed and read; the document texts dominate the size either way.
import Graph from 'graphology';
import type { EdgeAttributes, NodeAttributes } from '../model';
import type { RemitGraph } from '../graph/types';

export function graphToJson(graph: RemitGraph): string {
  return JSON.stringify(graph.export(), null, 2) + '\n';
}

/** Reads what graphToJson wrote (or any graphology serialisation of a Remit graph). */
export function importJson(text: string): RemitGraph {
  const data = JSON.parse(text);
  if (!data || typeof data !== 'object' || !Array.isArray(data.nodes)) throw new Error('Not a graphology JSON export: no "nodes" array');
  const options = data.options && typeof data.options === 'object' ? data.options : { type: 'directed', multi: false };
  const graph: RemitGraph = new Graph<NodeAttributes, EdgeAttributes>(options);
  graph.import(data);
  return graph;
}
