/**
 * Platforms named in article text: laboratories, large research facilities, innovation centres, zones and
 * other support platforms. A platform name in the genre is `modifier + head`, where the head is a fixed
 * category word (…实验室, …装置, …创新中心, …试验区, …基地) and the modifier runs left to the nearest
 * punctuation, verb or function word.
 *
 * Decisions:
 * - Category names of national programmes (国家产业创新中心, 国家重点实验室, 综合保税区, 临床医学研究中心) are
 *   reported like named platforms: the documents assign responsibility for building them.
 * - A head alone (实验室, 平台, 设施) or with a merely descriptive modifier (重大创新平台, 科技创新中心, 研究基地)
 *   is not a name; names with 国际/国家/a place in the modifier are.
 * - `A、B等X`: when X directly follows listed platforms it sums them up (等设施, 等国家级创新平台) and is dropped;
 *   after things that are not platforms (氢能、…等国家级高新技术产业化基地) it is kept.
 * - Facilities are research infrastructure only: 公共服务设施, 配套设施, 金融安全基础设施 are not platforms;
 *   a 试验平台 is a test facility (多态耦合轨道交通动模试验平台).
 * - …研究院 is an innovation centre when it has a modifier; 新型研发机构 / 科研机构 are organisations, not platforms.
 * - 走廊 (成渝中线科创走廊), 集聚区, 功能区/保护区/优势区 (agricultural designations) are zones.
 * - 孵化器, 众创空间, 加速器 (business accelerators in this genre), …基地, …工作站 and named 平台/中心 are `other`.
 * - Named facilities: airports (…机场), ports (a place + 港/港口: 天津港, 宁波舟山港), power plants (…电站, …电厂), railway
 *   lines (…铁路, …高铁, …号线), exchanges (…交易所), national parks (…国家公园); a class name (支线机场, 抽水蓄能电站,
 *   城际铁路, 证券交易所) is not one.
 * - Aims are not platforms: after 的 or a verb of becoming (打造具有…的创新发展示范区, 建设成为科技成果转化示范区) a name
 *   needs a proper part — a place, a quoted name, letters or digits. So does a 平台 or 中心 after a determiner
 *   (各地区政务服务平台, 各级政务服务中心), and any name that needs one after a count (建成20个低空经济示范区): it names a
 *   class. Other names lose the determiner (所有自贸试验区).
 * - `乌鲁木齐、昌吉、石河子高新区`: places listed before a name share its head, and each is a platform of its own.
 * - A head followed by a post (中心主任, 领导小组组长, 负责同志) names the office a person holds, not a platform.
 */
import type { PlatformKind, PlatformMention } from '../model';
import { HEADS, PLATFORM_HEADS, type Head } from './platform-heads';
import { PLACE_WORDS, findKnownArea } from './areas';
import { isDigitCode, isNameCode, isOpenParenCode, LIST_JOINERS } from './chars';
import { KeywordScanner, SuffixScanner } from './keywords';
import { gazetteer } from './gazetteer';
import { extractRegions } from './regions';
import { PLATFORM_HEAD_LANE } from '../text/marks';
import { countEndingAt, countNumeralAt } from './stop-words';
import { nameLength, walkLeft, type WalkResult } from './walk';
import type { Marks } from '../text/marks';

/** Generic 中心 names are innovation centres when the modifier speaks of research or technology. */
const INNOVATION_WORDS = /创新|研究|研发|技术|科学|科技|工程|转移|转化|医学|育成|孵化/;

const FACILITY_KINDS = new Set<PlatformKind>(['airport', 'port', 'power_plant', 'railway', 'exchange', 'national_park', 'water_project']);

/**
 * Modifiers that make a facility's class, not its name: 支线机场, 沿海港口, 抽水蓄能电站, 城际铁路, 证券交易所. A named
 * facility has something else in its modifier (a place, a proper name: 天府国际机场, 白鹤滩水电站, 川藏铁路).
 */
const FACILITY_CLASS = /^(?:陆路|水运|水路|空运|一类|二类|重点|指定|开放|边民互市|互市|支线|通用|民用|枢纽|运输|干线|区域性?|国际|国内|军民合用|货运|客运|航空|沿海|内河|主要|重要|大型|大中型|中型|中小型|小型|小|病险|新建|现有|光伏|分布式|风力|火力|燃煤|燃气|抽水蓄能|储能|核|水|太阳能|生物质|垃圾焚烧|煤|农村|户用|集中式|风电|光热|地热|海上|陆上|高速|城际|市域|重载|普速|城市|轨道交通|地铁|证券|商品|期货|产权|技术|数据|碳排放权|排污权|用能权|知识产权|文化产权|金融资产|大宗商品|能源|电力|煤炭|石油|天然气|铁路|公路|港口|沿江|沿边|边境|口岸|专用|综合|现代化|智慧|绿色|清洁|新型|各类|一批|相关|国家级?|省级|地方)+$/;

/** A year, with when in it or from when (2025年底前, 2030年起), opening a clause. */
const LEADING_TIME = /^[0-9０-９]{4}年(?:底|末|初|上半年|下半年)?(?:前|以前|之前|内|起|后|以后)?/;

