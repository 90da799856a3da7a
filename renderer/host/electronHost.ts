/**
 * Host implementation for the Electron shell: a thin adapter over `window.remit`, the object the
 * preload script exposes (see electron/preload.ts), typed by the contract both sides import
 * (contract/ipc.ts). The renderer never loads Electron code.
 */
import type { RemitBridge } from '../../contract/ipc';
import type { Host, HostCommand, HostFile, SaveResult } from './types';

declare global {
  interface Window {
    /** present only when running inside the Remit Electron shell */
    remit?: RemitBridge;
  }
}

/** The bridge when running inside Electron, otherwise undefined (web mode). */
export function electronBridge(): RemitBridge | undefined {
  return typeof window !== 'undefined' && typeof window.remit === 'object' && window.remit !== null ? window.remit : undefined;
}

export function isElectronHost(): boolean {
  return electronBridge() !== undefined;
}

export function createElectronHost(bridge: RemitBridge | undefined = electronBridge()): Host {
  if (!bridge) throw new Error('createElectronHost: window.remit is missing (not running in the Remit desktop app)');
  return {
    kind: 'electron',
    openDocuments: (): Promise<HostFile[]> => bridge.openDocuments(),
    openFolder: (): Promise<HostFile[]> => bridge.openFolder(),
    loadSeeds: (): Promise<HostFile[]> => bridge.loadSeeds(),
    saveFile: (suggestedName: string, data: Uint8Array | string, mime: string): Promise<SaveResult> => bridge.saveFile(suggestedName, data, mime),
    printToPdf: (html: string, suggestedName: string, options?: { landscape?: boolean }): Promise<SaveResult> => bridge.printToPdf(html, suggestedName, options?.landscape === true),
    openWorkspace: async () => (await bridge.openWorkspace()) ?? undefined,
    saveWorkspace: (text: string, path?: string): Promise<SaveResult> => bridge.saveWorkspace(text, path),
    storeRecovery: (text: string): Promise<void> => bridge.storeRecovery(text),
    takeRecovery: async () => (await bridge.takeRecovery()) ?? undefined,
    recentFiles: (): Promise<string[]> => bridge.recentFiles(),
    onCommand: (listener: (command: HostCommand) => void) => bridge.onCommand(listener),
    onDocumentsChanged: (listener: (files: HostFile[]) => void) => bridge.onDocumentsChanged(listener),
    onDocumentsRemoved: (listener: (paths: string[]) => void) => bridge.onDocumentsRemoved(listener),
    appInfo: () => bridge.appInfo(),
  };
}
