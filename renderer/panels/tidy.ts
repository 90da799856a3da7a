/**
 * Source text as a reader expects it. The corpus keeps page-break artefacts (a sentence split by blank lines,
 * as in the seed's 鼓励科技 / 领军企业), so a line break only survives where the previous line ends a sentence
 * or heading; elsewhere the halves are joined (with a space only between Latin letters or digits).
 */
const KEEPS_BREAK = /[。：:；;！!？?）)」”]$/;
const LATIN = /[A-Za-z0-9]/;

export function tidy(text: string, keepParagraphs = true): string {
  return text.replace(/[ \t\u3000]*\n\s*/g, (run, offset: number, whole: string) => {
    const prev = whole.slice(0, offset);
    const next = whole[offset + run.length] ?? '';
    if (keepParagraphs && (prev === '' || KEEPS_BREAK.test(prev))) return prev === '' ? '' : '\n';
    return LATIN.test(prev.slice(-1)) && LATIN.test(next) ? ' ' : '';
  });
}