/** Work done on a facility, written before its name (除险加固刘家峡水库, 调度小浪底水利枢纽). */
const WORK_ON_FACILITY = /除险加固|加固|保护|治理|整治|修复|改造|运营|管理|调度|开工|复工|投运|投产/g;
/** Where a facility's name begins after the last word of work before it (严格保护小浪底水库 → 小浪底水库). */
function afterWorkOnFacility(text: string, start: number, headStart: number): number {
  const before = text.slice(start, headStart);
  let after = 0;
  WORK_ON_FACILITY.lastIndex = 0;
  for (let m = WORK_ON_FACILITY.exec(before); m; m = WORK_ON_FACILITY.exec(before)) after = m.index + m[0].length;
  return start + after;
}

/** The corridors that name railway lines: along the river, the coast, the border. */
const CORRIDOR = /^(?:沿江|沿海|沿边)$/;

/** A modifier that names a body and goes on: the unit's own name follows the body's (…局药品审评中心, …部火炬中心). */
const OF_A_BODY = /(?:管理局|总局|监督管理局|[^东西南中北内外全]部|委员会|发展改革委|办公厅|研究院)[^，、。；]{2,}$/;

/** Scopes written before a category name (全国孵化器数量): nationwide, province-wide, in our country. */
const SCOPE_ONLY = /^(?:全国|全省|全市|全区|全县|我国|各地|各省|本省|本市)$/;

/** Verbs of becoming: what follows names an aim (建设成为…示范区), not a platform that is there. */
const AIM_WORDS = new Set(['成为', '建成', '发展成为', '建设成为', '打造成为', '建成为', '建为', '形成', '的']);
/**
 * Determiners of whose or which: what follows names a class of platforms (各地区政务服务平台, 其他创新平台, 所有开发区), not
 * one, unless the name has a proper part; a category name (各自贸试验区) stays the category.
 */
const DETERMINERS = new Set(['各', '各地区', '各省份', '各部门', '各单位', '各行业', '各地', '各级', '各类', '所有', '其他', '其余', '全部', '任何', '部分', '个别', '现有', '已有', '相关', '有关']);
/** The modifier the generic heads (平台, 中心) need: a head that needs this much is no category of its own. */
const GENERIC_HEAD_MODIFIER = 4;
/** A proper part of a name: a quoted name, letters or digits (a place is asked of the region extractor). */
const PROPER_PART = /[“”A-Za-z0-9０-９]/;

const HEAD_BY_WORD = new Map(HEADS.map((h) => [h.word, h]));
// longest first, so that at one position the most specific head wins (工程研究中心 over 研究中心 over 中心)
const HEAD_SCANNER = new SuffixScanner(PLATFORM_HEADS, PLATFORM_HEAD_LANE);

/**
 * A head followed by these is the first half of another noun (中心城市, 示范区域, 平台经济) or names a group of
 * platforms rather than one (实验室体系, 设施集群). Before other nouns (综合保税区政策) the platform is still named.
 */
const NOT_A_HEAD_BEFORE = new KeywordScanner(['体系', '集群', '群', '城市', '城区', '经济', '企业', '域', '工作', '网',
  // posts held by people: 中心主任, 领导小组组长 (a platform is never a person's title)
  '主任', '副主任', '组长', '副组长', '秘书长', '副秘书长', '负责同志', '负责人', '院长', '副院长', '所长', '站长', '理事长', '主席',
  '书记', '局长', '总经理', '董事长',
  // bodies named after what they run (中国铁路总公司, 首都机场集团, 上海铁路局): an organisation, not the facility
  '总公司', '公司', '集团', '局']);

/** What a railway's name may stand before as the name of one of its facilities (a station, a yard, a port of entry). */
const RAILWAY_FACILITY_AFTER = new KeywordScanner(['集装箱', '口岸', '物流', '货场', '场站', '编组站', '专用线', '枢纽', '车站', '客站', '货运站']);

/**
 * Sectors: a park (园区) named by its sector alone (工业园区, 物流园区, 化工园区, 农业科技园区) is one of a kind, not one
 * place; a place or a proper name makes one (苏州工业园区). Programmes' categories with heads of their own (…示范区,
 * …产业园, …创新服务中心) stay, as the seed reads them.
 */
const SECTORS = '工业|物流|化工|农业|城市|金融|商贸|商业|文化|旅游|文旅|生态|数字|信息|医药|能源|交通|教育|医疗|养老|体育|数据|消费|电商|会展|航运|贸易|制造业|加工|仓储|冷链';

/**
 * Modifier words that only say what a platform is about, not which one it is: `重大创新平台`, `科技创新中心`,
 * `研究基地` are descriptions. A modifier made of nothing else does not make a name.
 */
