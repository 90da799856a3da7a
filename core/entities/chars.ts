/**
 * Character classes of names in the genre. The `…Code` forms take a UTF-16 code unit: the walkers call them for every
 * character they pass, and `text[i]` of a CJK character allocates a fresh one-character string each time (V8 caches
 * only Latin-1 ones), which made the walks a steady source of garbage.
 */

export const isCjkCode = (c: number): boolean => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);

export const isCjk = (ch: string): boolean => isCjkCode(ch.charCodeAt(0));

export const isDigitCode = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);

export const isDigit = (ch: string): boolean => (ch >= '0' && ch <= '9') || (ch >= '０' && ch <= '９');

/** Characters a name may be made of (besides the bracket and quote groups handled by the walkers). */
export const isNameCode = (c: number): boolean =>
  isCjkCode(c) || isDigitCode(c) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0xb7;

export const isNameChar = (ch: string): boolean =>
  isCjk(ch) || isDigit(ch) || (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || ch === '·';

/** An opening parenthesis, full-width or ASCII: （ (. */
/** What joins the members of a list of names: 义乌、温州 / 义乌和温州 / A及B / A与B. */
export const LIST_JOINERS: ReadonlySet<number> = new Set([...'、和及与'].map((c) => c.charCodeAt(0)));

export const isOpenParenCode = (c: number): boolean => c === 0xff08 || c === 0x28;

/** A closing parenthesis, full-width or ASCII: ） ). */
export const isCloseParenCode = (c: number): boolean => c === 0xff09 || c === 0x29;
