// The public surface of the domain core: everything a host (CLI, worker, UI, Electron) needs.
export * from './model';
export * from './ids';
export { decode, DecodeError } from './decode';
export { normalize } from './normalize';
export { parseDocument } from './parse/document';
export { readDocument, readAnyDocument, ReadError, pageAt, DOCUMENT_FILE, DOCUMENT_EXTENSIONS } from './read';
export type { ReadOptions, PdfAssets, ReadErrorCode } from './read';
export * from './graph';
