/**
 * Work survives: unsaved changes are kept for recovery and offered on the next start; workspaces save as a download
 * and open again with their documents and view; host menu commands drive the same actions as the toolbar.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generatedNotice } from './fixtures';
import { appForFile, settle, statusCounts, waitReady } from './support';

const { harness, app } = appForFile();

const evaluate = <T>(expr: string) => app().page.evaluate(expr) as Promise<T>;

describe('workspaces, recovery and host commands', () => {
  it('routes host commands (layout, labels, undo) like the toolbar', async () => {
    const { page } = app();
    await evaluate(`window.__remit.command('layout:concentric')`);
    await settle(page);
    expect(await page.getByLabel('Layout', { exact: true }).inputValue()).toBe('concentric');
    await evaluate(`window.__remit.command('labels:en')`);
    expect(await page.getByRole('combobox', { name: 'Labels' }).inputValue()).toBe('en');
    await evaluate(`window.__remit.command('edit:undo')`);
    await settle(page);
    expect(await page.getByLabel('Layout', { exact: true }).inputValue()).toBe('force');
    // language and labels are preferences, not undo steps
    expect(await page.getByRole('combobox', { name: 'Labels' }).inputValue()).toBe('en');
  });

  it('keeps unsaved work for recovery and offers it on the next start', async () => {
    const { page } = app();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    await (await chooser).setFiles({ name: 'ocean-notice.txt', mimeType: 'text/plain', buffer: Buffer.from(generatedNotice(), 'utf8') });
    await page.getByRole('status').filter({ hasText: '2 documents' }).waitFor();
    await page.getByLabel('Layout', { exact: true }).selectOption('tree');
    await page.getByRole('checkbox', { name: /Platforms/ }).uncheck();
    await settle(page);
    const counts = await statusCounts(page);
    await page.waitForFunction(() => (localStorage.getItem('remit.recovery') ?? '').includes('"tree"'), undefined, { timeout: 10_000 });

    await page.reload();
    const dialog = page.getByRole('alertdialog', { name: 'Restore unsaved work?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Restore' }).click();
    await page.getByRole('status').filter({ hasText: '2 documents' }).waitFor();
    await waitReady(page);
    await settle(page);
    expect(await statusCounts(page)).toEqual(counts);
    expect(await page.getByLabel('Layout', { exact: true }).inputValue()).toBe('tree');
    expect(await page.getByRole('checkbox', { name: /Platforms/ }).isChecked()).toBe(false);
  });

  it('saves the workspace as a download and opens it again', async () => {
    const { page } = app();
    const counts = await statusCounts(page);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: /Save workspace/ }).click();
    await page.getByRole('menuitem', { name: 'Save workspace' }).click();
    const file = await (await download).path();
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { format: string; documents: { name: string; text: string }[]; view: { layout: string; filters: { hiddenKinds: string[] } } };
    expect(saved.format).toBe('remit-workspace');
    expect(saved.documents.map((d) => d.name).sort()).toEqual(['2023-guokefagui-31-western-science-city.txt', 'ocean-notice.txt']);
    expect(saved.view.layout).toBe('tree');
    expect(saved.view.filters.hiddenKinds).toEqual(['platform']);

    // A fresh window (no recovery: saving cleared it) opens the file back.
    const fresh = await harness().browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page2 = await fresh.newPage();
    const errors: string[] = [];
    page2.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text()); });
    await page2.goto(harness().url);
    await waitReady(page2);
    const chooser = page2.waitForEvent('filechooser');
    await page2.getByRole('button', { name: /Save workspace/ }).click();
    await page2.getByRole('menuitem', { name: 'Open workspace' }).click();
    await (await chooser).setFiles(file);
    await page2.getByRole('status').filter({ hasText: '2 documents' }).waitFor();
    await settle(page2);
    expect(await statusCounts(page2)).toEqual(counts);
    expect(await page2.getByLabel('Layout', { exact: true }).inputValue()).toBe('tree');
    await fresh.close();
    expect(errors).toEqual([]);
  });
});
