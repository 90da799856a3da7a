/**
 * Agencies × items, one cell per `leads` edge. Columns follow document order so the matrix reads like
 * the document; rows go by how much each agency carries, so the busiest bodies come first.
 */
import { zeroRoleCounts, type Evidence, type Role } from '../model';
import type { RemitGraph } from '../graph/types';
import { compareLabels, documentOrder, isAgency, isItem, nodeLabel } from './graph-helpers';

export interface MatrixCell {
  role: Role;
  edgeId: string;
  evidence: Evidence[];
  andOthers: boolean;
}

export interface MatrixRow {
  agencyId: string;
  total: number;
  byRole: Record<Role, number>;
}

export interface MatrixColumn {
  itemId: string;
  documentId: string;
  path: string;
  heading: string;
  total: number;
}

export interface ResponsibilityMatrix {
  rows: MatrixRow[];
  columns: MatrixColumn[];
  /** key: `${agencyId}\u0000${itemId}`, see cellKey */
  cells: Map<string, MatrixCell>;
  /** number of filled cells */
  total: number;
}

export const cellKey = (agencyId: string, itemId: string): string => `${agencyId}\u0000${itemId}`;

/**
 * `nodeIds` narrows the matrix to a visible subset: agencies are limited to those in it when it holds any
 * agency, items likewise; a subset holding only items therefore shows every agency named for them.
 */
export function responsibilityMatrix(graph: RemitGraph, nodeIds?: ReadonlySet<string> | Iterable<string> | null): ResponsibilityMatrix {
  const subset = nodeIds ? new Set(nodeIds) : null;
  let restrictAgencies = false;
  let restrictItems = false;
  if (subset) {
    for (const id of subset) {
      if (!graph.hasNode(id)) continue;
      const a = graph.getNodeAttributes(id);
      if (isAgency(a)) restrictAgencies = true;
      else if (isItem(a)) restrictItems = true;
    }
  }

  const cells = new Map<string, MatrixCell>();
  const rows = new Map<string, MatrixRow>();
  const cols = new Map<string, MatrixColumn>();
  graph.forEachEdge((edge, attr, source, target, sourceAttr, targetAttr) => {
    if (attr.kind !== 'leads' || !isAgency(sourceAttr) || !isItem(targetAttr)) return;
    if (restrictAgencies && !subset!.has(source)) return;
    if (restrictItems && !subset!.has(target)) return;
    const role = attr.role ?? 'responsible';
    cells.set(cellKey(source, target), { role, edgeId: edge, evidence: attr.evidence ?? [], andOthers: attr.andOthers === true });
    const row = rows.get(source) ?? { agencyId: source, total: 0, byRole: zeroRoleCounts() };
    row.total += 1;
    row.byRole[role] += 1;
    rows.set(source, row);
    const col = cols.get(target) ?? { itemId: target, documentId: targetAttr.document, path: targetAttr.path, heading: targetAttr.heading, total: 0 };
    col.total += 1;
    cols.set(target, col);
  });

  const order = documentOrder(graph);
  const columns = [...cols.values()].sort((a, b) => order(a.itemId, b.itemId));
  const sortedRows = [...rows.values()].sort(
    (a, b) => b.total - a.total || b.byRole.lead - a.byRole.lead || compareLabels(nodeLabel(graph, a.agencyId), nodeLabel(graph, b.agencyId)),
  );
  return { rows: sortedRows, columns, cells, total: cells.size };
}
