/**
 * Documents as people get them, opened in the web app in real Chromium: PDF (pdf.js inside the parsing worker),
 * .docx, .doc and a saved gov.cn page go in together; a scanned or damaged file is named and the others still load;
 * evidence read from a PDF cites its page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { distDir } from '../../cli/serve';
import { cmapPdf } from '../fixtures/cmap-pdf';
import { appForFile, settle, screenshot, statusCounts, waitReady } from './support';

const { harness, app } = appForFile();

const fixture = (name: string): Buffer => readFileSync(new URL(`../fixtures/formats/${name}`, import.meta.url));

describe('reading real documents in the app', () => {
  // four different documents (the same document in two formats would be one document in the graph)
  it('opens PDF, Word and web page files in one go and names the one it cannot read', async () => {
    const { page } = app();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    await (await chooser).setFiles([
      { name: 'gov-15.office.pdf', mimeType: 'application/pdf', buffer: fixture('gov-15.office.pdf') },
      { name: 'gov-11.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: fixture('gov-11.docx') },
      { name: 'gov-37.doc', mimeType: 'application/msword', buffer: fixture('gov-37.doc') },
      { name: 'gov-05.html', mimeType: 'text/html', buffer: fixture('gov-05.html') },
      { name: 'locked.pdf', mimeType: 'application/pdf', buffer: fixture('encrypted.pdf') },
    ]);
    await page.getByRole('status').filter({ hasText: '5 documents' }).waitFor({ timeout: 120_000 }).catch(async (e: unknown) => {
      throw new Error(`${String(e)}\nstatus: ${(await page.getByRole('status').allTextContents()).join(' | ')}\nalerts: ${(await page.getByRole('alert').allTextContents()).join(' | ')}`);
    });
    const alert = page.getByRole('alert').filter({ hasText: 'locked.pdf' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('password-protected');
    await settle(page);
    await screenshot(page, 'readers-opened');
  }, 150_000);

  it('shows the page of a quote read from a PDF', async () => {
    const { page } = app();
    const search = page.getByRole('combobox', { name: 'Search' });
    await search.fill('农业农村部');
    await search.press('Enter');
    const details = page.locator('aside[aria-label="Details"]');
    await details.locator('.rp-page').first().waitFor({ timeout: 20_000 });
    expect(await details.locator('.rp-page').first().textContent()).toMatch(/p\. \d+/);
  }, 60_000);
});

describe('the readers load with the first file of their kind', () => {
  // from file://, as Electron loads the app: the worker takes its readers with importScripts from assets/
  it('starts the worker without them and loads each when a file of its kind is opened', async () => {
    const context = await harness().browser.newContext({ viewport: { width: 1440, height: 900 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(e.message));
    const parts: string[] = [];
    context.on('request', (r) => { const m = /\/part-([A-Za-z0-9-]+?)-[\w-]{8}\.js$/.exec(r.url()); if (m) parts.push(m[1]); });
    await page.goto(pathToFileURL(join(distDir, 'index.html')).href);
    await waitReady(page);
    const before = (await statusCounts(page)).nodes;
    expect(parts).toEqual([]);
    const open = async (files: { name: string; mimeType: string; buffer: Buffer }[], status?: string) => {
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: 'Open', exact: true }).click();
      await (await chooser).setFiles(files);
      if (status) await page.getByRole('status').filter({ hasText: status }).waitFor({ timeout: 120_000 });
    };
    await open([{ name: 'gov-15.office.pdf', mimeType: 'application/pdf', buffer: fixture('gov-15.office.pdf') }], '2 documents');
    expect(parts).toContain('pdf');
    expect(parts.filter((p) => p === 'docx' || p === 'html' || p === 'doc' || p === 't2cn')).toEqual([]);
    await open([{ name: 'gov-11.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: fixture('gov-11.docx') }], '3 documents');
    expect(parts).toContain('docx');
    expect((await statusCounts(page)).nodes).toBeGreaterThan(before);
    // a PDF drawn through a predefined CMap: the CMaps it names are loaded, and no other
    await open([{ name: 'notice.pdf', mimeType: 'application/pdf', buffer: Buffer.from(cmapPdf()) }], '4 documents');
    expect(parts.filter((p) => /UCS2|GB1|CNS1|EUC|B5|UTF16|GBK/.test(p)).sort()).toEqual(['Adobe-GB1-UCS2', 'UniGB-UCS2-H']);
    // a text in traditional characters loads OpenCC's part, and what it names is found
    expect(parts).not.toContain('simplify');
    const hk = readFileSync(new URL('../fixtures/traditional/bay-area-notice.hk.txt', import.meta.url));
    await open([{ name: 'bay-area-notice.hk.txt', mimeType: 'text/plain', buffer: hk }], '5 documents');
    expect(parts).toContain('simplify');
    const search = page.getByRole('combobox', { name: 'Search' });
    await search.fill('海關總署');
    await expect.poll(() => page.getByRole('option').filter({ hasText: '海关总署' }).count(), { timeout: 10_000 }).toBeGreaterThan(0);
    // a named failure still crosses from the reader's own script: the locked PDF is named as such
    await open([{ name: 'locked.pdf', mimeType: 'application/pdf', buffer: fixture('encrypted.pdf') }]);
    await page.getByRole('alert').filter({ hasText: 'password-protected' }).waitFor({ timeout: 30_000 });
    expect(parts.filter((p) => p === 'pdf')).toHaveLength(1);
    await context.close();
    expect(errors).toEqual([]);
  }, 180_000);
});
