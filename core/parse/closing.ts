/**
 * Closing paragraphs. The paragraphs after the last item before a sign-off, an attachment or the end of the text
 * (各地区、各部门要…, 国家发展改革委要会同有关部门加强督促检查) speak to the whole document, not to that item; without this they
 * would be read as its body. Two signals tell them: in a document whose items end with a responsibility annotation, what
 * follows the last item's annotation (trimClosingParagraphs); in a document without annotations, what follows the first
 * line of a last item whose siblings each hold one paragraph (trimClosingByShape). Where neither signal is given, an
 * unnumbered paragraph after an item is its body (二、有关要求 + text).
 */
import type { Annotation, OutlineItem } from '../model';
import { isMemberList } from './members';

function isSortedByStart(items: OutlineItem[]): boolean {
  for (let i = 1; i < items.length; i++) if (items[i - 1].start > items[i].start) return false;
  return true;
}

/**
 * The items in document order (the outline lists them so already; sorting a copy is for callers that do not), and of
 * them the one that starts last before each break and before the end of the text. `breaks` are the offsets where
 * numbered runs end (sign-off blocks, 附件 lines), ascending.
 */
function runEnds(items: OutlineItem[], breaks: number[]): { byStart: OutlineItem[]; ends: OutlineItem[] } {
  const byStart = isSortedByStart(items) ? items : [...items].sort((a, b) => a.start - b.start);
  const ends: OutlineItem[] = [];
  let b = 0;
  for (let k = 0; k < byStart.length; k++) {
    const next = byStart[k + 1];
    while (b < breaks.length && breaks[b] <= byStart[k].start) b++;
    if (!next || (b < breaks.length && breaks[b] < next.start)) ends.push(byStart[k]);
  }
  return { byStart, ends };
}

/**
 * Ends the last item before each break (and the ancestors ending with it) at the end of the line of its last
 * annotation. Returns what was cut.
 */
export function trimClosingParagraphs(text: string, items: OutlineItem[], annotations: Annotation[], breaks: number[]): ClosingSpan[] {
  const cut: ClosingSpan[] = [];
  if (items.length === 0 || annotations.length === 0) return cut;
  const lastAnnotation = new Map<string, Annotation>();
  // a member list (成员单位：…) sits in running text and closes nothing: only annotations give the signal
  for (const a of annotations) if (a.itemPath && !isMemberList(a)) lastAnnotation.set(a.itemPath, a);
  if (lastAnnotation.size === 0) return cut;
  let byPath: Map<string, OutlineItem> | undefined;
  for (const item of runEnds(items, breaks).ends) {
    const note = lastAnnotation.get(item.path);
    if (!note || note.end > item.end) continue;
    const lineEnd = text.indexOf('\n', note.end);
    if (lineEnd < 0 || lineEnd >= item.end) continue;
    byPath ??= new Map(items.map((i) => [i.path, i]));
    cut.push({ from: lineEnd, to: item.end });
    endAt(text, item, lineEnd, byPath);
  }
  return cut;
}

/** Where closing paragraphs were cut from the item they followed: text[from, to), from the line break on. */
export interface ClosingSpan { from: number; to: number }

/** Ends `item`, and the ancestors that ended with it, at `end`. */
function endAt(text: string, item: OutlineItem, end: number, byPath: ReadonlyMap<string, OutlineItem>): void {
  const oldEnd = item.end;
  for (let cur: OutlineItem | undefined = item; cur && cur.end === oldEnd; cur = cur.parent ? byPath.get(cur.parent) : undefined) {
    cur.end = end;
    cur.ownEnd = Math.min(cur.ownEnd, end);
    cur.text = text.slice(cur.start, end);
  }
}

/**
 * Closing paragraphs of a document without annotations, told by the shape of its items: where the items beside the
 * last one of a run each hold one paragraph (their heading and all they say on one line: `（一）深入打好蓝天保卫战。到
 * 2027年…`), the paragraphs after the last one's first line close the document (a report's `我们将…`, `各地区、各部门要…`)
 * and are not its body. Items whose heading stands on a line of its own (`二、有关要求` + text) give no such signal.
 */
export function trimClosingByShape(text: string, items: OutlineItem[], breaks: number[]): ClosingSpan[] {
  const cut: ClosingSpan[] = [];
  if (items.length < 3) return cut;
  const { byStart, ends } = runEnds(items, breaks);
  const byPath = new Map(byStart.map((i) => [i.path, i]));
  const siblings = new Map<string | undefined, OutlineItem[]>();
  for (const i of byStart) {
    const list = siblings.get(i.parent);
    if (list) list.push(i); else siblings.set(i.parent, [i]);
  }
  const hasChildren = new Set(byStart.map((i) => i.parent));
  for (const item of ends) {
    if (hasChildren.has(item.path)) continue;
    const lineEnd = text.indexOf('\n', item.start);
    if (lineEnd < 0 || lineEnd >= item.end) continue;
    const others = (siblings.get(item.parent) ?? []).filter((s) => s !== item);
    if (others.length < 2 || others.some((s) => hasChildren.has(s.path) || text.indexOf('\n', s.start) < s.end)) continue;
    cut.push({ from: lineEnd, to: item.end });
    endAt(text, item, lineEnd, byPath);
  }
  return cut;
}
