/**
 * The body a name meant in a given year. A few names passed from an abolished body to a later one (国家计委 before and
 * after 1998, 国家药品监督管理局 1998–2003 and since 2018, 广电总局): the registry resolves them to the later body, and
 * the earlier one lists them as `sharedNames` (data/predecessors.ts). A document written before the later body existed
 * means the earlier one, if it existed then.
 */
import type { AgencyRecord } from '../model';
import { AGENCIES } from './agencies';
import { normaliseName } from './normalise';

// built on first use from the constant registry, never changed after
let earlier: Map<string, AgencyRecord[]> | undefined;

/** Shared name (normalised) → the earlier bodies that bore it. */
function earlierBodies(): Map<string, AgencyRecord[]> {
  if (earlier) return earlier;
  earlier = new Map();
  for (const r of AGENCIES) {
    for (const n of r.sharedNames ?? []) {
      const key = normaliseName(n);
      earlier.set(key, [...(earlier.get(key) ?? []), r]);
    }
  }
  return earlier;
}

/**
 * `record`, which `asWritten` resolves to today, or the body that bore the name in `year` when `record` did not exist
 * yet. Unknown year, or no earlier body of that year: `record`.
 */
export function bodyInYear(record: AgencyRecord, asWritten: string, year: number | undefined): AgencyRecord {
  if (year === undefined || record.since === undefined || year >= record.since) return record;
  const bodies = earlierBodies().get(normaliseName(asWritten));
  return bodies?.find((b) => (b.since ?? 0) <= year && year <= (b.until ?? Infinity)) ?? record;
}

/** The year of a document's date (yyyy-mm-dd), or undefined. */
export function yearOf(date: string | undefined): number | undefined {
  const year = date ? Number(date.slice(0, 4)) : NaN;
  return Number.isInteger(year) ? year : undefined;
}
