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

/**
 * Level, then the field (水 of 水行政 included), then the head: 主管部门 (行政主管部门), 行政部门 (国务院卫生行政部门), or 部门
 * alone after a field of two characters or more (国务院财政部门). 有关 before 主管部门 makes it any field; 有关部门, 各部门
 * and the like are classes of unnamed departments (body-classes.ts), not a field's.
 */
const LEVEL = `(?:${LEVELS.map((l) => `(${l.pattern})`).join('|')})`;
const COMPETENT = new RegExp(`^${LEVEL}(?:(有关)(?:行政)?主管部门|([\\u4e00-\\u9fff]{1,10}?)(?:(?:行政)?主管部门|行政部门|(部门)))$`);
/**
 * Words before 部门 that say which departments, not whose field (各部门, 组成部门, 工作部门, 有关部门), or that join another
 * body to the level's government (当地政府及有关部门).
 */
const NOT_A_FIELD = /^(?:各|有关|相关|其他|其它|所有|全部|组成|工作|职能|业务|直属|综合|主管|政府|行政|办事|派出|议事|部|委|及|和|与|或|以及|、)|有关|相关|等$/;
/** The head a phrase ends with. */
const HEAD = /(?:行政)?主管部门$|行政部门$|部门$/;
/** The level a phrase begins with, for the lists of fields that share one. */
const LEVEL_AT_START = new RegExp(`^${LEVEL}`);

/** Longest phrase this reads (a provincial level and a long field): bounds how far back a finder looks from 部门. */
export const COMPETENT_MAX = 30;
export const COMPETENT_HEAD = '主管部门';
/** The last characters of every head (主管部门, 行政部门, 部门): where a finder starts looking back from. */
export const DEPARTMENT_WORD = '部门';

/**
 * The class record a phrase names, or undefined. `国务院有关主管部门` is the State Council's departments of any field;
 * a field the registry knows a ministry or administration for takes that body's English field (交通运输 → transport).
 */
export function competentDepartment(name: string): AgencyRecord | undefined {
  if (!name.endsWith(DEPARTMENT_WORD)) return undefined;
  const m = COMPETENT.exec(name);
  if (!m) return undefined;
  const index = m.slice(1, LEVELS.length + 1).findIndex((g) => g !== undefined);
  const level = LEVELS[index];
  const field = m[LEVELS.length + 2];
  const any = m[LEVELS.length + 1] !== undefined;
  // 自然资源等 is a list (competentDepartmentList); 国务院各部门, 国务院组成部门 name no field; 国务院国资委等部门 lists a
  // body the level's name begins (国务院国资委), not a field
  if (!any && (NOT_A_FIELD.test(field) || (m[LEVELS.length + 3] !== undefined && field.length < 2))) return undefined;
  if (!any && resolveAgency(name.slice(0, HEAD.exec(name)!.index)) !== undefined) return undefined;
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

/** One department of a list of fields that share their level and head, with its offsets in the phrase. */
export interface ListedDepartment {
  /** the department's full name: the level and head the list shares, around its own field */
  name: string;
  /** the phrase as written for it: the level and first field for the first, the field alone for the others */
  written: string;
  start: number;
  end: number;
}

/**
 * 国务院水行政、生态环境等主管部门, 县级以上人民政府发展改革、财政等部门, 国务院公安、海关等有关部门: fields listed between
 * one level and one head name one department each; 等 (等有关) before the head says the list goes on. Undefined when the phrase is
 * not such a list (a single field without 等 is competentDepartment's).
 */
export function competentDepartmentList(phrase: string): { departments: ListedDepartment[]; andOthers: boolean } | undefined {
  if (!phrase.endsWith(DEPARTMENT_WORD)) return undefined;
  const level = LEVEL_AT_START.exec(phrase);
  if (!level) return undefined;
  const head = HEAD.exec(phrase)!;
  let fields = phrase.slice(level[0].length, head.index);
  // 等部门, 等有关部门: the list goes on
  const others = /等(?:有关|相关)?$/.exec(fields);
  const andOthers = others !== null;
  if (others) fields = fields.slice(0, others.index);
  const parts = fields.split('、');
  if (parts.length < 2 && !andOthers) return undefined;
  const departments: ListedDepartment[] = [];
  let at = level[0].length;
  for (const field of parts) {
    const name = `${level[0]}${field}${head[0]}`;
    if (field.length === 0 || !competentDepartment(name)) return undefined;
    const start = departments.length === 0 ? 0 : at;
    departments.push({ name, written: phrase.slice(start, at + field.length), start, end: at + field.length });
    at += field.length + 1;
  }
  return { departments, andOthers };
}
