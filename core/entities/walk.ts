/**
 * The left walk shared by the extractors: from a head keyword back over the name's characters to the
 * punctuation or stop word before it, within a bounded window, so that extraction stays linear.
 */
import { isNameCode, LIST_JOINERS } from './chars';
import { mayEndQuantifier, mayEndStop, quantifierEndingAt, stopEndingAt } from './stop-words';

export interface WalkResult {
  /** where the name begins */
  start: number;
  /** what ended the walk: a stop word, punctuation, the window limit or the start of the text */
  stop: 'word' | 'break' | 'limit' | 'start';
  /** the stop word, when stop is 'word' */
  word?: string;
}

/**
 * Walk left from `from` over name characters. Bracket groups such as `省（市）`, `西部（成都）` and quoted
 * groups such as `“一带一路”` are taken whole when they close just before the name; an opening quote or
 * bracket means the walk started inside one, so it ends there.
 */
export function walkLeft(text: string, from: number, maxLen: number): WalkResult {
  let i = from;
  const floor = Math.max(0, from - maxLen);
  while (i > floor) {
    // the character before i, read once: most are no stop word's last, no measure word, and a name character
    const code = text.charCodeAt(i - 1);
    const stop = mayEndStop(code) ? stopEndingAt(text, i, floor) : 0;
    if (stop) {
      // 创建成渝: 创建 ends one character earlier and overlaps 建成, so 成 starts the name
      const earlier = stop > 1 ? stopEndingAt(text, i - 1, floor) : 0;
      if (earlier > 0 && i - 1 - earlier < i - stop) return { start: i - 1, stop: 'word', word: text.slice(i - 1 - earlier, i - 1) };
      return { start: i, stop: 'word', word: text.slice(i - stop, i) };
    }
    if (mayEndQuantifier(code) && quantifierEndingAt(text, i)) return { start: i, stop: 'word', word: text.slice(i - 2, i) };
    if (code === CLOSE_QUOTE || code === CLOSE_BRACKET || code === CLOSE_PAREN) {
      const open = code === CLOSE_QUOTE ? OPEN_QUOTE : code === CLOSE_BRACKET ? OPEN_BRACKET : OPEN_PAREN;
      const inner = code === CLOSE_QUOTE ? 16 : 6;
      const j = groupOpen(text, i - 1, open, inner);
      if (j < 0) return { start: i, stop: 'break' };
      // “十四五”: a plan period, not part of a name
      if (open === OPEN_QUOTE && PERIOD.test(text.slice(j, i))) return { start: i, stop: 'break' };
      // a bracket group belongs to the name only when a name character precedes it (省（市）, 西部（成都）)
      if (open !== OPEN_QUOTE && (j === 0 || !isNameCode(text.charCodeAt(j - 1)) || stopEndingAt(text, j, floor) > 0)) return { start: i, stop: 'break' };
      if (j < floor) return { start: i, stop: 'limit' };
      i = j;
      continue;
    }
    if (!isNameCode(code)) {
      // （含西永综合保税区8.8平方公里）: 含 opening a bracket is "including", not a name's first character (含山县 is one)
      if (opensIncluding(text, i) && i + 1 < from && text.charCodeAt(i + 1) !== SHAN) {
        return { start: i + 1, stop: 'word', word: '含' };
      }
      return { start: i, stop: 'break' };
    }
    i--;
  }
  return { start: i, stop: i === 0 ? 'start' : 'limit' };
}

const PERIOD = /^“[一二三四五六七八九十]+五”$/;

/** Whether text[at] is the 含 ("including") that opens a bracket: （含西永综合保税区…）, （含渝北区…）. */
export const opensIncluding = (text: string, at: number): boolean => {
  if (at < 1 || text.charCodeAt(at) !== HAN) return false;
  const before = text.charCodeAt(at - 1);
  return before === OPEN_BRACKET || before === OPEN_PAREN;
};

// The walk compares character codes: `text[i]` of a CJK character allocates a string each time.
const OPEN_QUOTE = 0x201c; // “
const CLOSE_QUOTE = 0x201d; // ”
const OPEN_BRACKET = 0xff08; // （
const CLOSE_BRACKET = 0xff09; // ）
const OPEN_PAREN = 0x28; // (
const CLOSE_PAREN = 0x29; // )
const HAN = 0x542b; // 含
const SHAN = 0x5c71; // 山

/** Index of the opening character of a group closing at `close`, when the group holds only name characters. */
function groupOpen(text: string, close: number, open: number, maxInner: number): number {
  for (let k = close - 1, n = 0; k >= 0 && n <= maxInner; k--, n++) {
    const code = text.charCodeAt(k);
    if (code === open) return n > 0 ? k : -1;
    if (!isNameCode(code)) return -1;
  }
  return -1;
}

/** Number of name characters, not counting brackets and quotes. */
export const nameLength = (s: string): number => {
  let n = 0;
  // Code units rather than code points: a character outside the BMP is not a name character either way.
  for (let i = 0; i < s.length; i++) if (isNameCode(s.charCodeAt(i))) n++;
  return n;
};

/**
 * Where the item of a list that ends at `end` begins: back over name characters to the joiner before it (、和及与), at
 * most `maxLen` characters (陕甘宁、大别山等革命老区, 科尔沁、浑善达克沙地, 二道河、桐梓河等支流).
 */
export function listItemStart(text: string, end: number, maxLen: number): number {
  let from = end;
  while (from > 0 && end - from < maxLen && isNameCode(text.charCodeAt(from - 1)) && !LIST_JOINERS.has(text.charCodeAt(from - 1))) from--;
  return from;
}
