/**
 * Regions named in article text: provincial-level divisions (canonical full name), cities written with 市,
 * and named areas — the well-known multi-province regions plus names built by the genre's patterns
 * (place + 地区/经济圈/经济带/城市群/新区/协同创新区, place（city）科学城/科技城).
 * `within` is filled only when the name itself says where it lies (西部（成都）科学城, 四川天府新区, 湖北武汉).
 */
import type { RegionMention } from '../model';
import { PROVINCES, findProvince, type Province } from '../registry/provinces';
import { KNOWN_AREAS, PLACE_WORDS, PROVINCE_ABBREVIATIONS, findKnownArea } from './areas';
import { isCjk, isCjkCode } from './chars';
import { KeywordScanner, SuffixScanner } from './keywords';
import { CITY_LANE, REGION_WORD_LANE, markChar, usableMarks, type Marks } from '../text/marks';
import { stopEndingAt } from './stop-words';
import { nameLength, walkLeft } from './walk';

const PROVINCE_FORMS = PROVINCES.flatMap((p) => [p.name, p.short]);
const AREA_FORMS = KNOWN_AREAS.flatMap((a) => [a.name, ...a.aliases]);
/** Known names: one pass, longest form first so that 成渝地区双城经济圈 wins over 成渝地区 and 重庆市 over 重庆. */
const NAMES = [...AREA_FORMS, ...PROVINCE_FORMS];

/** Heads of pattern-built area names. */
const AREA_HEADS = ['协同创新区', '创新区', '科学城', '科技城', '新区', '经济圈', '经济带', '城市群', '都市圈', '经济区', '地区', '流域'];
const HEADS = new Set(AREA_HEADS);
/** One pass finds both: a head inside a known name (成渝地区) is covered by the longer known name. */
const WORD_SCANNER = new KeywordScanner([...NAMES, ...AREA_HEADS], REGION_WORD_LANE);
/** Science/technology cities are often named after a district (怀柔科学城), so no known place word is needed. */
const FREE_HEADS = new Set(['科学城', '科技城', '新区']);
const GENERIC_AREA_MODIFIERS = new Set(['城市', '各类', '国家级', '省级', '重点', '有关', '相关', '试点', '贫困', '欠发达', '边远']);

/** Capitals and the cities with names longer than two characters, so that they can be cut off correctly (read leftwards from 市). */
const CAPITALS = new Map<string, Province>();
for (const p of PROVINCES) if (p.capital) CAPITALS.set(p.capital.replace(/市$/, ''), p);
const LONG_CITY_NAMES = new SuffixScanner([
  '乌鲁木齐', '呼和浩特', '齐齐哈尔', '克拉玛依', '鄂尔多斯', '乌兰察布', '巴彦淖尔', '呼伦贝尔', '石家庄', '秦皇岛', '张家口', '哈尔滨',
  '牡丹江', '佳木斯', '七台河', '双鸭山', '连云港', '马鞍山', '景德镇', '平顶山', '驻马店', '三门峡', '张家界', '防城港', '攀枝花',
  '六盘水', '嘉峪关', '石嘴山', '葫芦岛', '日喀则', '吐鲁番', '满洲里', '二连浩特', '井冈山', '都江堰', '峨眉山',
]);
/** `X市` that is a word, not a city (城市, 上市, 超市…). */
const NOT_CITY_BIGRAMS = new Set(['城市', '超市', '上市', '门市', '股市', '楼市', '街市', '夜市', '集市', '闹市', '开市', '休市', '退市',
  '救市', '入市', '黑市', '菜市', '早市', '利市', '辖市', '都市', '城市', '全市', '本市', '该市', '我市', '各市', '省市', '地市', '县市']);
const codes = (chars: string): ReadonlySet<number> => new Set([...chars].map((c) => c.charCodeAt(0)));
/** Characters never inside a city name but common around 市 in running text. */
const NOT_CITY_CHARS = codes('的和与及在等各本全该我省县区个了是为对将向从以于由到把被其此每这那或并级型性点跨一二两三四五六七八九十百千万几多诸');
const NOT_CITY_NAMES = new Set(['试点', '城市', '地级', '县级', '省会', '直辖', '单列', '沿海', '中心', '重点', '示范', '大中', '中小', '特大',
  '超大', '所在', '本地', '各个', '设区', '边境', '口岸', '资源', '枢纽', '节点', '地方']);
