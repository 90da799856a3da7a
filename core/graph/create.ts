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
 * the start, and all such objects share one hidden class. Giving them the usual prototype back (for graphology's
 * `out.hasOwnProperty(target)`) cost each a hidden class of its own, 5 MB for 1,000 documents, and an own
 * `hasOwnProperty` cost ~10 ms to define on 67,000 indexes; so the graph answers those queries itself instead
 * (answerEdgeQueriesWithoutPrototypes). Keys, lookups and iteration order are the same as with `{}`. If graphology
 * ever stores its indexes differently this does nothing.
 */
export function addGraphNode(graph: RemitGraph, id: string, attrs: NodeAttributes): void {
  graph.addNode(id, attrs);
  const data = (graph as unknown as { _nodes?: Map<string, Partial<Adjacency>> })._nodes?.get(id);
  if (data && graph.type === 'directed' && isPlainIndex(data.in) && isPlainIndex(data.out)) {
    answerEdgeQueriesWithoutPrototypes(graph);
    data.in = Object.create(null) as object;
    data.out = Object.create(null) as object;
  }
}

const hasOwn = Object.prototype.hasOwnProperty;
const answering = new WeakSet<RemitGraph>();

/**
 * graphology asks a neighbour index `out.hasOwnProperty(target)` only in hasEdge and hasDirectedEdge with two
 * arguments; indexes without a prototype have no such method, so this graph answers those two itself.
 */
function answerEdgeQueriesWithoutPrototypes(graph: RemitGraph): void {
  if (answering.has(graph)) return;
  answering.add(graph);
  const nodes = (g: RemitGraph) => (g as unknown as { _nodes: Map<string, Adjacency> })._nodes;
  const original = { hasEdge: graph.hasEdge, hasDirectedEdge: graph.hasDirectedEdge };
  for (const name of ['hasEdge', 'hasDirectedEdge'] as const) {
    graph[name] = function (this: RemitGraph, ...args: unknown[]): boolean {
      if (args.length !== 2) return (original[name] as (...a: unknown[]) => boolean).apply(this, args);
      const data = nodes(this).get(String(args[0]));
      return data !== undefined && hasOwn.call(data.out, String(args[1]));
    } as RemitGraph[typeof name];
  }
}

// A node that was just added has no neighbours yet, so only the kind of object needs checking.
const isPlainIndex = (o: unknown): boolean => typeof o === 'object' && o !== null && Object.getPrototypeOf(o) === Object.prototype;
