/**
 * Classes of bodies named as a class: (各|有关|相关…) + a level of government or the kind of body + (人民政府|政府|部门).
 * 各省级人民政府, 有关省级人民政府, 省级政府, 各省（区、市）人民政府 all name the provincial governments; 各地区, 地方各级人民政府
 * and 当地政府 the local governments; 各有关部门 and 有关部门 the relevant departments. One record per class (data/
 * collectives.ts), read from the grammar of the phrase, so that wordings no list holds still find their class.
 */
import type { AgencyRecord } from '../model';
import { competentDepartment } from './competent-departments';
import { UNNAMED_CLASSES } from './data/collectives';
import { normaliseName } from './normalise';
import { agencyById, resolveAgency } from './resolve';

/** Which of all, the relevant or others: the class is the same whichever is written. */
const QUANTIFIER = '(?:各有关|各相关|其他有关|有关|相关|各|所有|全部|其他|其它)?';
/** Brackets as the genre writes them: full or half width. */
const O = '[（(]';
const C = '[）)]';
const GOVERNMENT = '(?:人民政府|政府)';

interface Level { id: string; level: string; bare: boolean }
/**
 * Levels of government, each with its class. `bare`: the level word names the class without 政府 (各地区, 试点城市);
 * otherwise only with it (省级政府; 省级 alone is an adjective).
 */
const LEVELS: Level[] = [
  { id: 'all-provincial-governments', level: `省(?:级|份|区市|市区|${O}(?:自治)?区、(?:直辖)?市${C}|、自治区、直辖市|${O}市${C}级)?`, bare: false },
  { id: 'all-provincial-governments', level: `省(?:份|${O}(?:自治)?区、(?:直辖)?市${C}|、自治区、直辖市)`, bare: true },
  { id: 'county-and-above-governments', level: '县级以上(?:地方)?(?:各级)?', bare: false },
  { id: 'city-county-governments', level: '市、?县(?:两级|级)?', bare: false },
  // 县（市、区）: the county level, county-level cities and districts with it (not 县级以上, read above)
  { id: 'county-governments', level: `县(?:级(?:地方)?|${O}市、区(?:、旗)?${C}|市区)`, bare: false },
  // 乡镇, 乡级, 乡（镇）: the townships, below the counties
  { id: 'township-governments', level: `乡(?:级|镇|${O}镇${C}|、镇)`, bare: false },
  // 试点城市（区）: the pilots' kinds in brackets after the first
  { id: 'pilot-governments', level: `(?:试点|示范)(?:城市|地区|地方|省份|市|县|区)(?:${O}[市县区、]{1,5}${C})?`, bare: true },
  { id: 'local-governments', level: '(?:地方各级|各级地方|地方|各级|当地|所在地|所在地方|地方各级)', bare: false },
  { id: 'local-governments', level: '(?:地区|地方|地)', bare: true },
];

const GOVERNMENT_CLASSES = LEVELS.map((l) => ({
  id: l.id,
  bare: l.bare,
  pattern: new RegExp(`^${QUANTIFIER}${l.level}${l.bare ? `${GOVERNMENT}?` : GOVERNMENT}$`),
}));

/** 国务院各部门 / 国务院有关部门 and the unnamed departments or units of any level (各有关部门, 相关单位). */
const STATE_COUNCIL_DEPARTMENTS = /^国务院(?:各|有关|各有关|相关)?(?:部门|部委)$/;
const DEPARTMENTS = /^(?:各有关|各相关|有关|相关|各|其他有关|其他)(?:部门|单位|部门和单位)$/;

/** Characters a class phrase can end with: most names end otherwise and are never matched against the patterns. */
const LAST = new Set(['府', '区', '地', '方', '市', '县', '份', '门', '单', '位', '委']);

/** The record of the class a phrase names, or undefined when it names no class. */
export function bodyClass(name: string): AgencyRecord | undefined {
  if (name.length < 2 || name.length > 40 || !LAST.has(name.charAt(name.length - 1))) return undefined;
  // 国务院交通运输主管部门: a level's department for a field (./competent-departments.ts)
  const competent = competentDepartment(name);
  if (competent) return competent;
  if (name.length > 20) return undefined;
  if (STATE_COUNCIL_DEPARTMENTS.test(name)) return agencyById('state-council-departments');
  if (DEPARTMENTS.test(name)) return UNNAMED_CLASSES[0];
  for (const c of GOVERNMENT_CLASSES) {
    // a bare level word is a class only with a quantifier: 各地区, 有关省份 (地区 alone is any area)
    if (!c.pattern.test(name)) continue;
    if (c.bare && !/(?:政府)$/.test(name) && !/^(?:各|有关|相关|所有|全部|其他|试点|示范)/.test(name)) continue;
    return agencyById(c.id);
  }
  return undefined;
}

/** The body a name in an annotation denotes: a registered agency, else the class it names, else undefined. */
export function resolveBody(asWritten: string): AgencyRecord | undefined {
  return resolveAgency(asWritten) ?? bodyClass(normaliseName(asWritten));
}