const GENERIC_MODIFIER = /^(?:重大|创新|科技|科学|研究|技术|国家级|省级|市级|综合性?|区域性?|研发|公共|服务|支撑|新型|高端|重要|各类|一流|领先|科创|专业|特色|实践|实训|培训|产业)+$/;
/** Levels of locality that open the name of a kind of facility found in each of them. */
const LOCALITY_SCOPE = /^(?:县域|县级|县乡|乡镇|乡村|村级|社区|基层|城乡|农村|街道)/;
/** A park named by its sector alone (see SECTORS). */
const SECTOR_PARK = new RegExp(`^(?:${SECTORS}|科技|产业|特色|综合|现代)+$`);

/** Fixed terms that look like platforms but are not (an old industrial region, a local-government financing vehicle). */
const NOT_PLATFORM_ENDINGS = ['老工业基地', '融资平台'];
/** Bare administrative descriptions (the provincial platform of a ministry's system), not platforms. */
const NOT_PLATFORMS = new Set(['工作平台', '省级平台', '市级平台', '县级平台']);
/** The last characters of those words: a name ending otherwise is none of them, and is neither hashed nor compared. */
const NOT_PLATFORM_LAST = new Set([...NOT_PLATFORMS, ...NOT_PLATFORM_ENDINGS].map((w) => w.charCodeAt(w.length - 1)));

function notAPlatform(name: string): boolean {
  if (!NOT_PLATFORM_LAST.has(name.charCodeAt(name.length - 1))) return false;
  if (NOT_PLATFORMS.has(name)) return true;
  for (const w of NOT_PLATFORM_ENDINGS) if (name.endsWith(w)) return true;
  return false;
}

/** Longest stretch a platform name may span; a walk that goes further has wandered into a clause. */
const MAX_NAME = 32;

/** The platforms named in text; `marks`, when given, are the text's (core/text/marks.ts). */
export function extractPlatforms(text: string, marks?: Marks): PlatformMention[] {
  const out: PlatformMention[] = [];
  // The heads first, then the names: reading a name may ask the region extractor about its modifier, which reads that
  // modifier's marks into the arrays the head scan walks (core/text/marks.ts).
  const heads: Array<{ word: string; end: number }> = [];
  HEAD_SCANNER.forEachEnd(text, (word, end) => { heads.push({ word, end }); }, marks);
  if (heads.length > 0) readNames(text, heads, out); // most items name no platform
  return text.indexOf('港') >= 0 ? findPorts(text, out) : out;
}

/** Whether the name starting at `start` is the next item of a list after one that ends at `end` (、, 和, 及, 以及). */
function listedRightAfter(text: string, end: number, start: number): boolean {
  const between = text.slice(end, start);
  return between === '、' || between === '和' || between === '及' || between === '以及';
}

/** The names ending in the heads found, into `out`. */
function readNames(text: string, heads: readonly { word: string; end: number }[], out: PlatformMention[]): void {
  let sharedWith: Map<PlatformMention, number> | undefined; // made when a name first lends its head
  // where the last name read as an aim ends, and its head: the names of that head listed right after it are aims too
  let aimEnd = -1;
  let aimHead = '';
  for (const { word, end } of heads) {
    const h = HEAD_BY_WORD.get(word)!;
    const walk: { result?: WalkResult; aim?: boolean } = {};
    const found = platformAt(text, end - word.length, end, h, out, walk);
    if (!found) {
      if (walk.aim) { aimEnd = end; aimHead = word; }
      continue;
    }
    // 发展成为…的加工制造中心、研发设计中心、物流分拨中心: the aim goes on through the list
    if (word === aimHead && listedRightAfter(text, aimEnd, found.start) && !hasProperPart(text.slice(found.start, end - word.length))) {
      aimEnd = end;
      continue;
    }
    // 国际科技园区: a head that ends later and overlaps the previous name extends it (科技园 → 科技园区), and the
    // names the previous one lent its head to go with it (重庆、成都国际铁路 → 重庆、成都国际铁路港)
    while (out.length > 0 && out[out.length - 1].end > found.start) {
      const dropped = out.pop()!;
      const lent = sharedWith?.get(dropped) ?? 0;
      out.length -= lent;
    }
    const shared = walk.result ? sharedHead(text, found, end - word.length, walk.result) : [];
    for (const p of shared) out.push(p);
    // 满洲里、瑞丽等重点开发开放试验区: the places listed before 等 are each one; the name after it is their class
    if (shared.length > 0 && walk.result?.stop === 'word' && walk.result.word === ETC) continue;
    if (shared.length > 0) (sharedWith ??= new Map()).set(found, shared.length);
    out.push(found);
  }
}

/**
 * `乌鲁木齐、昌吉、石河子高新区`, `上海、深圳证券交易所`: places listed right before a name, joined by 、和及与, share its
 * head (and what follows the place in its modifier). Only places are taken: a listed item that is not one ends the list.
 */
