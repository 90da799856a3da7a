import Graph from 'graphology';
import type { RemitGraph } from './types';

/** Directed, simple: one edge per (kind, source, target); repeated statements add evidence instead of edges. */
export function createGraph(): RemitGraph {
  return new Graph({ type: 'directed', multi: false, allowSelfLoops: false });
}
