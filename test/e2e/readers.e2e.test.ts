/**
 * Documents as people get them, opened in the web app in real Chromium: PDF (pdf.js inside the parsing worker),
 * .docx, .doc and a saved gov.cn page go in together; a scanned or damaged file is named and the others still load;
 * evidence read from a PDF cites its page.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, settle, screenshot, startHarness, type AppPage, type Harness } from './support';

let h: Harness;
let app: AppPage;

beforeAll(async () => {
  h = await startHarness();
  app = await openApp(h);
});
afterAll(async () => {
  const errors = app?.errors ?? [];
  await app?.close();
  await h?.close();
  expect(errors, 'console errors or warnings').toEqual([]);
});

const fixture = (name: string): Buffer => readFileSync(new URL(`../fixtures/formats/${name}`, import.meta.url));

describe('reading real documents in the app', () => {
  // four different documents (the same document in two formats would be one document in the graph)
  it('opens PDF, Word and web page files in one go and names the one it cannot read', async () => {
    const { page } = app;
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
    const { page } = app;
    const search = page.getByRole('combobox', { name: 'Search' });
    await search.fill('农业农村部');
    await search.press('Enter');
    const details = page.locator('aside[aria-label="Details"]');
    await details.locator('.rp-page').first().waitFor({ timeout: 20_000 });
    expect(await details.locator('.rp-page').first().textContent()).toMatch(/p\. \d+/);
  }, 60_000);
});