function sharedHead(text: string, found: PlatformMention, headStart: number, walk: WalkResult): PlatformMention[] {
  const etc = walk.stop === 'word' && walk.word === ETC;
  const joiner = walk.stop === 'break' ? (text.charCodeAt(found.start - 1) === LIST_COMMA ? 1 : 0) : walk.stop === 'word' && (etc || isConjunction(walk.word)) ? (walk.word ?? '').length : 0;
  if (joiner === 0) return [];
  // cheap checks first: lists of platforms (国家实验室、国家重点实验室) are the common case, and the item before ends
  // in a head of its own
  const before = found.start - joiner;
  if (before < 2 || HEAD_SCANNER.endingAt(text, before) || !isNameCode(text.charCodeAt(before - 1))) return [];
  const modifier = text.slice(found.start, headStart);
  // national parks are named by what they protect, the national cultural parks by what they follow (三江源、大熊猫、东北虎豹
  // 国家公园; 长城、大运河、长征、黄河国家文化公园): short words share the head as places do
  const bySubject = found.platformKind === 'national_park' || found.name.endsWith('国家文化公园');
  // the name that lends its head may begin with a named area (北京、上海、粤港澳大湾区国际科技创新中心)
  const lead = leadingPlaces(modifier, true, true);
  // 上海浦东、虹桥国际机场: the city written once before the first airport's own name is each airport's
  if (lead === 0 && found.platformKind === 'airport') return cityOfAirports(text, found, found.start - joiner);
  // after 等 the whole name is what each place listed is one of (满洲里、瑞丽等重点开发开放试验区), when it names no place itself
  const placeEnd = etc ? (lead === 0 && !bySubject ? 0 : -1)
    : lead > 0 && !bySubject ? lead : nameLength(modifier) <= 4 && !GENERIC_MODIFIER.test(modifier) ? modifier.length : -1;
  if (placeEnd < 0) return [];
  const rest = withoutArea(text.slice(found.start + placeEnd, found.end));
  const items: PlatformMention[] = [];
  let end = found.start - joiner;
  let complete = false; // the list's first item read
  for (let n = 0; n < 12 && end > 0; n++) {
    const w = walkLeft(text, end, 8);
    const item = text.slice(w.start, end);
    // a place (安徽合肥), or one with the short name of an area in it (上海张江, 北京中关村); 海口江东新区 has a head of
    // its own and shares none
    const places = bySubject ? (isSubjectName(item, found.platformKind === 'national_park') ? item.length : 0) : leadingPlaces(item, true);
    // a list before 等 is read whole or not at all: its class is all that can be said of a list that is not all places
    if (places === 0 || HEAD_SCANNER.endingAt(text, end)) return etc ? [] : items;
    // an area's name only where the name that lends its head begins with places too (天津港、自由贸易港 lists a port)
    if (places < item.length && (lead === 0 || item.length - places > AREA_NAME_MAX || NOT_AN_AREA.test(item.slice(places)))) return etc ? [] : items;
    items.unshift({ name: `${item}${rest}`, platformKind: found.platformKind, start: w.start, end });
    if (w.stop === 'break' && text.charCodeAt(w.start - 1) === LIST_COMMA) end = w.start - 1;
    else if (w.stop === 'word' && isConjunction(w.word)) end = w.start - w.word.length;
    else {
      complete = true;
      break;
    }
  }
  return etc && !complete && end > 0 ? [] : items;
}
const LIST_COMMA = '、'.charCodeAt(0);
const ETC = '等';

/**
 * `上海浦东、虹桥国际机场`, `北京首都、大兴国际机场`: a city, an airport's own name (two or three characters), and after the
 * joiner the other airport's own name of the same length with the head they share. Both airports are the city's: the
 * listed one is returned, and `found` is given the city too. Otherwise none.
 */
function cityOfAirports(text: string, found: PlatformMention, listEnd: number): PlatformMention[] {
  const w = walkLeft(text, listEnd, 8);
  const item = text.slice(w.start, listEnd);
  const city = leadingPlaces(item);
  const own = item.length - city;
  if (city === 0 || own < 2 || own > AREA_NAME_MAX || nameLength(item) !== item.length) return [];
  if (found.name.length <= own || leadingPlaces(found.name.slice(0, own)) > 0) return [];
  found.name = `${item.slice(0, city)}${found.name}`;
  return [{ name: `${item}${found.name.slice(city + own)}`, platformKind: found.platformKind, start: w.start, end: listEnd }];
}
/**
 * What a national park may be named by: a few ideographs (the walk left stops at the verbs before them), not an
 * activity of the genre (生态保护、东北虎豹国家公园 lists work beside the park), nor for a national park a water.
 */
const isSubjectName = (item: string, waterIsPlace: boolean): boolean =>
  item.length >= 2 && item.length <= 6 && nameLength(item) === item.length && !GENERIC_MODIFIER.test(item) && !ACTIVITY_END.test(item) &&
  !(waterIsPlace && isWater(item));
/**
 * A lake or river listed before a national park is a place of its own (严格保护鄱阳湖、洞庭湖和三江源国家公园), as the
 * regions read it; the cultural parks are named by rivers (大运河、黄河国家文化公园).
 */
