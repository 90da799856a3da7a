/**
 * Bytes of a file → parsed document, whatever the file: plain text, a saved web page, a PDF, a Word file. The format
 * is told by the bytes (sniff.ts); each reader is loaded only when a file of its kind comes in, so opening text files
 * never loads pdf.js or the Word readers. Whatever cannot be read fails with a named error (ReadError, or
 * DecodeError for text), never anything else.
 */
import { decode, DecodeError } from '../decode';
import type { DocumentMeta, ParsedDocument } from '../model';
import { normalize } from '../normalize';
import { parseDocument } from '../parse/document';
import { asReadError, ReadError } from './errors';
import { carryPageStarts } from './pages';
import { sniffFormat } from './sniff';
import { restoreWritten, simplifiedCopy } from './traditional';
import type { Extracted, ReadOptions } from './types';

export { ReadError, MAX_UNCOMPRESSED_BYTES, type ReadErrorCode } from './errors';
export { pageAt } from './pages';
export { sniffFormat, type DocumentFormat } from './sniff';
export type { PdfAssets, ReadOptions } from './types';

export { DOCUMENT_EXTENSIONS, DOCUMENT_FILE } from './file-names';

async function extract(bytes: Uint8Array, fileName: string, options: ReadOptions): Promise<Extracted> {
  const format = sniffFormat(bytes, fileName);
  switch (format) {
    case 'pdf': return (await import('./pdf')).readPdf(bytes, options);
    case 'docx': return (await import('./docx')).readDocx(bytes);
    case 'doc': return (await import('./doc')).readDoc(bytes);
    case 'html': return (await import('./html')).readHtml(bytes);
    case 'text': {
      const { text, encoding } = decode(bytes);
      return { text, encoding, format: 'text' };
    }
  }
}

/** Fills what the body does not state from what the file states beside it (the metadata table, Word's properties). */
function mergeMeta(meta: DocumentMeta, found: Partial<DocumentMeta> | undefined, warnings: string[]): DocumentMeta {
  if (!found) return meta;
  const merged = { ...meta };
  if (!merged.title && found.title) {
    merged.title = found.title;
    const i = warnings.indexOf('No title found.');
    if (i >= 0) warnings.splice(i, 1);
  }
  if (!merged.number && found.number) merged.number = found.number;
  if (!merged.date && found.date) merged.date = found.date;
  if (!merged.source && found.source) merged.source = found.source;
  if (!merged.subject && found.subject) merged.subject = found.subject;
  if (!merged.docType && found.docType) merged.docType = found.docType;
  if (merged.issuers.length === 0 && found.issuers && found.issuers.length > 0) {
    merged.issuers = [...found.issuers];
    const i = warnings.findIndex((w) => w.startsWith('No issuing body found'));
    if (i >= 0) warnings.splice(i, 1);
  }
  return merged;
}

/**
 * Reads any supported file into a parsed document. Throws ReadError or DecodeError (both with a plain-language
 * message) for a file that cannot be read; nothing else.
 */
export async function readDocument(bytes: Uint8Array, fileName: string, options: ReadOptions = {}): Promise<ParsedDocument> {
  if (bytes.length === 0) throw new ReadError('empty');
  if (options.signal?.aborted) throw new ReadError('cancelled');
  let extracted: Extracted;
  try {
    extracted = await extract(bytes, fileName, options);
  } catch (error) {
    if (error instanceof DecodeError) throw error;
    const named = asReadError(error);
    if (named) throw named;
    // a reader's own bug or a library's surprise: still a named error, with the detail kept for the curious
    throw new ReadError('unsupported', `This file could not be read (${error instanceof Error ? error.message : String(error)}).`);
  }
  const simplified = await simplifiedCopy(extracted.text);
  const doc = simplified === undefined
    ? parseDocument(extracted.text, fileName, extracted.encoding)
    : restoreWritten(parseDocument(simplified, fileName, extracted.encoding), extracted.text);
  const meta = mergeMeta(doc.meta, extracted.meta, doc.warnings);
  const result: ParsedDocument = { ...doc, meta };
  if (extracted.format !== 'text') result.format = extracted.format;
  if (extracted.pages && extracted.pages.length > 0) {
    result.pages = carryPageStarts(extracted.text, extracted.pages, doc.text);
  }
  return result;
}

/** The normalised text of a file, as the parser sees it (for tools that compare readers). */
export async function readText(bytes: Uint8Array, fileName: string, options: ReadOptions = {}): Promise<string> {
  return normalize((await extract(bytes, fileName, options)).text);
}
