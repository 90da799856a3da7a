import { targetId } from '../ids';
import type { AgencyMention, AgencyRecord, Evidence, OutlineItem, ParsedDocument, TargetMention, TargetNode } from '../model';
import { extractPlatforms, extractRegions, extractTargets } from '../entities';
import { bodyInYear, documentYear, findAgencyMentions, resolveAgency, unregisteredAgency } from '../registry';
import { definedMentions, withDefinedMentions } from '../parse/defined-bodies';
import { isShortFormDefinition, shortFormAt } from '../parse/short-form';
import { marksOf, marksOfSlice } from '../entities/lanes';
import type { BuildContext } from './context';
import { ensureAgencyNode } from './agency-node';
import { addGraphNode, NO_ALIASES } from './create';
import { addRegionMention, type RegionCache } from './add-regions';
import { addFact, addNewFact } from './edges';
import { ensurePlatformNode } from './platform-node';
import type { RemitGraph } from './types';
import { announceNodeChange } from './undo-log';

/**
 * What each item concerns, read from the item's own text (not its children's, which speak for themselves) with the
 * responsibility annotations blanked out: a body named in an annotation is responsible, not mentioned.
 */
export function addMentions(
  graph: RemitGraph, doc: ParsedDocument, docId: string, docKey: string, itemIds: Map<string, string>, context: BuildContext,
): void {
  const masks = annotationMasks(doc);
  const cache = context;
  const keys = context.edgeKeys;
  const quotes: Quotes = new Map();
  const sentence: Sentence = { start: 0, stop: -1 };
  const year = documentYear(doc.meta);
  /** short form the document gives a platform → the platform's node */
  const shortForms = new Map<string, string>();
  // names are read from the simplified copy of a traditional text, at the same offsets; quotes from the text itself
  const scanned = doc.matchText !== undefined && doc.matchText.length === doc.text.length ? doc.matchText : doc.text;
  for (const item of doc.items) {
    const id = itemIds.get(item.path);
    if (!id) continue;
    const plain = !masked(masks, item.start, item.ownEnd);
    const own = plain ? scanned.slice(item.start, item.ownEnd) : blanked(scanned, masks, item.start, item.ownEnd);
    // The extractors share one read of own's marks (core/text/marks.ts), from the document's text when own is a view
    // on it, as charCodeAt on a view goes through the document's text at every character.
    const marks = plain ? marksOfSlice(own, scanned, item.start, context.marks) : marksOf(own, context.marks);
    sentence.stop = -1; // sentences are clipped to their item
    const at = (start: number, end: number): Evidence => evidenceAt(doc.text, docId, id, item, item.start + start, item.start + end, quotes, sentence);

    const platforms = extractPlatforms(own, marks);
    for (const p of platforms) {
      const platform = ensurePlatformNode(graph, context, p);
      (platform.added ? addNewFact : addFact)(graph, 'mentions', id, platform.id, undefined, at(p.start, p.end), keys);
      const short = shortFormAt(own, p.end);
      if (short !== undefined && !shortForms.has(short)) addShortForm(graph, shortForms, short, platform.id);
    }
    // 新片区 after （以下简称新片区）: the platform the document named so
    if (shortForms.size > 0) {
      for (const [short, platformId] of shortForms) {
        for (let k = own.indexOf(short); k >= 0; k = own.indexOf(short, k + short.length)) {
          if (isShortFormDefinition(own, k) || platforms.some((p) => p.start < k + short.length && k < p.end)) continue;
          addFact(graph, 'mentions', id, platformId, undefined, at(k, k + short.length), keys);
        }
      }
    }

    // a body the document defines is named as such, with any registered name inside its own (国务院 of 国务院事故调查组)
    const found = findAgencyMentions(own, marks);
    const agencies: (AgencyMention & { name?: string })[] = doc.defined ? withDefinedMentions<AgencyMention & { name?: string }>(found, definedMentions(own, 0, own.length, doc.defined)) : found;
    for (const r of extractRegions(own, marks)) {
      if (!insideBodyName(agencies, r.start, r.end)) addRegionMention(graph, cache.regions, id, r, at(r.start, r.end));
    }

    // only goals are targets in the graph: thresholds, penalties and past figures are typed apart by the extractor
    extractTargets(own, marks, year).filter((t) => t.targetKind === 'goal').forEach((t, index) => {
      const tid = targetId(docKey, item.path, index);
      if (!graph.hasNode(tid)) {
        addGraphNode(graph, tid, targetAttributes(t, docId));
        addNewFact(graph, 'mentions', id, tid, undefined, at(t.start, t.end), keys);
      } else {
        addFact(graph, 'mentions', id, tid, undefined, at(t.start, t.end), keys);
      }
    });

    for (const m of agencies) {
      // a national body's local branch (人民银行福州分行) is a body of its own, which the registry does not hold
      const record = m.name !== undefined ? unregisteredAgency(m.name) : resolveCached(cache, m.asWritten) ?? (m.branch ? unregisteredAgency(m.asWritten) : undefined);
      if (!record) continue;
      const body = bodyInYear(record, m.asWritten, year);
      const asWritten = scanned === doc.text ? m.asWritten : doc.text.slice(item.start + m.start, item.start + m.end);
      addFact(graph, 'mentions', id, ensureAgencyNode(graph, context.agencyNodeIds, body, asWritten), undefined, at(m.start, m.end), keys);
    }
  }
}

