import { EDGE_KINDS, type EdgeAttributes, type EdgeKind, type Evidence, type Role } from '../model';
import type { RemitGraph } from './types';
import { announceEdgeChange } from './undo-log';

export const edgeKey = (kind: EdgeKind, source: string, target: string): string => `${KEY_PREFIX[kind]}${source}->${target}`;

// One string per kind: `${kind}:` written inline made a fresh copy of the prefix for each of the ~80,000 edge keys.
const KEY_PREFIX: Readonly<Record<EdgeKind, string>> = Object.freeze(
  Object.fromEntries(EDGE_KINDS.map((k) => [k, `${k}:`])) as Record<EdgeKind, string>,
);

/**
 * Edge keys (the same as `edgeKey`) made from `${kind}:${source}->` of the sources met lately: an item's mentions, a
 * parent's children and an agency's articles come in runs, and a key that shares its first part is one joined string
 * instead of three (a graph of 1,000 documents keeps 160,000 objects fewer for the collector to copy). Bounded. One
 * per build (BuildContext), so that nothing is remembered between builds by the module.
 */
export class EdgeKeys {
  private readonly recent: Readonly<Record<EdgeKind, Map<string, string>>> =
    Object.fromEntries(EDGE_KINDS.map((k) => [k, new Map<string, string>()])) as Record<EdgeKind, Map<string, string>>;

  key(kind: EdgeKind, source: string, target: string): string {
    const recent = this.recent[kind];
    let prefix = recent.get(source);
    if (prefix === undefined) {
      if (recent.size >= RECENT_PREFIXES) recent.clear();
      recent.set(source, (prefix = `${KEY_PREFIX[kind]}${source}->`));
    }
    return `${prefix}${target}`;
  }
}
const RECENT_PREFIXES = 512;

const NO_ATTRS: Omit<EdgeAttributes, 'kind' | 'evidence'> = Object.freeze({});

const sameEvidence = (a: Evidence, b: Evidence): boolean =>
  a.document === b.document && a.start === b.start && a.end === b.end && a.focusStart === b.focusStart && a.asWritten === b.asWritten;

/**
 * Adds the edge or, when the same fact is already there, appends the new evidence to it.
 * Merging keeps one edge per fact so that several documents stating it show as one line with many quotes.
 * `keys`: the build's edge keys (the same keys, made with fewer strings).
 */
export function addFact(
  graph: RemitGraph,
  kind: EdgeKind,
  source: string,
  target: string,
  attrs: Omit<EdgeAttributes, 'kind' | 'evidence'> = NO_ATTRS,
  evidence?: Evidence,
  keys?: EdgeKeys,
): string {
  // Looked up by endpoints, not by key: the adjacency lookup is cheaper than hashing a fresh key string, and a
  // directed simple graph has at most one edge per ordered pair whatever its kind.
  const existing = graph.edge(source, target);
  if (existing === undefined) return addNewFact(graph, kind, source, target, attrs, evidence, keys);
  announceEdgeChange(graph, existing);
  // Updated in place: this runs while a graph is being built, where nobody listens for attribute events, and
  // copying the evidence list on every repeated mention made building quadratic in the mentions of an item.
  let current = graph.getEdgeAttributes(existing);
  if (current.kind !== kind) throw new Error(`${source} → ${target} is already a ${current.kind} edge, cannot also be ${kind}`);
  if (current === BARE[kind] && (evidence || attrs !== NO_ATTRS)) {
    current = { kind };
    graph.replaceEdgeAttributes(existing, current);
  }
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
  keys?: EdgeKeys,
): string {
  const key = keys ? keys.key(kind, source, target) : edgeKey(kind, source, target);
  graph.addDirectedEdgeWithKey(key, source, target, edgeAttributes(kind, attrs, evidence));
  return key;
}

/**
 * Each edge's attributes are made as one literal with every property they start with. A property added to an object
 * after it is made goes to a separate store, one more object per edge for the collector to copy (52,000 of them in a
 * graph of 1,000 documents). The edges that start with nothing but their kind (every `contains`) share one frozen
 * object per kind, like NO_ALIASES; addFact gives such an edge its own object before it changes one.
 */
function edgeAttributes(kind: EdgeKind, attrs: Omit<EdgeAttributes, 'kind' | 'evidence'>, evidence: Evidence | undefined): EdgeAttributes {
  if (attrs === NO_ATTRS) return evidence ? { kind, evidence: [evidence] } : BARE[kind];
  if (!evidence) return { kind, ...attrs };
  if (attrs.forwarded) return { kind, forwarded: true, evidence: [evidence] };
  return { kind, role: attrs.role, asWritten: attrs.asWritten, andOthers: attrs.andOthers, evidence: [evidence] };
}

const BARE: Readonly<Record<EdgeKind, EdgeAttributes>> = Object.freeze(
  Object.fromEntries(EDGE_KINDS.map((kind) => [kind, Object.freeze({ kind })])) as Record<EdgeKind, EdgeAttributes>,
);

/**
 * The edge shows the strongest role it has anywhere; each evidence entry keeps its own. Leading, sharing and bearing
 * the responsibility come before carrying it out locally, guiding, taking part and being a member, in that order.
 */
const RANK: Readonly<Record<Role, number>> = { lead: 7, joint: 6, responsible: 5, implement: 4, guide: 3, participate: 2, member: 1 };
function rank(role: EdgeAttributes['role']): number {
  return role ? RANK[role] : 0;
}