/** 市场, 市民, 市值…: 市 begins another word. */
const NOT_CITY_NEXT = codes('场民值容面井级');
/** 市、县, 市县, 市区, 市（区）: administrative levels in a list, not a city (the character after 市, and the one after that). */
const LEVEL_NEXT = codes('县区');
const LEVEL_AFTER_COMMA = codes('县区州');
const LEVEL_IN_BRACKET = codes('区县');

/** 四川大学, 中国科学院大学重庆学院: a place name that begins an institution's name is not a mention of the place. */
const INSTITUTION_AFTER = /^(?:大学|学院|分院|研究院|医院|中学|小学|职业技术学院)/;

/**
 * 江苏银行, 四川长虹电器股份有限公司, 浙江省人民医院, 上海交通大学: a place that begins the name of a company, bank,
 * hospital or institute is part of that name. The name runs on without punctuation or a stop word (在江苏开展试点,
 * 支持广东建设一流大学 are places) to one of these endings within a few characters.
 */
const ORGANISATION_ENDINGS = new KeywordScanner(['大学', '学院', '银行', '集团', '公司', '医院', '研究院', '研究所', '出版社', '报社', '电视台', '电网']);
const ORGANISATION_REACH = 12;

function beginsOrganisation(text: string, end: number): boolean {
  for (let k = end; k < text.length && k - end < ORGANISATION_REACH; k++) {
    if (!isCjkCode(text.charCodeAt(k))) return false;
    if (k > end && stopEndingAt(text, k, end) > 0) return false;
    if (ORGANISATION_ENDINGS.at(text, k)) return true;
  }
  return false;
}

interface Candidate extends RegionMention { priority: number }

export function extractRegions(text: string, given?: Marks): RegionMention[] {
  const marks = usableMarks(text, given);
  const found: Candidate[] = [];
  for (const m of WORD_SCANNER.scan(text, 0, text.length, marks)) {
    if (HEADS.has(m.word)) patterned(text, m.index, m.word, found);
    else named(text, m.index, m.word, found);
  }
  findCities(text, marks, found);
  findListedCities(text, marks, found);
  return resolveOverlaps(found);
}

function named(text: string, start: number, word: string, out: Candidate[]): void {
  const end = start + word.length;
  const area = findKnownArea(word);
  if (area) {
    out.push({ name: word, regionKind: 'area', start, end, within: area.within, priority: 1 });
    return;
  }
  const p = findProvince(word);
  if (!p) return;
  if (INSTITUTION_AFTER.test(text.slice(end, end + 3)) || beginsOrganisation(text, end)) return;
  out.push({ name: p.name, regionKind: 'province', start, end, priority: 0 });
  // 湖北武汉, 陕西西安: the capital right after its province's name is a city even without 市
  const capital = p.capital?.replace(/市$/, '');
  if (capital && text.startsWith(capital, end) && text[end + capital.length] !== '市') {
    out.push({ name: p.capital!, regionKind: 'city', start: end, end: end + capital.length, within: p.name, priority: 0 });
  }
}

function patterned(text: string, headStart: number, word: string, out: Candidate[]): void {
  const end = headStart + word.length;
  if (word === '新区' && text[headStart - 1] === '高') return; // 高新区 is a zone (a platform), not a region
  const walk = walkLeft(text, headStart, 12);
  let start = placeStart(text, walk.start, headStart);
  if (start < 0) {
    if (!FREE_HEADS.has(word)) return;
    start = walk.start;
    const bare = text.slice(start, headStart).replace(/（[^（）]*）/g, '');
    if (nameLength(bare) < 2 || nameLength(bare) > 4 || GENERIC_AREA_MODIFIERS.has(bare)) return;
  }
  const name = text.slice(start, end);
  out.push({ name, regionKind: 'area', start, end, within: withinOf(name), priority: 1 });
}

/** Where a place word begins inside text[from, to): a province, a known area, a compass region, a city, or a run of province abbreviations. */
function placeStart(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    if (startsPlace(text, i, to)) return i;
  }
  return -1;
}

/** Words that can begin a regional name: compass regions and rivers, provinces, capitals. */
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

