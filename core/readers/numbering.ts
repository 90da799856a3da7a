/**
 * Word's automatic numbering (numbering.xml): the label a numbered paragraph shows, e.g. `一、`, `（一）`, `1.`,
 * from its level's lvlText (`%1、`, `（%1）`) and number format (chineseCounting, decimal…), counted as Word counts:
 * each list (numId) keeps one counter per level, and a level's counter restarts when a higher level advances.
 */
import { childElements, firstChild, type DomElement } from './dom';

interface Level { start: number; format: string; text: string }
interface List { levels: Map<number, Level>; overrides: Map<number, number> }

const DIGITS = '〇一二三四五六七八九';
const STEMS = '甲乙丙丁戊己庚辛壬癸';
const BRANCHES = '子丑寅卯辰巳午未申酉戌亥';

/** 1 → 一, 10 → 十, 11 → 十一, 21 → 二十一, 105 → 一百零五 (as Word's chineseCounting writes them). */
export function chineseCounting(n: number): string {
  if (n <= 0) return DIGITS[0];
  if (n >= 10000) return String(n);
  const units = ['', '十', '百', '千'];
  const digits = String(n).split('').map(Number);
  let out = '';
  let zero = false;
  digits.forEach((d, i) => {
    const unit = units[digits.length - 1 - i];
    if (d === 0) { zero = out.length > 0; return; }
    if (zero) { out += '零'; zero = false; }
    out += d === 1 && unit === '十' && out.length === 0 ? unit : DIGITS[d] + unit;
  });
  return out;
}

const roman = (n: number): string => {
  const table: [number, string][] = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let out = '';
  for (const [v, s] of table) while (n >= v) { out += s; n -= v; }
  return out;
};
const letter = (n: number): string => String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);

export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'chineseCounting': case 'chineseCountingThousand': case 'chineseLegalSimplified': case 'japaneseCounting':
    case 'taiwaneseCounting': case 'taiwaneseCountingThousand': case 'ideographDigital':
      return chineseCounting(n);
    case 'ideographTraditional': return n >= 1 && n <= 10 ? STEMS[n - 1] : String(n);
    case 'ideographZodiac': return n >= 1 && n <= 12 ? BRANCHES[n - 1] : String(n);
    case 'decimalFullWidth': case 'decimalFullWidth2': return String(n).replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case 'decimalEnclosedCircle': case 'decimalEnclosedCircleChinese': return n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : String(n);
    case 'decimalZero': return n < 10 ? `0${n}` : String(n);
    case 'lowerLetter': return letter(n);
    case 'upperLetter': return letter(n).toUpperCase();
    case 'lowerRoman': return roman(n);
    case 'upperRoman': return roman(n).toUpperCase();
    case 'bullet': case 'none': return '';
    default: return String(n);
  }
}

const val = (el: DomElement | undefined, name: string): string | undefined => (el ? firstChild(el, name)?.attribs['w:val'] : undefined);

export class Numbering {
  private lists = new Map<string, List>();
  private counters = new Map<string, number[]>();

  constructor(root: DomElement | undefined) {
    if (!root) return;
    const abstracts = new Map<string, Map<number, Level>>();
    for (const a of childElements(root, 'w:abstractNum')) {
      const levels = new Map<number, Level>();
      for (const l of childElements(a, 'w:lvl')) {
        const ilvl = Number(l.attribs['w:ilvl'] ?? 0);
        levels.set(ilvl, { start: Number(val(l, 'w:start') ?? 1), format: val(l, 'w:numFmt') ?? 'decimal', text: val(l, 'w:lvlText') ?? '' });
      }
      abstracts.set(a.attribs['w:abstractNumId'] ?? '', levels);
    }
    for (const n of childElements(root, 'w:num')) {
      const levels = abstracts.get(val(n, 'w:abstractNumId') ?? '');
      if (!levels) continue;
      const overrides = new Map<number, number>();
      for (const o of childElements(n, 'w:lvlOverride')) {
        const start = val(o, 'w:startOverride');
        if (start !== undefined) overrides.set(Number(o.attribs['w:ilvl'] ?? 0), Number(start));
      }
      this.lists.set(n.attribs['w:numId'] ?? '', { levels, overrides });
    }
  }

  /** The label of the next paragraph of list `numId` at level `ilvl`, advancing the counters; '' for bullets. */
  next(numId: string, ilvl: number): string {
    const list = this.lists.get(numId);
    const level = list?.levels.get(ilvl);
    if (!list || !level) return '';
    const startOf = (i: number): number => list.overrides.get(i) ?? list.levels.get(i)?.start ?? 1;
    let counts = this.counters.get(numId);
    if (!counts) { counts = []; this.counters.set(numId, counts); }
    counts[ilvl] = counts[ilvl] === undefined ? startOf(ilvl) : counts[ilvl] + 1;
    counts.length = ilvl + 1; // deeper levels start again
    if (level.format === 'bullet' || level.format === 'none') return '';
    return level.text.replace(/%([1-9])/g, (_m, k: string) => {
      const i = Number(k) - 1;
      const lv = list.levels.get(i);
      return formatNumber(counts[i] ?? startOf(i), lv?.format ?? 'decimal');
    });
  }
}
