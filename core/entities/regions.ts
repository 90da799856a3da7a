/**
 * Regions named in article text: provincial-level divisions (canonical full name); prefectures and counties of the
 * national division codes (core/entities/gazetteer.ts), by full name or unambiguous short form; foreign countries;
 * named areas and waters — the well-known multi-province regions, rivers, lakes and reservoir areas plus names built by
 * the genre's patterns (place + 地区/经济圈/经济带/城市群/新区/协同创新区/库区, place（city）科学城/科技城).
 *
 * A division, country or water is a whole name at a word boundary: what stands before it ends a word (punctuation,
 * a stop word of the genre, another place: 四川省成都市) — 兵山市 inside 调兵山市, 量强市 inside 质量强市 are no names
 * at all, and a name glued to the word before it (沿海地区 holds 海地, Haiti) is not read. A full name several divisions
 * share (朝阳区, 鼓楼区) is read only where the text names one of their parents, the nearest before it, else after it.
 * `within` is the parent division from the gazetteer, or what the name itself says (西部（成都）科学城, 四川天府新区).
 */
import type { RegionMention } from '../model';
import { PROVINCES, findProvince, type Province } from '../registry/provinces';
import { PLACE_WORDS, PROVINCE_ABBREVIATIONS, findKnownArea } from './areas';
import { isCjkCode, isNameCode, LIST_JOINERS } from './chars';
import { gazetteer, liesWithin, type Division } from './gazetteer';
import { KeywordScanner } from './keywords';
import { REGION_WORD_LANE, type Marks } from '../text/marks';
import { AREA_HEADS, REGION_WORDS } from './region-words';
import { riversIn } from './rivers';
import { stopEndingAt } from './stop-words';
import { listItemStart, nameLength, opensIncluding, walkLeft } from './walk';

const HEADS = new Set(AREA_HEADS);
const WORD_SCANNER = new KeywordScanner(REGION_WORDS, REGION_WORD_LANE);
/** Science/technology cities are often named after a district (怀柔科学城), reservoir areas after their dam, so no known place word is needed. */
const FREE_HEADS = new Set(['科学城', '科技城', '新区', '库区']);
const GENERIC_AREA_MODIFIERS = new Set(['城市', '各类', '国家级', '省级', '重点', '有关', '相关', '试点', '贫困', '欠发达', '边远']);

/** Capitals, read after their province's short name (湖北武汉) and in bracketed areas (西部（成都）科学城). */
const CAPITALS = new Map<string, Province>();
for (const p of PROVINCES) if (p.capital) CAPITALS.set(p.capital.replace(/市$/, ''), p);
const codes = (chars: string): ReadonlySet<number> => new Set([...chars].map((c) => c.charCodeAt(0)));

/** 四川大学, 中国科学院大学重庆学院: a place name that begins an institution's name is not a mention of the place. */
const INSTITUTION_AFTER = /^(?:大学|学院|分院|研究院|医院|中学|小学|职业技术学院)/;

/**
 * 江苏银行, 四川长虹电器股份有限公司, 浙江省人民医院, 上海交通大学: a place that begins the name of a company, bank,
 * hospital or institute is part of that name. The name runs on without punctuation or a stop word (在江苏开展试点,
 * 支持广东建设一流大学 are places) to one of these endings within a few characters.
 */
const ORGANISATION_ENDINGS = new KeywordScanner(['大学', '学院', '银行', '集团', '公司', '医院', '研究院', '研究所', '出版社', '报社', '电视台', '电网']);
const ORGANISATION_REACH = 12;
/** The bodies that manage a river (黄河水利委员会, 长江航务管理局): named after it, not a mention of it. */
const WATER_BODY_AFTER = /^(?:水利委员会|水利委|流域管理局|航务管理局|航道局|防总)/;

