/**
 * PDF with real text: the page's HTML (a briefing pack, or the graph drawn as SVG inside a page) printed by
 * Chromium's own engine, so text stays selectable and searchable, shapes stay vector, and a long briefing runs
 * over as many pages as it needs, with its print stylesheet (A4, landscape matrix pages).
 *
 * The HTML is loaded into a hidden, sandboxed window with JavaScript off and no network: it comes from the page
 * and is treated as untrusted. It is loaded from a temporary file rather than a data: URL, which Chromium
 * truncates beyond a few megabytes (a briefing of sixty documents is larger).
 */
import { BrowserWindow } from 'electron';
import * as fsp from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';

export interface PrintPdfOptions {
  landscape?: boolean;
}

/** The options given to webContents.printToPDF: A4 unless the page's CSS @page says otherwise, backgrounds kept. */
export function printOptions(options: PrintPdfOptions): Electron.PrintToPDFOptions {
  return {
    landscape: options.landscape === true,
    pageSize: 'A4',
    printBackground: true,
    preferCSSPageSize: true,
    generateTaggedPDF: true,
    generateDocumentOutline: true,
    margins: { marginType: 'default' },
  };
}

export async function htmlToPdf(html: string, options: PrintPdfOptions = {}): Promise<Uint8Array> {
  const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'remit-print-'));
  const file = path.join(dir, 'print.html');
  const win = new BrowserWindow({
    show: false,
    width: 1024,
    height: 1400,
    webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false, webSecurity: true, spellcheck: false, disableBlinkFeatures: 'Auxclick' },
  });
  try {
    const contents = win.webContents;
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-navigate', (event) => event.preventDefault());
    // nothing leaves the machine: only the file itself and inline data may load
    contents.session.webRequest.onBeforeRequest({ urls: ['*://*/*'] }, (_details, callback) => callback({ cancel: true }));
    await fsp.writeFile(file, html, 'utf8');
    await win.loadFile(file);
    const pdf = await contents.printToPDF(printOptions(options));
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  } finally {
    if (!win.isDestroyed()) win.destroy();
    await fsp.rm(dir, { recursive: true, force: true });
  }
}