// Character codes: `text[i]` of a CJK character allocates a string, and this runs at every 市 of every item.
const COMMA = '、'.charCodeAt(0);
const OPEN_BRACKET = '（'.charCodeAt(0);
const SHI = '市'.charCodeAt(0);
const CHENG = '城'.charCodeAt(0);
markChar(CITY_LANE, SHI);

/** Every 市 of the text, from the city lane of its marks (core/text/marks.ts). */
function findCities(text: string, marks: Marks, out: Candidate[]): void {
  const at = marks.at[CITY_LANE];
  const count = marks.count[CITY_LANE];
  for (let k = 0; k < count; k++) {
    const i = at[k];
    const next = text.charCodeAt(i + 1);
    if (NOT_CITY_NEXT.has(next)) continue;
    const after = text.charCodeAt(i + 2);
    // 市、县 / 市（区）: administrative levels in a list, not a city
    if (LEVEL_NEXT.has(next) || (next === COMMA && LEVEL_AFTER_COMMA.has(after)) || (next === OPEN_BRACKET && LEVEL_IN_BRACKET.has(after))) continue;
    let name = LONG_CITY_NAMES.endingAt(text, i);
    if (!name) {
      if (i < 2) continue;
      const a = text.charCodeAt(i - 2);
      const b = text.charCodeAt(i - 1);
      if (!isCjkCode(a) || !isCjkCode(b) || NOT_CITY_CHARS.has(a) || NOT_CITY_CHARS.has(b)) continue;
      const two = text.slice(i - 2, i);
      if (NOT_CITY_NAMES.has(two)) continue;
      if (NOT_CITY_BIGRAMS.has(`${two[1]}市`) && !CAPITALS.has(two)) continue;
      if (findProvince(`${two}市`)) continue; // 重庆市, 北京市: provincial level, found by the named pass
      name = two;
    }
    const start = i - name.length;
    const end = i + 1;
    if (INSTITUTION_AFTER.test(text.slice(end, end + 3))) continue;
    const full = `${name}市`;
    out.push({ name: full, regionKind: 'city', start, end, within: cityWithin(text, start, name), priority: 0 });
  }
}

/** `北京、上海和沈阳、大连、西安11个城市`: a list that the text itself counts as cities. */
const CITY_COUNT_RE = /(?:\d+|[一二两三四五六七八九十]+)个(?:试点|重点|副省级|省会|中心)?$/;
const LIST_JOINERS = new Set(['和', '及', '与', '以及']);

/** Every 城市 of the text: a 市 of the city lane after 城 (two cannot overlap, so none is passed over). */
function findListedCities(text: string, marks: Marks, out: Candidate[]): void {
  const shi = marks.at[CITY_LANE];
  const count = marks.count[CITY_LANE];
  for (let k = 0; k < count; k++) {
    if (shi[k] === 0 || text.charCodeAt(shi[k] - 1) !== CHENG) continue;
    const at = shi[k] - 1;
    const m = CITY_COUNT_RE.exec(text.slice(Math.max(0, at - 8), at));
    if (!m) continue;
    let end = at - m[0].length;
    if (text[end - 1] === '等') end--;
    for (let n = 0; n < 40 && end > 0; n++) {
      const walk = walkLeft(text, end, 5);
      const name = text.slice(walk.start, end);
      if (name.length < 2 || name.length > 4 || ![...name].every(isCjk)) break;
      if (!findProvince(name)) {
        const full = name.endsWith('市') ? name : `${name}市`;
        out.push({ name: full, regionKind: 'city', start: walk.start, end, within: CAPITALS.get(name.replace(/市$/, ''))?.name, priority: -1 });
      }
      if (walk.stop === 'break' && text[walk.start - 1] === '、') end = walk.start - 1;
      else if (walk.stop === 'word' && walk.word && LIST_JOINERS.has(walk.word)) end = walk.start - walk.word.length;
      else break;
    }
  }
}

function cityWithin(text: string, start: number, name: string): string | undefined {
  for (const p of PROVINCES) {
    if (p.level === 'municipality') continue;
    if (text.startsWith(p.name, start - p.name.length) || text.startsWith(p.short, start - p.short.length)) return p.name;
  }
  return CAPITALS.get(name)?.name;
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
  return kept.map((m) => (m.within === undefined
    ? { name: m.name, regionKind: m.regionKind, start: m.start, end: m.end }
    : { name: m.name, regionKind: m.regionKind, start: m.start, end: m.end, within: m.within }));
}
