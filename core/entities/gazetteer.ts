/**
 * China's administrative divisions (province → prefecture → county, GB/T 2260 codes) and the world's countries, read
 * once from the compact table generated from maintained data packages (gazetteer-data.ts, scripts/gazetteer.ts).
 *
 * A division is found by its full name (调兵山市, 西城区, 迪庆藏族自治州) or by a short form the genre uses where it names
 * one division only: a prefecture without 市/地区/盟 (成都, 喀什), an autonomous prefecture or county without its
 * peoples (迪庆州, 迪庆, 长阳县). Full names that several divisions share (朝阳区, 鼓楼区) are kept with all of them,
 * and the extractor picks one only when the text names its parent.
 */
import { pinyin } from 'pinyin-pro';
import type { RegionKind } from '../model';
import { PROVINCES, type Province } from '../registry/provinces';
import { COUNTRIES, DIVISIONS } from './gazetteer-data';
import { PLACE_CHARACTER_READINGS, PLACE_READINGS } from './place-readings';

export interface Division {
  /** six-digit GB/T 2260 code */
  code: string;
  name: string;
  /** 1 province, 2 prefecture, 3 county */
  level: 1 | 2 | 3;
  parent?: Division;
  regionKind: RegionKind;
}

export interface Country { code: string; name: string; nameEn: string }

/**
 * Peoples named in autonomous divisions (the part between the place and 自治州/自治县/自治旗), with their English
 * names for the division's English name.
 */
const PEOPLES: Readonly<Record<string, string>> = {
  藏族: 'Tibetan', 苗族: 'Miao', 侗族: 'Dong', 土家族: 'Tujia', 布依族: 'Buyei', 朝鲜族: 'Korean', 回族: 'Hui', 彝族: 'Yi',
  傣族: 'Dai', 景颇族: 'Jingpo', 傈僳族: 'Lisu', 白族: 'Bai', 哈尼族: 'Hani', 壮族: 'Zhuang', 蒙古族: 'Mongol', 蒙古: 'Mongol',
  哈萨克族: 'Kazakh', 哈萨克: 'Kazakh', 柯尔克孜: 'Kyrgyz', 羌族: 'Qiang', 瑶族: 'Yao', 满族: 'Manchu', 畲族: 'She', 黎族: 'Li',
  仡佬族: 'Gelao', 水族: 'Shui', 纳西族: 'Naxi', 拉祜族: 'Lahu', 佤族: 'Va', 独龙族: 'Derung', 怒族: 'Nu', 普米族: 'Pumi',
  仫佬族: 'Mulao', 毛南族: 'Maonan', 东乡族: 'Dongxiang', 保安族: 'Bonan', 撒拉族: 'Salar', 土族: 'Tu', 裕固族: 'Yugur',
  锡伯: 'Xibe', 塔吉克: 'Tajik', 达斡尔族: 'Daur', 鄂温克族: 'Evenki', 鄂伦春: 'Oroqen', 维吾尔: 'Uygur', 各族: 'Multi-ethnic',
};
const PEOPLE_RE = new RegExp(`(?:${Object.keys(PEOPLES).sort((a, b) => b.length - a.length).join('|')})+(?=自治[州县旗])`);

/** Endings of division names, longest first, with their English. */
const SUFFIXES: ReadonlyArray<readonly [string, string]> = [
  ['自治州', 'Autonomous Prefecture'], ['自治县', 'Autonomous County'], ['自治旗', 'Autonomous Banner'], ['林区', 'Forestry District'],
  ['特区', 'Special District'], ['新区', 'New Area'], ['地区', 'Prefecture'], ['区', 'District'], ['县', 'County'], ['市', 'City'],
  ['旗', 'Banner'], ['盟', 'League'],
];

/**
 * Stems of prefectures that are also everyday words or well-known names of something else (白银 silver, 安康 good
 * health, 大同 the ideal society, 日照 sunshine, 黄山 the mountain, 普洱 the tea, 文山会海 a flood of papers, 哈密瓜,
 * 百年大庆): written without 市 they are not
 * taken for the city.
 */
