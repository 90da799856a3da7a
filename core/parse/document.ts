/**
 * parseDocument: normalised text → metadata, outline and responsibility annotations.
 * Never throws: text without the genre's structure yields a document with warnings.
 *
 * A document without a numbered outline (a decision, a reply 批复, a short notice) is read by paragraph: each paragraph
 * of its body is an item of its own, with the path ¶1, ¶2 … (numbered in the body, from the first paragraph with a
 * sentence in it; the label is empty, as no number is written). Where no annotation closes an item's own text, duties
 * written in its sentences are read (core/parse/duties.ts).
 */
import type { Annotation, OutlineItem, ParsedDocument } from '../model';
import { normalizeLines } from '../normalize';
import { resolveAgency } from '../registry/resolve';
import { findAnnotations } from './annotations';
import { trimClosingByShape, trimClosingParagraphs, type ClosingSpan } from './closing';
import { addresseesIn, findDuties, type DocumentBodies } from './duties';
import { definedBodies } from './defined-bodies';
import { dutyListNotes } from './duty-lists';
import { addresseeLine } from './addressees';
import { forwardedAuthors } from './forwarded';
import { isMemberList } from './members';
import { orderTitle, parseHeader } from './header';
import type { Line } from './lines';
import { parseOutline, sentenceEnd } from './outline';
import { attachListsToItems } from './attached-lists';
import { ATTACHMENT_LINE, isAttachmentLine, isNotesLine, isOneOf, isRowOnOneLine, trimmedSlice } from './patterns';
import { findSignOff, listNames, mergeIssuers } from './signoff';
import { insertSorted } from './sorted';
import { findTaskTables, withTaskRows, type TaskTable } from './task-tables';
import { newMarks } from '../text/marks';

/** 附件：1.重点任务分工表 — the covering notice's list of attachments, whose next lines continue it (2.…, 3.…). */
const ATTACHMENT_LIST = /^附\s*件\s*[：:]\s*\S/;
const LIST_ENTRY = /^[0-9０-９]{1,2}[.．、]\S/;
/** Longest entry of an attachment list: a title, never a sentence. */
const LIST_ENTRY_MAX = 60;

/**
 * The lines of the body that begin with 附, 注, 说 or 备: only they can be an attachment (附件), an attachment list or a
 * notes heading (注, 说明, 备注). Found in one pass, they spare the passes below a visit of every line.
 */
function attachmentOrNotesLines(lines: Line[], from: number): number[] {
  const found: number[] = [];
  for (let i = from; i < lines.length; i++) if (isOneOf(lines[i].text, 0, '附注说备')) found.push(i);
  return found;
}

/** The attachment list and its entries belong to no item and continue no numbering. */
function addAttachmentLists(lines: Line[], candidates: number[], stops: Set<number>): void {
  // entries begin with a digit, so no candidate is among the lines an earlier list takes
  for (const i of candidates) {
    if (!ATTACHMENT_LIST.test(lines[i].text)) continue;
    stops.add(i);
    for (let j = i + 1; j < lines.length; j++) {
      const s = lines[j].text;
      if (s.length === 0) continue;
      if (s.length > LIST_ENTRY_MAX || !LIST_ENTRY.test(s) || /[。；]/.test(s)) break;
      stops.add(j);
    }
  }
}

/** 国务院办公厅关于…, 国家发展改革委 科技部关于…: a title names its issuers before 关于. Only registered bodies count. */
function titleIssuers(title: string): string[] {
  const about = title.indexOf('关于');
  if (about <= 0) return [];
  const names = title.slice(0, about).replace(/等$/, '').split(/[ 、]/).filter((t) => t.length > 0);
  return names.length > 0 && names.every((n) => resolveAgency(n) !== undefined) ? names : [];
}

/** The name after the last / or \\ (the name itself when nothing follows them). */
function baseName(fileName: string): string {
  let i = fileName.length - 1;
  while (i >= 0 && fileName.charCodeAt(i) !== 0x2f && fileName.charCodeAt(i) !== 0x5c) i--;
  return fileName.slice(i + 1) || fileName;
}

function attachmentPrefix(line: string): string {
  const m = ATTACHMENT_LINE.exec(line);
  const n = m?.[1]?.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  return n ? `附件${n}：` : '附件：';
}

function startsBefore(items: OutlineItem[], at: number): boolean {
  for (const it of items) if (it.start < at) return true;
  return false;
}

