/**
 * Indicator tables (主要指标): a plan states its goals as a table, one indicator a row, its figure at the base year
 * and at the plan's end in columns headed by the years, often with its nature (预期性 expected, 约束性 binding):
 *
 *   指标 | 2020年 | 2025年 | 属性
 *   数字经济核心产业增加值占GDP比重（%） | 7.8 | 10 | 预期性
 *
 * Plain text has each cell on a line of its own (as the readers write tables, and as the genre's web pages give them)
 * or a row on one line, its cells set apart by spaces. A header is a 指标 cell and at least one year cell among the
 * header words (序号, 类别, 单位, 属性 …); each row after it that has the header's cells, a name and figures, is one
 * indicator. A category cell (类别: 经济发展) stands in the first row of its group only.
 *
 * Each figure under a year after the first (the base year) is a goal for that year; a table with one year column
 * states goals for it. The unit is the name's bracketed end (（%）, （亿户）) or the unit column's cell; a figure in
 * square brackets (〔13.5〕) is, by the genre's convention, the sum over the plan's years, and its metric says so.
 */
import type { IndicatorNature, TargetMention } from '../model';
import { ascii } from './target-values';

type PlainKind = 'name' | 'unit' | 'nature' | 'category' | 'serial' | 'other';
type Column = { kind: PlainKind } | { kind: 'year'; year: number };

const NAME_HEADER = /^(?:主要)?指\s*标(?:\s*名\s*称)?$/;
const YEAR_HEADER = /^([12][0-9]{3})\s*年(?:\s*[（(][^）)]{0,8}[）)])?(?:目标值?|预期值?|预计|基期|基数|现状)?(?:\s*[（(][^）)]{0,8}[）)])?$/;
const OTHER_HEADERS: ReadonlyArray<readonly [RegExp, PlainKind]> = [
  [/^(?:计量)?单\s*位$/, 'unit'],
  [/^(?:指标)?属\s*性$|^(?:指标)?类\s*型$/, 'nature'],
  [/^类\s*别$|^领\s*域$|^分\s*类$/, 'category'],
  [/^序\s*号$/, 'serial'],
  [/^备\s*注$/, 'other'],
];

/** A figure in a cell: a number with its comparison and unit mark, a range, or a sum over the plan in brackets. */
const FIGURE = /^([>＞≥<＜≤]=?)?\s*([〔［\[【])?\s*([0-9０-９]+(?:[.．][0-9０-９]+)?)(?:\s*[-—～~]\s*([0-9０-９]+(?:[.．][0-9０-９]+)?))?\s*([%％‰])?\s*[〕］\]】]?\s*(以上|以下|左右|以内)?$/;
/** A cell with no figure: a dash, 暂无, 不适用. */
const NO_FIGURE = /^(?:[—–\-－─]+|暂无|无|不适用|\/|／)$/;
const UNIT_IN_NAME = /[（(]([^（）()]{1,12})[）)]$/;
/** Most cells of a row; most characters of a header cell, of a nature cell and of a row's name. */
const COLUMNS_MAX = 10;
const HEADER_CELL_MAX = 16;
const NATURE_MAX = 8;
const NAME_MAX = 60;

interface Cell { text: string; start: number; end: number }
interface Line { text: string; start: number }

export interface IndicatorTable { start: number; end: number; targets: TargetMention[] }

/** The indicator tables of a text, with their goals. Cheap for a text that names no 指标. */
export function indicatorTables(text: string): IndicatorTable[] {
  if (text.indexOf('指') < 0 || !/指\s*标/.test(text)) return [];
  const lines = linesOf(text);
  const out: IndicatorTable[] = [];
  for (let i = 0; i < lines.length; i++) {
    const first = lines[i].text;
    if (first.length > 200) continue;
    const table = headerKind(first) !== undefined ? readColumnTable(lines, i) : first.includes('年') && first.includes('标') ? readRowTable(lines, i) : undefined;
    if (table === undefined) continue;
    out.push(table.table);
    i = table.next - 1;
  }
  return out;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const end = text.indexOf('\n', start);
    const stop = end < 0 ? text.length : end;
    // trimmed, with the offset of what is kept
    let s = start;
    let e = stop;
    while (s < e && isBlank(text.charCodeAt(s))) s++;
    while (e > s && isBlank(text.charCodeAt(e - 1))) e--;
    // blank lines set cells apart in the genre's plain text (as they do paragraphs): they are no cells
    if (e > s) lines.push({ text: text.slice(s, e), start: s });
    if (end < 0) return lines;
    start = end + 1;
  }
}
const isBlank = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x3000 || c === 0x0d || c === 0xa0;