const COMMON_WORD_STEMS = new Set(['白银', '安康', '大同', '四平', '长治', '三明', '日照', '来宾', '北海', '河源', '玉树', '阿里', '红河',
  '黄山', '普洱', '中山', '开封', '包头', '黑河', '白山', '海西', '海东', '海北', '山南', '中卫', '文山', '哈密', '大庆', '朝阳']);

const GENERIC_NAMES = new Set(['城区', '矿区', '郊区', '老城区', '新城区', '东区', '西区', '新市区', '西市区', '新建区', '新兴区', '城东区',
  '城西区', '城北区', '城中区']);
/** 中非 is the Central African Republic, but the genre writes it for China–Africa (中非合作论坛). */
const NOT_COUNTRY_FORMS = new Set(['中非']);

interface Gazetteer {
  byCode: Map<string, Division>;
  /** full names and unambiguous short forms → divisions (several for a full name that divisions share) */
  forms: Map<string, Division[]>;
  /**
   * Short forms of county-level cities (义乌 for 义乌市, 黄骅 for 黄骅市) and of prefectures that are also words (普洱,
   * 大同, 朝阳) that name one division only. Many are words (安宁 peace, 永康, 长乐), so the extractor reads one only where
   * the text lists it with other places.
   */
  listForms: Map<string, Division>;
  countries: Map<string, Country>;
  /**
   * Prefectures whose short form is a province's (海南 of 海南藏族自治州, 吉林 of 吉林市): the extractor reads the city or
   * prefecture where the text lists the name among them.
   */
  provinceNamedPrefectures: Map<string, Division>;
  /** provinces by their full names (四川省) */
  provinces: Map<string, Division>;
}

/**
 * Parsed on first use, as a page that never reads a document need not parse it; made from constant data only and never
 * changed after, so every caller reads the same.
 */
let loaded: Gazetteer | undefined;

/** The gazetteer, parsed on first use. */
export function gazetteer(): Gazetteer {
  return (loaded ??= load());
}

