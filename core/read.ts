import { decode } from './decode';
import type { ParsedDocument } from './model';
import { parseDocument } from './parse/document';

/** Bytes of a file → parsed document. DecodeError propagates for empty or binary input. */
export function readDocument(bytes: Uint8Array, fileName: string): ParsedDocument {
  const { text, encoding } = decode(bytes);
  return parseDocument(text, fileName, encoding);
}