function startsFrom(items: OutlineItem[], at: number): boolean {
  for (const it of items) if (it.start >= at) return true;
  return false;
}

/**
 * An item of one sentence closed by its annotation without a full stop (（四）推进事故调查处理信息公开（安全监管总局会同监察部
 * 负责）) has the annotation in its heading: the heading names the task, the annotation who does it.
 */
function headingsWithoutAnnotations(items: OutlineItem[], annotations: readonly Annotation[]): void {
  if (annotations.length === 0) return;
  const byPath = new Map(items.map((item) => [item.path, item]));
  for (const a of annotations) {
    const item = byPath.get(a.itemPath);
    if (!item || item.heading.length <= a.quote.length || !item.heading.endsWith(a.quote)) continue;
    item.heading = item.heading.slice(0, item.heading.length - a.quote.length).trimEnd();
  }
}

/** Innermost item containing each annotation: items are in document order and properly nested. */
function assignItems(items: OutlineItem[], annotations: Annotation[]): void {
  let next = 0;
  const open: OutlineItem[] = [];
  for (const a of annotations) {
    while (next < items.length && items[next].start <= a.start) {
      const item = items[next++];
      while (open.length && open[open.length - 1].end < item.start) open.pop();
      open.push(item);
    }
    while (open.length && open[open.length - 1].end < a.start) open.pop();
    a.itemPath = open.length ? open[open.length - 1].path : '';
  }
}

/** @param candidates the lines of the body that may be an attachment or notes heading (attachmentOrNotesLines) */
function boundariesOf(lines: Line[], candidates: number[], bodyStart: number, signOffLine: number | undefined, itemsBeforeSignOff: boolean): Map<number, string> {
  const boundaries = new Map<number, string>();
  // Text after a sign-off is the forwarded document (印发…的通知) or an attachment; it restarts
  // numbering, which only needs a prefix when the covering text had an outline of its own.
  const afterSignOff = itemsBeforeSignOff ? '附件：' : '';
  if (signOffLine !== undefined) boundaries.set(signOffLine, afterSignOff);
  let current = '';
  let beforeSignOff = signOffLine !== undefined && signOffLine >= bodyStart;
  for (const i of candidates) {
    if (beforeSignOff && i >= (signOffLine as number)) { current = afterSignOff; beforeSignOff = false; }
    const s = lines[i].text;
    if (isAttachmentLine(s)) {
      current = attachmentPrefix(s);
      boundaries.set(i, current);
    } else if (isNotesLine(s)) {
      // Notes under a table or at the end restart numbering (注：1. …) and belong to no item.
      boundaries.set(i, `${current}注：`);
    }
  }
  return boundaries;
}

/** The path prefix of the numbering run that offset `at` falls in: that of the last boundary before it. */
function prefixAt(lines: Line[], boundaries: Map<number, string>, at: number): string {
  let best = -1;
  let prefix = '';
  for (const [i, p] of boundaries) if (lines[i].start <= at && i > best) { best = i; prefix = p; }
  return prefix;
}

/** The title of a notice that issues or forwards the text it carries (关于印发…的通知, 转发…的通知). */
const ISSUES_ATTACHED = /印发|转发|颁发|发布/;

/** A line that ends or holds a sentence: body text, not a title, addressee, name or date. */
const HOLDS_SENTENCE = /[。！？；]/;
/** A line wholly in parentheses: a note such as （此件公开发布）, not a paragraph. */
const NOTE_LINE = /^[（(][^（()）]*[）)]$/;

/**
 * The paragraphs of a body without a numbered outline as items ¶1, ¶2 …: the lines from `fromLine` on that hold a
 * sentence, except those of the sign-off and attachment lists (`stops`) and notes in parentheses, and the numbered rows
 * of a table pasted as text (1 草种进出口经营许可证核发 农业部 省级人民政府农业主管部门): a row says what it concerns in
 * its cells, a sentence or none.
 */
