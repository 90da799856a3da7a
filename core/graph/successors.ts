/**
 * Succession between the agency nodes of a graph: an option for views to group a body with today's successor
 * (铁道部 with 交通运输部), while the nodes themselves stay what the documents named.
 */
import { agencyNodeId } from '../ids';
import type { AgencyNode } from '../model';
import { agencyById } from '../registry/resolve';
import { presentSuccessor } from '../registry/succession';
import type { RemitGraph } from './types';

/**
 * The node id of the present-day body that carries on the work of agency node `id` — whether or not that body is in the
 * graph — or `id` itself for a body that still exists, an unregistered body, or a node that is no agency.
 */
export function successorOf(graph: RemitGraph, id: string): string {
  if (!graph.hasNode(id)) return id;
  const attrs = graph.getNodeAttributes(id);
  if (attrs.kind !== 'agency' || !(attrs as AgencyNode).succeededBy?.length) return id;
  const present = presentSuccessor((attrs as AgencyNode).agencyId);
  return present ? agencyNodeId(present.id) : id;
}

/**
 * succeeded_by links between agency nodes present in the graph: `source` was succeeded by `target`, directly or through
 * bodies the graph does not hold (国家计委 → 国家发展改革委 in a graph of a 1999 and a 2020 document). A successor in
 * the graph ends its line: it links on to its own successors itself.
 */
export function successionLinks(graph: RemitGraph): Array<{ source: string; target: string }> {
  const out: Array<{ source: string; target: string }> = [];
  graph.forEachNode((id, attrs) => {
    if (attrs.kind !== 'agency' || !(attrs as AgencyNode).succeededBy?.length) return;
    const seen = new Set<string>();
    const queue = [...((attrs as AgencyNode).succeededBy ?? [])];
    while (queue.length) {
      const next = queue.shift()!;
      if (seen.has(next)) continue;
      seen.add(next);
      const target = agencyNodeId(next);
      if (graph.hasNode(target)) out.push({ source: id, target });
      else queue.push(...(agencyById(next)?.succeededBy ?? []));
    }
  });
  return out;
}
