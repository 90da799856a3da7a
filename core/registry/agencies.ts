import type { AgencyRecord, AgencyType } from '../model';
import { COLLECTIVES } from './data/collectives';
import { ENTERPRISES, JUDICIAL, LEGISLATURE, MASS_ORGANISATIONS, MILITARY } from './data/other-bodies';
import { PARTY } from './data/party';
import { LIFESPANS, PREDECESSORS } from './data/predecessors';
import { PROVINCIAL_GOVERNMENTS, SAR_GOVERNMENTS, XPCC } from './data/provincial';
import {
  ADMINISTRATIVE_OFFICES, BUREAUS, DIRECTLY_AFFILIATED, INSTITUTIONS, MINISTRIES, SPECIAL, STATE_COUNCIL,
} from './data/state-council';

/** Central organs whose names the genre writes both with and without the 国家 prefix. */
const PREFIXABLE_TYPES: ReadonlySet<AgencyType> = new Set<AgencyType>([
  'party', 'ministry', 'special', 'directly_affiliated', 'administrative_office', 'institution', 'bureau',
]);

/** Dropping 国家 leaves an organ-type word; anything else (国家行政学院 → 行政学院) would stop naming the body. */
const ORGAN_SUFFIX = /(?:部|委|局|署|办|委员会|总局|办公室)$/;

/** Unprefixed forms that would name something else (安全部 is any company's security department). */
const NO_UNPREFIXED = new Set(['安全部']);

const NATIONAL_PREFIX = /^(?:国家|中国|中华|国务院|中央|中共|全国)/;

function expandAliases(r: AgencyRecord): AgencyRecord {
  if (!PREFIXABLE_TYPES.has(r.type)) return r;
  const forms = [r.name, ...r.aliases];
  const extra: string[] = [];
  for (const f of forms) {
    if (f.startsWith('国家')) {
      const rest = f.slice(2);
      if (rest.length >= 3 && ORGAN_SUFFIX.test(rest) && !NO_UNPREFIXED.has(rest)) extra.push(rest);
    } else if (r.name.startsWith('国家') && !NATIONAL_PREFIX.test(f)) {
      extra.push('国家' + f);
    }
  }
  const aliases = [...r.aliases, ...extra].filter((a, i, all) => a !== r.name && all.indexOf(a) === i);
  return { ...r, aliases };
}

/** Years and successors of a present-day record, from predecessors.ts. */
function withLifespan(r: AgencyRecord): AgencyRecord {
  const span = LIFESPANS[r.id];
  return span ? { ...r, ...span } : r;
}

/**
 * The agency registry: every record has a unique, stable lowercase ascii id and an English name. Bodies of earlier
 * State Council structures are records of their own (predecessors.ts), with the years they existed and their successors.
 */
export const AGENCIES: readonly AgencyRecord[] = [
  ...PARTY,
  ...STATE_COUNCIL,
  ...MINISTRIES,
  ...SPECIAL,
  ...DIRECTLY_AFFILIATED,
  ...ADMINISTRATIVE_OFFICES,
  ...INSTITUTIONS,
  ...BUREAUS,
  ...MASS_ORGANISATIONS,
  ...JUDICIAL,
  ...LEGISLATURE,
  ...MILITARY,
  ...ENTERPRISES,
  ...PROVINCIAL_GOVERNMENTS,
  XPCC,
  ...SAR_GOVERNMENTS,
  ...COLLECTIVES,
  ...PREDECESSORS,
].map(withLifespan).map(expandAliases);