function beginsOrganisation(text: string, end: number): boolean {
  for (let k = end; k < text.length && k - end < ORGANISATION_REACH; k++) {
    if (!isCjkCode(text.charCodeAt(k))) return false;
    if (k > end && stopEndingAt(text, k, end) > 0) return false;
    if (ORGANISATION_ENDINGS.at(text, k)) return true;
  }
  return false;
}

interface Candidate extends RegionMention {
  priority: number;
  /** a county-level city's short form (义乌): a place only in a list with other places (listedWithPlaces) */
  listed?: boolean;
  /** a full name several divisions share that no place before it settled: placed by the places after it, or dropped */
  shared?: readonly Division[];
  /** a province's short form that is a city's too (吉林): the city where the text lists it among cities (citiesAmongCities) */
  city?: Division;
}

/** The regions named in text; `marks`, when given, are the text's (core/text/marks.ts). */
export function extractRegions(text: string, marks?: Marks): RegionMention[] {
  const found: Candidate[] = [];
  for (const m of WORD_SCANNER.scan(text, 0, text.length, marks)) {
    if (HEADS.has(m.word)) patterned(text, m.index, m.word, found);
    else named(text, m.index, m.word, found);
  }
  for (const r of riversIn(text, (at) => atWordStart(text, at, found), isKnownPlace)) found.push({ ...r, regionKind: 'river', priority: 1 });
  if (found.some((c) => c.city)) citiesAmongCities(text, found);
  const placed = found.some((c) => c.shared) ? placedByLaterPlaces(found) : found;
  return resolveOverlaps(placed.some((c) => c.listed) ? listedWithPlaces(text, placed) : placed);
}

/** A name the tables give (长江, 黑龙江, 镇江): a river read by grammar is none of them. */
const isKnownPlace = (name: string): boolean => findKnownArea(name) !== undefined || findProvince(name) !== undefined || gazetteer().forms.has(name);

/**
 * 在通州区建设北京城市副中心: a name several divisions share, which no place before it settled, is the one within the
 * nearest place named after it that holds one of them only; with none, it is not read.
 */
function placedByLaterPlaces(found: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let k = 0; k < found.length; k++) {
    const c = found[k];
    if (!c.shared) { out.push(c); continue; }
    const d = placedByLater(c.shared, found, k + 1);
    if (d) out.push({ name: d.name, regionKind: d.regionKind, start: c.start, end: c.end, within: d.parent?.name, code: d.code, priority: 0 });
  }
  return out;
}

/**
 * 吉林 is a province and a city, 海南 a province and a prefecture (海南藏族自治州): listed among cities and prefectures
 * (and the four municipalities, which are cities too: 北京、深圳、吉林、新余, not 北京、上海、吉林), or counted as such
 * (吉林、长春两市, 玉树、果洛、海南、黄南4个藏族自治州), it is the city or prefecture.
 */
function citiesAmongCities(text: string, found: Candidate[]): void {
  const sorted = [...found].sort((a, b) => a.start - b.start);
  // the lists, each a run of names that joiners alone separate, read once
  for (let from = 0; from < sorted.length;) {
    let to = from + 1;
    while (to < sorted.length && sorted[to - 1].end + 1 === sorted[to].start && LIST_JOINERS.has(text.charCodeAt(sorted[to - 1].end))) to++;
    const run = sorted.slice(from, to);
    from = to;
    if (!run.some((c) => c.city)) continue;
    const cities = run.filter((c) => CITY_LIKE.has(c.regionKind)).length;
    const others = run.filter((c) => !c.city && !CITY_LIKE.has(c.regionKind) && !MUNICIPALITIES.has(c.name)).length;
    const counted = COUNTED_AS_CITIES.test(text.slice(run[run.length - 1].end, run[run.length - 1].end + 4));
    if (!counted && (cities === 0 || others > 0)) continue;
    for (const c of run) {
      const d = c.city;
      if (!d) continue;
      Object.assign(c, { name: d.name, regionKind: d.regionKind, within: d.parent?.name, code: d.code });
      delete c.city;
    }
  }
}
const CITY_LIKE: ReadonlySet<string> = new Set(['city', 'prefecture']);
/** The four cities governed as provinces: in a list of cities they are cities. */
const MUNICIPALITIES: ReadonlySet<string> = new Set(['北京市', '天津市', '上海市', '重庆市']);
/** 两市, 三市, 等市, 等城市 right after a list: its places are cities. */
const COUNTED_AS_CITIES = /^(?:[两二三四五六七八九十0-9]|等)[个座]?(?:城)?市|^(?:[两二三四五六七八九十0-9]|等)个?[\u4e00-\u9fff]{0,6}自治州/;

