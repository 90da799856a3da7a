import { agencyNodeId } from '../ids';
import type { AgencyNode, AgencyRecord } from '../model';
import { resolveAgency, unregisteredAgency } from '../registry';
import type { RemitGraph } from './types';

/** The agency record for a name as written; names outside the registry still become (unregistered) agencies. */
export function agencyFor(asWritten: string): AgencyRecord {
  return resolveAgency(asWritten) ?? unregisteredAgency(asWritten);
}

export function ensureAgencyNode(graph: RemitGraph, record: AgencyRecord, asWritten?: string): string {
  const id = agencyNodeId(record.id);
  if (!graph.hasNode(id)) {
    const attrs: AgencyNode = {
      kind: 'agency',
      label: record.name,
      labelEn: record.nameEn || undefined,
      aliases: [...record.aliases],
      agencyId: record.id,
      abbr: record.abbr,
      agencyType: record.type,
      registered: record.type !== 'unregistered',
    };
    graph.addNode(id, attrs);
  }
  // Keep the forms actually written in documents so that search finds what the reader saw.
  if (asWritten && asWritten !== record.name) {
    const aliases = graph.getNodeAttribute(id, 'aliases');
    if (!aliases.includes(asWritten)) graph.setNodeAttribute(id, 'aliases', [...aliases, asWritten]);
  }
  return id;
}
