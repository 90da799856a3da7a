import { bodyClass } from '../registry/body-classes';
import { resolveAgency } from '../registry/resolve';
import { isOneOf } from './patterns';

/**
 * Whether a short phrase can name a government body or region, judged by the endings the genre
 * uses for them (部, 委, 局, 署, 政府, 省, 市 …) or by the agency registry. Annotations are lists of such names; anything else
 * inside parentheses ending in 负责 is an aside.
 */

const BODY_END = /(部|委|局|署|院|行|会|办|厅|府|室|社|联|协|团|台|司|所|中心|中央|政府|省|市|区|县|州|盟|旗|关|组|军|队|处|站|馆)$/;
/** Collective addressees that act as bodies in annotations. */
const COLLECTIVE = /^(各地|各地区|各有关地区|各地方|地方|各级政府|地方各级政府)$/;
/**
 * Words that end like a body but are only a fragment of one when standing alone: 中央 of 中央和国家机关工委, 国家 of
 * 国家和地方. A list split on 和 that leaves one of these has cut a name, not joined two.
 */
const FRAGMENT = /^(中央|国家|全国|中共|中国|党|省|市|县|区)$/;
/** Words of a clause rather than a name. */
const NOT_A_NAME = /(由|要|应当|将|的|按照|根据|进行|制定|督促|其)/;

/** Unnamed participants: 有关部门, 相关单位, 各部门, 各地区各部门 … */
export const RELEVANT_DEPARTMENTS = /^((各|其他)?(有关|相关)(部门|单位|方面|部门和单位|机构)|各部门|各单位|各地区?各部门|各有关方面)$/;

/**
 * Whether s begins with one of `first` and ends with one of `last`: the first and last characters that an anchored
 * pattern admits. Every member of every annotation is tested against the patterns, most of them names that these
 * two characters already rule out.
 */
const framedBy = (s: string, first: string, last: string): boolean =>
  isOneOf(s, 0, first) && isOneOf(s, s.length - 1, last);

export const isRelevantDepartments = (s: string): boolean => framedBy(s, '各其有相', '门位面构') && RELEVANT_DEPARTMENTS.test(s);
const isCollective = (s: string): boolean => framedBy(s, '各地', '地区方府') && COLLECTIVE.test(s);

/** Whether s names a body. */
export function isBodyName(s: string): boolean {
  if (s.length < 2 || s.length > 24) return false;
  if (isCollective(s)) return true;
  if (FRAGMENT.test(s)) return false;
  // A registered name (中国科协, 国铁集团, 各省、自治区、直辖市人民政府) is a name whatever its ending or punctuation.
  if (resolveAgency(s)) return true;
  // 有关省级人民政府, 试点城市政府, 各省（区、市）: a class of bodies, whatever its wording
  if (bodyClass(s)) return true;
  if (/[\s0-9A-Za-z，。；：、,.;:（）()“”]/.test(s)) return false;
  if (NOT_A_NAME.test(s.replace(/人民政府|人民银行|人民法院|人民检察院|地方/g, ''))) return false;
  return BODY_END.test(s);
}
