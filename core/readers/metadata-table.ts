/**
 * The policy library's metadata table (索引号, 发文机关, 成文日期, 标题, 发文字号, 发布日期…), as label and value
 * cells of a table in a web page or text lines in a printed page, turned into the document's metadata.
 */
import type { DocumentMeta } from '../model';
import { findIsoDate } from '../parse/dates';
import { canonicalNumber } from '../parse/header';
import { headerLabel } from '../parse/patterns';

/** `label：value` (the label may be spaced out: 索 引 号：) → its key without spaces and its value; else undefined. */
export function labelled(cell: string): { key: string; value: string } | undefined {
  const m = headerLabel(cell.replace(/[\s\u3000]+/g, ' ').trim());
  if (!m) return undefined;
  return { key: m[1].replace(/\s+/g, ''), value: m[2].trim() };
}

/** Metadata from the fields found; a field missing or unreadable is left out. */
export function metaFromFields(fields: ReadonlyMap<string, string>): Partial<DocumentMeta> {
  const meta: Partial<DocumentMeta> = {};
  const title = fields.get('标题');
  if (title) meta.title = title;
  const number = fields.get('发文字号');
  if (number) {
    const n = canonicalNumber(number);
    if (n) meta.number = n;
  }
  const date = findIsoDate(fields.get('成文日期') ?? '') ?? findIsoDate(fields.get('发布日期') ?? '');
  if (date) meta.date = date;
  const issuers = fields.get('发文机关')?.split(/[\s、，,；;]+/).filter((s) => s.length > 0);
  if (issuers && issuers.length > 0) meta.issuers = issuers;
  if (fields.get('主题分类')) meta.subject = fields.get('主题分类');
  if (fields.get('公文种类')) meta.docType = fields.get('公文种类');
  if (fields.get('来源')) meta.source = fields.get('来源');
  return meta;
}
