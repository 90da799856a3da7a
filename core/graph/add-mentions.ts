import { agencyNodeId, platformId, regionId, targetId } from '../ids';
import type { Evidence, OutlineItem, ParsedDocument, PlatformNode, RegionNode, TargetMention, TargetNode } from '../model';
import { canonicalRegion, extractPlatforms, extractRegions, extractTargets } from '../entities';
import { findAgencyMentions, resolveAgency } from '../registry';
import { ensureAgencyNode } from './agency-node';
import { addFact } from './edges';
import type { RemitGraph } from './types';

/**
 * What each item concerns, read from the item's own text (not its children's, which speak for themselves) with the
 * responsibility annotations blanked out: a body named in an annotation is responsible, not mentioned.
 */
export function addMentions(graph: RemitGraph, doc: ParsedDocument, docId: string, docKey: string, itemIds: Map<string, string>): void {
  const masked = maskAnnotations(doc);
  for (const item of doc.items) {
    const id = itemIds.get(item.path);
    if (!id) continue;
    const own = masked.slice(item.start, item.ownEnd);
    const at = (start: number, end: number): Evidence => evidenceAt(doc.text, docId, id, item, item.start + start, item.start + end);

    for (const p of extractPlatforms(own)) {
      const pid = platformId(p.name);
      if (!graph.hasNode(pid)) {
        const attrs: PlatformNode = { kind: 'platform', label: p.name, aliases: [], platformKind: p.platformKind };
        graph.addNode(pid, attrs);
      }
      addFact(graph, 'mentions', id, pid, {}, at(p.start, p.end));
    }

    for (const r of extractRegions(own)) {
      const rid = ensureRegion(graph, r.name);
      addFact(graph, 'mentions', id, rid, {}, at(r.start, r.end));
      if (r.within) {
        const wid = ensureRegion(graph, r.within);
        if (wid !== rid) addFact(graph, 'located_in', rid, wid, {}, at(r.start, r.end));
      }
    }

    extractTargets(own).forEach((t, index) => {
      const tid = targetId(docKey, item.path, index);
      if (!graph.hasNode(tid)) graph.addNode(tid, targetAttributes(t, docId));
      addFact(graph, 'mentions', id, tid, {}, at(t.start, t.end));
    });

    for (const m of findAgencyMentions(own)) {
      const record = resolveAgency(m.asWritten);
      if (!record) continue;
      const aid = ensureAgencyNode(graph, record, m.asWritten);
      if (aid === agencyNodeId(record.id)) addFact(graph, 'mentions', id, aid, {}, at(m.start, m.end));
    }
  }
}

function ensureRegion(graph: RemitGraph, name: string): string {
  const c = canonicalRegion(name);
  const id = regionId(c.key);
  if (!graph.hasNode(id)) {
    const attrs: RegionNode = { kind: 'region', label: c.name, labelEn: c.nameEn, aliases: c.name === name ? [] : [name], regionKind: c.regionKind };
    graph.addNode(id, attrs);
  } else if (name !== c.name) {
    const aliases = graph.getNodeAttribute(id, 'aliases');
    if (!aliases.includes(name)) graph.setNodeAttribute(id, 'aliases', [...aliases, name]);
  }
  return id;
}

function targetAttributes(t: TargetMention, docId: string): TargetNode {
  // The value as written usually carries its own comparison (80件以上); a symbol is added only when it does not.
  const written = /以上|以下|以内|不低于|不少于|超过|低于/.test(t.value);
  const comparator = t.comparator && t.comparator !== '=' && !written ? `${t.comparator} ` : '';
  const year = t.year ? `${t.year}: ` : '';
  return {
    kind: 'target',
    label: `${year}${t.metric} ${comparator}${t.value}`.trim(),
    aliases: [],
    document: docId,
    metric: t.metric,
    year: t.year,
    value: t.value,
    amount: t.amount,
    unit: t.unit,
    comparator: t.comparator,
  };
}

// Offsets must survive, so annotations are overwritten with spaces rather than cut out.
function maskAnnotations(doc: ParsedDocument): string {
  if (doc.annotations.length === 0) return doc.text;
  const parts: string[] = [];
  let last = 0;
  for (const a of [...doc.annotations].sort((x, y) => x.start - y.start)) {
    if (a.start < last) continue;
    parts.push(doc.text.slice(last, a.start), ' '.repeat(a.end - a.start));
    last = a.end;
  }
  parts.push(doc.text.slice(last));
  return parts.join('');
}

const SENTENCE_END = new Set([...'。；！？\n'].map((c) => c.charCodeAt(0)));
const isSentenceEnd = (text: string, i: number): boolean => SENTENCE_END.has(text.charCodeAt(i));
const isSpace = (text: string, i: number): boolean => text.charCodeAt(i) <= 0x20;

/** The sentence around a mention, clipped to its item, with the mention as the focus. */
function evidenceAt(text: string, docId: string, itemId: string, item: OutlineItem, start: number, end: number): Evidence {
  let s = start;
  while (s > item.start && !isSentenceEnd(text, s - 1)) s--;
  let e = end;
  while (e < item.end && !isSentenceEnd(text, e)) e++;
  if (e < item.end) e++;
  while (s < start && isSpace(text, s)) s++;
  while (e > end && isSpace(text, e - 1)) e--;
  return { document: docId, item: itemId, quote: text.slice(s, e), start: s, end: e, focusStart: start, focusEnd: end };
}
