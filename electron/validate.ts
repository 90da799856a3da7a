/**
 * Argument validation for every IPC call. The page is treated as untrusted input: a compromised
 * renderer must not be able to make main write arbitrary data, huge data, or to arbitrary paths.
 */
import type { HostCommand } from '../contract/host';
import { LIMITS, type InvokeArg, type InvokeChannel, type PrintPdfRequest, type SaveFileRequest, type SaveWorkspaceRequest } from '../contract/ipc';

export type Validated<T> = { ok: true; value: T } | { ok: false; error: string };

const ok = <T>(value: T): Validated<T> => ({ ok: true, value });
const fail = <T>(error: string): Validated<T> => ({ ok: false, error });

/** Every HostCommand, checked against the union so adding one to types.ts forces an update here. */
const COMMAND_SET: Record<HostCommand, true> = {
  'open-documents': true,
  'open-folder': true,
  'open-workspace': true,
  'save-workspace': true,
  'save-workspace-as': true,
  'export:png': true,
  'export:svg': true,
  'export:pdf': true,
  'export:graphml': true,
  'export:gexf': true,
  'export:json': true,
  'export:csv': true,
  'export:responsibilities': true,
  'export:cypher': true,
  'export:brief-html': true,
  'export:brief-docx': true,
  'layout:force': true,
  'layout:concentric': true,
  'layout:tree': true,
  'layout:responsibility': true,
  'lang:en': true,
  'lang:zh': true,
  'labels:zh': true,
  'labels:en': true,
  'labels:both': true,
  'theme:light': true,
  'theme:dark': true,
  'view:fit': true,
  'view:zoom-in': true,
  'view:zoom-out': true,
  'edit:undo': true,
  'edit:redo': true,
  'edit:find': true,
  'help:about': true,
};

export const HOST_COMMANDS: readonly HostCommand[] = Object.keys(COMMAND_SET) as HostCommand[];