function paragraphItems(
  text: string, lines: Line[], fromLine: number, stops: Set<number>, tables: readonly TaskTable[], toLine = lines.length, first = 1,
): OutlineItem[] {
  const items: OutlineItem[] = [];
  // a task table's rows are items of their own (withTaskRows); lines and rows both come in order
  const rows = tables.flatMap((t) => t.rows).sort((a, b) => a.start - b.start);
  let r = 0;
  for (let i = fromLine; i < toLine; i++) {
    const line = lines[i];
    while (r < rows.length && rows[r].end <= line.start) r++;
    if (r < rows.length && rows[r].start <= line.start) continue;
    if (stops.has(i) || !(HOLDS_SENTENCE.test(line.text) || isRowOnOneLine(line.text)) || NOTE_LINE.test(line.text)) continue;
    items.push({
      path: `¶${first + items.length}`, label: '', level: 1, parent: undefined,
      heading: trimmedSlice(text, line.start, line.start + sentenceEnd(line.text, 0)),
      text: line.text, start: line.start, end: line.end, ownEnd: line.end,
    });
  }
  return items;
}

/**
 * The items with the closing paragraphs cut from the last item of a run (core/parse/closing.ts) as paragraph items of
 * their own, numbered on after any the document has (¶1 …), in document order.
 */
function withClosingItems(text: string, lines: Line[], items: OutlineItem[], closing: readonly ClosingSpan[], stops: Set<number>): OutlineItem[] {
  let count = 0;
  for (const item of items) if (item.label === '' && item.path.startsWith('¶')) count++;
  const added: OutlineItem[] = [];
  for (const span of closing) {
    const from = lines.findIndex((l) => l.start > span.from);
    if (from < 0) continue;
    let to = from;
    while (to < lines.length && lines[to].start < span.to) to++;
    added.push(...paragraphItems(text, lines, from, stops, [], to, count + added.length + 1));
  }
  return added.length === 0 ? items : [...items, ...added].sort((a, b) => a.start - b.start);
}

/**
 * Duties in running text (core/parse/duties.ts), read from the own text of each item that no annotation closes, merged
 * with the annotations in document order. A list of members does not close an item: 联席会议由国家发展改革委牵头，成员单位
 *包括… names who leads as well as who belongs.
 */
function withDuties(text: string, items: OutlineItem[], annotations: Annotation[], bodies: DocumentBodies): Annotation[] {
  const annotated = new Set<string>();
  for (const a of annotations) if (!isMemberList(a)) annotated.add(a.itemPath);
  const duties: Annotation[] = [];
  // the items' marks, read into the same arrays one item after another (they grow to the longest item)
  const scratch = newMarks(64);
  // read after the item's number, so that a subject stands at the start of its clause (第三条 住房城乡建设部负责…)
  for (const item of items) if (!annotated.has(item.path)) duties.push(...findDuties(text, item.start + item.label.length, item.ownEnd, item.path, scratch, bodies));
  // 国家数据局…主要职责是：（一）负责…: a body's list of duties, the items below the one that opens it
  duties.push(...dutyListNotes(text, items));
  if (duties.length === 0) return annotations;
  return [...annotations, ...duties].sort((a, b) => a.start - b.start);
}