function load(): Gazetteer {
  const byCode = new Map<string, Division>();
  for (const line of DIVISIONS.split('\n')) {
    const code = line.slice(0, 6);
    const name = line.slice(6);
    const level = code.endsWith('0000') ? 1 : code.endsWith('00') ? 2 : 3;
    // a county's parent is its prefecture, or its province when it has none (municipalities, 省直辖县级)
    const parent = level === 1 ? undefined : byCode.get(`${code.slice(0, 4)}00`) ?? byCode.get(`${code.slice(0, 2)}0000`);
    const regionKind: RegionKind = level === 1 ? 'province' : level === 2 ? (name.endsWith('市') ? 'city' : 'prefecture') : 'county';
    byCode.set(code, { code, name, level, parent, regionKind });
  }
  const forms = new Map<string, Division[]>();
  const add = (form: string, d: Division): void => {
    const list = forms.get(form);
    if (!list) forms.set(form, [d]);
    // the data keeps an old code beside the new one for a few renumbered districts (三元区 under 三明市): one place
    else if (!list.some((x) => x === d || (x.name === d.name && x.parent === d.parent))) list.push(d);
  };
  // 城区, 矿区, 老城区, 新建区: districts whose names are common nouns (the urban area, the old town, a newly built zone)
  for (const d of byCode.values()) if (d.level > 1 && !GENERIC_NAMES.has(d.name)) add(d.name, d);
  // Short forms: only those that name one division and are neither a full name nor a province's name
  const shortForms = new Map<string, Division[]>();
  for (const d of byCode.values()) {
    for (const s of shortFormsOf(d)) {
      const list = shortForms.get(s) ?? [];
      list.push(d);
      shortForms.set(s, list);
    }
  }
  const provinceForms = new Set(PROVINCES.flatMap((p) => [p.name, p.short]));
  for (const [s, list] of shortForms) {
    if (list.length !== 1 || forms.has(s) || provinceForms.has(s) || COMMON_WORD_STEMS.has(s)) continue;
    add(s, list[0]);
  }
  const listForms = new Map<string, Division>();
  const countyStems = new Map<string, Division[]>();
  for (const d of byCode.values()) {
    const m = d.level === 3 && d.regionKind === 'county' ? /^(.{2,})市$/.exec(d.name) : null;
    if (m) countyStems.set(m[1], [...(countyStems.get(m[1]) ?? []), d]);
  }
  for (const [s, list] of countyStems) {
    if (list.length !== 1 || forms.has(s) || shortForms.has(s) || provinceForms.has(s) || COMMON_WORD_STEMS.has(s)) continue;
    listForms.set(s, list[0]);
  }
  // a prefecture's short form that is also a word (普洱 tea, 大同, 朝阳产业) is a place where the text lists it with others
  for (const s of COMMON_WORD_STEMS) {
    const list = shortForms.get(s);
    if (list?.length === 1 && !forms.has(s) && !provinceForms.has(s) && !listForms.has(s)) listForms.set(s, list[0]);
  }
  const countries = new Map<string, Country>();
  for (const line of COUNTRIES.split('\n')) {
    const [code, names, nameEn] = line.split('\t');
    const [name, ...others] = names.split('/');
    const c = { code, name, nameEn };
    for (const n of [name, ...others]) if (!NOT_COUNTRY_FORMS.has(n)) countries.set(n, c);
  }
  const provinces = new Map([...byCode.values()].filter((d) => d.level === 1).map((d) => [d.name, d]));
  const provinceNamedPrefectures = new Map<string, Division>();
  for (const [s, list] of shortForms) if (provinceForms.has(s) && list.length === 1 && list[0].level === 2) provinceNamedPrefectures.set(s, list[0]);
  return { byCode, forms, listForms, countries, provinces, provinceNamedPrefectures };
}

/** 成都市 → 成都; 迪庆藏族自治州 → 迪庆州, 迪庆; 长阳土家族自治县 → 长阳县; 阿克苏地区 → 阿克苏; 锡林郭勒盟 → 锡林郭勒. */
function shortFormsOf(d: Division): string[] {
  if (d.level === 1) return [];
  const people = PEOPLE_RE.exec(d.name);
  if (people) {
    const stem = d.name.slice(0, people.index);
    if (stem.length < 2) return [];
    const kind = d.name.slice(-3);
    const own = `${stem}${kind === '自治州' ? '州' : kind === '自治县' ? '县' : '旗'}`;
    return d.level === 2 ? [own, stem] : [own];
  }
  if (d.level !== 2) return [];
  const m = /^(.{2,})(?:市|地区|盟)$/.exec(d.name);
  return m ? [m[1]] : [];
}

/** The province of a division, from the registry of provincial-level divisions. */
export function provinceOf(d: Division): Province | undefined {
  let top = d;
  while (top.parent) top = top.parent;
  return PROVINCES.find((p) => p.name === top.name);
}

/** Whether `a` lies within `b`, at any depth. */
export function liesWithin(a: Division, b: Division): boolean {
  for (let p = a.parent; p; p = p.parent) if (p === b) return true;
  return false;
}

/**
 * Places whose name in English is not its pinyin: names from Uygur, Mongolian, Tibetan and Manchu that English has
 * kept in their own form (Urumqi, not Wulumuqi), as the State Council's and the cities' own English texts write them.
 */
