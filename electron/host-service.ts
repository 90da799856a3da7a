/**
 * What main does for the page: dialogs, file reading and writing, watching, recent files,
 * recovery. Every IPC call lands here after the sender and argument checks in ipc-handlers.ts.
 */
import { app, dialog, type BrowserWindow, type FileFilter } from 'electron';
import * as fs from 'node:fs';
import * as fsp from 'node:fs/promises';
import * as path from 'node:path';
import { parseWorkspace, WORKSPACE_EXTENSION } from '../core/workspace';
import { atomicWriteFile } from './atomic-write';
import { htmlToPdf } from './print-pdf';
import { FolderWatcher, readDocumentFiles, readFolderDocuments, DOCUMENT_EXTENSIONS } from './documents';
import type { AppInfo, HostCommand, HostFile, InvokeArg, InvokeResult, OpenedWorkspace, SaveResult } from '../contract/ipc';
import { LIMITS } from '../contract/ipc';
import { addRecent, parseRecent, PendingOpen, recentKind, removeRecent, serializeRecent, type RecentKind } from './recent';
import { RecoveryStore } from './recovery';
import { alternativeWorkspaceName, WorkspaceAccess } from './workspace-access';

export interface HostServiceOptions {
  getWindow(): BrowserWindow | undefined;
  seedsDir: string;
  userDataDir: string;
  send(command: HostCommand): void;
  pushDocuments(files: HostFile[]): void;
  /** documents deleted from a watched folder, by absolute path */
  pushRemoved(paths: string[]): void;
  /** called when the recent list changes, to rebuild the menu */
  onRecentChanged(recent: readonly string[]): void;
}

const MAX_WATCHED_FOLDERS = 8;
const caseInsensitive = process.platform === 'win32' || process.platform === 'darwin';
const normalisePath = (p: string): string => (caseInsensitive ? path.resolve(p).toLowerCase() : path.resolve(p));
const samePath = (a: string, b: string): boolean => normalisePath(a) === normalisePath(b);

export class HostService {
  private readonly access = new WorkspaceAccess(normalisePath);
  private readonly pending = new PendingOpen();
  private readonly watchers = new Map<string, FolderWatcher>();
  private readonly recovery: RecoveryStore;
  private readonly recentFile: string;
  private recent: string[] = [];
  /** names of documents handed to the page this session, for About */
  private corpus: string[] = [];
  private recoverySeq = 0;
  private lastExportDir: string | undefined;
  private recentWrite: Promise<void> = Promise.resolve();

  constructor(private readonly options: HostServiceOptions) {
    this.recovery = new RecoveryStore(options.userDataDir);
    this.recentFile = path.join(options.userDataDir, 'recent.json');
    try {
      this.recent = parseRecent(fs.readFileSync(this.recentFile, 'utf8'));
    } catch {
      this.recent = [];
    }
  }

  recentList(): readonly string[] {
    return this.recent;
  }

  corpusNames(): readonly string[] {
    return this.corpus;
  }

  appInfo(): AppInfo {
    const v = process.versions;
    return { name: app.getName(), version: app.getVersion(), host: `Electron ${v.electron} (Chromium ${v.chrome}, Node ${v.node})` };
  }

  async openDocuments(): Promise<HostFile[]> {
    const pendingPath = this.pending.take('document', Date.now());
    let paths: string[];
    if (pendingPath) paths = [pendingPath];
    else {
      const result = await this.showOpenDialog({
        title: 'Open Documents',
        properties: ['openFile', 'multiSelections'],
        filters: [
          { name: 'Policy documents', extensions: [...DOCUMENT_EXTENSIONS] },
          { name: 'All files', extensions: ['*'] },
        ],
      });
      if (!result) return [];
      paths = result;
    }
    const files = await readDocumentFiles(paths);
    for (const file of files) this.addCorpus(file.name);
    this.remember(paths);
    return files;
  }

  async openFolder(): Promise<HostFile[]> {
    const pendingPath = this.pending.take('folder', Date.now());
    let folder: string;
    if (pendingPath) folder = pendingPath.replace(/[\\/]+$/, '') || pendingPath;
    else {
      const result = await this.showOpenDialog({ title: 'Open Folder', properties: ['openDirectory'] });
      if (!result) return [];
      folder = result[0];
    }
    const { files, snapshot } = await readFolderDocuments(folder);
    this.watch(folder, snapshot);
    for (const file of files) this.addCorpus(file.name);
    this.remember([folder + path.sep]);
    return files;
  }