/** The heads of the landforms the map names (科尔沁沙地, 库布其沙漠, 柴达木盆地). */
const LANDFORM_HEAD = /(?:沙地|沙漠|盆地)$/;


/**
 * The candidates, without the short forms of county-level cities that stand in no list of places: 支持义乌、温州、台州
 * names 义乌, 保持社会安宁 nothing. A list is a run of names that joiners alone separate; its short forms are places
 * when it also holds another kind of place, or three names or more (昆山、江阴、张家港和常熟). A short form written
 * right after its province or prefecture (内蒙古满洲里, 广西凭祥) is placed by it.
 */
function listedWithPlaces(text: string, found: Candidate[]): Candidate[] {
  const sorted = [...found].sort((a, b) => a.start - b.start);
  const out: Candidate[] = [];
  for (let from = 0; from < sorted.length;) {
    let to = from + 1;
    while (to < sorted.length && sorted[to].start === sorted[to - 1].end + 1 && LIST_JOINERS.has(text.charCodeAt(sorted[to - 1].end))) to++;
    const run = sorted.slice(from, to);
    const isList = run.length >= 3 || run.some((c) => !c.listed);
    for (const c of run) if (!c.listed || isList || placedBy(text, c, sorted[from - 1])) out.push(c);
    from = to;
  }
  return out;
}

/** Whether `before` ends where the short form c begins and names a division that holds it (内蒙古 of 满洲里). */
function placedBy(text: string, c: Candidate, before: Candidate | undefined): boolean {
  if (before === undefined || before.end !== c.start) return false;
  const county = gazetteer().listForms.get(text.slice(c.start, c.end));
  for (let p = county?.parent; p; p = p.parent) if (p.name === before.name) return true;
  return false;
}

