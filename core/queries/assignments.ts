/**
 * What counts as one assignment, for every view that counts them (Matrix, Details, filters, the briefing
 * pack): one `leads` edge, i.e. one (agency, item) pair. An item whose annotation is stated twice (a restated
 * fact) is still one assignment with two statements, so a count of assignments never depends on how often a
 * document repeats itself. Scoping (a visible subset, roles, documents) is applied here, once.
 */
import type { Evidence, Role } from '../model';
import type { RemitGraph } from '../graph/types';
import { isAgency, isItem } from './graph-helpers';
import { countRole, emptyRoleCounts, roleTest, type RoleFilter } from './roles';

export interface AssignmentScope {
  /**
   * a visible subset: agencies are limited to those in it when it holds any agency, items likewise; a subset
   * holding only items therefore keeps every agency named for them
   */
  nodeIds?: ReadonlySet<string> | Iterable<string> | null;
  /** only these roles (all when absent or empty) */
  roles?: RoleFilter;
  /** only items of these documents (all when absent) */
  documentIds?: ReadonlySet<string> | null;
}

export interface Assignment {
  edgeId: string;
  agencyId: string;
  itemId: string;
  documentId: string;
  role: Role;
  andOthers: boolean;
  /** the annotations naming the body for this item: usually one */
  evidence: Evidence[];
}

export interface AssignmentCounts {
  /** (agency, item) pairs */
  assignments: number;
  /** annotations naming a body: at least `assignments`, more where a document restates an assignment */
  statements: number;
  /** agencies with at least one assignment */
  agencies: number;
  /** items with at least one assignment */
  items: number;
  /** documents with at least one assignment */
  documents: number;
  byRole: Record<Role, number>;
}

export function forEachAssignment(graph: RemitGraph, scope: AssignmentScope, visit: (a: Assignment) => void): void {
  const subset = scope.nodeIds ? new Set(scope.nodeIds) : null;
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
  const roleOk = roleTest(scope.roles);
  const docs = scope.documentIds ?? null;
  graph.forEachEdge((edgeId, attr, source, target, sourceAttr, targetAttr) => {
    if (attr.kind !== 'leads' || !isAgency(sourceAttr) || !isItem(targetAttr)) return;
    if (restrictAgencies && !subset!.has(source)) return;
    if (restrictItems && !subset!.has(target)) return;
    const role = attr.role ?? 'responsible';
    if (!roleOk(role)) return;
    if (docs && !docs.has(targetAttr.document)) return;
    visit({ edgeId, agencyId: source, itemId: target, documentId: targetAttr.document, role, andOthers: attr.andOthers === true, evidence: attr.evidence ?? [] });
  });
}

/** Distinct annotations in an assignment's evidence (the same annotation stored twice counts once). */
export function statementCount(evidence: readonly Evidence[]): number {
  if (evidence.length <= 1) return 1;
  return new Set(evidence.map((e) => `${e.start}:${e.end}`)).size;
}

export function assignmentCounts(graph: RemitGraph, scope: AssignmentScope = {}): AssignmentCounts {
  const agencies = new Set<string>();
  const items = new Set<string>();
  const documents = new Set<string>();
  const byRole = emptyRoleCounts();
  let assignments = 0;
  let statements = 0;
  forEachAssignment(graph, scope, (a) => {
    assignments += 1;
    statements += statementCount(a.evidence);
    agencies.add(a.agencyId);
    items.add(a.itemId);
    documents.add(a.documentId);
    countRole(byRole, a.role);
  });
  return { assignments, statements, agencies: agencies.size, items: items.size, documents: documents.size, byRole };
}