const isWater = (item: string): boolean => extractRegions(item).some((r) => r.start === 0 && r.end === item.length && WATERS.has(r.regionKind));
const WATERS: ReadonlySet<string> = new Set(['river', 'lake', 'reservoir_area']);
const ACTIVITY_END = /(?:保护|建设|发展|治理|管理|修复|整治|利用|开发|改革|创新|服务|工作|体系|制度|机制|规划|试点)$/;
const BARE_PLACE_KINDS = new Set(['province', 'city', 'prefecture', 'county', 'country']);
/** The short name of an area after a listed place (上海张江, 北京怀柔, 北京中关村). */
const AREA_NAME_MAX = 3;
/** Words of the genre after a place, which make a phrase (北京经济, 上海产业), not an area's name. */
const NOT_AN_AREA = /经济|产业|企业|工作|发展|建设|服务|创新|科技|地区|市场|城市|农村|全域|全市|全省|港$/;

/**
 * What the listed places share, from what follows the last one's place: without the short name of an area before a
 * national or comprehensive designation (上海张江国家自主创新示范区 lends 国家自主创新示范区, not 张江…).
 */
function withoutArea(rest: string): string {
  if (DESIGNATION_FIRST.test(rest)) return rest;
  const area = AREA_BEFORE_DESIGNATION.exec(rest);
  return area ? rest.slice(area[0].length) : rest;
}
const DESIGNATION_FIRST = /^(?:国家|综合性|国际)/;
const AREA_BEFORE_DESIGNATION = /^\p{Script=Han}{1,3}?(?=国家|综合性|国际)/u;

/**
 * How far `s` is places from its start, one right after another (安徽合肥: 4; 综合性国家: 0). `listed`: `s` is an item of
 * a list, where a county town's name without 市 (绥芬河、东宁重点开发开放试验区) is a place as the regions read it there.
 * `areas`: a named area (粤港澳大湾区) counts as a place.
 */
function leadingPlaces(s: string, listed = false, areas = false): number {
  let end = 0;
  for (const r of extractRegions(s)) {
    if (r.start !== end || !(BARE_PLACE_KINDS.has(r.regionKind) || (areas && r.regionKind === 'area'))) break;
    end = r.end;
  }
  if (end > 0 || !listed) return end;
  const forms = gazetteer().listForms;
  for (let n = Math.min(LIST_FORM_MAX, s.length); n >= 2; n--) if (forms.has(s.slice(0, n))) return n;
  return 0;
}
const LIST_FORM_MAX = 5;

/**
 * Ports: a place followed by 港 or 港口 (天津港, 宁波舟山港, 上海洋山港, 黄骅港). The place must stand right before the
 * name's start and make up its beginning; 港澳, 港区 and 港务 are other words. A port named after no place the gazetteer
 * knows (洋浦港) is one when it is listed with a port that is: 钦州港和洋浦港, 天津港、黄骅港、曹妃甸港.
 */
function findPorts(text: string, out: PlatformMention[]): PlatformMention[] {
  const ports: PlatformMention[] = [];
  const unplaced: PlatformMention[] = [];
  for (let i = text.indexOf('港'); i > 0; i = text.indexOf('港', i + 1)) {
    const next = text.charCodeAt(i + 1);
    // 港澳, 港区, 港务…; 港口群 is a cluster of ports, not one
    if (NOT_PORT_NEXT.has(next) || (next === KOU && text.charCodeAt(i + 2) === QUN)) continue;
    const walk = walkLeft(text, i, 10);
    if (walk.stop === 'limit') continue;
    const modifier = text.slice(walk.start, i);
    const end = next === KOU ? i + 2 : i + 1;
    const port = { name: text.slice(walk.start, end), platformKind: 'port' as const, start: walk.start, end };
    // a 港 inside a name already found (上海自贸试验区临港新片区) is none
    if (out.some((p) => p.start < end && walk.start < p.end)) continue;
    const places = extractRegions(modifier);
    if (places.length === 0 || places[0].start !== 0 || places[places.length - 1].regionKind === 'country') {
      if (places.length === 0 && gazetteer().listForms.has(modifier)) ports.push(port); // 黄骅港: a county town's port
      else if (places.length === 0 && standsAlone(walk) && nameLength(modifier) >= 2 && nameLength(modifier) <= 3 && modifier.length === nameLength(modifier)) unplaced.push(port);
      continue;
    }
    // 连云港, 防城港, 香港: the 港 of a place's own name
    if (places.some((p) => p.end > modifier.length)) continue;
    if (extractRegions(text.slice(walk.start, i + 1)).some((p) => p.end === i + 1 - walk.start)) continue;
    ports.push(port);
  }
  if (unplaced.length > 0) listedPorts(text, ports, unplaced);
  if (ports.length === 0) return out;
  return [...out, ...ports].sort((a, b) => a.start - b.start);
}

/** Whether the walk ended at punctuation, a conjunction or the start: a name glued to a word (自由贸易港) is none. */
const standsAlone = (walk: WalkResult): boolean => walk.stop === 'break' || walk.stop === 'start' || isConjunction(walk.word);

