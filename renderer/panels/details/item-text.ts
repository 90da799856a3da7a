/**
 * Splits an item's own text into runs for display: entity mentions (clickable), the responsibility annotation
 * (with the bodies it names clickable inside it) and plain text. Offsets are document offsets.
 */
import type { NodeKind } from '../../../core/model';
import type { RemitGraph } from '../../../core/graph/types';
import { documentAttrs, itemAttrs } from '../../../core/queries';

export interface TextSpan { start: number; end: number; node: string; kind: NodeKind }
export interface TextRun { text: string; start: number; node?: string; kind?: NodeKind; annotation: boolean }

/** Mentions and annotation bodies within [from, to); overlapping spans keep the earlier, then longer one. */
export function entitySpans(graph: RemitGraph, itemId: string, from: number, to: number): { spans: TextSpan[]; annotations: Array<[number, number]> } {
  const raw: TextSpan[] = [];
  const annotations: Array<[number, number]> = [];
  const item = itemAttrs(graph, itemId);
  const text = (item && documentAttrs(graph, item.document)?.text) ?? '';
  graph.forEachOutEdge(itemId, (_e, attr, _s, target, _sa, targetAttr) => {
    if (attr.kind !== 'mentions') return;
    for (const ev of attr.evidence ?? []) {
      const s = ev.focusStart ?? ev.start;
      const e = ev.focusEnd ?? ev.end;
      if (s >= from && e <= to && e > s) raw.push({ start: s, end: e, node: target, kind: targetAttr.kind });
    }
  });
  graph.forEachInEdge(itemId, (_e, attr, source, _t, sourceAttr) => {
    if (attr.kind !== 'leads') return;
    for (const ev of attr.evidence ?? []) {
      if (ev.focusStart !== undefined && ev.focusEnd !== undefined && ev.focusStart >= from && ev.focusEnd <= to) {
        raw.push({ start: ev.focusStart, end: ev.focusEnd, node: source, kind: sourceAttr.kind });
      }
      // the annotation is the parenthesis that closes the clause
      const open = text.lastIndexOf('（', ev.end - 1);
      const a = open >= ev.start ? open : ev.start;
      if (a >= from && ev.end <= to && !annotations.some(([x, y]) => x === a && y === ev.end)) annotations.push([a, ev.end]);
    }
  });
  raw.sort((x, y) => x.start - y.start || y.end - x.end);
  const spans: TextSpan[] = [];
  for (const sp of raw) if (!spans.length || sp.start >= spans[spans.length - 1].end) spans.push(sp);
  return { spans, annotations };
}

export function textRuns(text: string, from: number, to: number, spans: TextSpan[], annotations: Array<[number, number]>): TextRun[] {
  const cuts = new Set<number>([from, to]);
  for (const s of spans) cuts.add(s.start).add(s.end);
  for (const [a, b] of annotations) cuts.add(a).add(b);
  const points = [...cuts].filter((c) => c >= from && c <= to).sort((a, b) => a - b);
  const runs: TextRun[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i];
    const b = points[i + 1];
    const span = spans.find((s) => s.start <= a && s.end >= b);
    const annotation = annotations.some(([x, y]) => x <= a && y >= b);
    runs.push({ text: text.slice(a, b), start: a, node: span?.node, kind: span?.kind, annotation });
  }
  return runs;
}
