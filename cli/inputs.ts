// Turning the PATHS of a command into documents without ever hanging, reading without bound or giving up on a whole
// folder: folders are walked entry by entry, only regular files are opened (a FIFO would block the open forever,
// a device would never end), each read is bounded, and every entry that is skipped is named with the reason.
import { constants, type Dirent, type Stats } from 'node:fs';
import { lstat, open, readdir, realpath, stat, type FileHandle } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { DOCUMENT_FILE, readAnyDocument } from '../core/read';
import { nodePdfAssets } from './pdf-assets';
import type { ParsedDocument } from '../core/model';

export interface InputFailure {
  path: string;
  reason: string;
  /** the path was given on the command line (not found inside a folder): the run cannot be complete without it */
  named: boolean;
}
export interface InputNote { path: string; note: string }
/** A regular file to read, with the identity of what it points at (the same file reached twice is read once). */
export interface InputFile { path: string; dev: number; ino: number; named: boolean }
export interface Inputs { documents: ParsedDocument[]; failures: InputFailure[]; notes: InputNote[] }
export interface Listing { files: InputFile[]; failures: InputFailure[]; notes: InputNote[] }

/** The file-system calls inputs are read with; tests swap some of them to produce faults root cannot otherwise see. */
export interface InputFs {
  stat(path: string): Promise<Stats>;
  lstat(path: string): Promise<Stats>;
  readdir(path: string): Promise<Dirent[]>;
  realpath(path: string): Promise<string>;
  open(path: string, flags: number): Promise<FileHandle>;
}
export const nodeInputFs: InputFs = {
  stat,
  lstat,
  readdir: (path) => readdir(path, { withFileTypes: true }),
  realpath,
  open: (path, flags) => open(path, flags),
};

export interface ReadOptions {
  /** the largest input read, in bytes */
  maxBytes: number;
  fs?: InputFs;
}

export const DEFAULT_MAX_BYTES = 200 * 1024 * 1024;

/** Extensions picked up when a folder is named (text, web pages, PDF, Word); a file named explicitly is read whatever its extension. */
const DOCUMENT_EXTENSIONS = DOCUMENT_FILE;

/** Expands PATHS (files or folders) and reads every document; a file that fails is reported, the rest still load. */
export async function readInputs(paths: readonly string[], options: ReadOptions): Promise<Inputs> {
  return readListed(await listInputs(paths, options), options);
}

/** Reads the files of a listing; failures and notes of the listing are carried over. */
export async function readListed(listing: Listing, options: ReadOptions): Promise<Inputs> {
  const documents: ParsedDocument[] = [];
  const failures = [...listing.failures];
  for (const file of listing.files) {
    try {
      documents.push(await documentOf(await readInputBytes(file.path, options), file.path));
    } catch (error) {
      failures.push({ path: file.path, reason: reasonOf(error, options), named: file.named });
    }
  }
  return { documents, failures, notes: listing.notes };
}

/** One file's bytes → its document: the one place that knows which reader suits a file (core/readers tells by the bytes). */
function documentOf(bytes: Uint8Array, path: string): Promise<ParsedDocument> {
  return readAnyDocument(bytes, basename(path), { pdfAssets: nodePdfAssets });
}

/**
 * A file's bytes, refusing anything but a regular file and anything over the limit. Opened without blocking, so that
 * a FIFO that slipped in between listing and reading fails at once instead of waiting for a writer, and checked on
 * the open handle, so that what is read is what was checked.
 */