/** Adds to `ports` the unplaced ones that a joiner alone separates from a port in it, in a chain (A港、B港和C港). */
function listedPorts(text: string, ports: PlatformMention[], unplaced: PlatformMention[]): void {
  const joined = (a: PlatformMention, b: PlatformMention): boolean => b.start === a.end + 1 && LIST_JOINERS.has(text.charCodeAt(a.end));
  for (let added = true; added;) {
    added = false;
    for (let k = 0; k < unplaced.length; k++) {
      const u = unplaced[k];
      if (!ports.some((p) => joined(p, u) || joined(u, p))) continue;
      ports.push(u);
      unplaced.splice(k--, 1);
      added = true;
    }
  }
  ports.sort((a, b) => a.start - b.start);
}
const NOT_PORT_NEXT = new Set([...'澳台区务城股币资人企'].map((c) => c.charCodeAt(0)));
const KOU = '口'.charCodeAt(0);
const QUN = '群'.charCodeAt(0);

function platformAt(
  text: string, headStart: number, end: number, h: Head, before: PlatformMention[], seen: { result?: WalkResult; aim?: boolean },
): PlatformMention | undefined {
  if (NOT_A_HEAD_BEFORE.at(text, end)) return undefined;
  if (isNameCode(text.charCodeAt(end)) && continuesWord(text, end)) return undefined;
  // 团结村铁路集装箱中心站, 满洲里铁路口岸: a railway's name before a facility of it names that facility, not a line
  if (h.kind === 'railway' && RAILWAY_FACILITY_AFTER.at(text, end)) return undefined;
  const walk = walkLeft(text, headStart, MAX_NAME);
  if (walk.stop === 'limit') return undefined;
  seen.result = walk;
  let start = acrossConjunction(text, walk, headStart, end, h, before);
  // 三江源国家级自然保护区功能区: the functional zones of a zone named right before are its parts, not a zone of their own
  if (h.word === '功能区' && HEAD_SCANNER.endingAt(text, headStart) !== undefined) return undefined;
  // 昆明长水国际机场航空口岸, 天津港水运口岸: the port of entry of a facility named before it is that facility's
  if (h.word === '口岸' && facilityBefore(text, headStart)) return undefined;
  // 汽车整车进口口岸, 进境粮食指定口岸: the ports designated for a trade are a class, none of them named
  if (h.word === '口岸' && DESIGNATED_PORT.test(text.slice(walk.start, headStart))) return undefined;
  // 成都至西宁铁路, 郑州—万州铁路: a line is named by the places it joins
  if (h.kind === 'railway') start = fromPlace(text, start, headStart);
  // 中老磨憨—磨丁经济合作区: a zone across a border is named by a place on either side
  else if (h.kind === 'zone') start = acrossBorder(text, start);
  // 到2030年流域水功能区…, 2025年底前自贸试验区…: the time a clause opens with is no part of a name
  if (isDigitCode(text.charCodeAt(start))) start += LEADING_TIME.exec(text.slice(start, headStart))?.[0].length ?? 0;
  // 除险加固刘家峡水库, 保护密云水库: work done on a facility, which no facility's name begins with (a zone's may:
  // 生物多样性保护示范区), is no part of it
  if (FACILITY_KINDS.has(h.kind)) start = afterWorkOnFacility(text, start, headStart);
  // 全国孵化器, 我国自贸试验区: the scope of a category name is not part of it
  if (h.minModifier === 0 && SCOPE_ONLY.test(text.slice(start, headStart))) start = headStart;
  const name = text.slice(start, end);
  const modifier = text.slice(start, headStart);
  if (nameLength(modifier) < h.minModifier) return undefined;
  // 重点生态功能区, 流域水功能区, 城市功能区: what a zone is for names a kind of zone; only a place makes one of them
  if (h.word === '功能区' && !hasProperPart(modifier)) return undefined;
  // 全国港口, 全省开发区: a head that needs a name, given only a scope, is a class of places, not one
  if (h.minModifier > 0 && (GENERIC_MODIFIER.test(modifier) || SCOPE_ONLY.test(modifier))) return undefined;
  if (h.word === '园区' && SECTOR_PARK.test(modifier)) return undefined;
  // 县域冷链物流中心, 乡镇综合文化服务中心, 村级综合服务中心, 社区养老服务中心: one in every county, town, village or
  // community is a kind of facility, not one of them (a place makes one: 安吉县…)
  if (h.minModifier > 0 && LOCALITY_SCOPE.test(modifier) && !hasProperPart(modifier)) return undefined;
  // 风电基地, 抽水蓄能电站: a class of facility or base, not one of them
  // (沿江高铁, 沿海高铁: a line is named by the corridor it follows, where a port along the river is one of a class)
  if ((FACILITY_KINDS.has(h.kind) || h.word === '基地') && FACILITY_CLASS.test(modifier.replace(/[（）()]/g, '')) && !(h.kind === 'railway' && CORRIDOR.test(modifier))) {
    return undefined;
  }
  if (notAPlatform(name)) return undefined;
  // 河西走廊: a corridor the map names is a place (a region), not a platform as a 科创走廊 is; so is a reservoir the
  // map names as a lake (丹江口水库, where water is drawn for the south-north project)
  if ((h.word === '走廊' || h.kind === 'water_project') && findKnownArea(name)) return undefined;
  // 国家药品监督管理局药品审评中心: a unit of a body named before it is an organisation, not a platform
  if ((h.kind === 'other' || h.word.endsWith('中心')) && OF_A_BODY.test(modifier)) return undefined;
  // 打造具有…的创新发展示范区, 建设成为…示范区: an aim, unless the name has a proper part
  if (h.minModifier > 0 && walk.stop === 'word' && AIM_WORDS.has(walk.word!) && !hasProperPart(modifier)) {
    seen.aim = true;
    return undefined;
  }
  // 各地区政务服务平台, 各级政务服务中心, 10个数字化转型服务平台: the generic heads (平台, 中心) after a determiner or a
  // count name a class
  if (h.minModifier >= GENERIC_HEAD_MODIFIER && walk.stop === 'word' && (DETERMINERS.has(walk.word!) || countEndingAt(text, start)) && !hasProperPart(modifier)) {
    return undefined;
  }
  // 建成20个左右低空经济示范区, 建设10个现代农业产业园: any head that needs a name, after a count, is a number of them to
  // make, unless the name has a proper part or is a designation's category (2个左右国家产业创新中心, 5个省（市）实验室);
  // a count in words (一批, 若干) keeps the seed's reading of a programme's category (一批基础学科拔尖人才培养基地)
  const numeral = h.minModifier > 0 ? countNumeralAt(text, start) : -1;
  if (numeral >= 0 && isDigitCode(text.charCodeAt(numeral)) && !DESIGNATION_LEVEL.test(modifier) && !hasProperPart(modifier)) {
    return undefined;
  }
  // `A、B等X`: X sums up the platforms just listed (等设施, 等国家级创新平台), it is not one of them
  if (walk.word === '等' && followsPlatform(text, start - 1, before[before.length - 1])) return undefined;
  // 中国（福建）自由贸易试验区福州片区、厦门片区: the areas of a zone listed after the first are that zone's too
  const zone = h.word.endsWith('片区') ? zoneOfAreaBefore(text, start, before) : undefined;
  if (zone !== undefined) return { name: zone + name, platformKind: h.kind, start, end };
  const kind = h.word === '中心' && INNOVATION_WORDS.test(modifier) ? 'innovation_centre' : h.kind;
  // 国家大数据综合试验区（贵州）: a national designation names the place it is given to in brackets after it
  const placed = NATIONAL.test(modifier) ? bracketedPlaceAfter(text, end) : 0;
  return placed > 0 ? { name: text.slice(start, end + placed), platformKind: kind, start, end: end + placed } : { name, platformKind: kind, start, end };
}

