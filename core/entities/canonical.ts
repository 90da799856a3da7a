/**
 * One graph node per region however it is written: 重庆 / 重庆市 share the key `chongqing`, 长三角 / 长江三角洲
 * share `yangtze-river-delta`. Provinces take their English name from the gazetteer, well-known areas from
 * the area table, and other names are composed from their parts (Western (Chengdu) Science City), with
 * pinyin for place names the tables do not hold (绵阳 → Mianyang).
 */
import { pinyin } from 'pinyin-pro';
import type { RegionKind } from '../model';
import { findProvince } from '../registry/provinces';
import { AREA_WORDS_EN, findKnownArea } from './areas';
import { divisionEn, gazetteer, type Division } from './gazetteer';

export interface CanonicalRegion { key: string; name: string; nameEn?: string; regionKind: RegionKind; code?: string }

/**
 * A division of the gazetteer: provinces keep their registry key, prefecture-level units are keyed by their name
 * (unique at that level), counties by their code, as several share a name (朝阳区 in Beijing and Changchun).
 */
export function canonicalDivision(d: Division): CanonicalRegion {
  if (d.level === 1) {
    const p = findProvince(d.name);
    if (p) return { key: p.id, name: p.name, nameEn: p.nameEn, regionKind: 'province' };
  }
  const key = d.level === 3 ? `county-${d.code}` : d.regionKind === 'city' ? `city-${d.name}` : `prefecture-${d.name}`;
  return { key, name: d.name, nameEn: divisionEn(d), regionKind: d.regionKind, code: d.code };
}

/** A country by its ISO code, as the region extractor reports it. */
export function canonicalCountry(code: string): CanonicalRegion | undefined {
  for (const c of gazetteer().countries.values()) if (c.code === code) return { key: `country-${c.code}`, name: c.name, nameEn: c.nameEn, regionKind: 'country', code };
  return undefined;
}

/** The division a name stands for when it stands for one only (成都, 成都市, 迪庆州), else undefined. */
export function divisionNamed(name: string): Division | undefined {
  const list = gazetteer().forms.get(name);
  return list?.length === 1 ? list[0] : undefined;
}

const AREA_WORDS_LONGEST = Object.keys(AREA_WORDS_EN).sort((a, b) => b.length - a.length);

export function canonicalRegion(name: string): CanonicalRegion {
  const written = name.replace(/[\s\u3000]+/g, '').replace(/\(/g, '（').replace(/\)/g, '）');
  const province = findProvince(written);
  if (province) return { key: province.id, name: province.name, nameEn: province.nameEn, regionKind: 'province' };
  const area = findKnownArea(written) ?? findKnownArea(withoutProvince(written));
  if (area) return { key: area.key, name: area.name, nameEn: area.nameEn, regionKind: area.regionKind ?? 'area' };
  const division = divisionNamed(written);
  if (division) return canonicalDivision(division);
  const country = gazetteer().countries.get(written);
  if (country) return { key: `country-${country.code}`, name: country.name, nameEn: country.nameEn, regionKind: 'country', code: country.code };
  // a river no table holds, as the extractor reads one (core/entities/rivers.ts): 赤水河 → Chishui River
  if (RIVER_NAME.test(written)) {
    return { key: `river-${written}`, name: written, nameEn: `${placeEn(written.slice(0, -1))} River`, regionKind: 'river' };
  }
  if (/^[\u4e00-\u9fff]{2,5}市$/.test(written)) {
    const en = placeEn(written.slice(0, -1));
    return { key: `city-${written}`, name: written, nameEn: en, regionKind: 'city' };
  }
  const en = composeEn(written);
  return { key: `area-${written}`, name: written, nameEn: en, regionKind: 'area' };
}

const RIVER_NAME = /^[\u4e00-\u9fff]{1,4}[河江]$/;

/** 天津市滨海新区 → 滨海新区: a province written before a well-known area only says where it is. */
function withoutProvince(name: string): string {
  for (let len = 8; len >= 2; len--) {
    if (len < name.length && findProvince(name.slice(0, len))) return name.slice(len);
  }
  return name;
}

/** English for a place name: the gazetteer's for provinces, else capitalised pinyin (成都 → Chengdu). */
function placeEn(place: string): string {
  const p = findProvince(place);
  if (p) return p.nameEn;
  const syllables = pinyin(place, { toneType: 'none', type: 'array' }) as string[];
  const joined = syllables.join('');
  // apostrophe where a syllable starting with a vowel would otherwise run into the one before (西安 → Xi'an)
  const withApostrophes = syllables.map((s, i) => (i > 0 && /^[aeo]/.test(s) ? `'${s}` : s)).join('');
  const out = withApostrophes.length > joined.length ? withApostrophes : joined;
  return out.charAt(0).toUpperCase() + out.slice(1);
}

/** Word by word: known parts are translated, brackets kept, runs of other characters read as a place name. */
function composeEn(name: string): string | undefined {
  const parts: string[] = [];
  let pending = '';
  const flush = (): void => {
    if (pending) parts.push(placeEn(pending));
    pending = '';
  };
  for (let i = 0; i < name.length;) {
    const bracket = name[i] === '（' ? name.indexOf('）', i) : -1;
    if (bracket > i) {
      flush();
      parts.push(`(${placeEn(name.slice(i + 1, bracket).replace(/市$/, ''))})`);
      i = bracket + 1;
      continue;
    }
    const word = AREA_WORDS_LONGEST.find((w) => name.startsWith(w, i));
    const province = word ? undefined : provinceAt(name, i);
    if (word || province) {
      flush();
      parts.push(word ? AREA_WORDS_EN[word] : province!.en);
      i += word ? word.length : province!.length;
      continue;
    }
    if (!/[\u4e00-\u9fff]/.test(name[i])) return undefined;
    pending += name[i];
    i++;
  }
  flush();
  return parts.join(' ');
}

function provinceAt(name: string, i: number): { en: string; length: number } | undefined {
  for (let len = 7; len >= 2; len--) {
    const p = findProvince(name.slice(i, i + len));
    if (p) return { en: p.nameEn, length: len };
  }
  return undefined;
}
