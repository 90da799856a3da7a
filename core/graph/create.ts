import Graph from 'graphology';
import type { NodeAttributes } from '../model';
import type { RemitGraph } from './types';

/** Directed, simple: one edge per (kind, source, target); repeated statements add evidence instead of edges. */
export function createGraph(): RemitGraph {
  return new Graph({ type: 'directed', multi: false, allowSelfLoops: false });
}

/**
 * The alias list of the many nodes that have none (every item and target, most platforms and regions): one shared,
 * frozen array rather than 35,000 empty ones kept alive by a graph of 1,000 documents. Alias lists are only ever
 * replaced, never changed in place (`[...aliases, name]`); being frozen, a change in place would throw, not spread.
 */
export const NO_ALIASES: string[] = Object.freeze([]) as unknown as string[];

/**
 * Adds a node through graphology's public API. (An earlier version swapped graphology's private neighbour indexes
 * for prototype-less objects to spare V8 a hidden class per edge end, and patched the graph's hasEdge to match; an
 * upgrade renaming the private field would have switched it off silently, and the bench shows no loss without it.)
 */
export function addGraphNode(graph: RemitGraph, id: string, attrs: NodeAttributes): void {
  graph.addNode(id, attrs);
}
