// JSON = graphology's own serialisation, so `graph.import` (or the Graphology JSON format in other
// tools) reads it back without a custom schema. Two-space indentation: the file is meant to be
// diffed and read; the document texts dominate the size either way.
import Graph from 'graphology';
import type { EdgeAttributes, NodeAttributes } from '../model';
import type { RemitGraph } from '../graph/types';

/** The graph as graphology's serialisation, two-space indented. */
export function graphToJson(graph: RemitGraph): string {
  return [...graphToJsonChunks(graph)].join('');
}

/** About how many characters each chunk of graphToJsonChunks holds: few writes, little held at once. */
const CHUNK = 1 << 20;

/**
 * The same text as `JSON.stringify(graph.export(), null, 2) + '\n'`, in pieces of about a megabyte, one node or edge
 * serialised at a time: the export of 100 MB of documents is a few hundred million characters, more than a string can
 * hold, and a copy of every attribute object (what `graph.export()` makes) doubled the heap of the graph.
 */
export function* graphToJsonChunks(graph: RemitGraph): Generator<string> {
  let out = '';
  for (const piece of jsonPieces(graph)) {
    out += piece;
    if (out.length >= CHUNK) {
      yield out;
      out = '';
    }
  }
  yield out;
}

/** The JSON text in pieces of one node or edge each. */
function* jsonPieces(graph: RemitGraph): Generator<string> {
  const options = { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops };
  yield `{\n  "options": ${nested(options)},\n  "attributes": ${nested(graph.getAttributes())},\n  "nodes": `;
  yield* listPieces(nodeEntries(graph));
  yield ',\n  "edges": ';
  yield* listPieces(edgeEntries(graph));
  yield '\n}\n';
}

function* nodeEntries(graph: RemitGraph): Generator<object> {
  for (const { node, attributes } of graph.nodeEntries()) {
    const entry: { key: string; attributes?: object } = { key: node };
    if (!isEmpty(attributes)) entry.attributes = attributes;
    yield entry;
  }
}

function* edgeEntries(graph: RemitGraph): Generator<object> {
  for (const { edge, source, target, attributes, undirected } of graph.edgeEntries()) {
    const entry: { key: string; source: string; target: string; attributes?: object; undirected?: true } = { key: edge, source, target };
    if (!isEmpty(attributes)) entry.attributes = attributes;
    if (graph.type === 'mixed' && undirected) entry.undirected = true;
    yield entry;
  }
}

/** A JSON array of the entries, one per line, as JSON.stringify(…, null, 2) writes it one level down. */
function* listPieces(entries: Iterable<object>): Generator<string> {
  let first = true;
  for (const entry of entries) {
    yield `${first ? '[' : ','}\n    ${nested(entry, 2)}`;
    first = false;
  }
  yield first ? '[]' : '\n  ]';
}

/** A value as JSON.stringify(…, null, 2) writes it `depth` levels deeper than the top (strings hold no raw line break). */
function nested(value: unknown, depth = 1): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, `\n${'  '.repeat(depth)}`);
}

function isEmpty(o: object): boolean {
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) return false;
  return true;
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
