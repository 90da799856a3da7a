/**
 * Word (.docx): the WordprocessingML of the body walked paragraph by paragraph, with Word's automatic numbering
 * written out as the label it shows (numbering.ts), table rows as lines, and footnotes and endnotes after the body.
 * Zip and XML come from maintained libraries (fflate, htmlparser2 in XML mode); a damaged file is named as such.
 */
import { childElements, elements, firstChild, isElement, isText, parseMarkup, textOf, type DomElement, type DomNode } from './dom';
import { ReadError, orNamed } from './errors';
import { Numbering } from './numbering';
import type { Extracted } from './types';
import { unzipParts } from './zip';
import type { DocumentMeta } from '../model';

const PARTS = new Set(['word/document.xml', 'word/numbering.xml', 'word/styles.xml', 'word/footnotes.xml', 'word/endnotes.xml', 'docProps/core.xml']);

interface NumberingRef { numId: string; ilvl: number }

/** Paragraph styles that number their paragraphs (a heading style linked to a list), following basedOn. */
function styleNumbering(styles: DomElement | undefined): Map<string, NumberingRef> {
  const out = new Map<string, NumberingRef>();
  if (!styles) return out;
  const byId = new Map<string, DomElement>();
  for (const s of childElements(styles, 'w:style')) byId.set(s.attribs['w:styleId'] ?? '', s);
  for (const [id] of byId) {
    let style = byId.get(id);
    for (let depth = 0; style && depth < 10; depth++) {
      const numPr = firstChild(firstChild(style, 'w:pPr') ?? style, 'w:numPr');
      const numId = numPr ? firstChild(numPr, 'w:numId')?.attribs['w:val'] : undefined;
      if (numPr && numId !== undefined) {
        out.set(id, { numId, ilvl: Number(firstChild(numPr, 'w:ilvl')?.attribs['w:val'] ?? 0) });
        break;
      }
      style = byId.get(firstChild(style, 'w:basedOn')?.attribs['w:val'] ?? '');
    }
  }
  return out;
}

class Walker {
  lines: string[] = [];
  notes: string[] = [];

  constructor(private numbering: Numbering, private styles: Map<string, NumberingRef>) {}

  /** Text of the runs inside a node: text, tabs and breaks; deleted text and field codes left out. */
  private runs(node: DomNode): string {
    if (isText(node)) return '';
    if (!isElement(node)) return '';
    switch (node.name) {
      case 'w:t': return textOf(node);
      case 'w:tab': return '\t';
      case 'w:br': case 'w:cr': return '\n';
      case 'w:noBreakHyphen': return '-';
      case 'w:del': case 'w:instrText': case 'w:delText': case 'mc:Fallback': case 'w:pPr': case 'w:rPr': case 'w:footnoteReference': case 'w:endnoteReference':
        return '';
      default: {
        let s = '';
        for (const c of node.children) s += this.runs(c);
        return s;
      }
    }
  }

  private label(p: DomElement): string {
    const pPr = firstChild(p, 'w:pPr');
    const numPr = pPr ? firstChild(pPr, 'w:numPr') : undefined;
    let ref: NumberingRef | undefined;
    if (numPr) {
      const numId = firstChild(numPr, 'w:numId')?.attribs['w:val'];
      if (numId !== undefined) ref = { numId, ilvl: Number(firstChild(numPr, 'w:ilvl')?.attribs['w:val'] ?? 0) };
    }
    if (!ref && pPr) ref = this.styles.get(firstChild(pPr, 'w:pStyle')?.attribs['w:val'] ?? '');
    if (!ref || ref.numId === '0') return '';
    return this.numbering.next(ref.numId, ref.ilvl);
  }

  paragraph(p: DomElement): string {
    return this.label(p) + this.runs(p);
  }

  /** Block content: paragraphs, tables (cell by cell), content controls. */
  block(node: DomElement, out: string[]): void {
    for (const c of node.children) {
      if (!isElement(c)) continue;
      if (c.name === 'w:p') out.push(this.paragraph(c));
      else if (c.name === 'w:tbl') {
        // each cell's paragraphs as lines of their own: a cell often starts with an outline label (一、医疗质量); cells set
        // apart by a blank line, as the plain text of the genre has them, so that normalising never joins two cells
        for (const row of childElements(c, 'w:tr')) {
          for (const cell of childElements(row, 'w:tc')) { out.push(''); this.block(cell, out); out.push(''); }
        }
      } else if (c.name === 'w:sdt' || c.name === 'w:sdtContent' || c.name === 'w:customXml' || c.name === 'w:ins' || c.name === 'w:smartTag') {
        this.block(c, out);
      }
    }
  }
}

async function xml(parts: Map<string, Uint8Array>, name: string): Promise<DomElement | undefined> {
  const bytes = parts.get(name);
  if (!bytes) return undefined;
  const dom = await parseMarkup(new TextDecoder('utf-8').decode(bytes), true);
  return childElements(dom)[0];
}

function notes(root: DomElement | undefined, tag: string, walker: Walker): string[] {
  if (!root) return [];
  const out: string[] = [];
  for (const note of childElements(root, tag)) {
    const type = note.attribs['w:type'];
    if (type === 'separator' || type === 'continuationSeparator' || type === 'continuationNotice') continue;
    const lines: string[] = [];
    walker.block(note, lines);
    const text = lines.map((s) => s.trim()).filter((s) => s.length > 0).join(' ');
    if (text) out.push(text);
  }
  return out;
}

export async function readDocx(bytes: Uint8Array): Promise<Extracted> {
  const parts = await unzipParts(bytes, (name) => PARTS.has(name));
  if (!parts.has('word/document.xml')) throw new ReadError('unsupported', 'This zip file is not a Word document (it has no word/document.xml).');
  return orNamed('docx_damaged', async () => {
    const document = await xml(parts, 'word/document.xml');
    const body = document ? firstChild(document, 'w:body') : undefined;
    if (!body) throw new ReadError('docx_damaged');
    const walker = new Walker(new Numbering(await xml(parts, 'word/numbering.xml')), styleNumbering(await xml(parts, 'word/styles.xml')));
    const lines: string[] = [];
    walker.block(body, lines);
    const footnotes = [...notes(await xml(parts, 'word/footnotes.xml'), 'w:footnote', walker), ...notes(await xml(parts, 'word/endnotes.xml'), 'w:endnote', walker)];
    if (footnotes.length > 0) lines.push('', '注：', ...footnotes.map((n, i) => `[${i + 1}] ${n}`));
    const meta: Partial<DocumentMeta> = {};
    const core = await xml(parts, 'docProps/core.xml');
    const title = core ? [...elements(core)].find((e) => e.name === 'dc:title') : undefined;
    if (title && textOf(title).trim()) meta.title = textOf(title).trim();
    return { text: lines.join('\n'), encoding: 'docx', format: 'docx', meta };
  });
}
