
/**
 * Unnamed bodies: 有关部门, 各有关部门和单位, 国务院有关部门, 各地区、各部门, 其他成员单位. The phrase names a kind of body
 * without saying which, so it is never an agency; the parser records it as "others share the work". Regions named as
 * a group (各地区, 各地) count too: the genre uses them for "the local authorities", which is not a body of government
 * that can be a graph node. Callers check the registry first: a phrase it knows (国务院各部门, 有关省级人民政府) is a body.
 */
const LEAD_IN = '(?:等|会同|及|以及|和|与|并)?';
const SCOPE = '(?:国务院|中央|中央和国家机关|国家|地方|各地|各级|省级|市县|县级以上|地方各级|其他|其它)?';
const QUANTIFIER = '(?:各有关|各相关|其他有关|其他相关|其它有关|有关|相关|各|其他|其它|所有|全部)?';
const NOUN =
  '(?:部门|单位|方面|机构|部委|方|地区|地方|地|省份|省市|城市|行业主管部门|主管部门|职能部门|成员单位|责任单位|' +
  '企业|组织|机关|部门和单位|部门、单位|单位和部门|地区和部门|地区、部门|部门和地方)';
/** 教育行政部门, 各级卫生健康部门, 中医药等部门, 科研教学单位: the offices of a function at every level, none named. */
const FUNCTIONAL = '[\\u4e00-\\u9fff]{1,12}?(?:部门|单位)';
const PART = new RegExp(`^${LEAD_IN}${SCOPE}${QUANTIFIER}(?:${NOUN}|${FUNCTIONAL})等?$`);
/** 国务院有关部门 names no body: the scope word is not a mention of the State Council. */
const LEADING_SCOPE = new RegExp(`^${LEAD_IN}${SCOPE}`);
const SEPARATOR = /以及|及其他|及其它|[、,，和及与]/;

/**
 * `name` is in normal form (see normaliseName). The phrase, or failing that each part of the list, must be an
 * unnamed-body phrase that names no known body (`namesABody`): 住房和城乡建设部门 is unnamed as a whole, while
 * 国家卫生健康委及其他国务院部门 and 中国科学院有关单位 name a body.
 */
export function isUnnamedBodyPhrase(name: string, namesABody: (part: string) => boolean): boolean {
  const unnamed = (p: string): boolean => PART.test(p) && !namesABody(p.replace(LEADING_SCOPE, ''));
  if (!name) return false;
  if (unnamed(name)) return true;
  const parts = name.split(SEPARATOR).filter(Boolean);
  return parts.length > 1 && parts.every(unnamed);
}
