/**
 * Succession between bodies across the State Council reforms (data/predecessors.ts): who took over a body's work, and
 * which present-day body carries it on. Data never rewrites a name to its successor; these answer the question for
 * views that choose to group a body with today's successor.
 */
import type { AgencyRecord } from '../model';
import { agencyById } from './resolve';

/**
 * The present-day body that carries on the work of `id`: its principal (first-listed) successor, followed through
 * every later reform (国家计委 → 国家发展改革委; 卫生部 → 卫生计生委 → 国家卫生健康委). The body itself when it still
 * exists or its successor is unknown.
 */
export function presentSuccessor(id: string): AgencyRecord | undefined {
  let record = agencyById(id);
  const seen = new Set<string>();
  while (record?.succeededBy?.length && !seen.has(record.id)) {
    seen.add(record.id);
    const next = agencyById(record.succeededBy[0]);
    if (!next) break;
    record = next;
  }
  return record;
}

/** Every body that took over part of the work of `id`, directly or through later reforms, nearest first. */
export function allSuccessors(id: string): AgencyRecord[] {
  const out: AgencyRecord[] = [];
  const seen = new Set<string>([id]);
  const queue = [...(agencyById(id)?.succeededBy ?? [])];
  while (queue.length) {
    const next = queue.shift()!;
    if (seen.has(next)) continue;
    seen.add(next);
    const r = agencyById(next);
    if (!r) continue;
    out.push(r);
    queue.push(...(r.succeededBy ?? []));
  }
  return out;
}
