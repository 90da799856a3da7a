/**
 * Web pages, as saved from a government site: the document is found inside the site's chrome (gov.cn's
 * #UCAP-CONTENT and the containers that replaced it, else the block with the most running text), its paragraphs come
 * from block elements (source line breaks are only spaces, except in preformatted text: <pre>), and the policy
 * library's metadata table is kept as metadata.
 */
import { decodeHtml } from './charset';
import { childElements, elements, isElement, isText, parseMarkup, textOf, type DomElement, type DomNode } from './dom';
import { ReadError } from './errors';
import { labelled, metaFromFields } from './metadata-table';
import type { Extracted } from './types';

/** Containers of the document on gov.cn and other government sites, most specific first. */
const CONTENT_IDS = ['UCAP-CONTENT', 'zoom', 'Zoom', 'fontzoom', 'content-body'];
const CONTENT_CLASSES = ['pages_content', 'trs_editor_view', 'TRS_UEDITOR', 'TRS_Editor', 'article-content', 'article_content', 'con_text'];
/** Elements whose content is never document text. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'canvas', 'button', 'select', 'textarea', 'input', 'head', 'title', 'nav', 'map', 'audio', 'video']);
/** Elements that start a new line of text. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'center', 'dd', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer',
  'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section', 'table', 'tbody', 'thead',
  'tfoot', 'tr', 'ul', 'caption', 'body', 'html',
]);
const CELLS = new Set(['td', 'th']);
/** Elements whose source line breaks are line breaks of the text: a document saved as preformatted text. */
const PREFORMATTED = new Set(['pre', 'listing', 'xmp', 'plaintext']);
/** Chrome around a document when no known container is found. */
const CHROME = /(^|[\s_-])(nav|navbar|menu|header|footer|crumb|breadcrumb|share|sidebar|copyright|qr|toolbar|search)([\s_-]|$)/i;
/** Fewer letters than this in the page's body is no document. */
const MIN_DOCUMENT_CHARS = 30;

const isCjk = (c: number): boolean => (c >= 0x3000 && c <= 0x9fff) || (c >= 0xff00 && c <= 0xffef) || (c >= 0xf900 && c <= 0xfaff);

/** Collects text: collapsible white space becomes one space, or nothing where a source line break sits between CJK characters. */
class TextSink {
  private out = '';
  /** 0 none, 1 a space, 2 white space containing a line break */
  private pending = 0;
  /** how many preformatted elements (<pre>) are open: inside one, the source's line breaks are the text's */
  preformatted = 0;
  text(data: string): void {
    if (this.preformatted > 0) { this.verbatim(data); return; }
    for (let i = 0; i < data.length; i++) {
      const c = data.charCodeAt(i);
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c) {
        if (c === 0x0a || c === 0x0d) this.pending = 2;
        else if (this.pending === 0) this.pending = 1;
        continue;
      }
      if (this.pending !== 0) {
        const prev = this.out.charCodeAt(this.out.length - 1);
        const atLineStart = this.out.length === 0 || prev === 0x0a;
        if (!atLineStart && !(this.pending === 2 && isCjk(prev) && isCjk(c))) this.out += ' ';
        this.pending = 0;
      }
      this.out += data[i];
    }
  }
  /** Preformatted text: line breaks kept (CR LF as one), spaces as written. */
  private verbatim(data: string): void {
    this.pending = 0;
    this.out += data.replace(/\r\n?/g, '\n');
  }
  /**
   * A table cell's boundary: a blank line, as the plain text of the genre sets cells apart, so that normalising never
   * joins one cell to the next (序号 | 改革举措 | 指导部门: core/parse/task-tables.ts reads them as cells).
   */
  cell(): void {
    this.pending = 0;
    if (this.out.length === 0) return;
    if (this.out.charCodeAt(this.out.length - 1) !== 0x0a) this.out += '\n';
    if (this.out.length < 2 || this.out.charCodeAt(this.out.length - 2) !== 0x0a) this.out += '\n';
  }
  /** A block boundary: a new line, never two in a row from nesting alone. */
  line(): void {
    this.pending = 0;
    if (this.out.length > 0 && this.out.charCodeAt(this.out.length - 1) !== 0x0a) this.out += '\n';
  }
  /** <br>: always a line break, so <br><br> keeps the blank line the page shows */
  br(): void {
    this.pending = 0;
    this.out += '\n';
  }
  result(): string { return this.out; }
}