const ENGLISH_NAMES: Readonly<Record<string, string>> = {
  乌鲁木齐: 'Urumqi',
  呼和浩特: 'Hohhot',
  哈尔滨: 'Harbin',
  拉萨: 'Lhasa',
  齐齐哈尔: 'Qiqihar',
  日喀则: 'Shigatse',
  喀什: 'Kashgar',
  和田: 'Hotan',
  吐鲁番: 'Turpan',
  伊犁: 'Ili',
  阿勒泰: 'Altay',
  克拉玛依: 'Karamay',
  库尔勒: 'Korla',
  霍尔果斯: 'Khorgos',
  巴音郭楞: 'Bayingolin',
  博尔塔拉: 'Bortala',
  克孜勒苏: 'Kizilsu',
  呼伦贝尔: 'Hulunbuir',
  鄂尔多斯: 'Ordos',
  锡林郭勒: 'Xilingol',
  乌兰察布: 'Ulanqab',
  巴彦淖尔: 'Bayannur',
  阿拉善: 'Alxa',
  兴安: 'Hinggan',
  二连浩特: 'Erenhot',
  海拉尔: 'Hailar',
  林芝: 'Nyingchi',
  昌都: 'Qamdo',
  那曲: 'Nagqu',
  阿里: 'Ngari',
  格尔木: 'Golmud',
  果洛: 'Golog',
  阿坝: 'Ngawa',
  香格里拉: 'Shangri-La',
};
const placeEn = (place: string): string => ENGLISH_NAMES[place] ?? pinyinName(place);

/** The division's English name: the province's own, else pinyin of the place with the English of its ending. */
export function divisionEn(d: Division): string {
  if (d.level === 1) return provinceOf(d)?.nameEn ?? pinyinName(d.name);
  // prefecture-level cities are named without "City", as the genre's translations do (Chengdu)
  if (d.regionKind === 'city') return placeEn(d.name.slice(0, -1));
  const people = PEOPLE_RE.exec(d.name);
  const suffix = SUFFIXES.find(([s]) => d.name.endsWith(s) && d.name.length > s.length);
  if (!suffix) return placeEn(d.name);
  const place = people ? d.name.slice(0, people.index) : d.name.slice(0, -suffix[0].length);
  const peoples = people ? splitPeoples(people[0]).map((p) => PEOPLES[p]).join(' ') + ' ' : '';
  // 鄂温克族自治旗: a unit named after its people alone (Evenki Autonomous Banner)
  return place ? `${placeEn(place)} ${peoples}${suffix[1]}` : `${peoples}${suffix[1]}`;
}

function splitPeoples(s: string): string[] {
  const keys = Object.keys(PEOPLES).sort((a, b) => b.length - a.length);
  const out: string[] = [];
  for (let i = 0; i < s.length;) {
    const k = keys.find((w) => s.startsWith(w, i));
    if (!k) break;
    out.push(k);
    i += k.length;
  }
  return out;
}

/** Capitalised pinyin, with an apostrophe where a syllable starting with a vowel would run into the one before (Xi'an). */
export function pinyinName(place: string): string {
  const syllables = placeReading(place);
  const joined = syllables.map((s, i) => (i > 0 && /^[aeo]/.test(s) ? `'${s}` : s)).join('');
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}

/** The words of place-readings.ts, longest first, so that a whole name wins over a character of it. */
const READING_WORDS = Object.keys(PLACE_READINGS).sort((a, b) => b.length - a.length);

/** Syllables of a place name: the converter's, with the names' own readings (place-readings.ts) where they differ. */
function placeReading(place: string): string[] {
  const syllables = pinyin(place, { toneType: 'none', type: 'array' }) as string[];
  // one syllable per character for the names of divisions (no letters or digits in them); else the converter's as is
  if (syllables.length !== place.length) return syllables;
  for (let i = 0; i < place.length; i++) {
    const own = PLACE_CHARACTER_READINGS[place[i]];
    if (own) syllables[i] = own;
  }
  for (let i = 0; i < place.length;) {
    const word = READING_WORDS.find((w) => place.startsWith(w, i));
    if (!word) { i++; continue; }
    PLACE_READINGS[word].forEach((s, k) => { syllables[i + k] = s; });
    i += word.length;
  }
  return syllables;
}
