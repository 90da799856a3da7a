import type { ItemNode, ResponsibilityRow } from '../model';
import type { RemitGraph } from './types';

/**
 * The responsibility table: one row per (annotation, named body), in document order and, within an annotation, in
 * the order the bodies are written. Each `leads` evidence entry is one such pair.
 */
export function responsibilityRows(graph: RemitGraph, nodeIds?: ReadonlySet<string>): ResponsibilityRow[] {
  const docOrder = new Map<string, number>();
  graph.forEachNode((id, attrs) => {
    if (attrs.kind === 'document') docOrder.set(id, docOrder.size);
  });
  const rows: (ResponsibilityRow & { order: [number, number, number] })[] = [];
  graph.forEachEdge((_key, attrs, source, target, sourceAttrs, targetAttrs) => {
    if (attrs.kind !== 'leads' || sourceAttrs.kind !== 'agency') return;
    if (nodeIds && !(nodeIds.has(source) && nodeIds.has(target))) return;
    for (const ev of attrs.evidence ?? []) {
      const doc = graph.hasNode(ev.document) ? graph.getNodeAttributes(ev.document) : undefined;
      const item = targetAttrs.kind === 'section' || targetAttrs.kind === 'article' ? (targetAttrs as ItemNode) : undefined;
      const row: ResponsibilityRow & { order: [number, number, number] } = {
        document: doc?.kind === 'document' ? doc.key : ev.document,
        documentId: ev.document,
        item: item?.path ?? '',
        itemId: target,
        itemTitle: item?.heading ?? '',
        agency: sourceAttrs.label,
        agencyId: source,
        agencyEn: sourceAttrs.labelEn,
        agencyAsWritten: ev.asWritten ?? attrs.asWritten ?? sourceAttrs.label,
        role: ev.role ?? attrs.role ?? 'responsible',
        andOthers: ev.andOthers ?? attrs.andOthers ?? false,
        quote: ev.quote,
        start: ev.start,
        end: ev.end,
        // an inherited row quotes a note written earlier: it is placed at the end of its own item
        order: [docOrder.get(ev.document) ?? 0, ev.inherited && item ? item.end : ev.end, ev.focusStart ?? 0],
      };
      if (ev.scope !== undefined) row.scope = ev.scope;
      if (ev.deadline !== undefined) row.deadline = ev.deadline;
      if (ev.inherited) row.inherited = true;
      rows.push(row);
    }
  });
  rows.sort((a, b) => a.order[0] - b.order[0] || a.order[1] - b.order[1] || a.order[2] - b.order[2]);
  return rows.map(({ order: _order, ...row }) => row);
}
