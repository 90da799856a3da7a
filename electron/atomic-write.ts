/**
 * Crash-safe file replacement: the target is either the old file or the complete new one, never a
 * mix. Write a temp file beside the target (same folder, so rename is atomic on one file system),
 * fsync it, rename it over the target, then fsync the folder so the rename itself survives power loss.
 * The fs functions are injected so tests can fail each step.
 */
import * as nodeFs from 'node:fs/promises';
import * as nodePath from 'node:path';
import { randomBytes } from 'node:crypto';

export interface WritableHandle {
  writeFile(data: Uint8Array | string): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

export interface AtomicFs {
  open(path: string, flags: string, mode?: number): Promise<WritableHandle>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  readdir(path: string): Promise<string[]>;
  stat(path: string): Promise<{ mode: number }>;
}

export const nodeAtomicFs: AtomicFs = {
  open: (path, flags, mode) => nodeFs.open(path, flags, mode),
  rename: (from, to) => nodeFs.rename(from, to),
  unlink: (path) => nodeFs.unlink(path),
  readdir: (path) => nodeFs.readdir(path),
  stat: (path) => nodeFs.stat(path),
};

const TEMP_SUFFIX = '.tmp';

function tempPrefix(target: string): string {
  return `.${nodePath.basename(target)}.`;
}

/** Temp files written for this target, in flight, by this process. */
const inFlight = new Set<string>();
/** Per-target queue: two saves to the same file never interleave. */
const queues = new Map<string, Promise<unknown>>();

export interface AtomicWriteOptions {
  fs?: AtomicFs;
  platform?: NodeJS.Platform;
}

export function atomicWriteFile(target: string, data: Uint8Array | string, options: AtomicWriteOptions = {}): Promise<void> {
  const key = nodePath.resolve(target);
  const previous = queues.get(key) ?? Promise.resolve();
  const run = previous.catch(() => undefined).then(() => writeOnce(key, data, options.fs ?? nodeAtomicFs, options.platform ?? process.platform));
  queues.set(key, run);
  void run.finally(() => {
    if (queues.get(key) === run) queues.delete(key);
  }).catch(() => undefined);
  return run;
}

async function writeOnce(target: string, data: Uint8Array | string, fs: AtomicFs, platform: NodeJS.Platform): Promise<void> {
  const dir = nodePath.dirname(target);
  await removeStaleTemps(target, fs);

  let mode = 0o666;
  try {
    mode = (await fs.stat(target)).mode & 0o777;
  } catch {
    // new file: default mode (umask applies)
  }

  const temp = nodePath.join(dir, `${tempPrefix(target)}${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`);
  inFlight.add(temp);
  let renamed = false;
  try {
    const handle = await fs.open(temp, 'wx', mode);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, target);
    renamed = true;
  } finally {
    inFlight.delete(temp);
    if (!renamed) await fs.unlink(temp).catch(() => undefined);
  }
  await syncFolder(dir, fs, platform);
}

/**
 * Makes the rename durable. By now the new file is in place, so a failure here (some network and
 * FUSE file systems refuse to fsync a folder) must not report the save as failed.
 * Windows cannot open a folder for fsync; NTFS journals the rename itself.
 */
async function syncFolder(dir: string, fs: AtomicFs, platform: NodeJS.Platform): Promise<void> {
  if (platform === 'win32') return;
  try {
    const handle = await fs.open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // best effort, see above
  }
}

/** A process killed mid-save leaves its temp file behind; the next save of the same target removes it. */
async function removeStaleTemps(target: string, fs: AtomicFs): Promise<void> {
  const dir = nodePath.dirname(target);
  const prefix = tempPrefix(target);
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith(TEMP_SUFFIX)) continue;
    if (!/^[0-9a-f]{12}$/.test(name.slice(prefix.length, -TEMP_SUFFIX.length))) continue;
    const path = nodePath.join(dir, name);
    if (!inFlight.has(path)) await fs.unlink(path).catch(() => undefined);
  }
}
