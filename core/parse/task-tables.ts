/**
 * Task tables: the division of work written as a table (重点任务分工表, 推广清单). A header row names the columns — 序号,
 * the task (重点任务, 改革举措 …), its content (主要内容), who does it (牵头单位, 责任单位, 指导部门, 配合单位 …), where it
 * applies (推广范围, 适用范围) and when (完成时限) — and each data row is one task, numbered 1, 2, 3 … across the group rows
 * that gather them (一、知识产权保护方面（共5项）). In plain text each cell stands on its own line.
 *
 * Each row becomes an item of its own (its number the label, the task cell the heading) under the item that encloses
 * it, and an annotation whose bodies are the row's body cells, read with the grammar of labelled annotations: the
 * column says the part its bodies play unless the cell says it itself (国家发展改革委牵头，商务部配合).
 */
import type { Annotation, AnnotationBody, OutlineItem, Role } from '../model';
import { FIRST_LISTED, LABEL_ROLE, parseAnnotationContent, type AnnotationState } from './annotations';
import type { Line } from './lines';
import { isAttachmentLine, isNotesLine, isRowOnOneLine, startsWithLabel } from './patterns';

/**
 * The serial-number header cell, letter-spaced or not, on a line of its own or opening the header row written on one
 * line (序号 改革举措 主 要 内 容 指导部门, as a PDF gives it): searched once over the whole text before anything else.
 */
const SERIAL_LINE = /^序 ?号(?: |$)/m;
const SERIAL = /^序 ?号$/;
const SERIAL_START = /^序 ?号 /;

/** Header cells are short labels; a longer line ends the header. */
const HEADER_CELL_MAX = 20;
const COLUMNS_MAX = 10;
/** A group row (一、知识产权保护方面（共5项）, （二）深化简政放权) is a short labelled line. */
const GROUP_ROW_MAX = 60;
/** How far the numbering may skip between rows: abridged tables (本文有删减) drop whole groups. */
const ROW_GAP_MAX = 20;
/** Lines looked ahead past a full row for the next row, before the row is taken as the table's last. */
const LOOKAHEAD = 6;

/** 牵头单位, 责任部门, 指导部门, 配合单位（部门）: a column of bodies and the part they play. */
const ROLE_HEADER = new RegExp(`^(${Object.keys(LABEL_ROLE).filter((w) => LABEL_ROLE[w] !== 'member').join('|')})(?:单位|部门|机构|机关|主体)`);
const SCOPE_HEADER = /^(?:推广|适用|实施|试点)(?:范围|区域|地区)/;
const TIME_HEADER = /时限|时间|进度|期限|日期/;
/** A column that says when (完成时限, 时间进度): neither the task nor who does it. */
const isTimeColumn = (c: Column): boolean => c.kind === 'other' && TIME_HEADER.test(headerText(c.header));

type ColumnKind = 'task' | 'role' | 'scope' | 'other';
interface Column { header: string; kind: ColumnKind; word?: string }

export interface TableCell { text: string; start: number; end: number }

export interface TaskRow {
  /** the number as written (1, 12) and its value */
  label: string;
  n: number;
  /** from the number to the end of the row's last cell */
  start: number;
  end: number;
  /** end of the number's line: the cells start after it */
  cellsFrom: number;
  /** the cells after 序号, by column; a cell the row leaves empty is undefined */
  cells: Array<TableCell | undefined>;
  /** the row's lines after its number: more than its cells where a cell runs over several lines */
  lines: TableCell[];
}

export interface TaskTable {
  /** the columns after 序号 */
  columns: Column[];
  rows: TaskRow[];
  /** offset of the 序号 cell */
  start: number;
}

/** The header cell without the spaces of letter-spacing (主 要 内 容) nor a note in parentheses (责任单位（列第一位者为牵头单位）). */
const headerText = (s: string): string => s.replace(/ /g, '').replace(/[（(][^）)]*[）)]$/, '');

function classify(cell: string): Column {
  const header = headerText(cell);
  const role = ROLE_HEADER.exec(header);
  if (role) return { header: cell, kind: 'role', word: role[1] };
  if (SCOPE_HEADER.test(header)) return { header: cell, kind: 'scope' };
  return { header: cell, kind: 'other' };
}

