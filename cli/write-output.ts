// Writing `--out` so that no run ever destroys a file: what is replaced must be a regular file that is not one of
// the inputs; the new content goes to a temporary file next to it, reaches the disk (fsync) and only then takes the
// old one's place (rename), so a failed or interrupted run leaves the old file as it was and no partial file behind.
import { randomBytes } from 'node:crypto';
import type { Stats } from 'node:fs';
import { lstat, open, readlink, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { trackTemp, untrackTemp } from './exits';
import { kindOf } from './inputs';

/** A refusal worded for the user: printed as one line, exit code 2. */
export class OutputRefused extends Error {}

/** A write that failed, worded for the user: printed as one line, exit code 1. */
export class OutputFailed extends Error {}

export interface OutputTarget {
  /** as the user wrote it, for messages */
  shown: string;
  /** the file to replace: the --out path, or the symbolic link's target with --follow-symlink */
  path: string;
  /** the file there now, if any: its identity (to refuse an input) and its permissions (kept) */
  existing?: { dev: number; ino: number; mode: number };
}

/** The calls the writer makes; tests swap `open` for one whose writes fail like a full or broken disk. */
export interface OutputFs {
  open(path: string, flags: string, mode?: number): Promise<FileHandle>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
}
export const nodeOutputFs: OutputFs = { open: (p, f, m) => open(p, f, m), rename, unlink };

/**
 * Checks `--out` before anything is read: it must be a regular file or not exist yet, in a folder that exists. A
 * symbolic link is refused unless `followSymlink`, then its target is checked the same way (links followed up to 40).
 */
export async function resolveOutput(out: string, options: { followSymlink?: boolean } = {}): Promise<OutputTarget> {
  let path = out;
  for (let hops = 0; ; hops++) {
    let info: Stats;
    try {
      info = await lstat(path);
    } catch (error) {
      if ((error as { code?: string }).code !== 'ENOENT') throw new OutputRefused(`cannot use --out ${out}: ${describe(error)}`);
      await requireFolder(out, dirname(path));
      return { shown: out, path };
    }
    if (info.isSymbolicLink()) {
      if (!options.followSymlink) {
        throw new OutputRefused(`--out ${out} is a symbolic link; refusing to replace it (--follow-symlink writes to the file it points at)`);
      }
      if (hops >= 40) throw new OutputRefused(`--out ${out}: too many symbolic links`);
      path = resolve(dirname(path), await readlink(path));
      continue;
    }
    if (!info.isFile()) throw new OutputRefused(`--out ${out} is ${kindOf(info)}, not a regular file; refusing to replace it`);
    return { shown: out, path, existing: { dev: info.dev, ino: info.ino, mode: info.mode & 0o7777 } };
  }
}

async function requireFolder(out: string, folder: string): Promise<void> {
  let info: Stats;
  try {
    info = await stat(folder);
  } catch (error) {
    throw new OutputRefused(`cannot write --out ${out}: folder ${folder}: ${describe(error)}`);
  }
  if (!info.isDirectory()) throw new OutputRefused(`cannot write --out ${out}: ${folder} is not a folder`);
}

/** Refuses an output that is one of the inputs (the same file, however it was named: by inode, so links count). */
export function refuseInputAsOutput(target: OutputTarget, inputs: readonly { path: string; dev: number; ino: number }[]): void {
  const { existing } = target;
  if (!existing) return;
  const input = inputs.find((f) => f.dev === existing.dev && f.ino === existing.ino);
  if (input) throw new OutputRefused(`--out ${target.shown} is one of the inputs (${input.path}); refusing to overwrite it`);
}

/**
 * Writes `data` (or its pieces, one after the other) over the target: temporary file in the same folder, fsync,
 * rename, fsync of the folder. On any failure the temporary file is removed and the old file is untouched.
 */
export async function writeOutput(
  target: OutputTarget | string,
  data: string | Uint8Array | Iterable<string | Uint8Array>,
  fs: OutputFs = nodeOutputFs,
): Promise<void> {
  const { path, shown, existing } = typeof target === 'string' ? { path: target, shown: target, existing: undefined } : target;
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  // tracked before it exists: a signal between the file's creation and the return of open must still remove it
  trackTemp(temp);
  let handle: FileHandle;
  try {
    handle = await fs.open(temp, 'wx', existing?.mode ?? 0o666);
  } catch (error) {
    untrackTemp(temp);
    throw new OutputFailed(`cannot write ${shown}: ${describe(error)}`);
  }
  try {
    try {
      // created under the umask; an existing file's permissions are kept exactly
      if (existing) await handle.chmod(existing.mode);
      for (const piece of typeof data === 'string' || data instanceof Uint8Array ? [data] : data) await writeAll(handle, piece);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, path);
    untrackTemp(temp);
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined);
    untrackTemp(temp);
    throw new OutputFailed(`cannot write ${shown}: ${describe(error)}; nothing was written${existing ? ' and the existing file is unchanged' : ''}`);
  }
  await syncFolder(dirname(path));
}

/** FileHandle.write may write less than asked; a short write is continued, never taken as done. */
async function writeAll(handle: FileHandle, piece: string | Uint8Array): Promise<void> {
  const bytes = typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece;
  let offset = 0;
  while (offset < bytes.length) {
    const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset);
    if (bytesWritten <= 0) throw Object.assign(new Error('the write made no progress'), { code: 'EIO' });
    offset += bytesWritten;
  }
}

/** Makes the rename itself durable; some file systems cannot sync a folder, which is no reason to fail the run. */
async function syncFolder(folder: string): Promise<void> {
  const handle = await open(folder, 'r').catch(() => undefined);
  if (!handle) return;
  await handle.sync().catch(() => undefined);
  await handle.close().catch(() => undefined);
}

function describe(error: unknown): string {
  const code = (error as { code?: string }).code;
  switch (code) {
    case 'ENOSPC': return 'no space left on the device';
    case 'EDQUOT': return 'disk quota exceeded';
    case 'EIO': return 'input/output error (the disk or device failed)';
    case 'EROFS': return 'the file system is read-only';
    case 'EACCES':
    case 'EPERM': return 'permission denied';
    case 'ENOENT': return 'no such file or folder';
    case 'ENOTDIR': return 'a part of the path is not a folder';
    case 'EISDIR': return 'is a folder';
    case 'EFBIG': return 'the file is too large for the file system';
    default: return error instanceof Error ? error.message : String(error);
  }
}
