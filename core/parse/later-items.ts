/**
 * Notes on the items that follow (以下均需试点城市政府落实，不再列出 / （各省级人民政府负责，下同）) or stand above
 * (以上任务由各省级人民政府负责落实): the document names the body once and means it for every such item. Each such item gets an annotation of its own, marked inherited,
 * quoting the note — from the noted item on, for the items of the same outline level, until the end of the section the
 * noted item belongs to (its top-level item; the document when it has none) or the next note, which replaces it.
 */
import type { Annotation, OutlineItem } from '../model';

export function inheritedAnnotations(items: readonly OutlineItem[], annotations: readonly Annotation[]): Annotation[] {
  if (!annotations.some((a) => a.laterItems || a.earlierItems)) return [];
  const byPath = new Map(items.map((i) => [i.path, i]));
  const named = new Map<string, Set<string>>(); // item path → bodies its own annotations name
  for (const a of annotations) {
    let set = named.get(a.itemPath);
    if (!set) named.set(a.itemPath, (set = new Set()));
    for (const b of a.bodies) set.add(b.asWritten);
  }
  const out: Annotation[] = [];
  const inherit = (item: OutlineItem, note: NonNullable<Annotation['laterItems']>): void => {
    const own = named.get(item.path);
    const bodies = note.bodies.filter((b) => !own?.has(b.asWritten)).map((b) => ({ ...b }));
    if (bodies.length === 0) return;
    out.push({
      itemPath: item.path, quote: note.quote, start: note.start, end: note.end,
      bodies, andOthers: false, relevantDepartments: false, inherited: true,
    });
  };
  // 以上任务由X负责落实: the items of the note's item's level under the same parent, up to and including its own
  for (const note of annotations) {
    const own = note.earlierItems ? byPath.get(note.itemPath) : undefined;
    if (!own) continue;
    for (const item of items) if (item.level === own.level && item.parent === own.parent && item.start <= own.start) inherit(item, note.earlierItems!);
  }
  const notes = annotations.filter((a) => a.laterItems);
  for (let n = 0; n < notes.length; n++) {
    const note = notes[n];
    const later = note.laterItems!;
    const heading = headingOf(note, byPath, items);
    const level = heading ? heading.level + 1 : levelOf(note, byPath, annotations);
    if (level === undefined) continue;
    const section = heading ?? sectionOf(note, byPath);
    const until = Math.min(n + 1 < notes.length ? notes[n + 1].start : Infinity, section ? section.end : Infinity);
    for (const item of items) if (item.level === level && item.start >= note.end && item.start < until) inherit(item, later);
  }
  return out;
}

/** The item whose own text, before its sub-items, holds the note (二、重点任务 + a note on the tasks below), if any. */
function headingOf(note: Annotation, byPath: Map<string, OutlineItem>, items: readonly OutlineItem[]): OutlineItem | undefined {
  const own = byPath.get(note.itemPath);
  if (!own || note.end > own.ownEnd) return undefined;
  return items.some((i) => i.parent === own.path && i.start >= note.end) ? own : undefined;
}

/** The outline level the note speaks of: its own item's, or, outside any item, that of the next annotated item. */
function levelOf(note: Annotation, byPath: Map<string, OutlineItem>, annotations: readonly Annotation[]): number | undefined {
  const own = byPath.get(note.itemPath);
  if (own) return own.level;
  const next = annotations.find((a) => a.start > note.end && byPath.has(a.itemPath));
  return next ? byPath.get(next.itemPath)!.level : undefined;
}

/** The top-level item the note stands in, or undefined outside any item. */
function sectionOf(note: Annotation, byPath: Map<string, OutlineItem>): OutlineItem | undefined {
  let item = byPath.get(note.itemPath);
  while (item?.parent && byPath.has(item.parent)) item = byPath.get(item.parent);
  return item && item.path !== note.itemPath ? item : undefined;
}
