/**
 * One normal form for names, used on both sides of every registry lookup: NFKC folds full-width letters, digits and
 * brackets to half-width, and whitespace (including the ideographic space and line breaks left by page layout) and
 * zero-width characters are dropped, since Chinese names never contain spaces.
 */
export function normaliseName(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[\s\u200b-\u200d\u2060\ufeff]+/g, '')
    .replace(/^["'“”‘’「」『』]+|["'“”‘’「」『』。,，、;；:：]+$/g, '');
}