function headerKind(cell: string): Column | undefined {
  if (cell.length > HEADER_CELL_MAX) return undefined;
  if (NAME_HEADER.test(cell)) return { kind: 'name' };
  const y = YEAR_HEADER.exec(cell);
  if (y) return { kind: 'year', year: Number(y[1]) };
  for (const [re, kind] of OTHER_HEADERS) if (re.test(cell)) return { kind };
  return undefined;
}

/** Whether header cells make an indicator table's: a name column and a year column. */
const isIndicatorHeader = (columns: Column[]): boolean =>
  columns.filter((c) => c.kind === 'name').length === 1 && columns.some((c) => c.kind === 'year');

/** A table whose cells each stand on a line: the header's lines from `i`, then rows of as many lines. */
function readColumnTable(lines: Line[], i: number): { table: IndicatorTable; next: number } | undefined {
  const columns: Column[] = [];
  let k = i;
  for (; k < lines.length && columns.length < COLUMNS_MAX; k++) {
    const c = headerKind(lines[k].text);
    if (c === undefined) break;
    columns.push(c);
  }
  if (!isIndicatorHeader(columns)) return undefined;
  const rows: Cell[][] = [];
  while (k < lines.length) {
    const cells: Cell[] = [];
    let j = k;
    for (let c = 0; c < columns.length && j < lines.length; c++) {
      const line = lines[j];
      // a group's later rows have no category cell: the name stands where it would be
      if (columns[c].kind === 'category' && !(j + 1 < lines.length && isName(lines[j + 1].text) && isName(line.text))) {
        cells.push({ text: '', start: line.start, end: line.start });
        continue;
      }
      cells.push({ text: line.text, start: line.start, end: line.start + line.text.length });
      j++;
    }
    if (cells.length < columns.length || !isRow(columns, cells)) break;
    rows.push(cells);
    k = j;
  }
  if (rows.length === 0) return undefined;
  return { table: tableOf(columns, rows, lines[i].start), next: k };
}

/** A table whose rows each stand on a line, cells set apart by spaces: the header at `i`, then its rows. */
function readRowTable(lines: Line[], i: number): { table: IndicatorTable; next: number } | undefined {
  const header = cellsOf(lines[i]);
  if (header.length < 2 || header.length > COLUMNS_MAX) return undefined;
  const columns: Column[] = [];
  for (const cell of header) {
    const c = headerKind(cell.text);
    if (c === undefined) return undefined;
    columns.push(c);
  }
  if (!isIndicatorHeader(columns)) return undefined;
  const category = columns.findIndex((c) => c.kind === 'category');
  const rows: Cell[][] = [];
  let k = i + 1;
  for (; k < lines.length; k++) {
    let cells = cellsOf(lines[k]);
    // a group's later rows have no category cell
    if (category >= 0 && cells.length === columns.length - 1) cells = [...cells.slice(0, category), { text: '', start: cells[category].start, end: cells[category].start }, ...cells.slice(category)];
    if (cells.length !== columns.length || !isRow(columns, cells)) break;
    rows.push(cells);
  }
  if (rows.length === 0) return undefined;
  return { table: tableOf(columns, rows, lines[i].start), next: k };
}

function cellsOf(line: Line): Cell[] {
  const cells: Cell[] = [];
  const re = /[^ \t\u3000]+/g;
  for (let m = re.exec(line.text); m; m = re.exec(line.text)) cells.push({ text: m[0], start: line.start + m.index, end: line.start + m.index + m[0].length });
  return cells;
}