/**
 * The zone whose area is the platform listed right before `start` (中国（福建）自由贸易试验区 of …福州片区, before 、厦门片区),
 * or undefined: that area's name is the zone's, a place and 片区.
 */
function zoneOfAreaBefore(text: string, start: number, before: readonly PlatformMention[]): string | undefined {
  const last = before[before.length - 1];
  if (!last || last.end + 1 !== start || !LIST_JOINERS.has(text.charCodeAt(last.end)) || !last.name.endsWith('片区')) return undefined;
  const zone = AREA_OF_ZONE.exec(last.name);
  return zone ? zone[1] : undefined;
}
/** A zone's name, then one of its areas: a place (two to six characters) and 片区. */
const AREA_OF_ZONE = /^(.+(?:试验区|自由贸易港|自贸区|新区|开发区|高新区))[\u4e00-\u9fff]{2,6}新?片区$/;

/**
 * Whether a facility's head (机场, 港) ends right before the port of entry that begins at `at`, or before its mode (航空,
 * 水运). After 港 with no mode the 口 is the port's (全国港口岸线: 港口 and 岸线).
 */
function facilityBefore(text: string, at: number): boolean {
  const mode = CROSSING_MODES.find((m) => text.endsWith(m, at));
  const end = at - (mode?.length ?? 0);
  return HEAD_SCANNER.endingAt(text, end) !== undefined || text.charCodeAt(end - 1) === GANG;
}
const CROSSING_MODES = ['航空', '水运', '水路', '铁路', '公路'];
const DESIGNATED_PORT = /(?:进口|出口|进境|出境|入境|指定|功能)$/;
const GANG = '港'.charCodeAt(0);

/** The length of `（贵州）` at `at` when the brackets hold one place and nothing else, else 0. */
function bracketedPlaceAfter(text: string, at: number): number {
  const open = text.charCodeAt(at);
  if (!isOpenParenCode(open)) return 0;
  // looked for within the longest place only: an unclosed bracket is not searched to the end of the text
  const close = text.slice(at + 1, at + 2 + BRACKETED_PLACE_MAX).indexOf(open === 0xff08 ? '）' : ')') + at + 1;
  if (close <= at || close - at - 1 < 2) return 0;
  return isWholePlace(text.slice(at + 1, close)) ? close + 1 - at : 0;
}
const BRACKETED_PLACE_MAX = 8;

function hasProperPart(modifier: string): boolean {
  return PROPER_PART.test(modifier) || PLACE_WORDS.some((w) => modifier.includes(w)) || extractRegions(modifier).length > 0;
}

