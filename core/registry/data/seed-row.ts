import type { AgencyRecord, AgencyType } from '../../model';

/**
 * A registry row as written by hand: aliases are the short and historical forms; the official name need not be
 * repeated. `agencies.ts` expands 国家-prefixed and unprefixed variants, so rows list each form once.
 */
export interface SeedRow {
  id: string;
  name: string;
  nameEn: string;
  abbr?: string;
  aliases: string[];
}

export function rows(type: AgencyType, list: readonly SeedRow[]): AgencyRecord[] {
  return list.map((r) => ({ id: r.id, name: r.name, nameEn: r.nameEn, abbr: r.abbr, aliases: [...r.aliases], type }));
}
