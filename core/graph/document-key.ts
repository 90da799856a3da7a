import { documentId } from '../ids';
import type { DocumentNode, ParsedDocument } from '../model';
import type { DocumentIndex } from './document-index';
import { layoutNormal, sameLaidOut } from './same-text';
import type { RemitGraph } from './types';

/** Exports and merges identify a document by its number (发文字号) where it has one, else by its file name. */
export const documentKey = (doc: ParsedDocument): string => doc.meta.number || doc.fileName;

export interface DocumentKeyIn {
  key: string;
  /** the file already in the graph under the same number whose text differs: both are kept */
  sameNumberAs?: string;
  /** the document node that holds this text already, laid out differently (another format of it): see addDocument */
  copyOf?: string;
}

/**
 * The key under which `doc` goes into `graph`. Usually its number; but a number is only a claim, and two different
 * texts under one number (a draft and the final text, a typo in one of them) must not silently become one document.
 * When the number is taken by a different text from another file, the key is the number plus a short hash of the
 * text: both are kept, and the same text read twice is still one document. With `sameFileReplaces`, a text under
 * the same number from a file of the same name is that file read again, and replaces it.
 *
 * A text that differs from the one held only in layout (the PDF or Word file of the same document: sameTextOnceLaidOut)
 * is the same document: `copyOf` names the node that holds it, under the number or under one of the number's other
 * texts. The comparison runs only when a number is claimed twice, once per text held under it.
 */
export function documentKeyIn(graph: RemitGraph, doc: ParsedDocument, sameFileReplaces: boolean, documents: DocumentIndex): DocumentKeyIn {
  const key = documentKey(doc);
  const id = documentId(key);
  if (!doc.meta.number && doc.meta.title) {
    const copyOf = sameTitleAndText(documents, doc, id);
    if (copyOf !== undefined) return { key, copyOf };
  }
  if (!graph.hasNode(id)) return { key };
  const held = graph.getNodeAttributes(id);
  if (held.kind !== 'document') return { key };
  // the file itself read again (replaced, as before), or the same text from another file (a copy of it)
  if (sameFileReplaces && held.fileName === doc.fileName) return { key };
  if (held.text === doc.text) return held.fileName === doc.fileName ? { key } : { key, copyOf: id };
  const hashed = `${key}#${contentHash(doc.text)}`;
  if (graph.hasNode(documentId(hashed)) && (graph.getNodeAttributes(documentId(hashed)) as DocumentNode).text === doc.text) return { key: hashed, sameNumberAs: held.fileName };
  const mine = layoutNormal(doc.text);
  for (const [other, attrs] of textsUnder(graph, documents, id, key)) {
    if (sameLaidOut(documents.layoutOf(other, attrs.text), mine).same) return { key, copyOf: other };
  }
  return { key: hashed, sameNumberAs: held.fileName };
}

/**
 * A document without a number has its file's name for a key, so another format of it has another key: it is found by
 * its title instead, among the numberless documents of that title.
 */
function sameTitleAndText(documents: DocumentIndex, doc: ParsedDocument, id: string): string | undefined {
  let mine: string | undefined; // laid out once, when a document of the title is there to compare
  for (const [other, attrs] of documents.titled(doc.meta.title)) {
    if (other === id || attrs.number) continue;
    if (attrs.text === doc.text || sameLaidOut(documents.layoutOf(other, attrs.text), (mine ??= layoutNormal(doc.text))).same) return other;
  }
  return undefined;
}

/** The document node under `key` and those of the other texts under the same number (`key#hash`). */
function textsUnder(graph: RemitGraph, documents: DocumentIndex, id: string, key: string): Array<[string, DocumentNode]> {
  // only when a number is claimed by a second text that is not the first: rare
  const others = documents.withIdPrefix(`${id}#`).filter(([, attrs]) => attrs.key.startsWith(`${key}#`));
  return [[id, graph.getNodeAttributes(id) as DocumentNode], ...others];
}

/**
 * Which of two files holding one document the graph is built from, lower first. What the author typed comes first;
 * then the published web page (its text box holds the paragraphs as written); then Word (.docx keeps paragraphs, its
 * numbering is written out; .doc is read from Word 97's text stream, with less of its structure); a PDF last, because
 * its text is put back together from positioned glyphs: where lines join is a guess, and page numbers, running
 * headers and misread glyphs may be left in. Between files of one format the first opened stays, so that opening a
 * second copy never rebuilds the document.
 */
export const FORMAT_RANK: Readonly<Record<string, number>> = { text: 0, html: 1, docx: 2, doc: 3, pdf: 4 };
export const formatRank = (format: string | undefined): number => FORMAT_RANK[format ?? 'text'] ?? 5;

/** FNV-1a over the UTF-16 code units, as 8 hex digits: a name for a text, not a defence against forgery. */
export function contentHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
