/**
 * The competent departments of a level of government, as regulations and their implementing rules name them:
 * 国务院交通运输主管部门, 省、自治区、直辖市人民政府卫生健康主管部门, 县级以上地方人民政府生态环境主管部门. The law names a
 * department by its field and level, not by its name, so that the text outlives a reorganisation: the class is the body,
 * one per level and field, and the data never rewrites it into today's ministry.
 */
import type { AgencyRecord } from '../model';
import { resolveAgency } from './resolve';

interface Level { id: string; pattern: string; en: string }
const LEVELS: Level[] = [
  { id: 'state-council', pattern: '国务院', en: 'State Council department' },
  { id: 'provincial', pattern: '(?:各?省、自治区、直辖市|各?省级|各?省（自治区、直辖市）|各?省（区、市）)(?:地方)?(?:人民政府|政府)', en: 'Provincial departments' },
  { id: 'city-and-above', pattern: '设区的市级以上(?:地方)?(?:人民政府|政府)', en: 'City-level and higher departments' },
  { id: 'county-and-above', pattern: '县级以上(?:地方)?(?:各级)?(?:人民政府|政府)', en: 'County-level and higher departments' },
  { id: 'city', pattern: '设区的市级?(?:人民政府|政府)', en: 'City departments' },
  { id: 'county', pattern: '县级(?:地方)?(?:人民政府|政府)', en: 'County departments' },
  { id: 'local', pattern: '(?:地方各级|地方|所在地|当地)(?:人民政府|政府)', en: 'Local departments' },
];

/** Level, then the field (水 of 水行政 included), then 主管部门; 有关 before the field makes it any field. */
const COMPETENT = new RegExp(`^(?:${LEVELS.map((l) => `(${l.pattern})`).join('|')})(?:(有关)|([\\u4e00-\\u9fff]{1,10}?))(?:行政)?主管部门$`);

/** Longest phrase this reads (a provincial level and a long field): bounds how far back a finder looks from 主管部门. */
export const COMPETENT_MAX = 30;
export const COMPETENT_HEAD = '主管部门';

/**
 * The class record a phrase names, or undefined. `国务院有关主管部门` is the State Council's departments of any field;
 * a field the registry knows a ministry or administration for takes that body's English field (交通运输 → transport).
 */
export function competentDepartment(name: string): AgencyRecord | undefined {
  if (!name.endsWith(COMPETENT_HEAD)) return undefined;
  const m = COMPETENT.exec(name);
  if (!m) return undefined;
  const index = m.slice(1, LEVELS.length + 1).findIndex((g) => g !== undefined);
  const level = LEVELS[index];
  const field = m[LEVELS.length + 2];
  const any = m[LEVELS.length + 1] !== undefined;
  const fieldEn = any ? 'of the fields concerned' : `in charge of ${fieldEnglish(field) ?? field}`;
  return {
    id: `competent-${level.id}-${any ? 'relevant' : field}`,
    name,
    nameEn: `${level.en} ${fieldEn}`,
    aliases: [],
    type: 'collective',
  };
}

/**
 * The field as the ministry or administration that bears its name says it in English: 交通运输部 Ministry of Transport →
 * transport, 国家卫生健康委员会 National Health Commission → health.
 */
function fieldEnglish(field: string): string | undefined {
  for (const form of [`${field}部`, `${field}委`, `国家${field}局`, `国家${field}总局`, `${field}总局`, `${field}局`, `${field}利部`]) {
    const record = resolveAgency(form);
    if (!record?.nameEn) continue;
    const en = record.nameEn
      .replace(/^(?:Ministry of |National |State |General Administration of |China )/, '')
      .replace(/^(?:Administration (?:for|of) )/, '')
      .replace(/ (?:Commission|Administration|Bureau|Office)$/, '');
    if (en) return en.toLowerCase();
  }
  return undefined;
}