function numberOf(s: string): number | undefined {
  if (s.length === 0 || s.length > 3) return undefined;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const d = c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0xff10 && c <= 0xff19 ? c - 0xff10 : -1;
    if (d < 0) return undefined;
    n = n * 10 + d;
  }
  return n > 0 ? n : undefined;
}

const isGroupRow = (s: string): boolean => s.length <= GROUP_ROW_MAX && startsWithLabel(s);
const endsTable = (s: string): boolean => SERIAL.test(s) || isAttachmentLine(s) || isNotesLine(s);

/** The index of the line holding offset `at` (lines are in order). */
function lineAt(lines: Line[], at: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid].start <= at) lo = mid; else hi = mid - 1;
  }
  return lo;
}

/**
 * The cells after 序号 of a header row written on one line, split at its spaces; runs of single characters are one
 * letter-spaced cell (主 要 内 容). Longer lines are no header.
 */
function inlineCells(line: string): string[] {
  if (line.length > HEADER_CELL_MAX * COLUMNS_MAX) return [];
  const parts = line.replace(SERIAL_START, '').split(' ').filter((p) => p.length > 0);
  const cells: string[] = [];
  for (let k = 0; k < parts.length; k++) {
    if (parts[k].length === 1 && k + 1 < parts.length && parts[k + 1].length === 1) {
      let run = parts[k];
      while (k + 1 < parts.length && parts[k + 1].length === 1) run += parts[++k];
      cells.push(run);
    } else cells.push(parts[k]);
  }
  return cells.some((c) => c.length > HEADER_CELL_MAX) ? [] : cells;
}

/** The header's columns from the line after 序号, and the line where the rows begin; undefined when it is no task table. */
function readHeader(lines: Line[], from: number, inline: string[]): { columns: Column[]; next: number } | undefined {
  const columns: Column[] = inline.map(classify);
  let i = from;
  for (; i < lines.length; i++) {
    const s = lines[i].text;
    if (s.length === 0) continue;
    if (numberOf(s) !== undefined || isGroupRow(s) || s.length > HEADER_CELL_MAX || endsTable(s)) break;
    columns.push(classify(s));
    if (columns.length > COLUMNS_MAX) return undefined;
  }
  if (!columns.some((c) => c.kind === 'role')) return undefined;
  // the task is the first column that says neither who, where nor when
  const task = columns.find((c) => c.kind === 'other' && !isTimeColumn(c));
  if (task) task.kind = 'task';
  return { columns, next: i };
}

/**
 * The row's lines as cells by column. A row with more lines than columns has a cell that runs over several lines: the
 * widest one, the column after the task (主要内容), or the task itself; a row with fewer leaves its last cells empty.
 */
function cellsOf(text: string, found: Line[], columns: Column[]): Array<TableCell | undefined> {
  const m = columns.length;
  const cell = (from: Line, to: Line): TableCell => ({ text: text.slice(from.start, to.end), start: from.start, end: to.end });
  if (found.length <= m) return columns.map((_, k) => (k < found.length ? cell(found[k], found[k]) : undefined));
  const task = columns.findIndex((c) => c.kind === 'task');
  const wide = task >= 0 && task + 1 < m && columns[task + 1].kind === 'other' ? task + 1 : Math.max(task, 0);
  const out: Array<TableCell | undefined> = [];
  for (let k = 0; k < wide; k++) out.push(cell(found[k], found[k]));
  const tail = m - 1 - wide;
  out.push(cell(found[wide], found[found.length - 1 - tail]));
  for (let k = found.length - tail; k < found.length; k++) out.push(cell(found[k], found[k]));
  return out;
}

/** Whether a row or group row starts within the next few lines after `i`, the row numbered `n` being full. */
function rowFollows(lines: Line[], i: number, n: number): boolean {
  for (let j = i, seen = 0; j < lines.length && seen < LOOKAHEAD; j++) {
    const s = lines[j].text;
    if (s.length === 0) continue;
    seen++;
    const k = numberOf(s);
    if ((k !== undefined && k > n && k <= n + ROW_GAP_MAX) || isGroupRow(s)) return true;
    if (endsTable(s)) return false;
  }
  return false;
}