const isFigure = (cell: string): boolean => cell === '' || FIGURE.test(cell) || NO_FIGURE.test(cell);
/** A row's name: words, not a figure, not a line of the text around the table (a sentence, a label). */
const isName = (cell: string): boolean =>
  cell.length >= 2 && cell.length <= NAME_MAX && !isFigure(cell) && /[\u4e00-\u9fff]/.test(cell) && !/[。；]$/.test(cell) && headerKind(cell) === undefined;

function isRow(columns: Column[], cells: Cell[]): boolean {
  let figures = 0;
  for (let c = 0; c < columns.length; c++) {
    const { text } = cells[c];
    switch (columns[c].kind) {
      case 'name': if (!isName(text)) return false; break;
      case 'year':
        if (!isFigure(text)) return false;
        if (text !== '' && !NO_FIGURE.test(text)) figures++;
        break;
      case 'nature': if (text.length > NATURE_MAX) return false; break;
      case 'serial': if (!/^[0-9０-９]{1,3}$/.test(text)) return false; break;
      default: if (text.length > NAME_MAX) return false;
    }
  }
  return figures > 0;
}

function tableOf(columns: Column[], rows: Cell[][], start: number): IndicatorTable {
  const years = columns.flatMap((c) => (c.kind === 'year' ? [c.year] : []));
  const base = years.length > 1 ? Math.min(...years) : undefined;
  const nameAt = columns.findIndex((c) => c.kind === 'name');
  const unitAt = columns.findIndex((c) => c.kind === 'unit');
  const natureAt = columns.findIndex((c) => c.kind === 'nature');
  const targets: TargetMention[] = [];
  for (const cells of rows) {
    const name = cells[nameAt];
    const inName = UNIT_IN_NAME.exec(name.text);
    const metric = inName ? name.text.slice(0, inName.index).trim() : name.text;
    const unit = unitAt >= 0 && cells[unitAt].text !== '' ? cells[unitAt].text : inName?.[1];
    const nature = natureAt >= 0 ? NATURE[cells[natureAt].text] : undefined;
    columns.forEach((column, c) => {
      if (column.kind !== 'year' || column.year === base) return;
      const figure = FIGURE.exec(cells[c].text);
      if (!figure) return;
      const t = goal(metric, unit, column.year, figure, name.start, cells[c].end);
      if (nature) t.nature = nature;
      targets.push(t);
    });
  }
  const last = rows[rows.length - 1];
  return { start, end: last[last.length - 1].end, targets };
}

const NATURE: Readonly<Record<string, IndicatorNature>> = { 约束性: 'binding', 预期性: 'expected', 约束: 'binding', 预期: 'expected' };

const COMPARATOR: Readonly<Record<string, NonNullable<TargetMention['comparator']>>> = {
  '>': '>', '＞': '>', '≥': '>=', '>=': '>=', '＞=': '>=', '<': '<', '＜': '<', '≤': '<=', '<=': '<=', '＜=': '<=',
  以上: '>=', 以下: '<=', 以内: '<=', 左右: '=',
};

function goal(metric: string, tableUnit: string | undefined, year: number, figure: RegExpExecArray, start: number, end: number): TargetMention {
  const [, sign, bracket, low, high, mark, suffix] = figure;
  const unit = mark ? (mark === '％' ? '%' : mark) : tableUnit === '％' ? '%' : tableUnit;
  const number = high ? `${ascii(low)}—${ascii(high)}` : ascii(low);
  // the sign is the comparator's (the target's label writes it); a word after the figure is kept as written (80以上)
  const value = `${number}${unit ?? ''}${suffix ?? ''}`;
  const target: TargetMention = {
    metric: bracket ? `${metric}（累计）` : metric,
    year, value, amount: Number(ascii(low)), unit, comparator: COMPARATOR[sign ?? suffix ?? ''] ?? '=', targetKind: 'goal', start, end,
  };
  if (high) target.upper = Number(ascii(high));
  return target;
}