/** Keeps a platform's short form for the rest of the document, and among its node's aliases, so that search finds it. */
function addShortForm(graph: RemitGraph, shortForms: Map<string, string>, short: string, platformId: string): void {
  shortForms.set(short, platformId);
  const aliases = graph.getNodeAttribute(platformId, 'aliases');
  if (aliases.includes(short)) return;
  announceNodeChange(graph, platformId);
  graph.setNodeAttribute(platformId, 'aliases', [...aliases, short]);
}

/**
 * Whether text[start, end) is the place in the name of a body that is not the place's government (新疆 of 新疆生产建设兵团):
 * the body is named, not the place. A government's place (海南省 of 海南省人民政府) stays a mention of it.
 */
function insideBodyName(agencies: readonly { start: number; end: number; asWritten: string }[], start: number, end: number): boolean {
  for (const m of agencies) if (m.start <= start && end <= m.end && (end < m.end || start > m.start) && !m.asWritten.endsWith('政府')) return true;
  return false;
}

/**
 * Lookups that depend only on the name as written, remembered for the build (BuildContext): a region or agency is
 * written the same few ways thousands of times, and its canonical form (pinyin, NFKC) costs far more than the lookup.
 */
type NameCache = Pick<BuildContext, 'regions' | 'agencies'>;

function resolveCached(cache: NameCache, asWritten: string): AgencyRecord | undefined {
  let record = cache.agencies.get(asWritten);
  if (record === undefined && !cache.agencies.has(asWritten)) cache.agencies.set(asWritten, (record = resolveAgency(asWritten)));
  return record;
}

function targetAttributes(t: TargetMention, docId: string): TargetNode {
  // The value as written usually carries its own comparison (80件以上); a symbol is added only when it does not.
  const written = /以上|以下|以内|不低于|不少于|超过|低于/.test(t.value);
  const comparator = t.comparator && t.comparator !== '=' && !written ? `${t.comparator} ` : '';
  const year = t.year ? `${t.year}: ` : '';
  return {
    kind: 'target',
    label: `${year}${t.metric} ${comparator}${t.value}`.trim(),
    aliases: NO_ALIASES,
    document: docId,
    metric: t.metric,
    year: t.year,
    value: t.value,
    amount: t.amount,
    unit: t.unit,
    comparator: t.comparator,
    targetKind: t.targetKind,
    ...(t.nature ? { nature: t.nature } : {}),
  };
}

/**
 * The annotation spans to blank out, in order and without overlap (one starting inside the previous one is left
 * out, as it is already covered up to that one's end).
 */
function annotationMasks(doc: ParsedDocument): { start: number; end: number }[] {
  const masks: { start: number; end: number }[] = [];
  let last = 0;
  // a duty read from a sentence keeps the sentence's other mentions: only its bodies are blanked
  const spans = doc.annotations.flatMap((a): { start: number; end: number }[] => (a.inText ? a.bodies : [a]));
  for (const a of spans.sort((x, y) => x.start - y.start)) {
    if (a.start < last) continue;
    masks.push(a);
    last = a.end;
  }
  return masks;
}

