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

interface Adjacency { in: object; out: object }

/**
 * Adds a node whose neighbour indexes start as dictionaries. graphology keeps each node's neighbours in plain `{}`
 * objects keyed by neighbour id; V8 gives such an object a new hidden class for every distinct key it is first given,
 * and our ids (item:国科发规〔2023〕31号:一/（二）) are nearly all distinct, so building a graph of 1,000 documents
 * created and then collected a hidden class per edge end. An object made without a prototype is a hash table from
 * the start, and all such objects share one hidden class. graphology calls `out.hasOwnProperty(target)`
 * (hasEdge(source, target)), so each gets that one method as a non-enumerable own property: giving it the usual
 * prototype back instead cost every object a hidden class of its own (5 MB for 1,000 documents). Keys, lookups and
 * iteration order are the same as with `{}`. If graphology ever stores its indexes differently this does nothing.
 */
export function addGraphNode(graph: RemitGraph, id: string, attrs: NodeAttributes): void {
  graph.addNode(id, attrs);
  const data = (graph as unknown as { _nodes?: Map<string, Partial<Adjacency>> })._nodes?.get(id);
  if (data && isPlainIndex(data.in) && isPlainIndex(data.out)) {
    data.in = dictionary();
    data.out = dictionary();
  }
}

const hasOwnProperty = { value: Object.prototype.hasOwnProperty };
const dictionary = (): object => Object.defineProperty(Object.create(null), 'hasOwnProperty', hasOwnProperty) as object;

// A node that was just added has no neighbours yet, so only the kind of object needs checking.
const isPlainIndex = (o: unknown): boolean => typeof o === 'object' && o !== null && Object.getPrototypeOf(o) === Object.prototype;