function readRows(text: string, lines: Line[], from: number, columns: Column[]): TaskRow[] {
  const rows: TaskRow[] = [];
  const m = columns.length;
  let open: { line: Line; n: number; found: Line[] } | undefined;
  const finish = (): void => {
    if (!open) return;
    const found = open.found;
    if (found.length > 0) {
      rows.push({
        label: open.line.text, n: open.n, start: open.line.start, end: found[found.length - 1].end, cellsFrom: open.line.end,
        cells: cellsOf(text, found, columns), lines: found.map((l) => ({ text: l.text, start: l.start, end: l.end })),
      });
    }
    open = undefined;
  };
  let last = 0;
  for (let i = from; i < lines.length; i++) {
    const line = lines[i];
    const s = line.text;
    if (s.length === 0) continue;
    if (endsTable(s)) break;
    const full = open !== undefined && open.found.length >= m;
    const n = numberOf(s);
    // a number in sequence starts the next row; a number in a row still short of cells is a cell (a count, a year)
    if (n !== undefined && n > last && n <= last + ROW_GAP_MAX && (open === undefined || full || n === last + 1)) {
      finish();
      open = { line, n, found: [] };
      last = n;
      continue;
    }
    if (isGroupRow(s) && (open === undefined || full)) { finish(); continue; }
    if (open === undefined) break;
    // a full row goes on only while a next row follows: otherwise the table has ended
    if (full && !rowFollows(lines, i + 1, last)) break;
    open.found.push(line);
  }
  finish();
  return rows;
}

/**
 * The lines after the header, a row written on one line split into its cells: a table copied from a word processor
 * into plain text keeps a row to a line, its cells apart by tabs (spaces once normalised). Such a row begins with its
 * number and a space (1 建立健全… 国家发展改革委 工业和信息化部、商务部 2022年底前); the parts keep their offsets. Only
 * the rows are copied, and only when the first is written so.
 */
function rowLines(lines: Line[], from: number): { lines: Line[]; from: number } {
  let first = from;
  while (first < lines.length && lines[first].text.length === 0) first++;
  // the common case, a cell a line: the document's lines as they are
  if (first >= lines.length || !isRowOnOneLine(lines[first].text)) return { lines, from };
  const out: Line[] = [];
  for (let i = first; i < lines.length; i++) {
    const line = lines[i];
    if (!isRowOnOneLine(line.text)) {
      // past the rows (group rows between them aside), the table has ended: nothing more is copied
      if (line.text.length > 0 && !isGroupRow(line.text)) break;
      out.push(line);
      continue;
    }
    let at = 0;
    for (const part of line.text.split(' ')) {
      if (part.length > 0) out.push({ text: part, start: line.start + at, end: line.start + at + part.length, index: line.index });
      at += part.length + 1;
    }
  }
  return { lines: out, from: 0 };
}

/** The task tables of the text; none, at the cost of one search, when no line is a 序号 cell. */
export function findTaskTables(text: string, lines: Line[]): TaskTable[] {
  if (!SERIAL_LINE.test(text)) return [];
  const tables: TaskTable[] = [];
  const serial = new RegExp(SERIAL_LINE.source, 'gm');
  for (let m = serial.exec(text); m; m = serial.exec(text)) {
    const at = lineAt(lines, m.index);
    const serialLine = lines[at].text;
    const header = readHeader(lines, at + 1, SERIAL_START.test(serialLine) ? inlineCells(serialLine) : []);
    if (!header) continue;
    const body = rowLines(lines, header.next);
    const rows = readRows(text, body.lines, body.from, header.columns);
    if (rows.length > 0) tables.push({ columns: header.columns, rows, start: lines[at].start });
  }
  return tables;
}

/** The first-listed rule (列第一位者为牵头单位) in a column's header or anywhere the document states it near 牵头. */
function firstListedRule(text: string, table: TaskTable): boolean {
  if (table.columns.some((c) => c.kind === 'role' && FIRST_LISTED.test(c.header))) return true;
  for (let i = text.indexOf('牵头'); i >= 0; i = text.indexOf('牵头', i + 2)) {
    const window = text.slice(Math.max(0, i - 24), i);
    if (FIRST_LISTED.test(window.slice(window.lastIndexOf('\n') + 1))) return true;
  }
  return false;
}

