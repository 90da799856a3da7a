/**
 * Boxes (专栏): a plan sets its lists of projects, programmes and indicators apart in numbered boxes, `专栏2　信息网络
 * 基础设施优化升级工程`, whose lines follow with their own numbering (1．推进光纤网络扩容提速). In a plain text the box
 * is a line that begins with 专栏 and a number, its title after it; nothing marks where it ends but the next item of the
 * text around it (core/parse/outline.ts).
 */
import { chineseNumberIn } from './numerals';

/** A box's label as read: its number and how it is written (专栏2, 专栏 3, 专栏十, 专栏2-1). */
export interface BoxLabel {
  n: number;
  /** the label as written, without the title (专栏2, 专栏 3) */
  written: string;
  /** the label without spaces (专栏3, 专栏2-1): its form in paths */
  canonical: string;
}

const ZHUAN = '专'.charCodeAt(0);
/** Most characters of a box's number: 2, 12, 2-1, 十二. */
const NUMBER_MAX = 5;
const isDigit = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
const isSpaceCode = (c: number): boolean => c === 0x20 || c === 0x3000 || c === 0x09;

/**
 * The box label a line begins with, or undefined. A number must follow 专栏 (past spaces), and the title or the end
 * of the line the number: 专栏所列项目 is a sentence about boxes, and 专栏2中的 one that refers to a box.
 */
export function readBoxLabel(line: string): BoxLabel | undefined {
  if (line.charCodeAt(0) !== ZHUAN || !line.startsWith('专栏')) return undefined;
  let i = 2;
  while (i < line.length && isSpaceCode(line.charCodeAt(i))) i++;
  const from = i;
  let n: number | undefined;
  if (isDigit(line.charCodeAt(i))) {
    n = 0;
    while (i < line.length && isDigit(line.charCodeAt(i))) n = n * 10 + digitValue(line.charCodeAt(i++));
    // 专栏2-1, 专栏2.1: a box of a series, numbered within it
    const sep = line.charCodeAt(i);
    if ((sep === 0x2d || sep === 0x2e || sep === 0xff0e || sep === 0x2010 || sep === 0x2212) && isDigit(line.charCodeAt(i + 1))) {
      i++;
      while (i < line.length && isDigit(line.charCodeAt(i))) i++;
    }
  } else {
    while (i < line.length && i - from < NUMBER_MAX && CN_DIGITS.has(line.charCodeAt(i))) i++;
    n = chineseNumberIn(line, from, i);
  }
  if (!n || i - from > NUMBER_MAX) return undefined;
  // the title follows after a space, a colon or at once; a line that goes on with 中 or 的 refers to the box
  const next = i < line.length ? line.charCodeAt(i) : 0;
  if (next !== 0 && !isSpaceCode(next) && next !== 0xff1a && next !== 0x3a && (REFERS.has(next) || !isCjkCode(next))) return undefined;
  const written = line.slice(0, i);
  return { n, written, canonical: `专栏${line.slice(from, i)}` };
}

const digitValue = (c: number): number => (c >= 0xff10 ? c - 0xff10 : c - 0x30);
const CN_DIGITS = new Set([...'〇零一二两三四五六七八九十'].map((ch) => ch.charCodeAt(0)));
/** What follows a box's number in a sentence that refers to it (专栏2中, 专栏2的, 专栏2所列, 专栏2和). */
const REFERS = new Set([...'中的所和及与、，。；内里列'].map((ch) => ch.charCodeAt(0)));
const isCjkCode = (c: number): boolean => (c >= 0x4e00 && c <= 0x9fff) || c === 0x201c;
