/**
 * Messages of the readers' parts (vite.config.ts, workerParts): between the parsing worker and the page, which loads
 * a part's script for it, and between the parsing worker and the worker a part's code runs in.
 */

/** parsing worker → page: load assets/`file` and send back the text it registers under `key` */
export interface PartWanted { type: 'part-wanted'; key: string; file: string }
/** page → parsing worker: a part's text (the program of a module part, the data URL of an asset), or why not */
export interface PartText { type: 'part-text'; key: string; text?: string; error?: string }

/** A function argument crosses as its number; the part calls it back through its caller. */
export const CALLBACK = '__remitCallback';
export type Encoded = unknown;

/** parsing worker → part */
export type ToPart =
  | { type: 'call'; id: number; name: string; args: Encoded[] }
  | { type: 'callback-result'; id: number; call: number; value?: unknown; error?: SentError };
/** part → parsing worker */
export type FromPart =
  | { type: 'result'; id: number; value?: unknown; error?: SentError }
  | { type: 'callback'; id: number; call: number; callback: number; args: unknown[] };

/** An error as it crosses: its name and code make a ReadError a ReadError again (core/readers/errors.ts). */
export interface SentError { name: string; message: string; code?: string }

export function sendable(error: unknown): SentError {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === 'string' ? { name: error.name, message: error.message, code } : { name: error.name, message: error.message };
  }
  return { name: 'Error', message: String(error) };
}

export function received(sent: SentError): Error {
  const error = new Error(sent.message) as Error & { code?: string };
  error.name = sent.name;
  if (sent.code !== undefined) error.code = sent.code;
  return error;
}