/** The level a designation is given at, opening its category's name (国家…, 省（市）…, 国际…). */
const DESIGNATION_LEVEL = /^(?:国家|全国|国际|省|市|区域)/;

/** Designations that sit between a national platform's field and its category word (…国家技术创新中心). */
const NATIONAL = /^(?:国家|全国)/;
const CONJUNCTIONS = new Set(['和', '及', '与']);
/** Whether a stop word is a conjunction: all are one character, and a stop word's string is a fresh one to hash. */
function isConjunction(word: string | undefined): word is string {
  return word !== undefined && word.length === 1 && CONJUNCTIONS.has(word);
}

/**
 * 节能降碳和新能源技术产品研发国家重点实验室, 生物医药及医疗器械国家工程研究中心: a national platform is named by its
 * field, which may join two subjects with 和/及. When the walk stopped at the conjunction, the modifier is a field
 * (two name characters or more) followed by the national designation, and what stands before the conjunction is a
 * plain field rather than another platform (国家实验室和国家重点实验室 is a list), the name starts before it.
 */
function acrossConjunction(text: string, walk: WalkResult, headStart: number, end: number, h: Head, before: PlatformMention[]): number {
  const start = walk.start;
  if (walk.stop !== 'word' || !isConjunction(walk.word)) return start;
  const modifier = text.slice(start, headStart);
  const national = NATIONAL.test(h.word) ? modifier : /(?:国家|全国)$/.test(modifier) ? modifier.slice(0, -2) : undefined;
  if (national === undefined || nameLength(national) < 2 || NATIONAL.test(national)) return start;
  const joint = start - walk.word.length;
  const last = before[before.length - 1];
  if (last && last.end >= joint) return start;
  if (HEAD_SCANNER.endingAt(text, joint)) return start;
  const left = walkLeft(text, joint, MAX_NAME - (end - start) - walk.word.length);
  if (left.stop === 'limit' || nameLength(text.slice(left.start, joint)) < 2) return start;
  if (left.stop === 'word' && isConjunction(left.word)) return start;
  // 洞庭湖和三江源国家公园: a place before the conjunction is listed beside the name, not part of its field
  if (isWholePlace(text.slice(left.start, joint))) return start;
  return left.start;
}

/**
 * The start of a railway's name that joins two places (成都至西宁铁路, 郑州—万州铁路): the place before 至 or a dash, when
 * the name after it begins with a place. Otherwise `start`.
 */
function fromPlace(text: string, start: number, headStart: number): number {
  const joiner = text.charCodeAt(start - 1);
  // either end may be a county-level city by its short name (大理至瑞丽铁路), as in a list of places
  if (!LINE_JOINERS.has(joiner) || leadingPlaces(text.slice(start, headStart), true) === 0) return start;
  const left = walkLeft(text, start - 1, 8);
  const from = text.slice(left.start, start - 1);
  return from.length >= 2 && leadingPlaces(from, true) === from.length ? left.start : start;
}
const LINE_JOINERS = new Set([...'至—－-'].map((c) => c.charCodeAt(0)));

/**
 * The start of a cross-border zone's name (中老磨憨—磨丁经济合作区, 中蒙二连浩特—扎门乌德经济合作区): the run before the
 * dash when it opens with 中 and the other country (老, 哈, 蒙 …). Otherwise `start`.
 */
function acrossBorder(text: string, start: number): number {
  const dash = text.charCodeAt(start - 1);
  if (dash !== EM_DASH && dash !== FULL_HYPHEN) return start;
  const left = walkLeft(text, start - 1, 10);
  return BILATERAL.test(text.slice(left.start, start - 1)) ? left.start : start;
}
const EM_DASH = '—'.charCodeAt(0);
const FULL_HYPHEN = '－'.charCodeAt(0);
/** 中 and a neighbour's one-character name, then the Chinese side's place. */
const BILATERAL = /^中[老哈蒙越俄缅朝巴吉塔尼印]\S{2,7}$/;

/** Whether `s` is one place and nothing else (洞庭湖, 长江, 四川省). */
function isWholePlace(s: string): boolean {
  const places = extractRegions(s);
  return places.length === 1 && places[0].start === 0 && places[0].end === s.length;
}

/** Whether the last platform found ends right before `at`, or before a bracketed gloss (望远镜（FAST）等). */
function followsPlatform(text: string, at: number, last: PlatformMention | undefined): boolean {
  if (!last) return false;
  if (last.end === at) return true;
  const gap = text.slice(last.end, at);
  return gap.length <= 12 && /^[（(][^（）()，。；、]*[）)]$/.test(gap);
}

/** A head is inside a longer word when the next characters make a zone-like word of their own (中心区, 园区内 is fine). */
function continuesWord(text: string, end: number): boolean {
  const next = text.charCodeAt(end);
  return next === QU || next === YUAN || next === ZHAN;
}
// compared as codes: `text[end]` of a CJK character allocates a string
const QU = '区'.charCodeAt(0);
const YUAN = '园'.charCodeAt(0);
const ZHAN = '站'.charCodeAt(0);
