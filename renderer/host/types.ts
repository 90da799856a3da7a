/**
 * What the renderer needs from whoever hosts it. Electron (through the preload bridge) and the
 * plain web page ("web mode") each implement this; nothing else in the renderer knows which it is.
 */

import type { HostCommand, HostFile, SaveResult } from '../../contract/host';

export type { HostCommand, HostFile, SaveResult };

export interface Host {
  readonly kind: 'electron' | 'web';
  /** ask the user for documents; [] when cancelled */
  openDocuments(): Promise<HostFile[]>;
  /** ask for a folder and return its documents (Electron watches it afterwards); [] when cancelled or unsupported */
  openFolder(): Promise<HostFile[]>;
  /** the default corpus (the bundled seeds) */
  loadSeeds(): Promise<HostFile[]>;
  /** save bytes or text under a suggested name: a download in web mode, a save dialog in Electron */
  saveFile(suggestedName: string, data: Uint8Array | string, mime: string): Promise<SaveResult>;
  /**
   * a self-contained HTML page as PDF printed by the browser engine (vector, selectable text, several pages):
   * Electron prints it and asks where to save; a browser opens its print dialog, where the user picks "Save as PDF"
   */
  printToPdf(html: string, suggestedName: string, options?: { landscape?: boolean }): Promise<SaveResult>;
  /** workspace files: JSON text */
  openWorkspace(): Promise<{ name: string; path?: string; text: string } | undefined>;
  saveWorkspace(text: string, path?: string): Promise<SaveResult>;
  /** crash recovery: the host keeps the last unsaved workspace here */
  storeRecovery(text: string): Promise<void>;
  takeRecovery(): Promise<string | undefined>;
  recentFiles(): Promise<string[]>;
  /** subscribe to menu commands; returns an unsubscribe function */
  onCommand(listener: (command: HostCommand) => void): () => void;
  /** documents added or changed in a watched folder */
  onDocumentsChanged(listener: (files: HostFile[]) => void): () => void;
  /** documents deleted from a watched folder, by the path they were read from */
  onDocumentsRemoved(listener: (paths: string[]) => void): () => void;
  /** app version and name for About */
  appInfo(): Promise<{ name: string; version: string; host: string }>;
}
