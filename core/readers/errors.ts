/**
 * Everything a reader cannot read ends in a ReadError: a code the program can branch on and a sentence an analyst
 * understands. Readers turn every failure of the libraries below them into one, so no other error leaves a reader.
 */

export type ReadErrorCode =
  | 'empty'
  | 'unsupported'
  | 'too_large'
  | 'pdf_no_text'
  | 'pdf_encrypted'
  | 'pdf_damaged'
  | 'docx_damaged'
  | 'doc_damaged'
  | 'doc_encrypted'
  | 'html_no_document'
  | 'cancelled';

/** Largest uncompressed size of the parts of a Word file that are read: more is refused as a possible zip bomb. */
export const MAX_UNCOMPRESSED_BYTES = 64 * 1024 * 1024;

const MESSAGES: Record<ReadErrorCode, string> = {
  empty: 'The file is empty.',
  unsupported: 'This kind of file cannot be read (Remit reads text, web pages, PDF, .docx and .doc).',
  too_large: `The file unpacks to more than ${MAX_UNCOMPRESSED_BYTES / 1024 / 1024} MB; it was refused as a possible zip bomb.`,
  pdf_no_text: 'The PDF has no text layer — scanned image; OCR is not supported.',
  pdf_encrypted: 'The PDF is password-protected; open it, save an unprotected copy and read that.',
  pdf_damaged: 'The PDF is damaged or truncated and cannot be read.',
  docx_damaged: 'The Word (.docx) file is damaged or truncated and cannot be read.',
  doc_damaged: 'The Word 97-2003 (.doc) file is damaged or truncated and cannot be read.',
  doc_encrypted: 'The Word file is password-protected; save an unprotected copy and read that.',
  html_no_document: 'The web page holds no document text (only navigation or an empty page).',
  cancelled: 'Reading was cancelled.',
};

export class ReadError extends Error {
  readonly code: ReadErrorCode;
  constructor(code: ReadErrorCode, message = MESSAGES[code]) {
    super(message);
    this.name = 'ReadError';
    this.code = code;
  }
}

/** Runs a reader step and turns anything unexpected it throws into the reader's named error. */
export async function orNamed<T>(code: ReadErrorCode, step: () => Promise<T> | T): Promise<T> {
  try {
    return await step();
  } catch (error) {
    if (error instanceof ReadError) throw error;
    throw new ReadError(code);
  }
}

/**
 * The error as one of this module's ReadErrors, when it is one: a reader loaded as a script of its own (the parsing
 * worker loads each reader on first need, see vite.config.ts) throws its own copy of the class, recognised here by
 * its name and code. Undefined for anything else.
 */
export function asReadError(error: unknown): ReadError | undefined {
  if (error instanceof ReadError) return error;
  const e = error as { name?: unknown; code?: unknown; message?: unknown } | null;
  if (e?.name !== 'ReadError' || typeof e.code !== 'string' || !Object.hasOwn(MESSAGES, e.code)) return undefined;
  return new ReadError(e.code as ReadErrorCode, typeof e.message === 'string' ? e.message : undefined);
}
