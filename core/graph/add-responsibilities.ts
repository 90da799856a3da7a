import type { AgencyRecord, Annotation, ParsedDocument } from '../model';
import { isRelevantDepartments } from '../registry';
import { agencyFor, ensureAgencyNode } from './agency-node';
import { addFact } from './edges';
import type { RemitGraph } from './types';

/**
 * One `leads` fact per (annotation, named body). The evidence quote is the clause the annotation closes — from the
 * start of its paragraph to the end of the annotation — so a reader sees what the body is responsible for; the body's
 * own characters are the focus.
 */
export function addResponsibilities(graph: RemitGraph, doc: ParsedDocument, docId: string, itemIds: Map<string, string>): void {
  const bodies = bodyCacheFor(graph);
  let previousEnd = 0;
  for (const annotation of doc.annotations) {
    const target = (annotation.itemPath && itemIds.get(annotation.itemPath)) || docId;
    const [start, end] = clauseSpan(doc.text, annotation, previousEnd);
    previousEnd = annotation.end;
    const quote = doc.text.slice(start, end);
    for (const body of annotation.bodies) {
      const record = bodyRecord(bodies, body.asWritten);
      if (!record) continue;
      const agency = ensureAgencyNode(graph, record, body.asWritten);
      addFact(
        graph,
        'leads',
        agency,
        target,
        { role: body.role, asWritten: body.asWritten, andOthers: annotation.andOthers },
        {
          document: docId,
          item: target,
          quote,
          start,
          end,
          focusStart: body.start,
          focusEnd: body.end,
          role: body.role,
          asWritten: body.asWritten,
          andOthers: annotation.andOthers,
        },
      );
    }
  }
}

/**
 * The agency an annotation's body names, or null for an unnamed one (有关部门), remembered per name as written for the
 * graph being built: the same few dozen bodies close thousands of clauses, and deciding whether a name is an unnamed
 * phrase runs the registry lookup and the phrase grammar. Kept per graph, not per module, so that every build still
 * does its own work once; a name outside the registry keeps one record, whose id depends only on the name.
 */
const bodyCaches = new WeakMap<RemitGraph, Map<string, AgencyRecord | null>>();
function bodyCacheFor(graph: RemitGraph): Map<string, AgencyRecord | null> {
  let cache = bodyCaches.get(graph);
  if (!cache) bodyCaches.set(graph, (cache = new Map()));
  return cache;
}

function bodyRecord(cache: Map<string, AgencyRecord | null>, asWritten: string): AgencyRecord | null {
  let record = cache.get(asWritten);
  if (record === undefined) cache.set(asWritten, (record = isRelevantDepartments(asWritten) ? null : agencyFor(asWritten)));
  return record;
}

/** From the start of the paragraph, or from the end of an earlier annotation in the same paragraph. */
function clauseSpan(text: string, annotation: Annotation, previousEnd: number): [number, number] {
  // a duty read from running text quotes its sentence already
  if (annotation.inText) return [annotation.start, annotation.end];
  // Scan back no further than the previous annotation, so a document on one huge line stays linear.
  let start = annotation.start;
  while (start > previousEnd && text.charCodeAt(start - 1) !== 0x0a) start--;
  while (start < annotation.start && text.charCodeAt(start) <= 0x20) start++;
  return [start, annotation.end];
}
