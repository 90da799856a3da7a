/**
 * The one place that names every IPC channel and types what crosses it, so main, preload and the
 * renderer adapter cannot drift apart. Type-only for the renderer (it imports nothing at runtime).
 */
import type { HostCommand, HostFile, SaveResult } from './host';

export type { HostCommand, HostFile, SaveResult };

export interface OpenedWorkspace {
  name: string;
  path?: string;
  text: string;
}

export interface AppInfo {
  name: string;
  version: string;
  /** e.g. "Electron 41.7.1 (Chromium 146.0…, Node 24.…)" */
  host: string;
}

export interface SaveFileRequest {
  suggestedName: string;
  data: Uint8Array | string;
  mime: string;
}

/** HTML printed to PDF by the browser engine, then saved where the user chooses. */
export interface PrintPdfRequest {
  html: string;
  suggestedName: string;
  landscape?: boolean;
}

export interface SaveWorkspaceRequest {
  text: string;
  /** the path the page believes the workspace lives at; omitted for "Save As" */
  path?: string;
}

/** Renderer → main calls (ipcRenderer.invoke / ipcMain.handle): channel → [argument, result]. */
export interface InvokeContract {
  'remit:open-documents': [undefined, HostFile[]];
  'remit:open-folder': [undefined, HostFile[]];
  'remit:load-seeds': [undefined, HostFile[]];
  'remit:save-file': [SaveFileRequest, SaveResult];
  'remit:print-pdf': [PrintPdfRequest, SaveResult];
  'remit:open-workspace': [undefined, OpenedWorkspace | null];
  'remit:save-workspace': [SaveWorkspaceRequest, SaveResult];
  'remit:store-recovery': [string, void];
  'remit:take-recovery': [undefined, string | null];
  'remit:recent-files': [undefined, string[]];
  'remit:app-info': [undefined, AppInfo];
}

export type InvokeChannel = keyof InvokeContract;
export type InvokeArg<C extends InvokeChannel> = InvokeContract[C][0];
export type InvokeResult<C extends InvokeChannel> = InvokeContract[C][1];

/** Main → renderer pushes (webContents.send / ipcRenderer.on). */
export interface EventContract {
  'remit:command': HostCommand;
  'remit:documents-changed': HostFile[];
  /** absolute paths of documents deleted from a watched folder */
  'remit:documents-removed': string[];
}

export type EventChannel = keyof EventContract;

export const INVOKE_CHANNELS: readonly InvokeChannel[] = [
  'remit:open-documents',
  'remit:open-folder',
  'remit:load-seeds',
  'remit:save-file',
  'remit:print-pdf',
  'remit:open-workspace',
  'remit:save-workspace',
  'remit:store-recovery',
  'remit:take-recovery',
  'remit:recent-files',
  'remit:app-info',
];

export const EVENT_CHANNELS: readonly EventChannel[] = ['remit:command', 'remit:documents-changed', 'remit:documents-removed'];

/** The object the preload exposes as `window.remit`. */
export interface RemitBridge {
  openDocuments(): Promise<HostFile[]>;
  openFolder(): Promise<HostFile[]>;
  loadSeeds(): Promise<HostFile[]>;
  saveFile(suggestedName: string, data: Uint8Array | string, mime: string): Promise<SaveResult>;
  printToPdf(html: string, suggestedName: string, landscape?: boolean): Promise<SaveResult>;
  openWorkspace(): Promise<OpenedWorkspace | null>;
  saveWorkspace(text: string, path?: string): Promise<SaveResult>;
  storeRecovery(text: string): Promise<void>;
  takeRecovery(): Promise<string | null>;
  recentFiles(): Promise<string[]>;
  appInfo(): Promise<AppInfo>;
  /** returns an unsubscribe function */
  onCommand(listener: (command: HostCommand) => void): () => void;
  onDocumentsChanged(listener: (files: HostFile[]) => void): () => void;
  onDocumentsRemoved(listener: (paths: string[]) => void): () => void;
}

/** Limits enforced by main on what the page may send (and on what main reads for it). */
export const LIMITS = {
  /** one exported file (PNG/PDF/DOCX of a large graph stays far below this) */
  maxSaveBytes: 200 * 1024 * 1024,
  /** one workspace or recovery snapshot */
  maxWorkspaceChars: 200 * 1024 * 1024,
  /** one document read from disk */
  maxDocumentBytes: 50 * 1024 * 1024,
  /** documents read from one folder */
  maxFolderDocuments: 2000,
  maxNameLength: 255,
  maxMimeLength: 200,
  maxPathLength: 4096,
} as const;
