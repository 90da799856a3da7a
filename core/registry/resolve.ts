import type { AgencyRecord } from '../model';
import { AGENCIES } from './agencies';
import { UNNAMED_CLASSES } from './data/collectives';
import { normaliseName } from './normalise';
import { findAgencyMentions } from './mentions';
import { findProvince } from './provinces';
import { isUnnamedBodyPhrase } from './relevant-departments';

// indexes of the constant registry, built on first use and never changed after
let byForm: Map<string, AgencyRecord> | undefined;
let byId: Map<string, AgencyRecord> | undefined;

/** Normalised name or alias → record. The first record listing a form wins; the registry test forbids ties. */
function formIndex(): Map<string, AgencyRecord> {
  if (byForm) return byForm;
  byForm = new Map();
  for (const r of AGENCIES) {
    for (const f of [r.name, ...r.aliases]) {
      const key = normaliseName(f);
      if (!byForm.has(key)) byForm.set(key, r);
    }
  }
  return byForm;
}

/** Prefixes the genre adds or drops at will in front of a central organ's name (国家科技部, 中华人民共和国外交部). */
const OPTIONAL_PREFIX = /^(?:中华人民共和国|国务院|国家|中国|中共)/;
const GOVERNMENT_SUFFIX = /(?:人民政府|政府)$/;

/**
 * The registered agency a name denotes, or undefined. Exact match on the normal form, then with one optional national
 * prefix dropped, then a province name followed by 人民政府/政府. Nothing fuzzier: a near miss is a different body.
 */
export function resolveAgency(asWritten: string): AgencyRecord | undefined {
  const name = normaliseName(asWritten);
  if (!name) return undefined;
  const index = formIndex();
  const exact = index.get(name);
  if (exact) return exact;
  const unprefixed = name.replace(OPTIONAL_PREFIX, '');
  if (unprefixed !== name && unprefixed.length >= 2) {
    const hit = index.get(unprefixed);
    if (hit) return hit;
  }
  if (GOVERNMENT_SUFFIX.test(name)) {
    const province = findProvince(name.replace(GOVERNMENT_SUFFIX, ''));
    if (province) return index.get(normaliseName(province.name));
  }
  return undefined;
}

export function agencyById(id: string): AgencyRecord | undefined {
  if (!byId) byId = new Map([...AGENCIES, ...UNNAMED_CLASSES].map((r) => [r.id, r]));
  return byId.get(id);
}

/** 32-bit FNV-1a over UTF-16 units; two seeds give a 64-bit key, enough that distinct names never share an id. */
function fnv1a(s: string, seed: number): string {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36).padStart(7, '0');
}

/**
 * A record for a body the registry does not know, so it can still become a graph node. The id depends only on the
 * normalised name, so the same body named in two documents merges into one node.
 */
export function unregisteredAgency(asWritten: string): AgencyRecord {
  const name = normaliseName(asWritten);
  return {
    id: `unreg-${fnv1a(name, 0x811c9dc5)}${fnv1a(name, 0x050c5d1f)}`,
    name,
    nameEn: '',
    aliases: name === asWritten ? [] : [asWritten],
    type: 'unregistered',
  };
}

/** 有关部门, 各有关部门和单位, 相关部门, 有关方面, 各地区、各部门…: unnamed bodies, never an agency. */
export function isRelevantDepartments(s: string): boolean {
  const name = normaliseName(s);
  if (resolveAgency(name)) return false;
  return isUnnamedBodyPhrase(name, (part) => resolveAgency(part) !== undefined || findAgencyMentions(part).length > 0);
}
