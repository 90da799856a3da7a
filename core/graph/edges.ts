import { EDGE_KINDS, type EdgeAttributes, type EdgeKind, type Evidence } from '../model';
import type { RemitGraph } from './types';

export const edgeKey = (kind: EdgeKind, source: string, target: string): string => `${KEY_PREFIX[kind]}${source}->${target}`;

// One string per kind: `${kind}:` written inline made a fresh copy of the prefix for each of the ~80,000 edge keys.
const KEY_PREFIX: Readonly<Record<EdgeKind, string>> = Object.freeze(
  Object.fromEntries(EDGE_KINDS.map((k) => [k, `${k}:`])) as Record<EdgeKind, string>,
);

const NO_ATTRS: Omit<EdgeAttributes, 'kind' | 'evidence'> = Object.freeze({});

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
  attrs: Omit<EdgeAttributes, 'kind' | 'evidence'> = NO_ATTRS,
  evidence?: Evidence,
): string {
  // Looked up by endpoints, not by key: the adjacency lookup is cheaper than hashing a fresh key string, and a
  // directed simple graph has at most one edge per ordered pair whatever its kind.
  const existing = graph.edge(source, target);
  if (existing === undefined) return addNewFact(graph, kind, source, target, attrs, evidence);
  // Updated in place: this runs while a graph is being built, where nobody listens for attribute events, and
  // copying the evidence list on every repeated mention made building quadratic in the mentions of an item.
  const current = graph.getEdgeAttributes(existing);
  if (current.kind !== kind) throw new Error(`${source} → ${target} is already a ${current.kind} edge, cannot also be ${kind}`);
  if (evidence) {
    const list = current.evidence ?? (current.evidence = []);
    // A document adds its facts in text order, so a repeat of the same statement can only be the last entry;
    // comparing with every entry made one clause repeated thousands of times quadratic.
    const last = list[list.length - 1];
    if (!last || !sameEvidence(last, evidence)) list.push(evidence);
  }
  if (kind === 'leads' && attrs.role && rank(attrs.role) > rank(current.role)) current.role = attrs.role;
  if (attrs.andOthers && !current.andOthers) current.andOthers = true;
  return existing;
}

/** Adds an edge known not to exist yet, such as one to a node just created: no lookup needed. */
export function addNewFact(
  graph: RemitGraph,
  kind: EdgeKind,
  source: string,
  target: string,
  attrs: Omit<EdgeAttributes, 'kind' | 'evidence'> = NO_ATTRS,
  evidence?: Evidence,
): string {
  const key = edgeKey(kind, source, target);
  const data: EdgeAttributes = attrs === NO_ATTRS ? { kind } : { kind, ...attrs };
  if (evidence) data.evidence = [evidence];
  graph.addDirectedEdgeWithKey(key, source, target, data);
  return key;
}

// The edge shows the strongest role it has anywhere; each evidence entry keeps its own.
function rank(role: EdgeAttributes['role']): number {
  return role === 'lead' ? 3 : role === 'joint' ? 2 : role === 'responsible' ? 1 : 0;
}
