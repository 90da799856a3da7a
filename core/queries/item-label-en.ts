/**
 * English labels for sections and items that say which document they belong to. With sixty documents open,
 * "Part 2" names sixty nodes; "GKFG 2023-31 · Part 2" names one. Numbers follow the outline: 二、（三）1. → 2.3.1.
 */
import type { RemitGraph } from '../graph/types';
import { chineseNumber } from '../parse/numerals';
import { documentTag } from './document-tag';
import { documentAttrs, itemAttrs } from './graph-helpers';

/**
 * 二、（三）1. → 2.3.1; 第一章 → 1; 一、（一）① → 1.1.1; 一、（二）第一 → 1.2.1; 3.1 (a decimal item) → 3.1. Parts that are
 * not numerals are kept as written; a repeat's mark (~2) is no part of the number.
 */
export function outlineNumber(path: string): string {
  const out: string[] = [];
  for (const m of path.matchAll(OUTLINE_PART)) {
    const [whole, unit, bracketed, circled, ordinal, plain] = m;
    if (whole.startsWith('~')) continue;
    if (circled) out.push(String(circled.charCodeAt(0) - 0x245f));
    else out.push(numberOf(unit ?? bracketed ?? ordinal ?? plain));
  }
  return out.join('.');
}
/** 第X章/节/条, （X）, ①, 第X (a point counted in words), X、 or X. or a number closing the path. */
const OUTLINE_PART = /~\d+|第([^章节条]+?)[章节条]|[（(]([^）)]+)[）)]|([\u2460-\u2473])|第([〇零一二两三四五六七八九十百]+)|([^、.．（）()\s~第\u2460-\u2473]+)(?=[、.．\s]|$)/g;
const numberOf = (inner: string): string => {
  const n = /^\d+$/.test(inner) ? Number(inner) : chineseNumber(inner);
  return n === undefined ? inner : String(n);
};

/** e.g. "GKFG 2023-31 · Part 2" for a section, "GKFG 2023-31 · Item 2.3" for an article; undefined for other nodes. */
export function itemLabelEn(graph: RemitGraph, itemId: string, options: { withDocument?: boolean } = {}): string | undefined {
  const item = itemAttrs(graph, itemId);
  if (!item) return undefined;
  const own = `${item.kind === 'section' ? 'Part' : 'Item'} ${outlineNumber(item.path) || item.path}`;
  if (options.withDocument === false) return own;
  const doc = documentAttrs(graph, item.document);
  return doc ? `${documentTag(doc)} · ${own}` : own;
}
