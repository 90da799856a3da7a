/**
 * Who answers for a thing. Platforms, regions, targets and agencies named in body text carry no annotation of
 * their own: responsibility reaches them through the items that mention them. An item's responsibility is
 * its own annotation, or failing that the nearest ancestor's (an annotation closing a section covers its parts).
 */
import type { Evidence, Role } from '../model';
import type { RemitGraph } from '../graph/types';
import { documentOrder, itemAncestors, itemAttrs, leadsOnItem } from './graph-helpers';
import { strongerRole } from './roles';

export interface ResponsibleRow {
  agencyId: string;
  role: Role;
  /** the item whose annotation names the agency */
  viaItemId: string;
  /** the item that mentions the thing asked about (equals viaItemId unless responsibility is inherited) */
  itemId: string;
  /** true when the annotation sits on an ancestor of itemId */
  inherited: boolean;
  andOthers: boolean;
  edgeId: string;
  /** where the annotation names the agency */
  evidence: Evidence[];
  /** where the item mentions the thing asked about; empty when asked about the item itself */
  mentionEvidence: Evidence[];
}

export interface ResponsibleSummary {
  agencyId: string;
  /** distinct items (mentioning the thing) the agency answers for */
  items: string[];
  /** strongest role held across those items */
  role: Role;
}

export interface ResponsibleForResult {
  nodeId: string;
  rows: ResponsibleRow[];
  byAgency: ResponsibleSummary[];
}

/** The annotation that governs an item: its own, or the nearest ancestor's. */
function governingLeads(graph: RemitGraph, itemId: string) {
  const own = leadsOnItem(graph, itemId);
  if (own.length) return { via: itemId, leads: own };
  for (const anc of itemAncestors(graph, itemId)) {
    const l = leadsOnItem(graph, anc);
    if (l.length) return { via: anc, leads: l };
  }
  return { via: itemId, leads: [] };
}

export function responsibleFor(graph: RemitGraph, nodeId: string): ResponsibleForResult {
  const result: ResponsibleForResult = { nodeId, rows: [], byAgency: [] };
  if (!graph.hasNode(nodeId)) return result;
  const kind = graph.getNodeAttribute(nodeId, 'kind');

  const subjects: Array<{ item: string; mention: Evidence[] }> = [];
  if (kind === 'section' || kind === 'article') {
    subjects.push({ item: nodeId, mention: [] });
  } else if (kind !== 'document') {
    graph.forEachInEdge(nodeId, (_e, attr, source) => {
      if (attr.kind === 'mentions' && itemAttrs(graph, source)) subjects.push({ item: source, mention: attr.evidence ?? [] });
    });
  }
  const order = documentOrder(graph);
  subjects.sort((a, b) => order(a.item, b.item));

  for (const s of subjects) {
    const { via, leads } = governingLeads(graph, s.item);
    for (const l of leads) {
      if (l.agency === nodeId) continue; // an agency mentioned in an item it also leads is not "responsible for itself"
      result.rows.push({
        agencyId: l.agency,
        role: l.role,
        viaItemId: via,
        itemId: s.item,
        inherited: via !== s.item,
        andOthers: l.andOthers,
        edgeId: l.edge,
        evidence: l.evidence,
        mentionEvidence: s.mention,
      });
    }
  }

  const summaries = new Map<string, ResponsibleSummary>();
  for (const r of result.rows) {
    const s = summaries.get(r.agencyId) ?? { agencyId: r.agencyId, items: [], role: r.role };
    if (!s.items.includes(r.itemId)) s.items.push(r.itemId);
    s.role = strongerRole(s.role, r.role);
    summaries.set(r.agencyId, s);
  }
  // first appearance breaks ties, so agencies named first in the earliest annotation come first
  result.byAgency = [...summaries.values()].sort((a, b) => b.items.length - a.items.length);
  return result;
}
