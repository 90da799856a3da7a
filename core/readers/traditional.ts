/**
 * Traditional Chinese documents (Hong Kong, Macao): the registry and the parser's patterns are written in simplified
 * characters, so a document in traditional characters is parsed on a simplified copy made with OpenCC (opencc-js,
 * Hong Kong variants to mainland simplified), while the text shown and quoted stays as written. The copy has the same
 * length code unit for code unit (a character whose conversion would change the length is left as written), so every
 * offset the parser finds in the copy points at the same place in the written text.
 */
import type { ParsedDocument } from '../model';

const MIN_CJK = 4;
const SAMPLE = 20000;

const isCjk = (c: number): boolean => c >= 0x3400 && c <= 0x9fff;
/**
 * Traditional forms so common in official prose (國, 關於, 發展, 為, 務, 機關…) that a traditional document holds some of
 * them on its first page: without any, the text is simplified and the dictionary is never loaded.
 */
const COMMON_TRADITIONAL = /[國關於發為務與對會經個進機實應設區門學術農業資員質說這們過還時現點動開產長書計電場議認]/;

/** The simplified copy, of the same length, or undefined when the text is not in traditional characters. */
export async function simplifiedCopy(text: string): Promise<string | undefined> {
  // a cheap look first: most documents are simplified and never load the dictionary (simplify.ts)
  const sample = text.slice(0, SAMPLE);
  let cjk = 0;
  for (let i = 0; i < sample.length; i++) if (isCjk(sample.charCodeAt(i))) cjk++;
  if (cjk < MIN_CJK || !COMMON_TRADITIONAL.test(sample)) return undefined;
  return (await import('./simplify')).simplifiedSameLength(text, SAMPLE);
}

const isVisible = (c: number): boolean => c > 0x20 && c !== 0xa0 && c !== 0x3000 && c !== 0xfeff && !(c >= 0x2000 && c <= 0x200f) && !(c >= 0x2028 && c <= 0x202f);

/**
 * The parsed simplified copy with the written text put back: the normalised copy keeps the copy's visible characters
 * in order, so each is replaced by the written character at the same rank. Names the parser resolved against the
 * registry (annotation bodies, issuers) stay in their simplified form, which is what matched.
 */
export function restoreWritten(doc: ParsedDocument, written: string): ParsedDocument {
  const copy = doc.text;
  let out = '';
  let j = 0;
  for (let i = 0; i < copy.length; i++) {
    const c = copy.charCodeAt(i);
    if (!isVisible(c)) { out += copy[i]; continue; }
    while (j < written.length && !isVisible(written.charCodeAt(j))) j++;
    out += j < written.length ? written[j++] : copy[i];
  }
  const back = (s: string): string => {
    const at = s ? copy.indexOf(s) : -1;
    return at >= 0 ? out.slice(at, at + s.length) : s;
  };
  return {
    ...doc,
    text: out,
    meta: { ...doc.meta, title: back(doc.meta.title) },
    items: doc.items.map((item) => {
      const headingAt = item.heading ? copy.indexOf(item.heading, item.start) : -1;
      return { ...item, text: out.slice(item.start, item.end), heading: headingAt >= 0 ? out.slice(headingAt, headingAt + item.heading.length) : item.heading };
    }),
    annotations: doc.annotations.map((a) => ({ ...a, quote: out.slice(a.start, a.end) })),
    // the graph looks for agencies, places and platforms in the simplified copy, at the same offsets
    matchText: copy,
    warnings: [...doc.warnings, 'Written in traditional characters: matched against the registry on a simplified copy; the text is shown as written.'],
  };
}
