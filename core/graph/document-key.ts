import type { ParsedDocument } from '../model';

/** Exports and merges identify a document by its number (发文字号) where it has one, else by its file name. */
export const documentKey = (doc: ParsedDocument): string => doc.meta.number || doc.fileName;