/**
 * An item's text with the annotations in it overwritten by spaces, so that offsets survive. Only the items that hold
 * an annotation get a text of their own; the rest are views on the document's text.
 */
function blanked(text: string, masks: readonly { start: number; end: number }[], start: number, end: number): string {
  if (end <= start) return '';
  const lo = firstMaskEndingAfter(masks, start);
  const parts: string[] = [];
  let from = start;
  for (let k = lo; k < masks.length && masks[k].start < end; k++) {
    const s = Math.max(masks[k].start, start);
    const e = Math.min(masks[k].end, end);
    parts.push(text.slice(from, s), ' '.repeat(e - s));
    from = e;
  }
  parts.push(text.slice(from, end));
  return parts.join('');
}

/** The first mask that ends after `at`. */
function firstMaskEndingAfter(masks: readonly { start: number; end: number }[], at: number): number {
  let lo = 0;
  let hi = masks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (masks[mid].end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether a mask overlaps text[start, end). */
function masked(masks: readonly { start: number; end: number }[], start: number, end: number): boolean {
  const lo = firstMaskEndingAfter(masks, start);
  return lo < masks.length && masks[lo].start < end;
}

// 。；！？ and the line break, compared directly: this runs for every character of every quote.
const isSentenceEnd = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c === 0x3002 || c === 0xff1b || c === 0xff01 || c === 0xff1f || c === 0x0a;
};
const isSpace = (text: string, i: number): boolean => text.charCodeAt(i) <= 0x20;

/**
 * The quotes of a document by where they start: half the mentions share their sentence with another one, and one
 * string for each sentence is 16,000 objects fewer in a graph of 1,000 documents.
 */
type Quotes = Map<number, { end: number; quote: string }>;

/**
 * The last sentence of the item read for a mention: text[start, stop) holds no sentence end, start is the item's start
 * or follows one, stop is the item's end or one (stop -1: none read yet). Half the mentions share their sentence with
 * the one before, and reading it again was most of what evidence cost.
 */
interface Sentence { start: number; stop: number }

/**
 * Characters a mention's quote keeps on either side of the mention when its sentence is longer: enough for a reader
 * to see what the sentence says about it, and a bound on the evidence of any text (each quote ≤ 2 × this + mention).
 */
export const QUOTE_WINDOW = 120;

/** `at`, moved back one when it would cut a surrogate pair in two. */
const pairStart = (text: string, at: number): number => {
  const c = text.charCodeAt(at);
  return c >= 0xdc00 && c <= 0xdfff && at > 0 && (text.charCodeAt(at - 1) & 0xfc00) === 0xd800 ? at - 1 : at;
};

/** The sentence around a mention, clipped to its item and to QUOTE_WINDOW either side, with the mention as the focus. */
function evidenceAt(
  text: string, docId: string, itemId: string, item: OutlineItem, start: number, end: number, quotes: Quotes, last: Sentence,
): Evidence {
  let s: number;
  let stop: number;
  if (last.start <= start && end <= last.stop) {
    s = last.start;
    stop = last.stop;
  } else {
    s = start;
    while (s > item.start && !isSentenceEnd(text, s - 1)) s--;
    stop = end;
    while (stop < item.end && !isSentenceEnd(text, stop)) stop++;
    // remembered only when the mention itself holds no sentence end, so that the whole span is known to hold none
    let k = start;
    while (k < end && !isSentenceEnd(text, k)) k++;
    if (k === end) {
      last.start = s;
      last.stop = stop;
    }
  }
  let e = stop < item.end ? stop + 1 : stop;
  while (s < start && isSpace(text, s)) s++;
  while (e > end && isSpace(text, e - 1)) e--;
  // A sentence that never ends (an item naming one body thousands of times without a full stop) would make every
  // mention in it carry the whole item: quadratic evidence. The quote keeps a window around the mention instead.
  if (start - s > QUOTE_WINDOW) s = pairStart(text, start - QUOTE_WINDOW);
  if (e - end > QUOTE_WINDOW) e = pairStart(text, end + QUOTE_WINDOW);
  let known = quotes.get(s);
  if (known?.end !== e) quotes.set(s, (known = { end: e, quote: text.slice(s, e) }));
  return { document: docId, item: itemId, quote: known.quote, start: s, end: e, focusStart: start, focusEnd: end };
}
