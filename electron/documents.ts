/**
 * Reading policy documents from disk for the page, and watching an opened folder.
 *
 * Folders: policy documents as people get them are read (*.txt, saved web pages, PDF, Word). A watched
 * folder of policy texts often also holds a README.md or notes, and feeding those to the extractor would
 * add junk nodes; Open Documents… still accepts .md when the user picks a file explicitly.
 */
import * as fs from 'node:fs';
import * as fsp from 'node:fs/promises';
import * as path from 'node:path';
import type { HostFile } from '../contract/host';
import { LIMITS } from '../contract/ipc';

export const DOCUMENT_EXTENSIONS = ['txt', 'md', 'html', 'htm', 'pdf', 'docx', 'doc'] as const;
export const FOLDER_EXTENSIONS = ['txt', 'html', 'htm', 'pdf', 'docx', 'doc'] as const;
const FOLDER_NAME = new RegExp(`\\.(${FOLDER_EXTENSIONS.join('|')})$`, 'i');

/** Names a folder scan picks up: a document's extension, not hidden, not an editor's lock or backup file. */
export function isFolderDocumentName(name: string): boolean {
  if (name.startsWith('.') || name.startsWith('~$') || name.endsWith('~')) return false;
  return FOLDER_NAME.test(name);
}

export async function readDocumentFile(filePath: string): Promise<HostFile> {
  const stat = await fsp.stat(filePath);
  if (!stat.isFile()) throw new Error(`${path.basename(filePath)} is not a file`);
  if (stat.size > LIMITS.maxDocumentBytes) {
    throw new Error(`${path.basename(filePath)} is too large to be a policy document (${Math.round(stat.size / 1048576)} MB)`);
  }
  const bytes = await fsp.readFile(filePath);
  return { name: path.basename(filePath), path: filePath, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
}

export async function readDocumentFiles(paths: readonly string[]): Promise<HostFile[]> {
  const files: HostFile[] = [];
  for (const filePath of paths) files.push(await readDocumentFile(filePath));
  return files;
}

/** Identity of a file version: cheap to compute for a whole folder, changes on every save. */
export interface FileSignature {
  size: number;
  mtimeMs: number;
}

export type FolderSnapshot = Map<string, FileSignature>;

export async function snapshotFolder(folder: string): Promise<FolderSnapshot> {
  const snapshot: FolderSnapshot = new Map();
  const entries = await fsp.readdir(folder, { withFileTypes: true });
  const names = entries
    .filter((entry) => entry.isFile() && isFolderDocumentName(entry.name))
    .map((entry) => entry.name)
    .sort((a, b) => a.localeCompare(b))
    .slice(0, LIMITS.maxFolderDocuments);
  for (const name of names) {
    try {
      const stat = await fsp.stat(path.join(folder, name));
      if (stat.size <= LIMITS.maxDocumentBytes) snapshot.set(name, { size: stat.size, mtimeMs: stat.mtimeMs });
    } catch {
      // deleted between readdir and stat
    }
  }
  return snapshot;
}

/** Names that are new or whose signature changed. */
export function changedNames(previous: FolderSnapshot, next: FolderSnapshot): string[] {
  const changed: string[] = [];
  for (const [name, sig] of next) {
    const old = previous.get(name);
    if (!old || old.size !== sig.size || old.mtimeMs !== sig.mtimeMs) changed.push(name);
  }
  return changed;
}

/** Names that were in the folder and are gone. */
export function removedNames(previous: FolderSnapshot, next: FolderSnapshot): string[] {
  return [...previous.keys()].filter((name) => !next.has(name));
}

export async function readFolderDocuments(folder: string): Promise<{ files: HostFile[]; snapshot: FolderSnapshot }> {
  const snapshot = await snapshotFolder(folder);
  const files: HostFile[] = [];
  for (const name of snapshot.keys()) {
    try {
      files.push(await readDocumentFile(path.join(folder, name)));
    } catch {
      snapshot.delete(name);
    }
  }
  return { files, snapshot };
}

export interface WatchDeps {
  watch(folder: string, onEvent: () => void): { close(): void };
  setTimer(fn: () => void, ms: number): unknown;
  clearTimer(handle: unknown): void;
}

export const nodeWatchDeps: WatchDeps = {
  watch: (folder, onEvent) => {
    const watcher = fs.watch(folder, { persistent: false }, () => onEvent());
    watcher.on('error', () => undefined);
    return watcher;
  },
  setTimer: (fn, ms) => setTimeout(fn, ms),
  clearTimer: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

/**
 * Watches one folder. Editors save in bursts (temp file, rename, chmod), so events are debounced
 * and then the folder is compared with the last snapshot; only new or changed documents are pushed, and the
 * paths of documents deleted from the folder, so that the graph does not go on showing what is no longer there.
 */
export class FolderWatcher {
  private timer: unknown;
  private closed = false;
  private scanning: Promise<void> = Promise.resolve();
  private readonly handle: { close(): void };

  constructor(
    readonly folder: string,
    private snapshot: FolderSnapshot,
    private readonly onChanged: (files: HostFile[], removed: string[]) => void,
    private readonly deps: WatchDeps = nodeWatchDeps,
    private readonly debounceMs = 300,
  ) {
    this.handle = deps.watch(folder, () => this.schedule());
  }

  private schedule(): void {
    if (this.closed) return;
    if (this.timer !== undefined) this.deps.clearTimer(this.timer);
    this.timer = this.deps.setTimer(() => {
      this.timer = undefined;
      void this.rescan();
    }, this.debounceMs);
  }

  /** Queues a comparison of the folder with the last snapshot; scans never overlap, so nothing is pushed twice. */
  rescan(): Promise<void> {
    this.scanning = this.scanning.catch(() => undefined).then(() => this.scan());
    return this.scanning;
  }

  private async scan(): Promise<void> {
    if (this.closed) return;
    let next: FolderSnapshot;
    try {
      next = await snapshotFolder(this.folder);
    } catch {
      return; // folder removed or unreadable; keep the watcher until it comes back or is closed
    }
    const files: HostFile[] = [];
    for (const name of changedNames(this.snapshot, next)) {
      try {
        files.push(await readDocumentFile(path.join(this.folder, name)));
      } catch {
        // Unreadable mid-save or vanished mid-scan: a known file keeps its old signature, so it is neither dropped
        // from the graph nor missed when it is readable again; a new one is reported next time it appears.
        const known = this.snapshot.get(name);
        if (known) next.set(name, known);
        else next.delete(name);
      }
    }
    const removed = removedNames(this.snapshot, next).map((name) => path.join(this.folder, name));
    this.snapshot = next;
    if ((files.length > 0 || removed.length > 0) && !this.closed) this.onChanged(files, removed);
  }

  close(): void {
    this.closed = true;
    if (this.timer !== undefined) this.deps.clearTimer(this.timer);
    this.handle.close();
  }
}
