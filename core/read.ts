/** Bytes of a file → parsed document: see core/readers for the formats read and the errors thrown. */
export { readDocument, readText, ReadError, pageAt, DOCUMENT_FILE, DOCUMENT_EXTENSIONS } from './readers/index';
export type { ReadOptions, PdfAssets, ReadErrorCode } from './readers/index';
