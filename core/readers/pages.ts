/**
 * Page numbers of evidence. A reader knows where each page starts in the text it produced; normalisation then
 * changes only white space and invisible characters, so a page start is carried over by counting the visible
 * characters before it, which both texts share in the same order.
 */
import type { ParsedDocument } from '../model';

/** Characters normalisation may drop or turn into other white space; every other code unit it keeps, in order. */
const isInvisible = (c: number): boolean =>
  c <= 0x20 || (c >= 0x7f && c <= 0xa0) || c === 0x00ad || c === 0x1680 || (c >= 0x2000 && c <= 0x200f) ||
  (c >= 0x2028 && c <= 0x202f) || c === 0x205f || c === 0x2060 || c === 0x3000 || c === 0xfeff;

/** Offsets in `normalized` of the page starts given as offsets in `raw`. */
export function carryPageStarts(raw: string, starts: readonly number[], normalized: string): number[] {
  // visible characters before each page start in the raw text
  const wanted: number[] = [];
  let visible = 0;
  let k = 0;
  for (let i = 0; i <= raw.length && k < starts.length; i++) {
    while (k < starts.length && starts[k] === i) { wanted.push(visible); k++; }
    if (i < raw.length && !isInvisible(raw.charCodeAt(i))) visible++;
  }
  while (wanted.length < starts.length) wanted.push(visible);
  // the offset of the same count in the normalised text (at the next visible character, so a page starts on text)
  const out: number[] = [];
  visible = 0;
  k = 0;
  for (let i = 0; i < normalized.length && k < wanted.length; i++) {
    if (isInvisible(normalized.charCodeAt(i))) continue;
    while (k < wanted.length && wanted[k] <= visible) { out.push(i); k++; }
    visible++;
  }
  while (out.length < wanted.length) out.push(normalized.length);
  return out;
}

/** The page (1-based) an offset of the document's text lies on, or undefined when the document has no pages. */
export function pageAt(doc: Pick<ParsedDocument, 'pages'>, offset: number): number | undefined {
  const pages = doc.pages;
  if (!pages || pages.length === 0) return undefined;
  let lo = 0;
  let hi = pages.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (pages[mid] <= offset) lo = mid; else hi = mid - 1;
  }
  return lo + 1;
}
