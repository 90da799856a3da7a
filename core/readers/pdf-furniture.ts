/**
 * What a printed page carries besides the document: running headers and footers, page numbers, the header and footer
 * a browser prints on every page of a web page (the date and time with the page's title, the address with "page x/y"),
 * and, after the document's last words, the footer of the website it was printed from. All are dropped; body text is
 * never: a line is only taken for furniture by where it stands and what it is, never by its being short.
 */
import type { PdfLine } from './pdf-lines';

/** Share of the page height at top and bottom where running headers and footers sit. */
const MARGIN_BAND = 0.1;
/** Page numbers as printed: 3, - 3 -, 第3页, 第 3 页 共 9 页, 3/9, Page 3 of 9. */
const PAGE_NUMBER = /^(?:[-—－–]?\s*[0-9０-９]{1,4}\s*[-—－–]?|第\s*[0-9０-９]{1,4}\s*页(?:\s*[，,]?\s*共\s*[0-9０-９]{1,4}\s*页)?|[0-9]{1,4}\s*\/\s*[0-9]{1,4}|page\s*[0-9]{1,4}(?:\s*of\s*[0-9]{1,4})?)$/i;
/**
 * A browser's print header or footer: a line that starts or ends with the date and time of printing (12/6/26, 7:04 PM;
 * 2026/12/6 19:04; 2026-12-06 下午7:04), or with the page's address (https://…, file:///…), beside the page's title
 * or its page number.
 */
const DATE_TIME = String.raw`[0-9]{1,4}[/.-][0-9]{1,2}[/.-][0-9]{1,4},?\s*(?:上午|下午|AM|PM)?\s*[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?:\s*(?:AM|PM))?`;
const PRINT_STAMP = new RegExp(String.raw`^${DATE_TIME}(?:\s|$)|\s${DATE_TIME}$|^(?:https?|file):\/\/\S+(?:\s|$)|\s(?:https?|file):\/\/\S+$`, 'i');

/**
 * A website's footer, as Chinese sites print it: the ICP licence and public-security filing numbers every site in
 * China must show, the government site code, the copyright line (the marks, one of which a footer must have), and
 * what stands with them (the sponsor and operator, a QR-code prompt, a bar of links).
 */
const SITE_FOOTER_MARK = /ICP备|ICP证|公网安备|网站标识码|版权所有|copyright|©/i;
const SITE_FOOTER_LINE = /ICP备|ICP证|公网安备|网站标识码|版权所有|copyright|©|主办|承办|协办|运行维护|技术支持|扫一扫|二维码|网站地图|联系我们|[|｜]/i;
/** A line ending a sentence is the document's text, whatever words it has. */
const SENTENCE_END = /[。；！？.!?;][）)”」]?$/;

const masked = (s: string): string => s.replace(/[0-9０-９]+/g, '#').replace(/\s+/g, '');

/**
 * Lines in the top and bottom bands that recur on most pages (digits aside), page numbers there, and a browser's print
 * header and footer there: dropped.
 */
export function dropRunning(pages: readonly { lines: PdfLine[]; height: number }[]): PdfLine[][] {
  const inBand = (l: PdfLine, height: number): boolean => l.y > height * (1 - MARGIN_BAND) || l.y < height * MARGIN_BAND;
  const seen = new Map<string, number>();
  for (const p of pages) {
    const keys = new Set(p.lines.filter((l) => inBand(l, p.height)).map((l) => masked(l.text)));
    for (const k of keys) seen.set(k, (seen.get(k) ?? 0) + 1);
  }
  const recurring = (k: string): boolean => pages.length >= 2 && (seen.get(k) ?? 0) >= Math.max(2, Math.ceil(pages.length * 0.5));
  const furniture = (l: PdfLine): boolean => {
    const text = l.text.trim();
    return PAGE_NUMBER.test(text) || (PRINT_STAMP.test(text) && !SENTENCE_END.test(text)) || recurring(masked(text));
  };
  return pages.map((p) => p.lines.filter((l) => !(inBand(l, p.height) && furniture(l))));
}

/**
 * The website's footer after the document's last words: the lines at the very end (over the last pages) that each
 * have a footer's words (or wrap one that has) and end no sentence, when one of them has a footer's mark. The
 * document ends where such lines stop, so nothing before its last sentence or signature is touched.
 */
export function dropSiteFooter(pages: readonly PdfLine[][]): PdfLine[][] {
  const out = pages.map((lines) => [...lines]);
  const at = out.flatMap((lines, page) => lines.map((line, i) => ({ page, i, line })));
  const isFooter = (l: PdfLine): boolean => !l.tableCell && SITE_FOOTER_LINE.test(l.text) && !SENTENCE_END.test(l.text.trim());
  // the end of a footer line wrapped onto the next: right below it, at its left edge, in its size
  const wraps = (l: PdfLine, above: PdfLine | undefined): boolean =>
    above !== undefined && isFooter(above) && !l.tableCell && !SENTENCE_END.test(l.text.trim()) &&
    Math.abs(l.left - above.left) < 1 && Math.abs(l.size - above.size) < 0.5 && above.y > l.y && above.y - l.y < l.size * 2;
  let from = at.length;
  let marked = false;
  while (from > 0) {
    const { line, page } = at[from - 1];
    const above = from > 1 && at[from - 2].page === page ? at[from - 2].line : undefined;
    if (!isFooter(line) && !wraps(line, above)) break;
    marked ||= SITE_FOOTER_MARK.test(line.text);
    from--;
  }
  if (from === at.length || !marked) return out;
  const first = at[from];
  out[first.page].length = first.i;
  for (let p = first.page + 1; p < out.length; p++) out[p].length = 0;
  return out;
}
