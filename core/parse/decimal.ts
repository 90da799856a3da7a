/**
 * Decimal outline labels: 1.1, 2.3.1, １．２ — the number of the item's parent, a dot, its own number. Documents that
 * number this way mix them with the genre's labels (一、 / 1. above, （1） below), so a decimal label is read apart from
 * the LABEL_ shapes (core/parse/patterns.ts), which reject 1.2 as a decimal fraction.
 *
 * What tells a label from a number that begins a line (1.5亿元, 2.3%, 3.5倍): a label is followed by a space or by the
 * first character of a heading, never by a digit, a percent sign or a unit.
 */

/** Most components a label has (1.2.3.4); deeper numbering is not the genre's. */
const COMPONENTS_MAX = 4;
/** Most digits of one component. */
const DIGITS_MAX = 2;
/** Characters that, right after the number, make it a quantity: units, magnitudes and dates. */
const UNIT = new Set([...'万亿千百十元角分倍个件项家所人次台套吨米克升公年月日时号%％‰℃'].map((ch) => ch.charCodeAt(0)));

/** Magnitudes and the currency unit: after a spaced number, still a quantity (1.5 亿元). */
const MAGNITUDE = new Set([...'万亿千元倍'].map((ch) => ch.charCodeAt(0)));

const isDigit = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
const digitValue = (c: number): number => (c >= 0xff10 ? c - 0xff10 : c - 0x30);
const isDot = (c: number): boolean => c === 0x2e || c === 0xff0e; // . ．
const isRomanNumeral = (c: number): boolean => c >= 0x2160 && c <= 0x217f; // Ⅰ … ⅿ
const isCjkLetter = (c: number): boolean => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);

/** A decimal label as read: its numbers (at least two) and how it is written. */
export interface DecimalLabel {
  numbers: number[];
  /** the label as written, without what follows it (1.1, １．２, 2.1、) */
  written: string;
  /** the numbers joined by ASCII dots: the label's form in paths (2.1 whatever the dots) */
  canonical: string;
}

/**
 * The decimal label `s` begins with, or undefined. The first character is checked before anything else: most lines
 * begin with a CJK character and are settled by it.
 */
export function readDecimalLabel(s: string): DecimalLabel | undefined {
  if (s.length < 4 || !isDigit(s.charCodeAt(0))) return undefined;
  const numbers: number[] = [];
  let i = 0;
  for (;;) {
    let n = 0;
    const from = i;
    while (i < s.length && isDigit(s.charCodeAt(i))) n = n * 10 + digitValue(s.charCodeAt(i++));
    if (i === from || i - from > DIGITS_MAX || n === 0) return undefined;
    numbers.push(n);
    if (i < s.length && isDot(s.charCodeAt(i)) && i + 1 < s.length && isDigit(s.charCodeAt(i + 1))) {
      if (numbers.length === COMPONENTS_MAX) return undefined;
      i++;
      continue;
    }
    break;
  }
  if (numbers.length < 2 || i >= s.length) return undefined;
  let end = i;
  const next = s.charCodeAt(i);
  // 2.1、 and 2.1. are written too: the mark belongs to the label
  if (next === 0x3001 || isDot(next)) end = i + 1;
  const after = end < s.length ? s.charCodeAt(end) : 0;
  const spaced = after === 0x20 || after === 0x3000;
  let first = after;
  if (spaced) {
    let k = end;
    while (k < s.length && (s.charCodeAt(k) === 0x20 || s.charCodeAt(k) === 0x3000)) k++;
    first = k < s.length ? s.charCodeAt(k) : 0;
  }
  // a heading begins with a letter, a quotation mark or a Roman numeral (3.1 Ⅰ级响应); a quantity goes on with its unit
  if (!(isCjkLetter(first) || first === 0x201c || first === 0x300a || isRomanNumeral(first))) return undefined;
  // right after the number every unit reads as one (1.5亿元, 2.3倍); across a space only magnitudes do (1.5 亿元), as a
  // heading may well begin with 人, 公 or 项
  if (end === i && (spaced ? MAGNITUDE.has(first) : UNIT.has(first))) return undefined;
  return { numbers, written: s.slice(0, end), canonical: numbers.join('.') };
}

/** Whether `s` begins with a decimal label. */
export const startsWithDecimalLabel = (s: string): boolean => readDecimalLabel(s) !== undefined;

/** Longest heading a bare number (1　总则) may carry: the titles of a decimal outline's parts are a few words. */
const TOP_HEADING_MAX = 20;

/**
 * The bare number that heads a part of a decimally numbered document (`1　总则`, `2 组织指挥体系及职责`), or undefined: a
 * number of one or two digits, a space (or none), and a heading that is the whole line, of letters only. Alone this is no
 * label, as a table's row may look the same: the outline takes it for one where the decimal items confirm it
 * (core/parse/outline.ts).
 */
export function readTopNumberLabel(s: string): DecimalLabel | undefined {
  let i = 0;
  let n = 0;
  while (i < s.length && isDigit(s.charCodeAt(i))) n = n * 10 + digitValue(s.charCodeAt(i++));
  if (i === 0 || i > DIGITS_MAX || n === 0) return undefined;
  // spaced as typed (1　总则), or not where a reader has taken the space out (2组织指挥体系及职责 from a PDF); a unit
  // right after the number makes it a quantity (3个工作日)
  const c = s.charCodeAt(i);
  if (c !== 0x20 && c !== 0x3000 && !(isCjkLetter(c) && !UNIT.has(c))) return undefined;
  let k = i;
  while (k < s.length && (s.charCodeAt(k) === 0x20 || s.charCodeAt(k) === 0x3000)) k++;
  let end = s.length;
  while (end > k && (s.charCodeAt(end - 1) <= 0x20 || s.charCodeAt(end - 1) === 0x3000)) end--;
  if (end === k || end - k > TOP_HEADING_MAX) return undefined;
  for (let j = k; j < end; j++) if (!isCjkLetter(s.charCodeAt(j))) return undefined;
  return { numbers: [n], written: s.slice(0, i), canonical: String(n) };
}