function named(text: string, start: number, word: string, out: Candidate[]): void {
  const end = start + word.length;
  const area = findKnownArea(word);
  if (area) {
    const kind = area.regionKind ?? 'area';
    // a water is a place only as a whole word (沿海河口 holds no 海河), and not in 长江大学, 黄河水利委员会
    if (kind !== 'area' && ((word.length <= 2 && !atWordStart(text, start, out)) || beginsOrganisation(text, end) || WATER_BODY_AFTER.test(text.slice(end, end + 5)))) return;
    // a region of the world is a whole word too (华中亚热带 holds no 中亚), and 亚 goes on in 亚热带, 亚洲, 亚运, 亚太
    if (area.key.startsWith(WORLD) && ((word.length <= 2 && !atWordStart(text, start, out)) || (word.endsWith('亚') && ASIA_GOES_ON.has(text.charCodeAt(end))))) return;
    out.push({ name: word, regionKind: kind, start, end, within: area.within, priority: 1 });
    // 长江、黄河流域, 东北、西部地区: a known area's head shared with the places listed before it
    const head = kind === 'area' || kind === 'reservoir_area' ? AREA_HEADS.find((h) => word.length > h.length && word.endsWith(h)) : undefined;
    // 长三角、珠三角、京津冀、成渝地区双城经济圈: a name whose modifier holds an area of its own (成渝地区) is no place with a
    // head to lend, and the places before it are listed beside it
    if (head && !OWN_NAME_HEADS.has(head) && !holdsAreaHead(word.slice(0, word.length - head.length))) sharedAreaHead(text, start, head, kind, out);
    // 陕甘宁、大别山、左右江、川陕等革命老区: the named areas of that kind listed before 等
    else if (start > 0 && text.charCodeAt(start - 1) === ETC) namedOfKindBefore(text, start - 1, word, kind, out);
    // 科尔沁、浑善达克沙地: a landform's head shared with the names listed before it
    else if (start > 0 && LIST_JOINERS.has(text.charCodeAt(start - 1)) && LANDFORM_HEAD.test(word)) {
      landformsBefore(text, start - 1, word.slice(-2), out);
    }
    return;
  }
  const p = findProvince(word);
  if (p) {
    if (INSTITUTION_AFTER.test(text.slice(end, end + 3)) || beginsOrganisation(text, end)) return;
    const city = word === p.name ? undefined : gazetteer().provinceNamedPrefectures.get(word);
    out.push({ name: p.name, regionKind: 'province', start, end, priority: 0, ...(city ? { city } : {}) });
    return;
  }
  const g = gazetteer();
  const divisions = g.forms.get(word);
  if (divisions) {
    division(text, start, end, word, divisions, out);
    return;
  }
  const county = g.listForms.get(word);
  if (county) {
    if (!atWordStart(text, start, out) || beginsOrganisation(text, end) || INSTITUTION_AFTER.test(text.slice(end, end + 3))) return;
    out.push({ name: county.name, regionKind: county.regionKind, start, end, within: county.parent?.name, code: county.code, priority: 0, listed: true });
    return;
  }
  const country = g.countries.get(word);
  if (country && (word.length > 2 || atWordStart(text, start, out)) && !PEOPLE_NEXT.has(text.charCodeAt(end)) && !beginsOrganisation(text, end)) {
    out.push({ name: country.name, regionKind: 'country', start, end, code: country.code, priority: 0 });
  }
}

const WORLD = 'world-';
const ASIA_GOES_ON = codes('热洲运太');
/** 朝鲜族, 蒙古族: a people, not the country. */
const PEOPLE_NEXT = codes('族');
/** 县域, 市级: a division glued to these ends in a level word (成县域 is 形成 + 县域, 中山区域 is 中山 + 区域). */
const LEVEL_AFTER = codes('域级');
/** 新县城: a two-character county glued to 城 is the noun 县城 (county town) after an adjective. */
const TOWN_AFTER = codes('城');
/**
 * Verbs of going and meeting that are no stop words for platforms but end a word before a place (赴成都, 同美国), and 驻
 * (stationed in: 市人民政府驻龙渊街道, 驻香港).
 */
const BEFORE_PLACE = codes('赴往访同自经驻');
/**
 * Verbs that take a place for their object (治理淮河, 保护长江, 振兴东北, 对口支援西藏, 辐射东南亚): they end a word before a
 * place, but are no stop words for platforms, whose names hold them (生物多样性保护示范区).
 */
const PLACE_VERBS = new Set(['治理', '保护', '整治', '开发', '振兴', '支援', '援助', '帮扶', '辐射', '联通', '连接', '流经', '途经', '深入', '毗邻', '邻近', '进入', '服务', '覆盖', '对接', '融入', '带动',
  // a change of divisions: 将八里店镇划归南浔区管辖, 并入吴兴区, 隶属丽水市
  '划归', '并入', '划入', '隶属']);
const PLACE_VERB_LAST = codes([...PLACE_VERBS].map((w) => w[1]).join(''));

/**
 * A division written as `word`: at a word boundary, whole; of the divisions the name may be, the one whose parent the
 * text named before (北京市朝阳区), or the only one.
 */
