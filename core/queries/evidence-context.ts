/**
 * A quote shown the way a reader checks it: the matched words with the sentence around them, never spilling
 * into the neighbouring item (whose annotation would then seem to apply here).
 */
import type { Evidence } from '../model';
import type { RemitGraph } from '../graph/types';
import { documentAttrs, itemAttrs } from './graph-helpers';

export interface EvidenceContext {
  documentId: string;
  itemId: string;
  before: string;
  match: string;
  after: string;
  /** offsets of the match in the document text (corrected when the stored ones had drifted) */
  start: number;
  end: number;
  /** text was cut before `before` / after `after` without reaching a sentence or item boundary */
  clippedBefore: boolean;
  clippedAfter: boolean;
  /** the emphasised part of the match (the body in an annotation clause, the entity in a sentence), document offsets */
  focusStart?: number;
  focusEnd?: number;
  /** false when the stored offsets did not point at the quote and it had to be located again (or was not found) */
  exact: boolean;
}

/** Sentence-final punctuation. Newlines are not boundaries: the corpus keeps page-break artefacts mid-sentence. */
const SENTENCE_END = /[。！？；!?;]/;

function locate(text: string, quote: string, start: number, lo: number, hi: number): { start: number; exact: boolean } {
  if (text.slice(start, start + quote.length) === quote) return { start, exact: true };
  if (!quote) return { start: Math.max(lo, Math.min(start, hi)), exact: false };
  // nearest occurrence inside the item, else anywhere
  let best = -1;
  for (let i = text.indexOf(quote, lo); i !== -1 && i + quote.length <= hi; i = text.indexOf(quote, i + 1)) {
    if (best === -1 || Math.abs(i - start) < Math.abs(best - start)) best = i;
  }
  if (best === -1) best = text.indexOf(quote);
  return best === -1 ? { start: Math.max(lo, Math.min(start, hi)), exact: false } : { start: best, exact: false };
}

export function evidenceContext(graph: RemitGraph, evidence: Evidence, radius = 80): EvidenceContext {
  const doc = documentAttrs(graph, evidence.document);
  const text = doc?.text ?? '';
  const item = itemAttrs(graph, evidence.item);
  const lo = item ? Math.max(0, item.start) : 0;
  const hi = item ? Math.min(text.length, item.end) : text.length;
  const found = locate(text, evidence.quote, evidence.start, lo, hi);
  const start = found.start;
  const end = Math.min(text.length, start + (found.exact || evidence.quote ? evidence.quote.length : Math.max(0, evidence.end - evidence.start)));
  const r = Math.max(0, radius);

  // before: walk back to the previous sentence end inside the window; stop at the item start
  const winStart = Math.max(lo, start - r);
  let from = winStart;
  let clippedBefore = winStart > lo;
  for (let i = start - 1; i >= winStart; i--) {
    if (SENTENCE_END.test(text[i]) && i < start - 1) {
      from = i + 1;
      clippedBefore = false;
      break;
    }
  }
  // after: up to and including the next sentence end; stop at the item end
  const winEnd = Math.min(hi, end + r);
  let to = winEnd;
  let clippedAfter = winEnd < hi;
  for (let i = end; i < winEnd; i++) {
    if (SENTENCE_END.test(text[i])) {
      to = i + 1;
      clippedAfter = false;
      break;
    }
  }
  if (end > 0 && SENTENCE_END.test(text[end - 1] ?? '')) {
    // the quote already ends a sentence: nothing after it belongs to its context
    to = end;
    clippedAfter = false;
  }
  const shift = start - evidence.start;
  let focusStart: number | undefined;
  let focusEnd: number | undefined;
  if (evidence.focusStart !== undefined && evidence.focusEnd !== undefined) {
    const fs = Math.max(start, evidence.focusStart + shift);
    const fe = Math.min(end, evidence.focusEnd + shift);
    if (fe > fs) {
      focusStart = fs;
      focusEnd = fe;
    }
  }
  return {
    documentId: evidence.document,
    itemId: evidence.item,
    before: text.slice(from, start),
    match: text.slice(start, end),
    after: text.slice(end, to),
    start,
    end,
    clippedBefore,
    clippedAfter,
    focusStart,
    focusEnd,
    exact: found.exact && text.slice(start, end) === evidence.quote,
  };
}
