/**
 * One document opened in two formats, in the web app in real Chromium: one row in the document list naming both
 * files, Details naming the file it was read from and the other; closing the copy keeps the document, closing the
 * file it was read from builds it again from the copy.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, screenshot, startHarness, statusCounts, type AppPage, type Harness } from './support';

let h: Harness;
let app: AppPage;

beforeAll(async () => {
  h = await startHarness();
  app = await openApp(h, { query: '?empty' });
});
afterAll(async () => {
  const errors = app?.errors ?? [];
  await app?.close();
  await h?.close();
  expect(errors, 'console errors or warnings').toEqual([]);
});

const file = (path: string): Buffer => readFileSync(new URL(`../fixtures/${path}`, import.meta.url));
const TXT = { name: 'gov-05.txt', mimeType: 'text/plain', buffer: file('corpus/gov-05.txt') };
const HTML = { name: 'gov-05.html', mimeType: 'text/html', buffer: file('formats/gov-05.html') };

type Api = { __remit: { removeDocuments(names: string[]): Promise<void>; getDocuments(): { name: string }[] } };

describe('one document in two formats', () => {
  it('is one row in the document list naming both files, and Details names them with their formats', async () => {
    const { page } = app;
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open', exact: true }).first().click();
    await (await chooser).setFiles([HTML, TXT]);
    // each file goes to the worker in a batch of its own: the list is final once both are in
    await page.getByTestId('status').filter({ hasText: '1 document' }).waitFor({ timeout: 60_000 });
    await page.getByTestId('document-set').getByRole('button', { expanded: false }).first().click();
    const rows = page.getByTestId('document-set-item');
    // built from the plain text (read best), the web page listed as the other file
    await rows.getByTestId('document-set-files').filter({ hasText: 'Files: gov-05.txt (plain text), gov-05.html (web page)' }).waitFor({ timeout: 60_000 });
    expect(await rows.count()).toBe(1);
    await page.getByTestId('status').filter({ hasText: '1 document' }).waitFor();
    const only = await statusCounts(page);
    expect((await page.evaluate(() => (window as unknown as Api).__remit.getDocuments())).map((d) => d.name).sort()).toEqual(['gov-05.html', 'gov-05.txt']);

    const search = page.getByRole('combobox', { name: 'Search' });
    await search.fill('国发〔2019〕3号');
    await search.press('Enter');
    const details = page.locator('aside[aria-label="Details"]');
    await details.getByTestId('document-source-file').waitFor({ timeout: 20_000 });
    expect(await details.getByTestId('document-source-file').textContent()).toBe('gov-05.txt (plain text)');
    expect(await details.getByTestId('document-copies').getByRole('listitem').allTextContents()).toEqual(['gov-05.html (web page) ×']);

    await screenshot(page, 'format-copies');
    // closing the copy (its own button in Details) drops only its record: the graph is what it was
    await details.getByRole('button', { name: 'Close gov-05.html only: the document stays open' }).click();
    await rows.first().getByTestId('document-set-files').filter({ hasText: /^Files: gov-05\.txt \(plain text\)$/ }).waitFor({ timeout: 20_000 });
    await details.getByTestId('document-copies').waitFor({ state: 'detached' });
    expect(await statusCounts(page)).toEqual(only);
  }, 120_000);

  it('stays open, read from the copy, when the file it was read from is closed', async () => {
    const { page } = app;
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open', exact: true }).first().click();
    await (await chooser).setFiles([HTML]);
    const files = page.getByTestId('document-set-files');
    await files.filter({ hasText: 'gov-05.html' }).waitFor({ timeout: 60_000 });
    await page.evaluate(() => (window as unknown as Api).__remit.removeDocuments(['gov-05.txt']));
    await files.filter({ hasText: /^Files: gov-05\.html \(web page\)$/ }).waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('document-set-item').count()).toBe(1);
    await page.getByTestId('status').filter({ hasText: '1 document' }).waitFor();
  }, 120_000);
});