/**
 * The bodies of one cell. A cell that says what its bodies do (国家发展改革委牵头，商务部配合; A、B按职责分工负责) is read
 * as an annotation is, and its plainly responsible bodies take the column's part; a bare list (A、B、C) is read as the
 * column's labelled list (指导部门：A、B、C).
 */
function cellBodies(cell: TableCell, word: string, leadColumn: boolean, firstListed: boolean): { bodies: AnnotationBody[]; andOthers: boolean; relevant: boolean } | undefined {
  const state: AnnotationState = { firstListedRule: false };
  const columnRole = LABEL_ROLE[word];
  // a responsibility column: responsible, or joint beside a lead column (as a 责任单位 label beside 牵头单位)
  const duty: Role = leadColumn ? 'joint' : 'responsible';
  let parsed = cell.text.includes('\n') ? undefined : parseAnnotationContent(cell.text, cell.start, state);
  if (!parsed || parsed.bodies.length === 0) {
    const label = `${word}单位：`;
    parsed = parseAnnotationContent(label + cell.text, cell.start - label.length, state);
    if (!parsed) return undefined;
  }
  // bodies the cell gives no part of their own take the column's; a cell that names its lead keeps its roles
  if (!parsed.bodies.some((b) => b.role === 'lead')) {
    let first = true;
    for (const b of parsed.bodies) {
      if (b.role !== 'responsible') continue;
      if (columnRole !== 'duty') b.role = columnRole;
      else b.role = firstListed && !leadColumn ? (first ? 'lead' : 'joint') : duty;
      first = false;
    }
  }
  if (parsed.bodies.length === 0 && !parsed.relevantDepartments) return undefined;
  return { bodies: parsed.bodies, andOthers: parsed.andOthers, relevant: parsed.relevantDepartments };
}

/**
 * The annotation of each row (itemPath left empty): its bodies from every body column, its scope the 推广范围 /
 * 适用范围 cell, its deadline the 完成时限 / 时间进度 cell (when the row's cells are its lines one by one). Quoted as the whole row, and, like a duty read from running text, only its bodies are kept out of the
 * row's mentions (inText), so that the places and platforms of its content and scope stay mentions.
 */
export function rowAnnotations(text: string, table: TaskTable): Array<Annotation | undefined> {
  const leadColumn = table.columns.some((c) => c.kind === 'role' && LABEL_ROLE[c.word as string] === 'lead');
  const firstListed = !leadColumn && table.columns.some((c) => c.kind === 'role' && LABEL_ROLE[c.word as string] === 'duty') && firstListedRule(text, table);
  // the 完成时限 / 时间进度 column, the same for every row
  const due = table.columns.findIndex(isTimeColumn);
  return table.rows.map((row) => {
    const bodies: AnnotationBody[] = [];
    let andOthers = false;
    let relevant = false;
    let scope: Annotation['scope'];
    // A row whose lines are not its cells one by one has cells wrapped over several lines, which a PDF may even
    // interleave with another row's (a task cell's second line after the bodies): each body cell is then the next
    // line that reads as bodies, and the scope the line after it when its column follows.
    let shifted = row.lines.length !== table.columns.length;
    let next = 0;
    table.columns.forEach((c, k) => {
      let cell = row.cells[k];
      if (c.kind === 'scope') {
        if (shifted) cell = table.columns[k - 1]?.kind === 'role' ? row.lines[next] : undefined;
        if (cell) scope = { text: cell.text, start: cell.start, end: cell.end };
        return;
      }
      if (c.kind !== 'role') return;
      let read = cell && !shifted ? cellBodies(cell, c.word as string, leadColumn, firstListed) : undefined;
      if (!read && cell && !shifted) shifted = true;
      for (let j = next; shifted && !read && j < row.lines.length; j++) {
        read = cellBodies(row.lines[j], c.word as string, leadColumn, firstListed);
        if (read) next = j + 1;
      }
      if (!read) return;
      bodies.push(...read.bodies);
      andOthers ||= read.andOthers;
      relevant ||= read.relevant;
    });
    if (bodies.length === 0 && !relevant) return undefined;
    const a: Annotation = {
      itemPath: '', quote: text.slice(row.start, row.end), start: row.start, end: row.end,
      bodies, andOthers, relevantDepartments: relevant, inText: true, tableRow: true,
    };
    if (scope) a.scope = scope;
    const when = !shifted && due >= 0 ? row.cells[due] : undefined;
    if (when && when.text.trim()) a.deadline = { text: when.text.trim(), start: when.start, end: when.end };
    return a;
  });
}

