/** Chinese numerals as used in outline labels (一 … 九十九, with 〇/零/两 tolerated). */

const DIGITS: Record<string, number> = {
  〇: 0, 零: 0, '○': 0, Ｏ: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
/**
 * DIGITS by code unit, -1 for other characters: read for every label of every document, without making one-character
 * strings, by a lookup in a table rather than in a map.
 */
const DIGIT_BY_CODE = new Int8Array(0x10000).fill(-1);
for (const [ch, v] of Object.entries(DIGITS)) DIGIT_BY_CODE[ch.charCodeAt(0)] = v;
const TEN = '十'.charCodeAt(0);
const HUNDRED = '百'.charCodeAt(0);

export const CN_NUMERAL_CHARS = '〇零一二两三四五六七八九十百';

/** Value of a Chinese numeral like 十一, 二十七, 一百零五; undefined when it is not one. */
export function chineseNumber(s: string): number | undefined {
  return chineseNumberIn(s, 0, s.length);
}

/** chineseNumber of s[from, to), for a numeral read inside a line without cutting it out. */
export function chineseNumberIn(s: string, from: number, to: number): number | undefined {
  if (to <= from) return undefined;
  let total = 0;
  let current = 0;
  let sawUnit = false;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c === TEN || c === HUNDRED) {
      const unit = c === TEN ? 10 : 100;
      total += (current === 0 ? 1 : current) * unit;
      current = 0;
      sawUnit = true;
      continue;
    }
    const digit = DIGIT_BY_CODE[c];
    if (!(digit >= 0)) return undefined; // also past the end of s, where the lookup is undefined
    // Positional form such as 二〇一九 (years): digits without units.
    current = sawUnit ? digit : current * 10 + digit;
  }
  return total + current;
}
