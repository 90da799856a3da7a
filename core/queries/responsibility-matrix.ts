/**
 * Agencies × items, one cell per `leads` edge. Columns follow document order so the matrix reads like
 * the document; rows go by how much each agency carries, so the busiest bodies come first.
 */
import { agencyNodeId } from '../ids';
import { ROLES, type AgencyNode, type Evidence, type ItemNode, type Role } from '../model';
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
  /** with `bySuccessor`: the former bodies whose assignments this row of today's successor holds too */
  grouped?: string[];
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

/** The node of the body that carries an agency's work today, where the graph holds it (国家计委 → 国家发展改革委); else the agency. */
function todayIn(graph: RemitGraph, agencyId: string): string {
  const today = (graph.getNodeAttributes(agencyId) as Partial<AgencyNode>).presentSuccessor;
  const node = today === undefined ? undefined : agencyNodeId(today);
  return node !== undefined && graph.hasNode(node) ? node : agencyId;
}

/**
 * `nodeIds` narrows the matrix to a visible subset (see AssignmentScope); `scope` adds role and document filters.
 * One cell per assignment, so `total` equals assignmentCounts(graph, same scope).assignments — unless `bySuccessor`
 * groups each former body into the row of the body that carries its work today, where the graph holds it (a view's
 * choice: the nodes stay what the documents named); then an item both assigned is one cell, the stronger role's.
 */
export function responsibilityMatrix(
  graph: RemitGraph,
  nodeIds?: ReadonlySet<string> | Iterable<string> | null,
  scope: Omit<AssignmentScope, 'nodeIds'> & { bySuccessor?: boolean } = {},
): ResponsibilityMatrix {
  const cells = new Map<string, MatrixCell>();
  const rows = new Map<string, MatrixRow>();
  const cols = new Map<string, MatrixColumn>();
  forEachAssignment(graph, { ...scope, nodeIds }, (a) => {
    const agencyId = scope.bySuccessor ? todayIn(graph, a.agencyId) : a.agencyId;
    const key = cellKey(agencyId, a.itemId);
    const row = rows.get(agencyId) ?? { agencyId, total: 0, byRole: emptyRoleCounts() };
    rows.set(agencyId, row);
    if (agencyId !== a.agencyId && !row.grouped?.includes(a.agencyId)) (row.grouped ??= []).push(a.agencyId);
    // a former body and its successor both assigned the item: the row shows the stronger role, as an edge does
    const held = cells.get(key);
    if (held && ROLES.indexOf(held.role) <= ROLES.indexOf(a.role)) return;
    cells.set(key, { role: a.role, edgeId: a.edgeId, evidence: a.evidence, andOthers: a.andOthers });
    if (held) row.byRole[held.role] -= 1;
    else row.total += 1;
    countRole(row.byRole, a.role);
    if (held) return;
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