/** The cell of the task (重点任务, 改革举措), else the row's first cell: the row item's heading. */
export function taskCell(table: TaskTable, row: TaskRow): TableCell | undefined {
  const k = table.columns.findIndex((c) => c.kind === 'task');
  return (k >= 0 ? row.cells[k] : undefined) ?? row.cells.find((c) => c !== undefined);
}

/** Whether an item starts inside a row's cells (a cell that begins like a label: 1.建立…), which makes it no item. */
export function insideRow(rows: readonly TaskRow[], at: number): boolean {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rows[mid].end <= at) lo = mid + 1; else hi = mid;
  }
  return lo < rows.length && rows[lo].cellsFrom < at && at < rows[lo].end;
}

/** Whether a path ends in a number (2.3, 1.): a number after it is set apart by a space, as the outline does. */
function endsInNumber(path: string): boolean {
  const c = path.charCodeAt(path.length - 1);
  return (c >= 0x30 && c <= 0x39) || c === 0x2e;
}

/** The innermost item holding offset `at`: items are in document order and properly nested, so the last to start. */
function enclosing(items: readonly OutlineItem[], at: number): OutlineItem | undefined {
  let found: OutlineItem | undefined;
  for (const it of items) {
    if (it.start > at) break;
    if (at < it.end) found = it;
  }
  return found;
}

/**
 * The outline with each task row as an item of its own, and the rows' annotations (itemPath set). A row's item hangs
 * under the item that encloses it (the group row 一、…方面, or the attachment's item), its path that item's path and
 * the row's number (附件：一、1.), or `prefixAt(row)` (the attachment's prefix) where no item encloses it; the
 * enclosing item's own text then stops before its first row. Items the outline read inside a row's cells (a cell that
 * begins 1. or （一）) are no items; their children hang from their parent instead.
 */
export function withTaskRows(text: string, items: OutlineItem[], tables: TaskTable[], prefixAt: (at: number) => string): { items: OutlineItem[]; annotations: Annotation[] } {
  const rows = tables.flatMap((t) => t.rows);
  const dropped = new Map<string, string | undefined>();
  const kept: OutlineItem[] = [];
  for (const it of items) {
    if (insideRow(rows, it.start)) { dropped.set(it.path, it.parent); continue; }
    let p = it.parent;
    while (p !== undefined && dropped.has(p)) p = dropped.get(p);
    it.parent = p;
    kept.push(it);
  }
  const used = new Set(kept.map((i) => i.path));
  const made: OutlineItem[] = [];
  const annotations: Annotation[] = [];
  for (const table of tables) {
    const notes = rowAnnotations(text, table);
    table.rows.forEach((row, r) => {
      const parent = enclosing(kept, row.start);
      const base = parent ? parent.path : prefixAt(row.start);
      let path = `${base}${endsInNumber(base) ? ' ' : ''}${row.n}.`;
      for (let k = 2; used.has(path); k++) path = `${base}${endsInNumber(base) ? ' ' : ''}${row.n}.~${k}`;
      used.add(path);
      if (parent && parent.ownEnd > row.start) {
        let e = row.start;
        while (e > parent.start && text.charCodeAt(e - 1) <= 0x20) e--;
        parent.ownEnd = e;
      }
      const task = taskCell(table, row);
      made.push({
        path, label: row.label, level: (parent ? Math.min(4, parent.level + 1) : 1) as OutlineItem['level'], parent: parent?.path,
        heading: task ? task.text.replace(/\n+/g, '') : '', text: text.slice(row.start, row.end), start: row.start, end: row.end, ownEnd: row.end,
      });
      const note = notes[r];
      if (note) { note.itemPath = path; annotations.push(note); }
    });
  }
  return { items: [...kept, ...made].sort((a, b) => a.start - b.start), annotations };
}
