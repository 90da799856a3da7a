/**
 * Which nodes the current view shows. Filters narrow a scope (documents → sections → an agency's work), kinds are
 * then switched off, isolated nodes dropped, a focus keeps a neighbourhood, and explicit expand/collapse win last.
 */
import { NODE_KINDS, type NodeAttributes, type NodeKind } from '../../core/model';
import type { RemitGraph } from '../../core/graph/types';
import { forEachAssignment } from '../../core/queries/assignments';
import { documentsInRange, nodesOfDocuments } from '../../core/queries/documents-in-range';
import type { ViewState } from './view';

export interface Visibility {
  /** null when every node is shown (saves building a set for the common case) */
  visible: ReadonlySet<string> | null;
  /**
   * responsibility edges of the roles switched off, between nodes that stay (an agency that also leads something
   * else, an item that also has a lead): hidden although both ends are shown; null when none are
   */
  hiddenEdges: ReadonlySet<string> | null;
  nodeCount: number;
  edgeCount: number;
  /** per kind: nodes inside the document/section/agency scope, before kinds are switched off */
  kindCounts: Record<NodeKind, number>;
}

const STRUCTURAL = new Set<NodeKind>(['document', 'section', 'article']);
const isItemKind = (k: NodeKind) => k === 'section' || k === 'article';

/** Document ids a node belongs to: its own for documents, items and targets; its neighbours' for shared entities. */
function documentsOf(graph: RemitGraph, id: string, attrs: NodeAttributes): string[] {
  if (attrs.kind === 'document') return [id];
  if (attrs.kind === 'section' || attrs.kind === 'article' || attrs.kind === 'target') return [attrs.document];
  const docs = new Set<string>();
  graph.forEachNeighbor(id, (n, a) => {
    if (a.kind === 'document') docs.add(n);
    else if (a.kind === 'section' || a.kind === 'article' || a.kind === 'target') docs.add(a.document);
  });
  return [...docs];
}

function containsChildren(graph: RemitGraph, id: string): string[] {
  const out: string[] = [];
  graph.forEachOutEdge(id, (_e, ea, _s, t) => {
    if (ea.kind === 'contains') out.push(t);
  });
  return out;
}

function containsParent(graph: RemitGraph, id: string): string | undefined {
  let parent: string | undefined;
  graph.forEachInEdge(id, (_e, ea, s) => {
    if (ea.kind === 'contains') parent = s;
  });
  return parent;
}

/** Items (and their outline ancestors), plus every non-structural node attached to those items. */
function aroundItems(graph: RemitGraph, items: Iterable<string>, extra: string[] = []): Set<string> {
  const out = new Set<string>(extra);
  for (const item of items) {
    out.add(item);
    for (let p = containsParent(graph, item); p && !out.has(p); p = containsParent(graph, p)) out.add(p);
    graph.forEachNeighbor(item, (n, a) => {
      if (!STRUCTURAL.has(a.kind)) out.add(n);
    });
  }
  return out;
}

function intersect(a: Set<string> | null, b: Set<string>): Set<string> {
  if (!a) return b;
  for (const x of a) if (!b.has(x)) a.delete(x);
  return a;
}

function neighbourhood(graph: RemitGraph, root: string, depth: number, within: Set<string> | null): Set<string> {
  const seen = new Set([root]);
  let frontier = [root];
  for (let d = 0; d < depth; d++) {
    const next: string[] = [];
    for (const id of frontier) {
      graph.forEachNeighbor(id, (n) => {
        if (!seen.has(n) && (!within || within.has(n))) {
          seen.add(n);
          next.push(n);
        }
      });
    }
    frontier = next;
  }
  return seen;
}