  async loadSeeds(): Promise<HostFile[]> {
    const { files } = await readFolderDocuments(this.options.seedsDir);
    for (const file of files) this.addCorpus(file.name);
    return files;
  }

  async saveFile({ suggestedName, data, mime }: InvokeArg<'remit:save-file'>): Promise<SaveResult> {
    const ext = path.extname(suggestedName).slice(1);
    const filters: FileFilter[] = ext ? [{ name: `${ext.toUpperCase()} (${mime})`, extensions: [ext] }, { name: 'All files', extensions: ['*'] }] : [];
    const target = await this.showSaveDialog({
      title: 'Export',
      defaultPath: path.join(this.lastExportDir ?? app.getPath('documents'), suggestedName),
      filters,
    });
    if (!target) return { saved: false };
    await atomicWriteFile(target, data);
    this.lastExportDir = path.dirname(target);
    return { saved: true, path: target };
  }

  /** HTML printed by Chromium (vector, selectable text, as many pages as it needs), saved like any export. */
  async printToPdf({ html, suggestedName, landscape }: InvokeArg<'remit:print-pdf'>): Promise<SaveResult> {
    const pdf = await htmlToPdf(html, { landscape });
    return this.saveFile({ suggestedName, data: pdf, mime: 'application/pdf' });
  }

  async openWorkspace(): Promise<OpenedWorkspace | null> {
    let file = this.pending.take('workspace', Date.now());
    if (!file) {
      const result = await this.showOpenDialog({
        title: 'Open Workspace',
        properties: ['openFile'],
        filters: [{ name: 'Remit workspaces', extensions: [WORKSPACE_EXTENSION, 'json'] }, { name: 'All files', extensions: ['*'] }],
      });
      if (!result) return null;
      file = result[0];
    }
    const stat = await fsp.stat(file);
    if (stat.size > LIMITS.maxWorkspaceChars * 3) throw new Error(`${path.basename(file)} is too large to be a workspace`);
    const text = await fsp.readFile(file, 'utf8');
    const parsed = parseWorkspace(text);
    if (!parsed.ok) {
      this.access.markDamaged(file);
      await this.showMessage('warning', `Cannot open ${path.basename(file)}`, parsed.message);
      return null;
    }
    this.access.grant(file);
    this.corpus = [];
    for (const doc of parsed.workspace.documents) this.addCorpus(doc.name);
    this.remember([file]);
    return { name: path.basename(file), path: file, text };
  }

  async saveWorkspace({ text, path: requested }: InvokeArg<'remit:save-workspace'>): Promise<SaveResult> {
    const parsed = parseWorkspace(text);
    if (!parsed.ok) throw new Error(`Refusing to save: the page sent something that is not a workspace (${parsed.message})`);
    const seqAtStart = this.recoverySeq;
    const decision = this.access.decideSave(requested);
    let target: string;
    if (decision.kind === 'write') target = decision.path;
    else {
      const defaultPath =
        decision.reason === 'damaged' && requested
          ? alternativeWorkspaceName(requested, WORKSPACE_EXTENSION)
          : decision.defaultPath ?? path.join(app.getPath('documents'), `Untitled.${WORKSPACE_EXTENSION}`);
      const chosen = await this.showSaveDialog({
        title: decision.reason === 'damaged' ? 'Save Workspace As (the original file could not be read and is kept as it is)' : 'Save Workspace As',
        defaultPath,
        filters: [{ name: 'Remit workspace', extensions: [WORKSPACE_EXTENSION] }],
      });
      if (!chosen) return { saved: false };
      target = chosen;
      this.access.savedAs(target);
    }
    await atomicWriteFile(target, text);
    this.remember([target]);
    // Only drop the recovery snapshot if the page has not stored a newer one while we were saving.
    if (this.recoverySeq === seqAtStart) await this.recovery.clear().catch(() => undefined);
    return { saved: true, path: target };
  }

  async storeRecovery(text: string): Promise<void> {
    this.recoverySeq++;
    await this.recovery.store(text);
  }

  async takeRecovery(): Promise<string | null> {
    return (await this.recovery.take()) ?? null;
  }

