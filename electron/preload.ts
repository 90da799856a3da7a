/**
 * The only bridge between the sandboxed page and main: one frozen object, `window.remit`, with
 * named methods. The page never sees ipcRenderer, channel names or Electron events.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { EventChannel, EventContract, InvokeArg, InvokeChannel, InvokeResult, RemitBridge } from '../contract/ipc';

function invoke<C extends InvokeChannel>(channel: C, arg?: InvokeArg<C>): Promise<InvokeResult<C>> {
  return ipcRenderer.invoke(channel, arg) as Promise<InvokeResult<C>>;
}

function subscribe<E extends EventChannel>(channel: E, listener: (payload: EventContract[E]) => void): () => void {
  if (typeof listener !== 'function') throw new TypeError('listener must be a function');
  // The Electron event is dropped: it carries sender details the page has no business with.
  const wrapped = (_event: IpcRendererEvent, payload: EventContract[E]) => listener(payload);
  ipcRenderer.on(channel, wrapped);
  return () => {
    ipcRenderer.removeListener(channel, wrapped);
  };
}

const bridge: RemitBridge = {
  openDocuments: () => invoke('remit:open-documents'),
  openFolder: () => invoke('remit:open-folder'),
  loadSeeds: () => invoke('remit:load-seeds'),
  saveFile: (suggestedName, data, mime) => invoke('remit:save-file', { suggestedName, data, mime }),
  printToPdf: (html, suggestedName, landscape) => invoke('remit:print-pdf', { html, suggestedName, landscape: landscape === true }),
  openWorkspace: () => invoke('remit:open-workspace'),
  saveWorkspace: (text, path) => invoke('remit:save-workspace', path === undefined ? { text } : { text, path }),
  storeRecovery: (text) => invoke('remit:store-recovery', text),
  takeRecovery: () => invoke('remit:take-recovery'),
  recentFiles: () => invoke('remit:recent-files'),
  appInfo: () => invoke('remit:app-info'),
  onCommand: (listener) => subscribe('remit:command', listener),
  onDocumentsChanged: (listener) => subscribe('remit:documents-changed', listener),
  onDocumentsRemoved: (listener) => subscribe('remit:documents-removed', listener),
};

contextBridge.exposeInMainWorld('remit', Object.freeze(bridge));
