/**
 * Agencies × items, one cell per `leads` edge. Columns follow document order so the matrix reads like
 * the document; rows go by how much each agency carries, so the busiest bodies come first.
 */
import type { Evidence, ItemNode, Role } from '../model';
import type { RemitGraph } from '../graph/types';
import { forEachAssignment, type AssignmentScope } from './assignments';
import { compareLabels, documentOrder, nodeLabel } from './graph-helpers';
import { countRole, emptyRoleCounts } from './roles';

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
 * `nodeIds` narrows the matrix to a visible subset (see AssignmentScope); `scope` adds role and document filters.
 * One cell per assignment, so `total` equals assignmentCounts(graph, same scope).assignments.
 */
export function responsibilityMatrix(
  graph: RemitGraph,
  nodeIds?: ReadonlySet<string> | Iterable<string> | null,
  scope: Omit<AssignmentScope, 'nodeIds'> = {},
): ResponsibilityMatrix {
  const cells = new Map<string, MatrixCell>();
  const rows = new Map<string, MatrixRow>();
  const cols = new Map<string, MatrixColumn>();
  forEachAssignment(graph, { ...scope, nodeIds }, (a) => {
    cells.set(cellKey(a.agencyId, a.itemId), { role: a.role, edgeId: a.edgeId, evidence: a.evidence, andOthers: a.andOthers });
    const row = rows.get(a.agencyId) ?? { agencyId: a.agencyId, total: 0, byRole: emptyRoleCounts() };
    row.total += 1;
    countRole(row.byRole, a.role);
    rows.set(a.agencyId, row);
    const item = graph.getNodeAttributes(a.itemId) as ItemNode;
    const col = cols.get(a.itemId) ?? { itemId: a.itemId, documentId: a.documentId, path: item.path, heading: item.heading, total: 0 };
    col.total += 1;
    cols.set(a.itemId, col);
  });

  const order = documentOrder(graph);
  const columns = [...cols.values()].sort((a, b) => order(a.itemId, b.itemId));
  const sortedRows = [...rows.values()].sort(
    (a, b) => b.total - a.total || (b.byRole.lead ?? 0) - (a.byRole.lead ?? 0) || compareLabels(nodeLabel(graph, a.agencyId), nodeLabel(graph, b.agencyId)),
  );
  return { rows: sortedRows, columns, cells, total: cells.size };
}
