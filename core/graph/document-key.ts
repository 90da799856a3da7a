import { documentId } from '../ids';
import type { ParsedDocument } from '../model';
import type { RemitGraph } from './types';

/** Exports and merges identify a document by its number (发文字号) where it has one, else by its file name. */
export const documentKey = (doc: ParsedDocument): string => doc.meta.number || doc.fileName;

export interface DocumentKeyIn {
  key: string;
  /** the file already in the graph under the same number whose text differs: both are kept */
  sameNumberAs?: string;
}

/**
 * The key under which `doc` goes into `graph`. Usually its number; but a number is only a claim, and two different
 * texts under one number (a draft and the final text, a typo in one of them) must not silently become one document.
 * When the number is taken by a different text from another file, the key is the number plus a short hash of the
 * text: both are kept, and the same text read twice is still one document. With `sameFileReplaces`, a text under
 * the same number from a file of the same name is that file read again, and replaces it.
 */
export function documentKeyIn(graph: RemitGraph, doc: ParsedDocument, sameFileReplaces: boolean): DocumentKeyIn {
  const key = documentKey(doc);
  const id = documentId(key);
  if (!graph.hasNode(id)) return { key };
  const held = graph.getNodeAttributes(id);
  if (held.kind !== 'document' || held.text === doc.text || (sameFileReplaces && held.fileName === doc.fileName)) return { key };
  return { key: `${key}#${contentHash(doc.text)}`, sameNumberAs: held.fileName };
}

/** FNV-1a over the UTF-16 code units, as 8 hex digits: a name for a text, not a defence against forgery. */
export function contentHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