export function computeVisibility(graph: RemitGraph, view: Pick<ViewState, 'filters' | 'focus' | 'expanded' | 'collapsed'>): Visibility {
  const { filters, focus } = view;
  let scope: Set<string> | null = null;

  if (filters.documents) {
    const docs = new Set(filters.documents);
    const inDocs = new Set<string>();
    graph.forEachNode((id, attrs) => {
      if (documentsOf(graph, id, attrs).some((d) => docs.has(d))) inDocs.add(id);
    });
    scope = intersect(scope, inDocs);
  }
  if (filters.sections) {
    const items: string[] = [];
    const stack = filters.sections.filter((s) => graph.hasNode(s));
    while (stack.length) {
      const id = stack.pop()!;
      items.push(id);
      stack.push(...containsChildren(graph, id));
    }
    scope = intersect(scope, aroundItems(graph, items));
  }
  if (filters.agency && graph.hasNode(filters.agency)) {
    const led: string[] = [];
    graph.forEachEdge(filters.agency, (_e, ea, s, t) => {
      const other = s === filters.agency ? t : s;
      if (ea.kind === 'leads' && isItemKind(graph.getNodeAttribute(other, 'kind'))) led.push(other);
    });
    scope = intersect(scope, aroundItems(graph, led, [filters.agency]));
  }

  // A date range keeps the documents dated within it and what they account for (core's documentsInRange).
  if (filters.dates && (filters.dates.from || filters.dates.to)) {
    scope = intersect(scope, nodesOfDocuments(graph, documentsInRange(graph, filters.dates)));
  }
  // Roles keep the assignments in those roles: the items, the agencies named for them and what the items mention,
  // with documents kept as anchors. The same assignments the Matrix counts (core's forEachAssignment).
  if (filters.roles && filters.roles.length > 0) {
    const items = new Set<string>();
    const agencies: string[] = [];
    forEachAssignment(graph, { roles: filters.roles }, (a) => {
      items.add(a.itemId);
      agencies.push(a.agencyId);
    });
    const docs = graph.filterNodes((_id, a) => a.kind === 'document');
    const kept = new Set(agencies);
    const around = aroundItems(graph, items, [...agencies, ...docs]);
    for (const id of around) if (!kept.has(id) && graph.getNodeAttribute(id, 'kind') === 'agency') around.delete(id);
    scope = intersect(scope, around);
  }

  const kindCounts = Object.fromEntries(NODE_KINDS.map((k) => [k, 0])) as Record<NodeKind, number>;
  const hidden = new Set(filters.hiddenKinds);
  let shown = new Set<string>();
  const consider = (id: string) => {
    const kind = graph.getNodeAttribute(id, 'kind');
    kindCounts[kind]++;
    if (!hidden.has(kind)) shown.add(id);
  };
  if (scope) scope.forEach(consider);
  else graph.forEachNode(consider);

  if (filters.hideIsolated) {
    const current = shown;
    shown = new Set([...current].filter((id) => graph.someNeighbor(id, (n) => current.has(n))));
  }
  if (focus && graph.hasNode(focus.node)) {
    shown = neighbourhood(graph, focus.node, focus.depth, shown.has(focus.node) ? shown : null);
  }
  for (const id of view.expanded) {
    if (!graph.hasNode(id)) continue;
    shown.add(id);
    graph.forEachNeighbor(id, (n) => shown.add(n));
  }
  for (const id of view.collapsed) {
    if (!graph.hasNode(id)) continue;
    graph.forEachNeighbor(id, (n) => {
      if (n !== focus?.node && !view.expanded.includes(n)) shown.delete(n);
    });
  }

  const roleOk = filters.roles && filters.roles.length > 0 ? new Set<string>(filters.roles) : null;
  const hiddenEdges = new Set<string>();
  let edgeCount = 0;
  graph.forEachEdge((e, a, s, t) => {
    if (!shown.has(s) || !shown.has(t)) return;
    if (roleOk && a.kind === 'leads' && !roleOk.has(a.role ?? 'responsible')) hiddenEdges.add(e);
    else edgeCount++;
  });
  const all = shown.size === graph.order;
  return { visible: all ? null : shown, hiddenEdges: hiddenEdges.size > 0 ? hiddenEdges : null, nodeCount: shown.size, edgeCount, kindCounts };
}
