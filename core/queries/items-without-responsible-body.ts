/**
 * Work that no one is named for. The genre (State Council 意见/方案/通知 with closing annotations) puts an
 * annotation after each task; the items worth flagging are therefore the tasks, not the scaffolding:
 *
 * - only leaf items count: a section with numbered children is a heading, its children are the tasks;
 * - items under a preamble section are skipped: 总体要求, 指导思想, 基本原则, 主要/发展/总体/工作目标 and
 *   the like state aims and principles, which the genre never assigns (the seed's （一）指导思想 and
 *   （二）主要目标 carry no annotation by design);
 * - the item must say something: at least MIN_SUBSTANCE non-space characters once its number and any
 *   closing annotation are removed, so a bare heading line is not reported;
 * - an annotation on the item or on any ancestor covers it (a section-closing annotation covers its parts).
 */
import type { RemitGraph } from '../graph/types';
import { childItems, documentOrder, itemAncestors, itemAttrs, isItem, leadsOnItem } from './graph-helpers';

export interface UnassignedItem {
  itemId: string;
  documentId: string;
  path: string;
  heading: string;
}

/** Headings of preamble sections: aims, principles and guidance rather than tasks. */
export const PREAMBLE_HEADING =
  /^(?:总体要求|总体思路|总体目标|总体部署|指导思想|指导原则|基本原则|工作原则|主要原则|主要目标|发展目标|工作目标|目标任务|重要意义|适用范围|编制依据)/;

export const MIN_SUBSTANCE = 30;

/** Annotation closing an item: （…负责） / （…牵头…） at the very end. */
const CLOSING_ANNOTATION = /[（(][^（()）]*(?:负责|牵头)[^（()）]*[）)]\s*$/;

export function isPreambleHeading(heading: string): boolean {
  return PREAMBLE_HEADING.test(heading.replace(/^\s+/, ''));
}

function substance(text: string, label: string): number {
  let t = text.trim();
  if (label && t.startsWith(label)) t = t.slice(label.length);
  t = t.replace(CLOSING_ANNOTATION, '');
  return t.replace(/\s+/g, '').length;
}

export function itemsWithoutResponsibleBody(graph: RemitGraph, documentId?: string): UnassignedItem[] {
  const order = documentOrder(graph);
  const out: UnassignedItem[] = [];
  graph.forEachNode((id, attr) => {
    if (!isItem(attr)) return;
    if (documentId !== undefined && attr.document !== documentId) return;
    if (childItems(graph, id).length > 0) return;
    if (substance(attr.text, attr.itemLabel) < MIN_SUBSTANCE) return;
    const chain = [id, ...itemAncestors(graph, id)];
    if (chain.some((c) => isPreambleHeading(itemAttrs(graph, c)?.heading ?? ''))) return;
    if (chain.some((c) => leadsOnItem(graph, c).length > 0)) return;
    out.push({ itemId: id, documentId: attr.document, path: attr.path, heading: attr.heading });
  });
  return out.sort((a, b) => order(a.itemId, b.itemId));
}
