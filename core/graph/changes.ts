/**
 * What a receiver has been sent of a graph, and what changed since: the parsing worker diffs its graph against a
 * shallow record of what it last sent, so that the page receives only added, updated and removed nodes and edges.
 * Pure (in core/ so that bench:extract measures the message the worker really sends). Independent of how the
 * graph was changed (in place or rebuilt on a copy): it compares values, and the lengths of array values, because
 * evidence lists grow in place.
 */
import type { Attributes } from 'graphology-types';
import type { EdgeAttributes, NodeAttributes } from '../model';
import type { RemitGraph } from './types';

/**
 * What changed in the graph since the last diff. Document nodes come with an empty `text`: the page fetches a text
 * when it needs it. Removals come first when applied: an edge or node may be removed and added again (a document
 * replaced).
 */
export interface GraphDiff {
  nodes: { added: [string, NodeAttributes][]; updated: [string, NodeAttributes][]; removed: string[] };
  edges: { added: [string, string, string, EdgeAttributes][]; updated: [string, EdgeAttributes][]; removed: string[] };
  /** lower-cased search keys (names, aliases, English, abbreviations, pinyin) of the added and updated nodes */
  searchKeys: Record<string, string[]>;
}

/** What was sent of one node or edge: its values, how many, and the lengths of its array values in key order. */
interface Sent { values: Attributes; count: number; lengths: number[] }

function record(a: Attributes): Sent {
  const lengths: number[] = [];
  let count = 0;
  for (const key in a) {
    count++;
    if (Array.isArray(a[key])) lengths.push((a[key] as unknown[]).length);
  }
  return { values: { ...a }, count, lengths };
}

/** Runs for every node and edge on every change: no allocation. */
function same(sent: Sent, now: Attributes): boolean {
  let count = 0;
  let arrays = 0;
  for (const key in now) {
    count++;
    const value = now[key];
    if (sent.values[key] !== value) return false;
    if (Array.isArray(value) && sent.lengths[arrays++] !== value.length) return false;
  }
  return count === sent.count && arrays === sent.lengths.length;
}

/** Document texts stay in the worker: the page asks for one when it shows evidence from it. */
const forPage = (a: NodeAttributes): NodeAttributes => (a.kind === 'document' ? { ...a, text: '' } : a);

export class SentGraph {
  private nodes = new Map<string, Sent>();
  private edges = new Map<string, Sent>();

  /** The change that brings the page from what it was sent to `graph`; afterwards, `graph` counts as sent. */
  diff(graph: RemitGraph, keysOf: (attrs: NodeAttributes) => string[]): GraphDiff {
    const change: GraphDiff = {
      nodes: { added: [], updated: [], removed: [] },
      edges: { added: [], updated: [], removed: [] },
      searchKeys: {},
    };
    const nodes = new Map<string, Sent>();
    graph.forEachNode((id, attrs) => {
      const sent = this.nodes.get(id);
      if (sent && same(sent, attrs)) {
        nodes.set(id, sent);
        return;
      }
      nodes.set(id, record(attrs));
      (sent ? change.nodes.updated : change.nodes.added).push([id, forPage(attrs)]);
      change.searchKeys[id] = keysOf(attrs);
    });
    for (const id of this.nodes.keys()) if (!nodes.has(id)) change.nodes.removed.push(id);
    const edges = new Map<string, Sent>();
    graph.forEachEdge((key, attrs: EdgeAttributes, source, target) => {
      const sent = this.edges.get(key);
      if (sent && same(sent, attrs)) {
        edges.set(key, sent);
        return;
      }
      edges.set(key, record(attrs));
      if (sent) change.edges.updated.push([key, attrs]);
      else change.edges.added.push([key, source, target, attrs]);
    });
    for (const key of this.edges.keys()) if (!edges.has(key)) change.edges.removed.push(key);
    this.nodes = nodes;
    this.edges = edges;
    return change;
  }
}
