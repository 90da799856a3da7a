/**
 * "Which agencies share work with X?" as a ranked list: every agency named in the same annotation as X, ranked by
 * how many items they share, then by how much of their joint work that is (Jaccard: a partner on 5 items who has
 * 6 in all is closer than one on 5 who has 80), then by name. Role and document filters apply to both sides of a pair, as in the matrix.
 */
import type { Role } from '../model';
import type { RemitGraph } from '../graph/types';
import { forEachAssignment, type AssignmentScope } from './assignments';
import { compareLabels, documentOrder, nodeLabel } from './graph-helpers';

export interface SharedWorkPartner {
  agencyId: string;
  rank: number;
  /** items both are assigned */
  shared: number;
  /** shared / X's own assignments in scope, 0–1 */
  shareOfMine: number;
  /** shared / items either of the two is assigned (Jaccard), 0–1 */
  overlap: number;
  /** shared items in document order, with both roles */
  items: Array<{ itemId: string; role: Role; otherRole: Role }>;
}

export function agenciesSharingWork(graph: RemitGraph, agencyId: string, scope: Pick<AssignmentScope, 'roles' | 'documentIds'> = {}): SharedWorkPartner[] {
  if (!graph.hasNode(agencyId)) return [];
  const mine = new Map<string, Role>();
  const byItem = new Map<string, Array<{ agencyId: string; role: Role }>>();
  const totals = new Map<string, number>();
  forEachAssignment(graph, scope, (a) => {
    totals.set(a.agencyId, (totals.get(a.agencyId) ?? 0) + 1);
    if (a.agencyId === agencyId) mine.set(a.itemId, a.role);
    const list = byItem.get(a.itemId);
    if (list) list.push({ agencyId: a.agencyId, role: a.role });
    else byItem.set(a.itemId, [{ agencyId: a.agencyId, role: a.role }]);
  });
  if (!mine.size) return [];
  const order = documentOrder(graph);
  const partners = new Map<string, SharedWorkPartner>();
  for (const itemId of [...mine.keys()].sort(order)) {
    for (const other of byItem.get(itemId) ?? []) {
      if (other.agencyId === agencyId) continue;
      const p = partners.get(other.agencyId) ?? { agencyId: other.agencyId, rank: 0, shared: 0, shareOfMine: 0, overlap: 0, items: [] };
      p.shared += 1;
      p.items.push({ itemId, role: mine.get(itemId)!, otherRole: other.role });
      partners.set(other.agencyId, p);
    }
  }
  const list = [...partners.values()];
  for (const p of list) {
    p.shareOfMine = p.shared / mine.size;
    p.overlap = p.shared / (mine.size + (totals.get(p.agencyId) ?? 0) - p.shared);
  }
  list.sort((x, y) => y.shared - x.shared || y.overlap - x.overlap || compareLabels(nodeLabel(graph, x.agencyId), nodeLabel(graph, y.agencyId)));
  list.forEach((p, i) => (p.rank = i + 1));
  return list;
}
