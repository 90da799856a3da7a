/**
 * parseDocument: normalised text → metadata, outline and responsibility annotations.
 * Never throws: text without the genre's structure yields a document with warnings.
 */
import type { Annotation, OutlineItem, ParsedDocument } from '../model';
import { normalizeLines } from '../normalize';
import { resolveAgency } from '../registry/resolve';
import { findAnnotations } from './annotations';
import { trimClosingParagraphs } from './closing';
import { parseHeader } from './header';
import type { Line } from './lines';
import { parseOutline } from './outline';
import { ATTACHMENT_LINE, isAttachmentLine, isNotesLine } from './patterns';
import { findSignOff, listNames, mergeIssuers } from './signoff';

/** The editor's note that items were left out (本文有删减, 有删节, 节选, 摘编): numbering may skip. */
const ABRIDGED = /本文有删[减节]|有删节|（节选）|\(节选\)|（摘编）|\(摘编\)/;

/** 附件：1.重点任务分工表 — the covering notice's list of attachments, whose next lines continue it (2.…, 3.…). */
const ATTACHMENT_LIST = /^附\s*件\s*[：:]\s*\S/;
const LIST_ENTRY = /^[0-9０-９]{1,2}[.．、]\S/;
/** Longest entry of an attachment list: a title, never a sentence. */
const LIST_ENTRY_MAX = 60;

/** The attachment list and its entries belong to no item and continue no numbering. */
function addAttachmentLists(lines: Line[], from: number, stops: Set<number>): void {
  for (let i = from; i < lines.length; i++) {
    if (!lines[i].text.startsWith('附') || !ATTACHMENT_LIST.test(lines[i].text)) continue;
    stops.add(i);
    for (let j = i + 1; j < lines.length; j++) {
      const s = lines[j].text;
      if (s.length === 0) continue;
      if (s.length > LIST_ENTRY_MAX || !LIST_ENTRY.test(s) || /[。；]/.test(s)) break;
      stops.add(j);
      i = j;
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

function baseName(fileName: string): string {
  const parts = fileName.split(/[\\/]/);
  return parts[parts.length - 1] || fileName;
}

function attachmentPrefix(line: string): string {
  const m = ATTACHMENT_LINE.exec(line);
  const n = m?.[1]?.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  return n ? `附件${n}：` : '附件：';
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

function boundariesOf(lines: Line[], bodyStart: number, signOffLine: number | undefined, itemsBeforeSignOff: boolean): Map<number, string> {
  const boundaries = new Map<number, string>();
  // Text after a sign-off is the forwarded document (印发…的通知) or an attachment; it restarts
  // numbering, which only needs a prefix when the covering text had an outline of its own.
  if (signOffLine !== undefined) boundaries.set(signOffLine, itemsBeforeSignOff ? '附件：' : '');
  let current = '';
  for (let i = bodyStart; i < lines.length; i++) {
    if (boundaries.has(i)) current = boundaries.get(i) as string;
    if (isAttachmentLine(lines[i].text)) {
      current = attachmentPrefix(lines[i].text);
      boundaries.set(i, current);
    } else if (isNotesLine(lines[i].text)) {
      // Notes under a table or at the end restart numbering (注：1. …) and belong to no item.
      boundaries.set(i, `${current}注：`);
    }
  }
  return boundaries;
}

export function parseDocument(text: string, fileName: string, encoding = 'utf-8'): ParsedDocument {
  const { text: normalized, lines } = normalizeLines(typeof text === 'string' ? text : String(text ?? ''));
  const warnings: string[] = [];

  const header = parseHeader(lines);
  const signOff = findSignOff(lines, header.endLine);
  const stops = new Set<number>();
  if (signOff) for (let i = signOff.firstLine; i <= signOff.dateLine.index; i++) stops.add(i);
  addAttachmentLists(lines, header.endLine, stops);

  const options = { abridged: ABRIDGED.test(normalized) };
  const boundaries = boundariesOf(lines, header.endLine, undefined, false);
  let items: OutlineItem[];
  if (signOff) {
    const afterSignOff = signOff.dateLine.index + 1;
    const blockStart = lines[signOff.firstLine].start;
    const afterStart = lines[Math.min(afterSignOff, lines.length - 1)].start;
    const isBefore = (it: OutlineItem): boolean => it.start < blockStart;
    const isAfter = (it: OutlineItem): boolean => it.start >= afterStart && afterSignOff < lines.length;
    // Items come in document order, so the first item after the block decides whether the outline is read again; the
    // first reading stops there rather than go through the forwarded document or attachment that follows.
    items = parseOutline(normalized, lines, stops, boundaries, { ...options, until: (found) => isBefore(found[0]) && isAfter(found[found.length - 1]) });
    if (items.some(isBefore) && items.some(isAfter)) items = parseOutline(normalized, lines, stops, boundariesOf(lines, header.endLine, afterSignOff, true), options);
  } else {
    items = parseOutline(normalized, lines, stops, boundaries, options);
  }

  const annotations = findAnnotations(normalized);
  assignItems(items, annotations);
  const breaks = [...boundaries.keys(), ...(signOff ? [signOff.firstLine] : [])].map((i) => lines[i].start).sort((a, b) => a - b);
  trimClosingParagraphs(normalized, items, annotations, breaks);

  const title = header.headerTitle ?? header.bodyTitle ?? '';
  let issuers = mergeIssuers(header.issuerField, listNames(header.issuerLines, normalized), signOff ? listNames(signOff.lines, normalized) : []);
  if (issuers.length === 0) issuers = titleIssuers(title);
  if (!normalized.trim()) warnings.push('The document is empty.');
  if (!title) warnings.push('No title found.');
  if (items.length === 0) warnings.push('No numbered outline found (expected headings such as 一、 or （一）).');
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
    },
    items,
    annotations,
    warnings,
  };
}
