/**
 * The analyst panels through the real shell on the bundled seed: Details for an agency found by search, the
 * evidence dialog, the responsibility matrix and the path finder; screenshots in light and dark themes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, screenshot, settle, startHarness, type AppPage, type Harness } from './support';

let h: Harness;
let app: AppPage;

beforeAll(async () => {
  h = await startHarness();
  app = await openApp(h);
  // name the resource behind any failed load, so a console 404 is diagnosable
  app.page.on('response', (r) => {
    if (r.status() >= 400) app.errors.push(`HTTP ${r.status()} ${r.url()}`);
  });
});
afterAll(async () => {
  await app?.close();
  await h?.close();
});

const details = (page: Page) => page.getByRole('complementary', { name: 'Details' });

async function searchAndSelect(page: Page, query: string, option: RegExp): Promise<void> {
  const box = page.getByRole('combobox', { name: /search|搜索/i });
  await box.click();
  await box.fill(query);
  await page.getByRole('listbox', { name: /search|搜索/i }).getByRole('option', { name: option }).first().click();
}

describe('analyst panels on the seed', () => {
  it('selects 科技部 through search and lists its items with quotes', async () => {
    const { page } = app;
    await searchAndSelect(page, '科技部', /科学技术部|Ministry of Science/);
    const panel = details(page);
    await expect.poll(() => panel.locator('.rp-details[data-kind="agency"]').count()).toBe(1);
    await expect.poll(() => panel.locator('.rp-entry').count()).toBe(15);
    expect(await panel.locator('.rp-entry .rp-role-lead').count()).toBe(15);
    const firstQuote = (await panel.locator('.rp-quote').first().textContent()) ?? '';
    expect(firstQuote).toContain('科技部');
    expect(firstQuote).toMatch(/牵头负责）$/);
    await settle(page);
    await screenshot(page, 'panels-details-agency');
    // co-responsible agencies at the bottom: 重庆市 and 四川省 share all 15 items
    const co = panel.locator('.rp-co-row');
    expect(await co.count()).toBe(13);
    expect(await co.first().textContent()).toMatch(/15/);
    await co.first().scrollIntoViewIfNeeded();
    await screenshot(page, 'panels-details-agency-co');
  });

  it('opens the evidence with the clause highlighted, closes on Escape and returns focus', async () => {
    const { page } = app;
    const quote = details(page).locator('.rp-quote').first();
    await quote.click();
    const dialog = page.getByRole('dialog', { name: /Source text|原文出处/ });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    const mark = dialog.locator('mark');
    expect(await mark.count()).toBe(1);
    expect(await mark.textContent()).toContain('牵头负责）');
    expect(await mark.locator('strong').textContent()).toBe('科技部');
    expect(await dialog.textContent()).toContain('国科发规〔2023〕31号');
    await screenshot(page, 'panels-evidence');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('rp-quote'))).toBe(true);
    // Escape closed only the dialog: the agency is still selected
    expect(await details(page).locator('.rp-details[data-kind="agency"]').count()).toBe(1);
  });

  it('shows an article with its text, entities and responsible bodies', async () => {
    const { page } = app;
    await details(page).locator('.rp-entry-item').first().click();
    const panel = details(page);
    await expect.poll(() => panel.locator('.rp-details[data-kind="article"]').count()).toBe(1);
    expect(await panel.locator('.rp-resp-row').count()).toBe(4);
    expect(await panel.locator('.rp-itemtext .rp-ent-platform').count()).toBeGreaterThan(0);
    expect(await panel.locator('.rp-itemtext .rp-annot').count()).toBeGreaterThan(0);
    await screenshot(page, 'panels-details-article');
  });

  it('shows a platform with who is responsible for it, and the document with its unassigned items', async () => {
    const { page } = app;
    await searchAndSelect(page, '国家重点实验室', /国家重点实验室/);
    const panel = details(page);
    await expect.poll(() => panel.locator('.rp-details[data-kind="platform"]').count()).toBe(1);
    expect(await panel.locator('.rp-summary .rp-chip').count()).toBe(4);
    await screenshot(page, 'panels-details-platform');
    await searchAndSelect(page, '成渝地区', /成渝地区/);
    await expect.poll(() => panel.locator('.rp-details[data-kind="region"]').count()).toBe(1);
    expect(await panel.locator('.rp-bodies .rp-body').count()).toBeGreaterThan(4);
    await screenshot(page, 'panels-details-region');
    await searchAndSelect(page, '国科发规', /国科发规|西部科学城/);
    await expect.poll(() => panel.locator('.rp-details[data-kind="document"]').count()).toBe(1);
    expect(await panel.textContent()).toContain('国科发规〔2023〕31号');
    await screenshot(page, 'panels-details-document');
  });

  it('opens the matrix: one row per agency, sortable, a cell opens evidence', async () => {
    const { page } = app;
    await page.keyboard.press('Escape');
    await page.getByRole('tab', { name: /Matrix|矩阵/ }).click();
    const table = page.getByRole('table', { name: /Responsibility matrix|职责矩阵/ });
    await expect.poll(() => table.isVisible()).toBe(true);
    const rowHeaders = table.locator('tbody th[scope="row"]');
    expect(await rowHeaders.count()).toBe(14);
    expect(await table.locator('thead th[scope="col"].rp-item-th').count()).toBe(15);
    const totals = async () => (await table.locator('tbody tr td.rp-total').allTextContents()).map(Number);
    const before = await totals();
    expect([...before].sort((a, b) => b - a)).toEqual(before);
    await screenshot(page, 'panels-matrix');
    const totalHeader = table.locator('thead th.rp-total-th');
    expect(await totalHeader.getAttribute('aria-sort')).toBe('descending');
    await totalHeader.getByRole('button').click();
    expect(await totalHeader.getAttribute('aria-sort')).toBe('ascending');
    const after = await totals();
    expect([...after].sort((a, b) => a - b)).toEqual(after);
    await totalHeader.getByRole('button').click();
    expect(await totalHeader.getAttribute('aria-sort')).toBe('descending');
    // arrow keys walk the filled cells (the first row, 重庆市, fills every column)
    const firstCell = table.locator('button.rp-cell-btn').first();
    await firstCell.focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.ci)).toBe('1');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.ri)).toBe('1');
    await firstCell.click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.locator('mark').count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    // a header selects its node
    await table.locator('thead th.rp-item-th button').first().click();
    await expect.poll(() => details(page).locator('.rp-details[data-kind="article"]').count()).toBe(1);
    expect(await details(page).locator('.rp-title').textContent()).toContain('（三）');
  });

  it('finds a path between two agencies', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: /Graph|图/ }).click();
    await page.getByRole('button', { name: /^Path$|^路径$/ }).click();
    const finder = page.getByRole('region', { name: /Path between two nodes|两个节点之间的路径/ });
    await expect.poll(() => finder.isVisible()).toBe(true);
    const from = finder.getByRole('combobox', { name: /From|起点/ });
    await from.fill('工程院');
    await finder.getByRole('option', { name: /中国工程院/ }).first().click();
    const to = finder.getByRole('combobox', { name: /To|终点/ });
    await to.fill('PBOC');
    await finder.getByRole('option', { name: /人民银行/ }).first().click();
    await expect.poll(() => finder.locator('.rp-step').count()).toBeGreaterThan(0);
    const names = await finder.locator('.rp-step-node').allTextContents();
    expect(names[0]).toContain('中国工程院');
    expect(names.at(-1)).toContain('中国人民银行');
    await settle(page);
    await screenshot(page, 'panels-path');
    await finder.getByRole('button', { name: /Close|关闭/ }).click();
    await expect.poll(() => finder.count()).toBe(0);
  });

  it('reads well in the dark theme and in Chinese', async () => {
    const dark = await openApp(h, { colorScheme: 'dark', locale: 'zh-CN' });
    try {
      const { page } = dark;
      await page.evaluate(() => {
        document.documentElement.dataset.theme = 'dark';
      });
      await searchAndSelect(page, '科技部', /科学技术部/);
      await expect.poll(() => details(page).locator('.rp-entry').count()).toBe(15);
      await screenshot(page, 'panels-details-agency-dark');
      await page.getByRole('tab', { name: /Matrix|矩阵/ }).click();
      await expect.poll(() => page.locator('table.rp-table').count()).toBe(1);
      await screenshot(page, 'panels-matrix-dark');
      expect(dark.errors).toEqual([]);
    } finally {
      await dark.close();
    }
  });

  it('names everything in English when labels are English', async () => {
    const { page } = app;
    await page.getByRole('combobox', { name: 'Labels' }).selectOption('en');
    await searchAndSelect(page, 'MOST', /Ministry of Science/);
    const panel = details(page);
    await expect.poll(() => panel.locator('.rp-details[data-kind="agency"]').count()).toBe(1);
    expect(await panel.locator('.rp-title').textContent()).toContain('Ministry of Science and Technology (MOST)');
    expect(await panel.locator('.rp-co-row').first().textContent()).toMatch(/[A-Za-z]/);
    await screenshot(page, 'panels-details-agency-en');
    await panel.locator('.rp-entry-item').first().click();
    await expect.poll(() => panel.locator('.rp-details[data-kind="article"]').count()).toBe(1);
    await screenshot(page, 'panels-details-article-en');
    await page.getByRole('tab', { name: 'Matrix' }).click();
    expect(await page.locator('thead th.rp-item-th .rp-col-num').first().textContent()).toBe('2.3');
    await screenshot(page, 'panels-matrix-en');
    await page.getByRole('combobox', { name: 'Labels' }).selectOption('both');
    await page.getByRole('tab', { name: 'Graph' }).click();
  });

  it('raised no console errors', () => {
    expect(app.errors).toEqual([]);
  });
});
