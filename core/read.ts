import { decode } from './decode';
import type { ParsedDocument } from './model';
import { parseDocument } from './parse/document';

/**
 * Bytes of a plain-text file → parsed document, synchronously. DecodeError propagates for empty or binary input.
 * For every format (web pages, PDF, Word) use the asynchronous `readAnyDocument` (core/readers).
 */
export function readDocument(bytes: Uint8Array, fileName: string): ParsedDocument {
  const { text, encoding } = decode(bytes);
  return parseDocument(text, fileName, encoding);
}

export { readDocument as readAnyDocument, readText, ReadError, pageAt, DOCUMENT_FILE, DOCUMENT_EXTENSIONS } from './readers/index';
export type { ReadOptions, PdfAssets, ReadErrorCode } from './readers/index';
