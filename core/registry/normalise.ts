/**
 * One normal form for names, used on both sides of every registry lookup: NFKC folds full-width letters, digits and
 * brackets to half-width, and whitespace (including the ideographic space and line breaks left by page layout) and
 * zero-width characters are dropped, since Chinese names never contain spaces.
 */
export function normaliseName(s: string): string {
  if (isPlainIdeographs(s)) return s;
  return s
    .normalize('NFKC')
    .replace(/[\s\u200b-\u200d\u2060\ufeff]+/g, '')
    .replace(/^["'“”‘’「」『』]+|["'“”‘’「」『』。,，、;；:：]+$/g, '');
}

/**
 * Most names are CJK unified ideographs only, which NFKC leaves as they are and which are neither space nor quote nor
 * punctuation, so the three passes above would return the name unchanged; this is called for every name in every
 * annotation and mention.
 */
function isPlainIdeographs(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x4e00 || c > 0x9fff) return false;
  }
  return true;
}
