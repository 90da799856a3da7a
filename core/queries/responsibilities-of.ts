/**
 * What one agency answers for: every item whose annotation names it, grouped the way an analyst reads a
 * document (document, then the section the item sits in), with the role, the clause and its evidence.
 */
import type { Evidence, Role } from '../model';
import type { RemitGraph } from '../graph/types';
import type { AssignmentScope } from './assignments';
import { containerOf, documentAttrs, documentOrder, itemAttrs, leadsFromAgency, leadsOnItem } from './graph-helpers';
import { compareRoles, countRole, emptyRoleCounts, roleTest } from './roles';

export interface ResponsibilityEntry {
  itemId: string;
  path: string;
  heading: string;
  role: Role;
  /** the body as the annotation writes it, e.g. 发展改革委 */
  asWritten?: string;
  andOthers: boolean;
  /** the annotation, e.g. （重庆市、四川省、科技部牵头负责） */
  quote: string;
  evidence: Evidence[];
  edgeId: string;
  /** other agencies named for the same item */
  coAgencies: string[];
}

export interface ResponsibilityGroup {
  /** the item that contains these items, or null for top-level items */
  sectionId: string | null;
  path: string;
  heading: string;
  entries: ResponsibilityEntry[];
}

export interface ResponsibilityDocument {
  documentId: string;
  title: string;
  key: string;
  groups: ResponsibilityGroup[];
  count: number;
}

export interface AgencyResponsibilities {
  agencyId: string;
  total: number;
  byRole: Record<Role, number>;
  documents: ResponsibilityDocument[];
}

/** `scope` filters by role and document the same way the matrix does (see assignments.ts). */
export function responsibilitiesOf(graph: RemitGraph, agencyNodeId: string, scope: Pick<AssignmentScope, 'roles' | 'documentIds'> = {}): AgencyResponsibilities {
  const byRole = emptyRoleCounts();
  const empty: AgencyResponsibilities = { agencyId: agencyNodeId, total: 0, byRole, documents: [] };
  if (!graph.hasNode(agencyNodeId) || graph.getNodeAttribute(agencyNodeId, 'kind') !== 'agency') return empty;

  const order = documentOrder(graph);
  const roleOk = roleTest(scope.roles);
  const leads = leadsFromAgency(graph, agencyNodeId)
    .filter((l) => roleOk(l.role) && (!scope.documentIds || scope.documentIds.has(itemAttrs(graph, l.item)?.document ?? '')))
    .sort((a, b) => order(a.item, b.item));
  const docs = new Map<string, ResponsibilityDocument>();
  const groups = new Map<string, ResponsibilityGroup>();

  for (const lead of leads) {
    const item = itemAttrs(graph, lead.item);
    if (!item) continue;
    countRole(byRole, lead.role);
    let doc = docs.get(item.document);
    if (!doc) {
      const d = documentAttrs(graph, item.document);
      doc = { documentId: item.document, title: d?.title ?? item.document, key: d?.key ?? item.document, groups: [], count: 0 };
      docs.set(item.document, doc);
    }
    const parent = containerOf(graph, lead.item);
    const parentItem = parent === undefined ? undefined : itemAttrs(graph, parent);
    const groupKey = `${item.document}\u0000${parentItem ? parent : ''}`;
    let group = groups.get(groupKey);
    if (!group) {
      group = parentItem
        ? { sectionId: parent as string, path: parentItem.path, heading: parentItem.heading, entries: [] }
        : { sectionId: null, path: '', heading: '', entries: [] };
      groups.set(groupKey, group);
      doc.groups.push(group);
    }
    group.entries.push({
      itemId: lead.item,
      path: item.path,
      heading: item.heading,
      role: lead.role,
      asWritten: lead.asWritten,
      andOthers: lead.andOthers,
      quote: lead.evidence[0]?.quote ?? '',
      evidence: lead.evidence,
      edgeId: lead.edge,
      coAgencies: leadsOnItem(graph, lead.item)
        .filter((l) => l.agency !== agencyNodeId)
        .sort((a, b) => compareRoles(a.role, b.role))
        .map((l) => l.agency),
    });
    doc.count += 1;
  }
  return { agencyId: agencyNodeId, total: leads.length, byRole, documents: [...docs.values()] };
}