export async function readInputBytes(path: string, options: ReadOptions): Promise<Uint8Array> {
  const fs = options.fs ?? nodeInputFs;
  const handle = await fs.open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new InputError(`${kindOf(info)}, not a regular file`);
    if (info.size > options.maxBytes) throw new TooLargeError(info.size);
    // Read to the end, not to the size seen: a file can grow meanwhile. One byte past the limit proves it too large.
    let bytes = new Uint8Array(Math.max(info.size, 1) + 1);
    let length = 0;
    for (;;) {
      if (length === bytes.length) {
        const grown = new Uint8Array(Math.min(bytes.length * 2, options.maxBytes + 1));
        grown.set(bytes);
        bytes = grown;
      }
      const { bytesRead } = await handle.read(bytes, length, bytes.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > options.maxBytes) throw new TooLargeError(undefined);
    }
    return bytes.subarray(0, length);
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/** Lists the files PATHS name, walking folders; nothing is opened yet. */
export async function listInputs(paths: readonly string[], options: ReadOptions): Promise<Listing> {
  const fs = options.fs ?? nodeInputFs;
  const listing: Listing = { files: [], failures: [], notes: [] };
  const seen = new Map<string, string>();
  const add = (path: string, info: Stats, named: boolean): void => {
    const id = `${info.dev}:${info.ino}`;
    const first = seen.get(id);
    if (first !== undefined) {
      listing.notes.push({ path, note: `the same file as ${first}, read once` });
      return;
    }
    seen.set(id, path);
    listing.files.push({ path, dev: info.dev, ino: info.ino, named });
  };

  async function walk(folder: string, info: Stats, chain: readonly string[], named: boolean): Promise<void> {
    let entries: Dirent[];
    try {
      entries = await fs.readdir(folder);
    } catch (error) {
      listing.failures.push({ path: folder, reason: reasonOf(error, options), named });
      return;
    }
    const inside = [...chain, `${info.dev}:${info.ino}`];
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const full = join(folder, entry.name);
      let target: Stats;
      try {
        // Dirent types say what the entry is; a symbolic link is followed (stat) to what it points at.
        target = entry.isSymbolicLink() || (!entry.isFile() && !entry.isDirectory()) ? await fs.stat(full) : await fs.lstat(full);
      } catch (error) {
        const dangling = entry.isSymbolicLink() && (error as { code?: string }).code === 'ENOENT';
        listing.failures.push({ path: full, reason: dangling ? 'a symbolic link to nothing' : reasonOf(error, options), named: false });
        continue;
      }
      if (target.isDirectory()) {
        if (inside.includes(`${target.dev}:${target.ino}`)) {
          const to = await fs.realpath(full).catch(() => full);
          listing.notes.push({ path: full, note: `a symbolic link loop back to ${to}, not followed` });
        } else {
          await walk(full, target, inside, false);
        }
      } else if (target.isFile()) {
        if (DOCUMENT_EXTENSIONS.test(entry.name)) add(full, target, false);
      } else {
        listing.notes.push({ path: full, note: `skipped: ${kindOf(target)}, not a regular file (never opened)` });
      }
    }
  }

  for (const path of paths) {
    let info: Stats;
    try {
      info = await fs.stat(path);
    } catch (error) {
      listing.failures.push({ path, reason: reasonOf(error, options), named: true });
      continue;
    }
    if (info.isDirectory()) await walk(path, info, [], true);
    else if (info.isFile()) add(path, info, true);
    else listing.failures.push({ path, reason: `${kindOf(info)}, not a regular file (never opened)`, named: true });
  }
  return listing;
}

/** A reason for refusing an input that is already worded for the user. */
export class InputError extends Error {}

/** `size`: the file's size when known before reading, else undefined (it grew past the limit while read). */
class TooLargeError extends InputError {
  constructor(readonly size: number | undefined) {
    super('too large');
  }
}

export function kindOf(info: Stats): string {
  if (info.isFIFO()) return 'a FIFO (named pipe)';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  if (info.isDirectory()) return 'a folder';
  if (info.isSymbolicLink()) return 'a symbolic link';
  return 'not a regular file';
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024 * 1024) return `${+(n / 1024 ** 3).toFixed(1)} GB`;
  if (n >= 1024 * 1024) return `${+(n / 1024 ** 2).toFixed(1)} MB`;
  if (n >= 1024) return `${+(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}

export function reasonOf(error: unknown, options?: ReadOptions): string {
  if (error instanceof TooLargeError) {
    const limit = formatBytes(options?.maxBytes ?? DEFAULT_MAX_BYTES);
    return `larger than the ${limit} limit for one input${error.size === undefined ? '' : ` (${formatBytes(error.size)})`}; --max-size raises it`;
  }
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder';
  if (code === 'ELOOP') return 'a symbolic link loop';
  if (code === 'ENOTDIR') return 'a part of the path is not a folder';
  if (code === 'ENAMETOOLONG') return 'the name is too long';
  if (code === 'EIO') return 'input/output error (the disk or device failed)';
  return error instanceof Error ? error.message : String(error);
}
