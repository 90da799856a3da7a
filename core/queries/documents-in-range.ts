/**
 * The documents a date filter keeps, and the part of the graph they account for. Bounds are ISO dates or
 * their prefixes ("2018", "2018-06"): a bare year as `to` means the end of that year. Undated documents are
 * kept only when `includeUndated` says so, since nothing places them inside or outside the range.
 */
import type { RemitGraph } from '../graph/types';
import { isDocument, isItem } from './graph-helpers';

export interface DateRange {
  from?: string;
  to?: string;
  includeUndated?: boolean;
}

/** "2018" → "2018-12-31", "2018-06" → "2018-06-31": an upper bound compared as a string. */
function upperBound(to: string): string {
  if (/^\d{4}$/.test(to)) return `${to}-12-31`;
  if (/^\d{4}-\d{2}$/.test(to)) return `${to}-31`;
  return to;
}

export function documentsInRange(graph: RemitGraph, range: DateRange): Set<string> {
  const from = range.from?.trim() || undefined;
  const to = range.to?.trim() ? upperBound(range.to.trim()) : undefined;
  const out = new Set<string>();
  graph.forEachNode((id, attr) => {
    if (!isDocument(attr)) return;
    if (!attr.date) {
      if (range.includeUndated) out.add(id);
      return;
    }
    if (from && attr.date < from) return;
    if (to && attr.date > to) return;
    out.add(id);
  });
  return out;
}

/**
 * Nodes that belong to these documents: the documents, their items and targets, and every agency, platform and
 * region linked to one of them (by issuing it, being assigned or mentioned in it), and the places those lie in.
 * A node shared with a document outside the set stays, as it also belongs here.
 */
export function nodesOfDocuments(graph: RemitGraph, documentIds: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  const owner = (id: string): string | undefined => {
    const a = graph.getNodeAttributes(id);
    if (isDocument(a)) return id;
    if (isItem(a) || a.kind === 'target') return a.document;
    return undefined;
  };
  graph.forEachNode((id) => {
    const doc = owner(id);
    if (doc !== undefined && documentIds.has(doc)) out.add(id);
  });
  graph.forEachEdge((_e, _a, source, target) => {
    const s = owner(source);
    const t = owner(target);
    if (s !== undefined && t === undefined && documentIds.has(s)) out.add(target);
    else if (t !== undefined && s === undefined && documentIds.has(t)) out.add(source);
  });
  // where those platforms and regions lie (成都市 for a platform in it, 四川省 for 成都市), to a fixed point
  for (let changed = true; changed; ) {
    changed = false;
    graph.forEachEdge((_e, attr, source, target) => {
      if (attr.kind === 'located_in' && out.has(source) && !out.has(target)) {
        out.add(target);
        changed = true;
      }
    });
  }
  return out;
}
