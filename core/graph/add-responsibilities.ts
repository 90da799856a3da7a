import type { AgencyRecord, Annotation, Evidence, ParsedDocument } from '../model';
import { extractPlatforms, extractRegions } from '../entities';
import { inheritedAnnotations } from '../parse/later-items';
import { bodyClass, bodyInYear, documentYear, isRelevantDepartments, normaliseName, resolveAgency } from '../registry';
import { agencyFor, ensureAgencyNode } from './agency-node';
import { addRegionMention } from './add-regions';
import type { BuildContext } from './context';
import { addFact, addNewFact } from './edges';
import { ensurePlatformNode } from './platform-node';
import type { RemitGraph } from './types';

/**
 * One `leads` fact per (annotation, named body). The evidence quote is the clause the annotation closes — from the
 * start of its paragraph, or from the end of the annotation before it in the same paragraph, to the end of the
 * annotation — so a reader sees what the body is responsible for; the body's own characters are the focus. Items that
 * a note on later items speaks for (以下均需X落实) get the note's bodies too, quoting the note, marked inherited.
 */
export function addResponsibilities(
  graph: RemitGraph, doc: ParsedDocument, docId: string, itemIds: Map<string, string>, context: BuildContext,
): void {
  let previousEnd = 0;
  const year = documentYear(doc.meta);
  for (const annotation of doc.annotations) {
    const target = (annotation.itemPath && itemIds.get(annotation.itemPath)) || docId;
    const [start, end] = clauseSpan(doc.text, annotation, previousEnd);
    previousEnd = annotation.end;
    addAssignments(graph, context, annotation, docId, target, start, end, doc.text.slice(start, end), year);
    if (annotation.scope) addScope(graph, context, annotation.scope, doc.text, docId, target);
  }
  for (const inherited of inheritedAnnotations(doc.items, doc.annotations)) {
    const target = itemIds.get(inherited.itemPath);
    if (target) addAssignments(graph, context, inherited, docId, target, inherited.start, inherited.end, inherited.quote, year);
  }
}

function addAssignments(
  graph: RemitGraph, context: BuildContext, annotation: Annotation, docId: string, target: string,
  start: number, end: number, quote: string, year: number | undefined,
): void {
  const scope = annotation.scope?.text;
  for (const body of annotation.bodies) {
    // a body sharing part of its name with the list (生态环境 of 国务院水行政、生态环境等主管部门) is read by its full name
    const written = body.name ?? body.asWritten;
    const named = bodyRecord(context.bodies, written);
    if (!named) continue;
    const record = bodyInYear(named, written, year); // 国家计委 in a 1996 document is the State Planning Commission
    const agency = ensureAgencyNode(graph, context.agencyNodeIds, record, written);
    // An annotation outside any numbered item points at the document itself, which its issuers already reach by an
    // `issued` edge; the graph keeps one edge per ordered pair, so the issuer's tie to its document stands for both.
    const existing = graph.edge(agency, target);
    if (existing !== undefined && graph.getEdgeAttribute(existing, 'kind') !== 'leads') continue;
    const evidence: Evidence = {
      document: docId,
      item: target,
      quote,
      start,
      end,
      focusStart: body.start,
      focusEnd: body.end,
      role: body.role,
      asWritten: written,
      andOthers: annotation.andOthers,
    };
    if (scope !== undefined) evidence.scope = scope;
    if (annotation.deadline) evidence.deadline = annotation.deadline.text;
    if (annotation.inherited) evidence.inherited = true;
    const attrs = { role: body.role, asWritten: written, andOthers: annotation.andOthers };
    // the edge was just looked up: a new one is added without looking again
    if (existing === undefined) addNewFact(graph, 'leads', agency, target, attrs, evidence, context.edgeKeys);
    else addFact(graph, 'leads', agency, target, attrs, evidence, context.edgeKeys);
  }
}

/**
 * 适用范围：所有自贸试验区 — the item concerns the zones and regions its scope names: `mentions` from the item, with
 * the scope as evidence. The annotation is blanked out where mentions are read (add-mentions.ts), so these are the
 * only mentions its text gives.
 */
function addScope(
  graph: RemitGraph, context: BuildContext, scope: NonNullable<Annotation['scope']>, text: string, docId: string, item: string,
): void {
  const at = (s: number, e: number): Evidence => ({
    document: docId, item, quote: text.slice(scope.start, scope.end), start: scope.start, end: scope.end,
    focusStart: scope.start + s, focusEnd: scope.start + e, scope: scope.text,
  });
  for (const p of extractPlatforms(scope.text)) {
    addFact(graph, 'mentions', item, ensurePlatformNode(graph, context, p).id, undefined, at(p.start, p.end), context.edgeKeys);
  }
  // as the mention reader adds them: one node per region, its code, and the chain up to its province
  for (const r of extractRegions(scope.text)) addRegionMention(graph, context.regions, item, r, at(r.start, r.end));
}

/**
* The agency an annotation's body names, or null for an unnamed one (有关部门), remembered per name as written for the
 * build (BuildContext): the same few dozen bodies close thousands of clauses, and deciding whether a name is an unnamed
 * phrase runs the registry lookup and the phrase grammar. A name outside the registry keeps one record, whose id
 * depends only on the name.
 */
function bodyRecord(cache: Map<string, AgencyRecord | null>, asWritten: string): AgencyRecord | null {
  let record = cache.get(asWritten);
  if (record === undefined) {
    record = resolveAgency(asWritten) ?? bodyClass(normaliseName(asWritten)) ?? (isRelevantDepartments(asWritten) ? null : agencyFor(asWritten));
    cache.set(asWritten, record);
  }
  return record;
}

const CLAUSE_END = new Set([...'，。；,;、\u3000'].map((c) => c.charCodeAt(0)));

/** From the start of the paragraph, or from the end of an earlier annotation in the same paragraph. */
function clauseSpan(text: string, annotation: Annotation, previousEnd: number): [number, number] {
  // a duty read from running text quotes its sentence already
  if (annotation.inText) return [annotation.start, annotation.end];
  // Scan back no further than the previous annotation, so a document on one huge line stays linear.
  let start = annotation.start;
  while (start > previousEnd && text.charCodeAt(start - 1) !== 0x0a) start--;
  // A paragraph longer than any real clause (real ones stay under 500 characters) is quoted from the sentence that
  // starts within CLAUSE_WINDOW of the annotation: every body of the annotation carries the quote, so an unbounded
  // clause made exports grow with paragraph length times bodies.
  if (annotation.start - start > CLAUSE_WINDOW) start = windowStart(text, annotation.start - CLAUSE_WINDOW, annotation.start);
  // nor with the separator that ended the clause before (；实施…（A负责）)
  while (start < annotation.start && (text.charCodeAt(start) <= 0x20 || CLAUSE_END.has(text.charCodeAt(start)))) start++;
  return [start, annotation.end];
}

export const CLAUSE_WINDOW = 1000;
const SENTENCE_END = new Set([...'。；！？;!?'].map((c) => c.charCodeAt(0)));

/** The first sentence start after `from` (before `limit`), else `from` itself, never inside a surrogate pair. */
function windowStart(text: string, from: number, limit: number): number {
  for (let i = from; i < limit; i++) if (SENTENCE_END.has(text.charCodeAt(i))) return i + 1;
  const c = text.charCodeAt(from);
  return c >= 0xdc00 && c <= 0xdfff ? from + 1 : from;
}