export function isHostCommand(value: unknown): value is HostCommand {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(COMMAND_SET, value);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function hasOnlyKeys(value: Record<string, unknown>, allowed: string[]): boolean {
  return Object.keys(value).every((key) => allowed.includes(key));
}

function checkText(value: unknown, what: string, maxChars: number): Validated<string> {
  if (typeof value !== 'string') return fail(`${what} must be text`);
  if (value.length > maxChars) return fail(`${what} is too large (${value.length} characters, limit ${maxChars})`);
  return ok(value);
}

/**
 * A file name to suggest in a save dialog. Folders and characters that are invalid on any of the
 * three platforms are replaced, so the dialog never starts outside the folder the user picks.
 */
export function sanitizeFileName(name: string): string {
  const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\..*)?$/i;
  let clean = name
    // controls, format characters (the bidi overrides U+202A–U+202E and isolates U+2066–U+2069 that make
    // "cod.exe\u202Etxt" show as another name, zero-width characters, BOM), line separators, lone surrogates
    .replace(/[\p{Cc}\p{Cf}\p{Cs}\u2028\u2029]/gu, '')
    .replace(/[\\/:*?"<>|]/g, '_')
    .trim()
    .replace(/[. ]+$/, '');
  if (clean === '' || /^\.+$/.test(clean)) clean = 'untitled';
  if (WINDOWS_RESERVED.test(clean)) clean = `_${clean}`;
  if (clean.length > LIMITS.maxNameLength) {
    const dot = clean.lastIndexOf('.');
    const ext = dot > 0 && clean.length - dot <= 16 ? clean.slice(dot) : '';
    clean = clean.slice(0, LIMITS.maxNameLength - ext.length) + ext;
  }
  return clean;
}

const MIME = /^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*(\s*;\s*[a-z0-9-]+=[a-z0-9_."-]+)*$/i;

function validateSaveFile(arg: unknown): Validated<SaveFileRequest> {
  if (!isPlainObject(arg) || !hasOnlyKeys(arg, ['suggestedName', 'data', 'mime'])) return fail('save request must be { suggestedName, data, mime }');
  const { suggestedName, data, mime } = arg;
  if (typeof suggestedName !== 'string') return fail('suggestedName must be text');
  if (typeof mime !== 'string' || mime.length > LIMITS.maxMimeLength || !MIME.test(mime)) return fail('mime must be a media type such as image/png');
  if (typeof data === 'string') {
    // UTF-8 takes at most 3 bytes per UTF-16 unit
    if (data.length * 3 > LIMITS.maxSaveBytes && new TextEncoder().encode(data).length > LIMITS.maxSaveBytes) {
      return fail('data is too large to save');
    }
  } else if (data instanceof Uint8Array) {
    if (data.byteLength > LIMITS.maxSaveBytes) return fail('data is too large to save');
  } else {
    return fail('data must be text or bytes');
  }
  return ok({ suggestedName: sanitizeFileName(suggestedName), data, mime });
}

function validatePrintPdf(arg: unknown): Validated<PrintPdfRequest> {
  if (!isPlainObject(arg) || !hasOnlyKeys(arg, ['html', 'suggestedName', 'landscape'])) return fail('print request must be { html, suggestedName, landscape? }');
  const html = checkText(arg.html, 'page to print', LIMITS.maxWorkspaceChars);
  if (!html.ok) return html;
  if (typeof arg.suggestedName !== 'string') return fail('suggestedName must be text');
  if (arg.landscape !== undefined && typeof arg.landscape !== 'boolean') return fail('landscape must be true or false');
  const name = sanitizeFileName(arg.suggestedName);
  return ok({ html: html.value, suggestedName: /\.pdf$/i.test(name) ? name : `${name}.pdf`, landscape: arg.landscape === true });
}

/** An absolute path as produced by a dialog on any platform; main still checks it was granted. */
export function isPlausibleAbsolutePath(path: string): boolean {
  if (path.length === 0 || path.length > LIMITS.maxPathLength || path.includes('\u0000')) return false;
  return path.startsWith('/') || /^[a-zA-Z]:[\\/]/.test(path) || path.startsWith('\\\\');
}

function validateSaveWorkspace(arg: unknown): Validated<SaveWorkspaceRequest> {
  if (!isPlainObject(arg) || !hasOnlyKeys(arg, ['text', 'path'])) return fail('workspace save must be { text, path? }');
  const text = checkText(arg.text, 'workspace', LIMITS.maxWorkspaceChars);
  if (!text.ok) return text;
  if (arg.path === undefined || arg.path === null) return ok({ text: text.value });
  if (typeof arg.path !== 'string' || !isPlausibleAbsolutePath(arg.path)) return fail('workspace path must be an absolute path');
  return ok({ text: text.value, path: arg.path });
}

function validateNone(arg: unknown): Validated<undefined> {
  return arg === undefined || arg === null ? ok(undefined) : fail('this call takes no argument');
}

type Validators = { [C in InvokeChannel]: (arg: unknown) => Validated<InvokeArg<C>> };

const VALIDATORS: Validators = {
  'remit:open-documents': validateNone,
  'remit:open-folder': validateNone,
  'remit:load-seeds': validateNone,
  'remit:save-file': validateSaveFile,
  'remit:print-pdf': validatePrintPdf,
  'remit:open-workspace': validateNone,
  'remit:save-workspace': validateSaveWorkspace,
  'remit:store-recovery': (arg) => checkText(arg, 'recovery snapshot', LIMITS.maxWorkspaceChars),
  'remit:take-recovery': validateNone,
  'remit:recent-files': validateNone,
  'remit:app-info': validateNone,
};

export function validateInvokeArg<C extends InvokeChannel>(channel: C, arg: unknown): Validated<InvokeArg<C>> {
  const validator = Object.prototype.hasOwnProperty.call(VALIDATORS, channel) ? VALIDATORS[channel] : undefined;
  if (!validator) return fail(`unknown channel ${String(channel)}`);
  return validator(arg) as Validated<InvokeArg<C>>;
}
