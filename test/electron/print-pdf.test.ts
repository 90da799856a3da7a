// PDF export goes through Chromium's printing in a hidden, script-less, offline window that is always torn down.
import * as fs from 'node:fs';
import { describe, expect, it, vi } from 'vitest';

const seen = vi.hoisted(() => ({
  windows: [] as Array<{ options: Record<string, unknown>; loaded?: string; html?: string; destroyed: boolean; blocked: string[]; printed?: Record<string, unknown> }>,
  failPrint: false,
}));

vi.mock('electron', () => ({
  BrowserWindow: class {
    private readonly record;
    webContents;
    constructor(options: Record<string, unknown>) {
      this.record = { options, destroyed: false, blocked: [] as string[] } as (typeof seen.windows)[number];
      seen.windows.push(this.record);
      const record = this.record;
      this.webContents = {
        setWindowOpenHandler: () => undefined,
        on: () => undefined,
        session: { webRequest: { onBeforeRequest: (filter: { urls: string[] }) => record.blocked.push(...filter.urls) } },
        printToPDF: async (opts: Record<string, unknown>) => {
          if (seen.failPrint) throw new Error('printing failed');
          record.printed = opts;
          return Buffer.from('%PDF-1.7 fake');
        },
      };
    }
    async loadFile(file: string) {
      this.record.loaded = file;
      this.record.html = fs.readFileSync(file, 'utf8');
    }
    isDestroyed() {
      return this.record.destroyed;
    }
    destroy() {
      this.record.destroyed = true;
    }
  },
}));

const { htmlToPdf, printOptions } = await import('../../electron/print-pdf');

describe('htmlToPdf', () => {
  it('prints the page in a hidden sandboxed window without scripts or network, then removes it and its file', async () => {
    const pdf = await htmlToPdf('<!DOCTYPE html><p>简报</p>', { landscape: true });
    expect(new TextDecoder().decode(pdf)).toBe('%PDF-1.7 fake');
    const w = seen.windows.at(-1)!;
    expect(w.options.show).toBe(false);
    expect(w.options.webPreferences).toMatchObject({ sandbox: true, javascript: false, nodeIntegration: false, contextIsolation: true });
    expect(w.html).toBe('<!DOCTYPE html><p>简报</p>');
    expect(w.blocked).toEqual(['*://*/*']);
    expect(w.printed).toMatchObject({ landscape: true, printBackground: true, preferCSSPageSize: true, pageSize: 'A4' });
    expect(w.destroyed).toBe(true);
    expect(fs.existsSync(w.loaded!)).toBe(false);
  });

  it('cleans up when printing fails', async () => {
    seen.failPrint = true;
    await expect(htmlToPdf('<p>x</p>')).rejects.toThrow(/printing failed/);
    seen.failPrint = false;
    const w = seen.windows.at(-1)!;
    expect(w.destroyed).toBe(true);
    expect(fs.existsSync(w.loaded!)).toBe(false);
  });

  it('asks for A4 portrait by default and lets the page’s @page rules decide', () => {
    expect(printOptions({})).toMatchObject({ landscape: false, pageSize: 'A4', preferCSSPageSize: true, generateTaggedPDF: true });
  });
});
