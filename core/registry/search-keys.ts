import { pinyin } from 'pinyin-pro';
import type { AgencyRecord } from '../model';

/**
 * Syllables of a name. A final 行 in a body's name is always háng, a bank (央行, 国开行, 农发行), but pinyin-pro reads
 * short words without context as xíng; 行 elsewhere (国家行政学院) is left to the library.
 */
function syllables(text: string): string[] {
  const out = pinyin(text, { toneType: 'none', type: 'array' });
  if (text.endsWith('行') && out.length > 0) out[out.length - 1] = 'hang';
  return out;
}

const ascii = (parts: string[]): string => parts.join('').toLowerCase().replace(/[^a-z0-9]/g, '');

/** `pinyin(text, { pattern: 'first' })` gives each syllable's first letter; derived from the corrected syllables. */
function initials(text: string): string {
  return ascii(syllables(text).map((s) => s.charAt(0)));
}

function fullPinyin(text: string): string {
  return ascii(syllables(text));
}

const HAN = /\p{Script=Han}/u;

/**
 * Strings the search box matches against: the Chinese name and aliases as written, the English name and
 * abbreviation, and for every Chinese form its pinyin initials (科技部 → kjb) and toneless full pinyin (kejibu),
 * so analysts who cannot type Chinese still find the body. Distinct, in that order.
 */
export function searchKeys(record: AgencyRecord): string[] {
  const chinese = [record.name, ...record.aliases];
  const keys: string[] = [...chinese];
  if (record.nameEn) keys.push(record.nameEn);
  if (record.abbr) keys.push(record.abbr);
  for (const form of chinese) {
    if (!HAN.test(form)) continue;
    keys.push(initials(form), fullPinyin(form));
  }
  return keys.filter((k, i) => k.length > 0 && keys.indexOf(k) === i);
}