export function parseDocument(text: string, fileName: string, encoding = 'utf-8'): ParsedDocument {
  const { text: normalized, lines } = normalizeLines(typeof text === 'string' ? text : String(text ?? ''));
  const warnings: string[] = [];

  const header = parseHeader(lines);
  const signOff = findSignOff(lines, header.endLine);
  const stops = new Set<number>();
  if (signOff) for (let i = signOff.firstLine; i <= signOff.dateLine.index; i++) stops.add(i);
  const candidates = attachmentOrNotesLines(lines, header.endLine);
  addAttachmentLists(lines, candidates, stops);

  const boundaries = boundariesOf(lines, candidates, header.endLine, undefined, false);
  // the boundaries the outline was read with: a task row that no item encloses takes its path prefix from them
  let usedBoundaries = boundaries;
  let items: OutlineItem[];
  if (signOff) {
    const afterSignOff = signOff.dateLine.index + 1;
    // Items come in document order, so the first item after the block decides whether the outline is read again; the
    // first reading stops there rather than go through the forwarded document or attachment that follows.
    const span = afterSignOff < lines.length ? { before: lines[signOff.firstLine].start, from: lines[afterSignOff].start } : undefined;
    items = parseOutline(normalized, lines, stops, boundaries, { stopWhenSpanning: span });
    if (span && startsBefore(items, span.before) && startsFrom(items, span.from)) {
      usedBoundaries = boundariesOf(lines, candidates, header.endLine, afterSignOff, true);
      items = parseOutline(normalized, lines, stops, usedBoundaries);
    }
  } else {
    items = parseOutline(normalized, lines, stops, boundaries);
  }

  // task tables (序号 | 重点任务 | 牵头单位 …): each row an item of its own, with the annotation its body cells make
  const tables = findTaskTables(normalized, lines);
  const outlined = items.length > 0;
  if (!outlined) items = paragraphItems(normalized, lines, header.endLine, stops, tables);
  // a notice, reply or decision whose only outline is its attachment's (a list: 名单): what it says itself is read by
  // paragraph. A notice that issues or forwards the attached text (关于印发/转发…的通知), and an order that publishes a
  // regulation (国务院令: 现予公布), say only that; the attached text says who does what.
  else if (signOff && items[0].start >= lines[signOff.firstLine].start && header.orderIssuer === undefined &&
    !ISSUES_ATTACHED.test(header.headerTitle ?? header.bodyTitle ?? '')) {
    items = [...paragraphItems(normalized, lines, header.endLine, stops, [], signOff.firstLine), ...items];
  }

  let rowNotes: Annotation[] = [];
  if (tables.length > 0) ({ items, annotations: rowNotes } = withTaskRows(normalized, items, tables, (at) => prefixAt(lines, usedBoundaries, at)));

  let annotations = findAnnotations(normalized);
  assignItems(items, annotations);
  attachListsToItems(normalized, items, annotations);
  headingsWithoutAnnotations(items, annotations);
  if (rowNotes.length > 0) annotations = [...annotations, ...rowNotes].sort((a, b) => a.start - b.start);
  const breaks: number[] = [];
  for (const i of boundaries.keys()) insertSorted(breaks, lines[i].start);
  if (signOff) insertSorted(breaks, lines[signOff.firstLine].start);
  // closing paragraphs are told by the closing annotations, or in a document without any by the shape of its items: a
  // duty in running text says nothing of them. They speak to the whole document, each a paragraph item of its own.
  const closing = trimClosingParagraphs(normalized, items, annotations, breaks);
  if (annotations.length === 0) closing.push(...trimClosingByShape(normalized, items, breaks));
  if (closing.length > 0) items = withClosingItems(normalized, lines, items, closing, stops);
  // a reply speaks to those it answers (你省, 你们): the bodies its addressee line names; a notice or a plan names the
  // leading groups and headquarters it sets up or gives work to
  const addressed = addresseeLine(lines, header.endLine);
  const bodies = { addressees: addressed ? addresseesIn(normalized, addressed) : [], defined: definedBodies(normalized) };
  annotations = withDuties(normalized, items, annotations, bodies);

  // an order's title is the regulation's, after the order's preamble and sign-off
  const regulation = header.orderIssuer !== undefined
    ? orderTitle(lines, signOff ? signOff.dateLine.index + 1 : lines.length, header.endLine)
    : undefined;
  const title = regulation ?? header.headerTitle ?? header.bodyTitle ?? '';
  let issuers = mergeIssuers(header.issuerField, listNames(header.issuerLines, normalized), signOff ? listNames(signOff.lines, normalized) : []);
  if (issuers.length === 0 && header.orderIssuer !== undefined && resolveAgency(header.orderIssuer)) issuers = [header.orderIssuer];
  if (issuers.length === 0) issuers = titleIssuers(title);
  const bodyStart = header.endLine < lines.length ? lines[header.endLine].start : normalized.length;
  const forwarded = forwardedAuthors(title, normalized, bodyStart);
  if (!normalized.trim()) warnings.push('The document is empty.');
  if (!title) warnings.push('No title found.');
  // a task table's rows are the items of a document that has no outline besides: nothing to warn of
  if (!outlined && tables.length === 0 && normalized.trim()) {
    warnings.push(`No numbered outline found (expected headings such as 一、 or （一））: ${items.length ? 'the body is read by paragraph (¶1, ¶2 …)' : 'no paragraph of body text either'}.`);
  }
  if (issuers.length === 0 && normalized.trim()) warnings.push('No issuing body found (no header list or sign-off block).');

  return {
    fileName: baseName(fileName),
    text: normalized,
    encoding,
    meta: {
      title,
      number: header.number,
      date: header.date ?? signOff?.date,
      source: header.source,
      subject: header.subject,
      docType: header.docType,
      issuers,
      ...(forwarded ? { forwarded: { authors: forwarded.names, andOthers: forwarded.andOthers } } : {}),
    },
    items,
    annotations,
    warnings,
    ...(bodies.defined.length > 0 ? { defined: bodies.defined } : {}),
  };
}