  /** Menu: File ▸ Open Recent ▸ entry. The page's next open call of that kind receives it. */
  openRecent(entry: string): void {
    const kind: RecentKind = recentKind(entry);
    if (!fs.existsSync(entry)) {
      this.setRecent(removeRecent(this.recent, entry, samePath));
      void this.showMessage('info', 'File not found', `${entry}\n\nIt was moved or deleted, and has been removed from the recent list.`);
      return;
    }
    if (kind === 'workspace') this.access.grant(entry);
    this.pending.set(kind, entry, Date.now());
    this.options.send(kind === 'workspace' ? 'open-workspace' : kind === 'folder' ? 'open-folder' : 'open-documents');
  }

  clearRecent(): void {
    this.setRecent([]);
    app.clearRecentDocuments();
  }

  /** Stops watching; resolves when pending background writes (recent list) are done. */
  dispose(): Promise<void> {
    for (const watcher of this.watchers.values()) watcher.close();
    this.watchers.clear();
    return this.recentWrite;
  }

  private watch(folder: string, snapshot: Awaited<ReturnType<typeof readFolderDocuments>>['snapshot']): void {
    const key = normalisePath(folder);
    this.watchers.get(key)?.close();
    this.watchers.delete(key);
    if (this.watchers.size >= MAX_WATCHED_FOLDERS) {
      const [oldestKey, oldest] = this.watchers.entries().next().value as [string, FolderWatcher];
      oldest.close();
      this.watchers.delete(oldestKey);
    }
    try {
      const watcher = new FolderWatcher(folder, snapshot, (files, removed) => {
        for (const file of files) this.addCorpus(file.name);
        if (files.length > 0) this.options.pushDocuments(files);
        if (removed.length > 0) {
          const gone = new Set(removed.map((p) => path.basename(p)));
          this.corpus = this.corpus.filter((name) => !gone.has(name));
          this.options.pushRemoved(removed);
        }
      });
      this.watchers.set(key, watcher);
    } catch (error) {
      console.warn(`[remit] cannot watch ${folder}: ${String(error)}`);
    }
  }

  private addCorpus(name: string): void {
    if (!this.corpus.includes(name)) this.corpus.push(name);
  }

  private remember(paths: readonly string[]): void {
    let list = this.recent;
    for (const p of paths) {
      list = addRecent(list, p, samePath);
      if (!/[\\/]$/.test(p)) app.addRecentDocument(p);
    }
    this.setRecent(list);
  }

  private setRecent(list: string[]): void {
    this.recent = list;
    this.options.onRecentChanged(list);
    this.recentWrite = this.recentWrite
      .then(() => fsp.mkdir(this.options.userDataDir, { recursive: true }))
      .then(() => atomicWriteFile(this.recentFile, serializeRecent(list)))
      .catch((error) => console.warn(`[remit] cannot store recent files: ${String(error)}`));
  }

  private async showOpenDialog(options: Electron.OpenDialogOptions): Promise<string[] | undefined> {
    const win = this.options.getWindow();
    const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
    return result.canceled || result.filePaths.length === 0 ? undefined : result.filePaths;
  }

  private async showSaveDialog(options: Electron.SaveDialogOptions): Promise<string | undefined> {
    const win = this.options.getWindow();
    const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? undefined : result.filePath;
  }

  private async showMessage(type: 'info' | 'warning', message: string, detail: string): Promise<void> {
    const win = this.options.getWindow();
    const options: Electron.MessageBoxOptions = { type, message, detail, buttons: ['OK'] };
    if (win) await dialog.showMessageBox(win, options);
    else await dialog.showMessageBox(options);
  }
}

export type HostHandlers = { [C in keyof import('../contract/ipc').InvokeContract]: (arg: InvokeArg<C>) => Promise<InvokeResult<C>> | InvokeResult<C> };

export function handlersFor(service: HostService): HostHandlers {
  return {
    'remit:open-documents': () => service.openDocuments(),
    'remit:open-folder': () => service.openFolder(),
    'remit:load-seeds': () => service.loadSeeds(),
    'remit:save-file': (arg) => service.saveFile(arg),
    'remit:print-pdf': (arg) => service.printToPdf(arg),
    'remit:open-workspace': () => service.openWorkspace(),
    'remit:save-workspace': (arg) => service.saveWorkspace(arg),
    'remit:store-recovery': (arg) => service.storeRecovery(arg),
    'remit:take-recovery': () => service.takeRecovery(),
    'remit:recent-files': () => [...service.recentList()],
    'remit:app-info': () => service.appInfo(),
  };
}
