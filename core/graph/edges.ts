import type { EdgeAttributes, EdgeKind, Evidence } from '../model';
import type { RemitGraph } from './types';

export const edgeKey = (kind: EdgeKind, source: string, target: string): string => `${kind}:${source}->${target}`;

const sameEvidence = (a: Evidence, b: Evidence): boolean =>
  a.document === b.document && a.start === b.start && a.end === b.end && a.focusStart === b.focusStart && a.asWritten === b.asWritten;

/**
 * Adds the edge or, when the same fact is already there, appends the new evidence to it.
 * Merging keeps one edge per fact so that several documents stating it show as one line with many quotes.
 */
export function addFact(
  graph: RemitGraph,
  kind: EdgeKind,
  source: string,
  target: string,
  attrs: Omit<EdgeAttributes, 'kind' | 'evidence'> = {},
  evidence?: Evidence,
): string {
  const key = edgeKey(kind, source, target);
  if (!graph.hasEdge(key)) {
    graph.addDirectedEdgeWithKey(key, source, target, { kind, ...attrs, ...(evidence ? { evidence: [evidence] } : {}) });
    return key;
  }
  const current = graph.getEdgeAttributes(key);
  if (evidence) {
    const list = current.evidence ?? [];
    if (!list.some((e) => sameEvidence(e, evidence))) graph.setEdgeAttribute(key, 'evidence', [...list, evidence]);
  }
  if (kind === 'leads' && attrs.role && rank(attrs.role) > rank(current.role)) graph.setEdgeAttribute(key, 'role', attrs.role);
  if (attrs.andOthers && !current.andOthers) graph.setEdgeAttribute(key, 'andOthers', true);
  return key;
}

// The edge shows the strongest role it has anywhere; each evidence entry keeps its own.
function rank(role: EdgeAttributes['role']): number {
  return role === 'lead' ? 3 : role === 'joint' ? 2 : role === 'responsible' ? 1 : 0;
}
