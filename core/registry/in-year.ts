/**
 * The body a name meant in a given year. A few names passed from an abolished body to a later one (国家计委 before and
 * after 1998, 国家药品监督管理局 1998–2003 and since 2018, 广电总局): the registry resolves them to the later body, and
 * the earlier one lists them as `sharedNames` (data/predecessors.ts). A document written before the later body existed
 * means the earlier one, if it existed then.
 */
import type { AgencyRecord } from '../model';
import { AGENCIES } from './agencies';
import { asciiDigits, DOC_NUMBER } from '../parse/patterns';
import { normaliseName } from './normalise';

// built on first use from the constant registry, never changed after
let earlier: Map<string, AgencyRecord[]> | undefined;

/** Names that begin as a national body's otherwise (国务院侨办, 中国…): no 国家 is put before them. */
const OTHER_NATIONAL_PREFIX = /^(?:国务院|中国|中央|中共|全国)/;

/** Shared name (normalised, with and without 国家 as the registry's aliases are) → the earlier bodies that bore it. */
function earlierBodies(): Map<string, AgencyRecord[]> {
  if (earlier) return earlier;
  earlier = new Map();
  for (const r of AGENCIES) {
    for (const n of r.sharedNames ?? []) {
      const key = normaliseName(n);
      const forms = key.startsWith('国家') ? [key, key.slice(2)] : OTHER_NATIONAL_PREFIX.test(key) ? [key] : [key, `国家${key}`];
      for (const form of forms) {
        const list = earlier.get(form) ?? [];
        if (!list.includes(r)) earlier.set(form, [...list, r]);
      }
    }
  }
  return earlier;
}

/**
 * `record`, which `asWritten` resolves to today, or the body that bore the name in `year`: when `record` did not exist
 * yet (国家计委 in 1996), or, for a body that existed before it took the name over (国务院侨办, the United Front Work
 * Department's since 2018), while the earlier bearer lasted — the year of the change is the later body's. Unknown
 * year, or no earlier body of that year: `record`.
 */
export function bodyInYear(record: AgencyRecord, asWritten: string, year: number | undefined): AgencyRecord {
  if (year === undefined || (record.since !== undefined && year >= record.since)) return record;
  const bodies = earlierBodies().get(normaliseName(asWritten));
  if (!bodies) return record;
  const lasts = (b: AgencyRecord) => year <= (b.until ?? Infinity) && (record.since !== undefined || year < (b.until ?? Infinity));
  return bodies.find((b) => b !== record && (b.since ?? 0) <= year && lasts(b)) ?? record;
}

/** The year of a document's date (yyyy-mm-dd), or undefined. */
export function yearOf(date: string | undefined): number | undefined {
  const year = date ? Number(date.slice(0, 4)) : NaN;
  return Number.isInteger(year) ? year : undefined;
}

/**
 * The year a document speaks in: its date's, or where it is undated the year its number gives (国发〔1996〕31号 was issued
 * in 1996), so that an undated text's 国家计委 is the body of that year.
 */
export function documentYear(meta: { date?: string; number?: string }): number | undefined {
  const dated = yearOf(meta.date);
  if (dated !== undefined) return dated;
  const m = DOC_NUMBER.exec(meta.number ?? '');
  return m ? Number(asciiDigits(m[2])) : undefined;
}