function division(text: string, start: number, end: number, word: string, divisions: readonly Division[], out: Candidate[]): void {
  const short = divisions[0].name !== word;
  // a full name of four characters or more is no fragment of a word (调兵山市, 迪庆藏族自治州); shorter ones and short
  // forms must begin one
  if ((short || word.length <= 3) && !atWordStart(text, start, out)) return;
  if (!short && (LEVEL_AFTER.has(text.charCodeAt(end)) || (word.length === 2 && TOWN_AFTER.has(text.charCodeAt(end))))) return;
  if (INSTITUTION_AFTER.test(text.slice(end, end + 3)) || (short && beginsOrganisation(text, end))) return;
  const d = divisions.length === 1 ? divisions[0] : placedByText(divisions, out);
  if (!d) {
    if (divisions.length > 1) out.push({ name: word, regionKind: divisions[0].regionKind, start, end, priority: 0, shared: divisions });
    return;
  }
  out.push({ name: d.name, regionKind: d.regionKind, start, end, within: d.parent?.name, code: d.code, priority: 0 });
}

/** Of the divisions a name may be, the one within the nearest place named before it that holds one of them only. */
function placedByText(divisions: readonly Division[], out: readonly Candidate[]): Division | undefined {
  for (let k = out.length - 1; k >= 0 && k >= out.length - EARLIER_REACH; k--) {
    const placed = placedWithin(divisions, out[k]);
    if (placed !== null) return placed;
  }
  return undefined;
}

/**
 * How many names before and after a shared one are asked about it: the place that settles it stands close by, or
 * nowhere (and a text naming thousands of places is not read once for each).
 */
const EARLIER_REACH = 64;
const LATER_REACH = 16;

/** The same, by the nearest place named from found[from] on (a name still shared is no place). */
function placedByLater(divisions: readonly Division[], found: readonly Candidate[], from: number): Division | undefined {
  for (let k = from; k < found.length && k < from + LATER_REACH; k++) {
    const placed = found[k].shared ? null : placedWithin(divisions, found[k]);
    if (placed !== null) return placed;
  }
  return undefined;
}

/**
 * What a place says of the divisions a name may be: the one it holds (it holds one only), undefined (it holds several:
 * the name stays unsettled), or null (it holds none, or is no division: ask the next place).
 */
function placedWithin(divisions: readonly Division[], c: Candidate): Division | undefined | null {
  const parent = c.code ? gazetteer().byCode.get(c.code) : provinceDivision(c);
  if (!parent) return null;
  const placed = divisions.filter((x) => liesWithin(x, parent));
  return placed.length === 1 ? placed[0] : placed.length > 1 ? undefined : null;
}

/** The gazetteer's division for a province found by the named pass. */
function provinceDivision(c: Candidate): Division | undefined {
  return c.regionKind === 'province' ? gazetteer().provinces.get(c.name) : undefined;
}

/**
 * Whether a name starting at `start` begins a word: at the start of the text or after a character that is not part of
 * a name, after a stop word of the genre (支持, 在, 与…) or a verb of going, or right after another place (四川省成都市).
 */
function atWordStart(text: string, start: number, out: readonly Candidate[]): boolean {
  if (start === 0) return true;
  const before = text.charCodeAt(start - 1);
  if (!isNameCode(before) || BEFORE_PLACE.has(before)) return true;
  const last = out[out.length - 1];
  if (last && last.end === start) return true;
  if (start >= 2 && PLACE_VERB_LAST.has(before) && PLACE_VERBS.has(text.slice(start - 2, start))) return true;
  // （含渝北区）: 含 opening a bracket is "including"
  if (opensIncluding(text, start - 1)) return true;
  // 第十四师昆玉市: a division of the Xinjiang Production and Construction Corps and the city it runs are named together
  if (before === SHI && CORPS_DIVISION.test(text.slice(Math.max(0, start - 6), start))) return true;
  return stopEndingAt(text, start, Math.max(0, start - 6)) > 0;
}
const SHI = '师'.charCodeAt(0);
const CORPS_DIVISION = /第[一二三四五六七八九十]{1,3}师$/;

