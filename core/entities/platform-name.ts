/**
 * The name a platform goes by, from the name as a text writes it. Texts place a platform in its province and city in
 * full (四川省成都市高新区, 湖北省武汉市东湖新技术开发区) where the platform's own name carries its city's short form
 * (成都高新区, 武汉东湖新技术开发区): the province before a place is dropped, and so is the 市 of the city the name begins
 * with, so that one platform is one node whichever way a document writes it. The evidence keeps the text as written.
 */
import { extractRegions } from './regions';

const PROVINCE = 'province';
/** Kinds of division whose 市 a platform's name leaves out (成都市 → 成都, 义乌市 → 义乌). */
const CITY_KINDS: ReadonlySet<string> = new Set(['province', 'city', 'county']);
/** What may follow a city's 市 in a word of its own (市区, 市级, 市民, 市场, 市政, 市域, 市委, 市长): then 市 stays. */
const STAYS_AFTER_CITY = /^[区县级民场政域委长属辖]/;

export function platformName(written: string): string {
  const regions = extractRegions(written);
  if (regions.length === 0 || regions[0].start !== 0) return written;
  let name = written;
  let first = regions[0];
  // 四川省成都市…: the province before a place in it
  if (first.regionKind === PROVINCE && regions[1]?.start === first.end && regions[1].regionKind !== 'area') {
    name = name.slice(first.end);
    first = { ...regions[1], start: 0, end: regions[1].end - first.end };
  }
  // 成都市高新区: the city's 市, when the city is written in full and the name goes on
  const rest = name.slice(first.end);
  if (CITY_KINDS.has(first.regionKind) && first.end >= 3 && name.charAt(first.end - 1) === '市' && rest.length >= 2 && !STAYS_AFTER_CITY.test(rest)) {
    name = name.slice(0, first.end - 1) + rest;
  }
  return name;
}
