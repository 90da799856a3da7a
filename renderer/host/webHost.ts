/**
 * The Host for a plain browser tab ("web mode"): file inputs instead of dialogs, downloads instead of save dialogs,
 * localStorage for crash recovery, and the seed documents bundled into the build.
 */
import { DOCUMENT_FILE } from '../../core/readers/file-names';
import type { Host, HostCommand, HostFile, SaveResult } from './types';

const RECOVERY_KEY = 'remit.recovery';

// Bundled at build time so the default corpus works offline and from file:// alike.
const SEEDS = import.meta.glob('../../seeds/*.txt', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

function baseName(path: string): string {
  return path.split('/').pop() ?? path;
}

/** Shows a hidden file input and resolves with its files; [] when the user cancels. */
function pickFiles(configure: (input: HTMLInputElement) => void): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.hidden = true;
    input.setAttribute('aria-hidden', 'true');
    input.dataset.remitPicker = '';
    configure(input);
    let settled = false;
    const finish = (files: File[]) => {
      if (settled) return;
      settled = true;
      input.remove();
      resolve(files);
    };
    input.addEventListener('change', () => finish(Array.from(input.files ?? [])));
    input.addEventListener('cancel', () => finish([]));
    document.body.append(input);
    input.click();
  });
}

async function toHostFiles(files: File[]): Promise<HostFile[]> {
  return Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
}

function download(name: string, blob: Blob): SaveResult {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return { saved: true };
}

export function createWebHost(): Host & { dispatch(command: HostCommand): void } {
  const listeners = new Set<(command: HostCommand) => void>();
  return {
    kind: 'web',
    async openDocuments() {
      return toHostFiles(await pickFiles((i) => { i.multiple = true; i.accept = '.txt,.text,.htm,.html,.md,.pdf,.docx,.doc,text/plain,text/html,application/pdf'; }));
    },
    async openFolder() {
      const files = await pickFiles((i) => { i.multiple = true; i.webkitdirectory = true; });
      return toHostFiles(files.filter((f) => !f.name.startsWith('.') && DOCUMENT_FILE.test(f.name)));
    },
    async loadSeeds() {
      const encoder = new TextEncoder();
      return Object.entries(SEEDS)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([path, text]) => ({ name: baseName(path), bytes: encoder.encode(text) }));
    },
    async saveFile(suggestedName, data, mime) {
      const part: BlobPart = typeof data === 'string' ? data : new Uint8Array(data);
      return download(suggestedName, new Blob([part], { type: mime }));
    },
    async printToPdf(html) {
      return printHtml(html);
    },
    async openWorkspace() {
      const [file] = await pickFiles((i) => { i.accept = '.remit,.json,application/json'; });
      return file ? { name: file.name, text: await file.text() } : undefined;
    },
    async saveWorkspace(text) {
      return download('workspace.remit', new Blob([text], { type: 'application/json' }));
    },
    async storeRecovery(text) {
      try {
        localStorage.setItem(RECOVERY_KEY, text);
      } catch {
        // Quota exceeded or storage disabled: recovery is a convenience, never a reason to interrupt work.
      }
    },
    async takeRecovery() {
      try {
        const text = localStorage.getItem(RECOVERY_KEY) ?? undefined;
        localStorage.removeItem(RECOVERY_KEY);
        return text;
      } catch {
        return undefined;
      }
    },
    async recentFiles() {
      return [];
    },
    onCommand(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onDocumentsChanged() {
      return () => undefined;
    },
    onDocumentsRemoved() {
      return () => undefined;
    },
    async appInfo() {
      return { name: 'Remit', version: __REMIT_VERSION__, host: `web · ${navigator.userAgent.match(/Chrom(e|ium)\/[\d.]+|Firefox\/[\d.]+|Version\/[\d.]+ Safari/)?.[0] ?? 'browser'}` };
    },
    dispatch(command) {
      for (const l of listeners) l(command);
    },
  };
}

/**
 * The browser's own printing of a self-contained page: a hidden frame holds the HTML (its print stylesheet sets
 * the pages) and the print dialog opens on it; "Save as PDF" there gives vector, selectable text. The frame is
 * sandboxed without scripts: the page is data, and only this window calls print() on it.
 */
function printHtml(html: string): Promise<SaveResult> {
  // one print at a time: a frame left by an earlier print whose dialog did not block goes first
  document.querySelectorAll('iframe[data-remit-print]').forEach((f) => f.remove());
  return new Promise((resolve) => {
    const frame = document.createElement('iframe');
    frame.setAttribute('sandbox', 'allow-modals allow-same-origin');
    frame.setAttribute('aria-hidden', 'true');
    frame.dataset.remitPrint = '';
    frame.title = 'print';
    frame.style.cssText = 'position:fixed;right:0;bottom:0;width:0;height:0;border:0;visibility:hidden';
    frame.addEventListener('load', () => {
      const win = frame.contentWindow;
      if (!win) {
        frame.remove();
        return resolve({ saved: false });
      }
      // The frame goes once the dialog is done: after print() where it blocks (Chromium, Firefox), else on afterprint.
      let removed = false;
      const remove = () => {
        if (!removed) setTimeout(() => frame.remove(), 1000);
        removed = true;
      };
      win.addEventListener('afterprint', remove, { once: true });
      win.focus();
      win.print();
      resolve({ saved: true });
      setTimeout(remove, 60_000);
    }, { once: true });
    frame.srcdoc = html;
    document.body.appendChild(frame);
  });
}