function patterned(text: string, headStart: number, word: string, out: Candidate[]): void {
  const end = headStart + word.length;
  if (word === '新区' && text[headStart - 1] === '高') return; // 高新区 is a zone (a platform), not a region
  // 临空经济区 (around an airport), 临港经济区 (around a port): zones, platforms too
  if (word === '经济区' && headStart >= 2 && text.charCodeAt(headStart - 2) === 0x4e34 && (text[headStart - 1] === '空' || text[headStart - 1] === '港')) return;
  const walk = walkLeft(text, headStart, 12);
  let start = placeStart(text, walk.start, headStart);
  if (start < 0) {
    if (!FREE_HEADS.has(word)) return;
    start = walk.start;
    const bare = text.slice(start, headStart).replace(/（[^（）]*）/g, '');
    if (nameLength(bare) < 2 || nameLength(bare) > 4 || GENERIC_AREA_MODIFIERS.has(bare)) return;
  }
  // 西部地区人均地区生产总值: a name holds no other area's head, and 地区生产总值 is the GDP
  if (word === '地区' && text.startsWith('生产', end)) return;
  for (const h of AREA_HEADS) if (text.slice(start, headStart).includes(h)) return;
  const name = text.slice(start, end);
  const regionKind = word === '库区' ? 'reservoir_area' : 'area';
  out.push({ name, regionKind, start, end, within: withinOf(name), priority: 1 });
  if (!OWN_NAME_HEADS.has(word)) sharedAreaHead(text, start, word, regionKind, out);
}

const holdsAreaHead = (modifier: string): boolean => AREA_HEADS.some((h) => modifier.includes(h));

/** Heads of names of one place each (两江新区, 怀柔科学城): a place listed before one does not share it. */
const OWN_NAME_HEADS = new Set(['协同创新区', '创新区', '科学城', '科技城', '新区']);

/**
 * 长江、黄河流域 / 东北、西部地区 / 成都、重庆都市圈: places listed right before an area name, joined by 、和及与, share its
 * head, each becoming an area of its own (长江流域, 东北地区) in place of the bare place. Only a whole place word, known
 * area or division is taken: a listed item that is not one ends the list.
 */
function sharedAreaHead(text: string, first: number, head: string, regionKind: RegionMention['regionKind'], out: Candidate[]): void {
  let joiner = first - 1;
  for (let n = 0; n < 8 && joiner > 0 && LIST_JOINERS.has(text.charCodeAt(joiner)); n++) {
    const walk = walkLeft(text, joiner, 8);
    const item = text.slice(walk.start, joiner);
    const named = out.find((c) => c.start === walk.start && c.end === joiner && c.regionKind !== 'country');
    if (!named && !PLACE_WORD_SET.has(item)) return;
    // 东北地区、中西部地区: an item with a head of its own is a name already, and the list one of areas; so is the whole
    // name of a known area that is no water (革命老区和边疆地区; 长江、黄河流域 is the Yangtze's basin)
    const known = findKnownArea(item);
    if (AREA_HEADS.some((h) => item.endsWith(h)) || (known !== undefined && (known.regionKind ?? 'area') === 'area')) return;
    const name = `${item}${head}`;
    out.push({ name, regionKind, start: walk.start, end: joiner, within: withinOf(name), priority: 2 });
    joiner = walk.start - 1;
  }
}

const ETC = 0x7b49; // 等

/**
 * 陕甘宁、大别山、左右江、川陕等革命老区: the places listed before 等 and a kind of area (革命老区) are each the area of that
 * kind the table names after them (陕甘宁革命老区), in place of the bare place; the list ends at the first item that
 * names none.
 */
function namedOfKindBefore(text: string, etc: number, kindWord: string, regionKind: RegionMention['regionKind'], out: Candidate[]): void {
  let end = etc;
  for (let n = 0; n < 8 && end > 0; n++) {
    // the item from the joiner before it, or as far as a name goes left (支持陕甘宁); a word such as 左右 inside an item
    // (左右江) stops a walk but is no joiner
    const from = listItemStart(text, end, 8);
    const starts = [from, walkLeft(text, end, 8).start];
    const start = starts.find((k) => k < end && findKnownArea(text.slice(k, end) + kindWord) !== undefined);
    if (start === undefined) return;
    const area = findKnownArea(text.slice(start, end) + kindWord)!;
    out.push({ name: area.name, regionKind, start, end, within: area.within, priority: 2 });
    if (start === 0 || !LIST_JOINERS.has(text.charCodeAt(start - 1))) return;
    end = start - 1;
  }
}

