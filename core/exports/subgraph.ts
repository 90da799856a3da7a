// Exports of "the current filter" or "the selection": the same graph type, only those nodes and
// the edges between them, attributes untouched.
import type { RemitGraph } from '../graph/types';

export function subgraphOf(graph: RemitGraph, nodeIds: ReadonlySet<string> | Iterable<string>): RemitGraph {
  const keep = nodeIds instanceof Set ? (nodeIds as ReadonlySet<string>) : new Set(nodeIds);
  const sub = graph.nullCopy();
  graph.forEachNode((id, attrs) => {
    if (keep.has(id)) sub.addNode(id, { ...attrs });
  });
  graph.forEachEdge((id, attrs, source, target) => {
    if (keep.has(source) && keep.has(target)) sub.addEdgeWithKey(id, source, target, { ...attrs });
  });
  return sub;
}

/** A file name from a title: keeps Chinese, drops what file systems refuse, never empty. */
export function exportFileName(title: string, extension: string): string {
  const base = title
    // format characters (bidi overrides and isolates, zero-width ones) would make the name read as another
    .replace(/[\p{Cf}\p{Cs}]/gu, '')
    .replace(/[\p{Cc}\u2028\u2029<>:"/\\|?*]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, 80)
    .trim();
  return `${base || 'remit'}.${extension}`;
}