function render(root: DomNode, sink: TextSink): void {
  // iterative, with a marker to close blocks after their children
  const stack: (DomNode | { close: string })[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as DomNode | { close: string };
    if ('close' in node) {
      if (PREFORMATTED.has(node.close)) sink.preformatted--;
      if (BLOCKS.has(node.close)) sink.line();
      else if (CELLS.has(node.close)) sink.cell();
      continue;
    }
    if (isText(node)) { sink.text(node.data); continue; }
    const kids = (node as { children?: DomNode[] }).children;
    if (!kids) continue;
    if (isElement(node)) {
      if (SKIPPED.has(node.name) || node.type !== 'tag') continue;
      if (node.name === 'br') { sink.br(); continue; }
      if (BLOCKS.has(node.name)) sink.line();
      else if (CELLS.has(node.name)) sink.cell();
      if (PREFORMATTED.has(node.name)) sink.preformatted++;
      stack.push({ close: node.name });
    }
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
}

const letters = (s: string): number => {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x20 && c !== 0xa0 && c !== 0x3000) n++;
  }
  return n;
};

/** Children whose text counts as an element's own: its paragraphs and the inline markup of its running text. */
const PARAGRAPH_PARTS = new Set(['p', 'span', 'font', 'b', 'strong', 'em', 'i', 'u', 'sup', 'sub', 'small', 'big', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre']);

/** Text an element holds directly: its text nodes, inline children and paragraphs, less the text of links. */
function ownText(el: DomElement): number {
  let n = 0;
  for (const c of el.children) {
    if (isText(c)) n += letters(c.data);
    else if (isElement(c) && PARAGRAPH_PARTS.has(c.name)) {
      n += letters(textOf(c)) - [...elements(c)].filter((e) => e.name === 'a').reduce((s, a) => s + letters(textOf(a)), 0);
    }
  }
  return n;
}

function knownContainer(all: readonly DomElement[]): DomElement | undefined {
  for (const id of CONTENT_IDS) {
    const el = all.find((e) => e.attribs.id === id);
    if (el && letters(textOf(el)) >= MIN_DOCUMENT_CHARS) return el;
  }
  for (const cls of CONTENT_CLASSES) {
    const el = all.find((e) => (e.attribs.class ?? '').split(/\s+/).includes(cls));
    if (el && letters(textOf(el)) >= MIN_DOCUMENT_CHARS) return el;
  }
  return undefined;
}

/** The element with the most running text of its own, outside the site's chrome. */
function densest(all: readonly DomElement[]): DomElement | undefined {
  let best: DomElement | undefined;
  let bestScore = 0;
  for (const el of all) {
    if (el.type !== 'tag' || SKIPPED.has(el.name) || el.name === 'a') continue;
    if (CHROME.test(`${el.attribs.id ?? ''} ${el.attribs.class ?? ''}`) || ['header', 'footer', 'aside'].includes(el.name)) continue;
    const score = ownText(el);
    if (score > bestScore) { best = el; bestScore = score; }
  }
  return best;
}

function tableFields(all: readonly DomElement[]): Map<string, string> {
  const fields = new Map<string, string>();
  for (const row of all) {
    if (row.name !== 'tr') continue;
    const cells = childElements(row).filter((c) => CELLS.has(c.name));
    for (let i = 0; i < cells.length; i++) {
      const here = textOf(cells[i]).trim();
      // the label in its own cell and the value in the next, or both in one cell
      const alone = labelled(here);
      const field = alone && !alone.value && i + 1 < cells.length ? labelled(`${here}${textOf(cells[i + 1]).trim()}`) : alone;
      if (field && field.value && !fields.has(field.key)) fields.set(field.key, field.value.replace(/\s+/g, ' '));
    }
  }
  return fields;
}

export async function readHtml(bytes: Uint8Array): Promise<Extracted> {
  const { text: source, encoding } = await decodeHtml(bytes);
  const dom = await parseMarkup(source);
  const all = [...elements(dom)];
  const root = knownContainer(all) ?? all.find((e) => e.name === 'article' || e.name === 'main') ?? densest(all);
  const sink = new TextSink();
  if (root) render(root, sink);
  const text = sink.result().replace(/[ \t]+\n/g, '\n').trim();
  if (letters(text) < MIN_DOCUMENT_CHARS) throw new ReadError('html_no_document');
  return { text, encoding, format: 'html', meta: metaFromFields(tableFields(all)) };
}
