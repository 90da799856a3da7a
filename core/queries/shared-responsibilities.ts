/**
 * How agencies share work: two agencies share an item when the same annotation names both.
 */
import type { Role } from '../model';
import type { RemitGraph } from '../graph/types';
import { compareLabels, documentOrder, isItem, leadsFromAgency, leadsOnItem, nodeLabel } from './graph-helpers';

export interface SharedPair {
  /** agency node ids, ordered so that `a` sorts before `b` by label */
  a: string;
  b: string;
  count: number;
  /** shared item ids in document order */
  items: string[];
}

export interface CoResponsible {
  agencyId: string;
  count: number;
  items: Array<{ itemId: string; role: Role; otherRole: Role }>;
}

export function sharedResponsibilities(graph: RemitGraph): SharedPair[] {
  const pairs = new Map<string, SharedPair>();
  const order = documentOrder(graph);
  const items: string[] = [];
  graph.forEachNode((id, attr) => {
    if (isItem(attr)) items.push(id);
  });
  items.sort(order);
  for (const item of items) {
    const agencies = [...new Set(leadsOnItem(graph, item).map((l) => l.agency))].sort((x, y) =>
      compareLabels(nodeLabel(graph, x), nodeLabel(graph, y)) || (x < y ? -1 : 1),
    );
    for (let i = 0; i < agencies.length; i++) {
      for (let j = i + 1; j < agencies.length; j++) {
        const key = `${agencies[i]}\u0000${agencies[j]}`;
        const p = pairs.get(key) ?? { a: agencies[i], b: agencies[j], count: 0, items: [] };
        p.items.push(item);
        p.count += 1;
        pairs.set(key, p);
      }
    }
  }
  return [...pairs.values()].sort(
    (x, y) => y.count - x.count || compareLabels(nodeLabel(graph, x.a), nodeLabel(graph, y.a)) || compareLabels(nodeLabel(graph, x.b), nodeLabel(graph, y.b)),
  );
}

export function coResponsibleAgencies(graph: RemitGraph, agencyNodeId: string): CoResponsible[] {
  if (!graph.hasNode(agencyNodeId)) return [];
  const order = documentOrder(graph);
  const others = new Map<string, CoResponsible>();
  const own = leadsFromAgency(graph, agencyNodeId).sort((a, b) => order(a.item, b.item));
  for (const mine of own) {
    for (const other of leadsOnItem(graph, mine.item)) {
      if (other.agency === agencyNodeId) continue;
      const c = others.get(other.agency) ?? { agencyId: other.agency, count: 0, items: [] };
      if (c.items.some((i) => i.itemId === mine.item)) continue;
      c.items.push({ itemId: mine.item, role: mine.role, otherRole: other.role });
      c.count += 1;
      others.set(other.agency, c);
    }
  }
  return [...others.values()].sort((x, y) => y.count - x.count || compareLabels(nodeLabel(graph, x.agencyId), nodeLabel(graph, y.agencyId)));
}
