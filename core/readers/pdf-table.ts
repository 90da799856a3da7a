/**
 * The policy library's metadata table in a web page printed to PDF. Its label cells are narrow, so a label wraps
 * (索引 / 号：) while its value sits beside it, vertically centred: the table is read back from positions, label cells
 * stacked at one left edge, values to their right within their height. Found on the first page, it gives the
 * metadata, and the site's header above it and the table itself are not part of the document.
 */
import type { DocumentMeta } from '../model';
import { labelled, metaFromFields } from './metadata-table';
import type { PdfCell, PdfLine } from './pdf-lines';

interface Placed extends PdfCell { line: number; y: number; size: number }

/** Fewer recognised labels than this is not the metadata table. */
const MIN_LABELS = 3;
const LABEL_KEYS = /^(索引号|主题分类|发文机关|成文日期|标题|发文字号|发布日期|来源|公文种类|主题词)[：:]$/;

export function metadataTable(lines: readonly PdfLine[]): { meta: Partial<DocumentMeta>; endLine: number } | undefined {
  const cells: Placed[] = [];
  lines.forEach((l, i) => { for (const c of l.cells) cells.push({ ...c, line: i, y: l.y, size: l.size }); });
  const used = new Set<Placed>();
  const labels: { key: string; top: number; bottom: number; left: number; lastLine: number; size: number; cell: Placed }[] = [];
  for (const c of cells) {
    if (used.has(c)) continue;
    // stack the cells below at the same left edge, line after line, until the text ends in a colon
    let text = c.text.replace(/\s+/g, '');
    const stack = [c];
    for (let k = 0; k < 4 && !/[：:]$/.test(text); k++) {
      const last = stack[stack.length - 1];
      const below = cells.find((d) => d.line > last.line && d.line <= last.line + 3 && Math.abs(d.left - c.left) < 1 && last.y - d.y < last.size * 2.6);
      if (!below) break;
      stack.push(below);
      text += below.text.replace(/\s+/g, '');
    }
    if (!LABEL_KEYS.test(text)) continue;
    for (const s of stack) used.add(s);
    const last = stack[stack.length - 1];
    labels.push({ key: text.slice(0, -1), top: c.y + c.size, bottom: last.y, left: c.left, lastLine: last.line, size: c.size, cell: c });
  }
  if (labels.length < MIN_LABELS) return undefined;
  const fields = new Map<string, string>();
  let endLine = 0;
  for (const label of labels) {
    endLine = Math.max(endLine, label.lastLine);
    // the value: cells to the right within the label's height, up to the next label of the same row
    const nextLeft = Math.min(...labels.filter((o) => o !== label && o.left > label.left && o.top > label.bottom && o.bottom < label.top).map((o) => o.left), Infinity);
    const value = cells
      .filter((d) => !used.has(d) && d.left > label.cell.right && d.left < nextLeft && d.y <= label.top + label.size * 0.5 && d.y >= label.bottom - label.size)
      .sort((p, q) => q.y - p.y || p.left - q.left);
    for (const v of value) endLine = Math.max(endLine, v.line);
    const text = value.map((v) => v.text.trim()).join('');
    const field = labelled(`${label.key}：${text}`);
    if (field?.value) fields.set(field.key, field.value);
  }
  return { meta: metaFromFields(fields), endLine };
}
