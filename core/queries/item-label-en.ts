/**
 * English labels for sections and items that say which document they belong to. With sixty documents open,
 * "Part 2" names sixty nodes; "GKFG 2023-31 · Part 2" names one. Numbers follow the outline: 二、（三）1. → 2.3.1.
 */
import type { RemitGraph } from '../graph/types';
import { chineseNumber } from '../parse/numerals';
import { documentTag } from './document-tag';
import { documentAttrs, itemAttrs } from './graph-helpers';

/** 二、（三）1. → 2.3.1; 第一章 → 1; parts that are not numerals are kept as written. */
export function outlineNumber(path: string): string {
  const parts = path.match(/第[^章节条]+[章节条]|[（(][^）)]+[）)]|[^、.．（）()]+(?=[、.．])/g) ?? [];
  return parts
    .map((p) => {
      const inner = p.replace(/^第|[章节条]$|[（()）]/g, '');
      const n = /^\d+$/.test(inner) ? Number(inner) : chineseNumber(inner);
      return n === undefined ? inner : String(n);
    })
    .join('.');
}

/** e.g. "GKFG 2023-31 · Part 2" for a section, "GKFG 2023-31 · Item 2.3" for an article; undefined for other nodes. */
export function itemLabelEn(graph: RemitGraph, itemId: string, options: { withDocument?: boolean } = {}): string | undefined {
  const item = itemAttrs(graph, itemId);
  if (!item) return undefined;
  const own = `${item.kind === 'section' ? 'Part' : 'Item'} ${outlineNumber(item.path) || item.path}`;
  if (options.withDocument === false) return own;
  const doc = documentAttrs(graph, item.document);
  return doc ? `${documentTag(doc)} · ${own}` : own;
}
