import { agencyNodeId } from '../ids';
import type { AgencyNode, AgencyRecord } from '../model';
import { branchEn } from '../entities/branch-name';
import { localGovernmentEn } from '../entities/government-name';
import { agencyById, presentSuccessor, resolveAgency, unregisteredAgency } from '../registry';
import type { BuildContext } from './context';
import { addGraphNode } from './create';
import type { RemitGraph } from './types';
import { announceNodeChange } from './undo-log';

/** The agency record for a name as written; names outside the registry still become (unregistered) agencies. */
export function agencyFor(asWritten: string): AgencyRecord {
  return resolveAgency(asWritten) ?? unregisteredAgency(asWritten);
}

/**
 * The record's node, added when the graph has none; `nodeIds` (the build's: BuildContext) keeps each record's id, as
 * the registry's records are met tens of thousands of times and a fresh id string would be hashed afresh for every
 * graph lookup. Records are never changed once made.
 */
export function ensureAgencyNode(
  graph: RemitGraph, nodeIds: BuildContext['agencyNodeIds'], record: AgencyRecord, asWritten?: string,
): string {
  let id = nodeIds.get(record);
  if (id === undefined) nodeIds.set(record, (id = agencyNodeId(record.id)));
  if (!graph.hasNode(id)) {
    const attrs: AgencyNode = {
      kind: 'agency',
      label: record.name,
      // a city's or a county's government, a national body's local branch: no record of the registry's, but an English
      // name of its own
      labelEn: record.nameEn || (record.type === 'unregistered' ? localGovernmentEn(record.name) ?? branchEn(record.name) : undefined),
      aliases: [...record.aliases],
      agencyId: record.id,
      abbr: record.abbr,
      agencyType: record.type,
      registered: record.type !== 'unregistered',
    };
    // only bodies with a history carry these, so that most nodes keep the same shape
    if (record.since !== undefined) attrs.since = record.since;
    if (record.until !== undefined) attrs.until = record.until;
    if (record.succeededBy?.length) {
      attrs.succeededBy = [...record.succeededBy];
      attrs.successorNames = record.succeededBy.map((s) => agencyById(s)?.name ?? s);
      const today = presentSuccessor(record.id);
      if (today && today.id !== record.id) attrs.presentSuccessor = today.id;
    }
    addGraphNode(graph, id, attrs);
  }
  // Keep the forms actually written in documents so that search finds what the reader saw.
  if (asWritten && asWritten !== record.name) {
    const aliases = graph.getNodeAttribute(id, 'aliases');
    if (!aliases.includes(asWritten)) {
      announceNodeChange(graph, id);
      graph.setNodeAttribute(id, 'aliases', [...aliases, asWritten]);
    }
  }
  return id;
}