/**
 * 科尔沁、浑善达克沙地: the landforms listed before one whose head they share, each a name the map holds with that head
 * (科尔沁沙地), as far along the item as the name goes (打好科尔沁). A province is no landform's name (四川、柴达木盆地 lists
 * the province).
 */
function landformsBefore(text: string, joiner: number, head: string, out: Candidate[]): void {
  for (let end = joiner, n = 0; n < 4 && end > 0; n++) {
    const from = listItemStart(text, end, 8);
    let start = -1;
    for (let k = from; k < end - 1 && start < 0; k++) if (findKnownArea(text.slice(k, end) + head) && !findProvince(text.slice(k, end))) start = k;
    if (start < 0) return;
    const area = findKnownArea(text.slice(start, end) + head)!;
    out.push({ name: area.name, regionKind: area.regionKind ?? 'area', start, end, within: area.within, priority: 2 });
    if (start === 0 || !LIST_JOINERS.has(text.charCodeAt(start - 1))) return;
    end = start - 1;
  }
}

/** Where a place word begins inside text[from, to): a province, a known area, a compass region, a city, or a run of province abbreviations. */
function placeStart(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    if (startsPlace(text, i, to)) return i;
  }
  return -1;
}

/** Words that can begin a regional name: compass regions and rivers, provinces, capitals. */
const PLACE_WORD_SET: ReadonlySet<string> = new Set(PLACE_WORDS);
const PLACE_SCANNER = new KeywordScanner([...PLACE_WORDS, ...PROVINCES.map((p) => p.short), ...CAPITALS.keys()]);

const ABBREVIATION_CODES = codes(PROVINCE_ABBREVIATIONS);

function startsPlace(text: string, i: number, to: number): boolean {
  const w = PLACE_SCANNER.at(text, i);
  if (w && i + w.length <= to) return true;
  let run = 0;
  while (i + run < to && ABBREVIATION_CODES.has(text.charCodeAt(i + run))) run++;
  return run >= 2 && i + run === to;
}

/** Containing division when the name says so: the bracketed city (西部（成都）科学城) or a leading province or capital. */
function withinOf(name: string): string | undefined {
  const bracket = /（([^（）]{2,4})）/.exec(name);
  if (bracket) {
    const p = findProvince(bracket[1]);
    if (p) return p.name;
    return bracket[1].endsWith('市') ? bracket[1] : `${bracket[1]}市`;
  }
  for (const p of PROVINCES) {
    if (name.startsWith(p.name) || name.startsWith(p.short)) return name === p.name || name === p.short ? undefined : p.name;
  }
  for (const c of CAPITALS.keys()) if (name.startsWith(c) && name.length > c.length) return `${c}市`;
  return undefined;
}

/** Nested and overlapping candidates: the longest span wins (重庆两江协同创新区 over 重庆), then the named one. */
function resolveOverlaps(found: Candidate[]): RegionMention[] {
  if (found.length === 0) return []; // most items name no region
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || b.priority - a.priority);
  const kept: Candidate[] = [];
  for (const c of found) {
    const last = kept[kept.length - 1];
    if (last && c.start < last.end) {
      const longer = c.end - c.start > last.end - last.start;
      if (longer) kept[kept.length - 1] = c;
      continue;
    }
    kept.push(c);
  }
  // written out rather than `({ priority, ...m })`: the rest copy was a visible cost, and the keys keep their order
  return kept.map((m) => {
    const r: RegionMention = { name: m.name, regionKind: m.regionKind, start: m.start, end: m.end };
    if (m.within !== undefined) r.within = m.within;
    if (m.code !== undefined) r.code = m.code;
    return r;
  });
}
