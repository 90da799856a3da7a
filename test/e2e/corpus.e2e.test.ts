/**
 * A corpus, not one document: open the dev corpus (the seed and ten State Council documents) on top of the seed,
 * watch the progress, close all, filter by role and date, find a path along responsibility only, and hold the
 * Matrix's count to core's. Screenshots at seed size and with the whole dev corpus are kept for reading.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devCorpusGraph } from '../core/dev-corpus';
import { assignmentCounts } from '../../core/queries/assignments';
import { chooseDevCorpus, openApp, screenshot, settle, startHarness, statusCounts, type Harness } from './support';


let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

async function openCorpus(page: import('playwright-core').Page) {
  await chooseDevCorpus(page);
}

describe('a corpus of documents', () => {
  it('opens with progress and one summary notice, closes all, and reopens', async () => {
    const app = await openApp(h);
    const { page } = app;
    await screenshot(page, 'corpus-seed');
    await openCorpus(page);
    // progress names the file in hand: "5 / 10 · gov-06.txt"
    await page.getByTestId('loading-progress').waitFor({ timeout: 10_000 }).catch(() => undefined);
    const notice = page.locator('.notice', { hasText: /documents read/ });
    await notice.waitFor({ timeout: 30_000 });
    expect(await notice.textContent()).toMatch(/10 documents read, \d+ with warnings/);
    await notice.getByText('Show the list').click();
    expect(await notice.locator('li').count()).toBe(10);
    await page.getByTestId('status').filter({ hasText: '11 documents' }).waitFor();
    // at corpus scale the app opens on the agency overview, readable, with a ranked list of partners
    const overview = page.getByTestId('overview');
    await overview.waitFor();
    expect(await overview.locator('svg circle[data-id]').count()).toBeGreaterThan(10);
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await screenshot(page, 'corpus-overview');
    await overview.getByRole('button', { name: /科学技术部/ }).first().click();
    const partners = page.getByTestId('partners');
    await partners.waitFor();
    expect(await partners.locator('li').first().textContent()).toMatch(/重庆市人民政府|四川省人民政府/);
    await screenshot(page, 'corpus-overview-partners');
    await page.getByRole('tab', { name: 'Graph' }).click();
    await settle(page);
    await screenshot(page, 'corpus-all');

    // the Matrix counts what core counts
    await page.getByRole('tab', { name: /Matrix/ }).click().catch(async () => page.getByRole('button', { name: /Matrix/ }).click());
    const caption = await page.locator('.rp-caption').first().textContent();
    expect(caption).toContain(String(assignmentCounts(devCorpusGraph()).assignments));
    await screenshot(page, 'corpus-matrix');
    await page.getByRole('tab', { name: /Graph/ }).click().catch(async () => page.getByRole('button', { name: /Graph/ }).click());

    await page.getByTestId('close-all').click();
    await page.getByTestId('status').filter({ hasText: /No documents/i }).waitFor();
    expect((await statusCounts(page)).nodes).toBe(0);
    await openCorpus(page);
    await page.getByTestId('status').filter({ hasText: '10 documents' }).waitFor();
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('filters by role and by date, and finds paths along responsibility only', async () => {
    const app = await openApp(h);
    const { page } = app;
    await openCorpus(page);
    await page.getByTestId('status').filter({ hasText: '11 documents' }).waitFor();
    const all = await statusCounts(page);

    await page.getByTestId('role-filter').getByLabel(/joint/).uncheck();
    await page.getByTestId('role-filter').getByLabel(/responsible/).uncheck();
    const leadOnly = await statusCounts(page);
    expect(leadOnly.nodes).toBeLessThan(all.nodes);
    await page.getByRole('button', { name: 'Reset filters' }).click();

    await page.getByLabel('From year').selectOption('2023');
    const seedOnly = await statusCounts(page);
    expect(seedOnly.nodes).toBeLessThan(all.nodes);
    expect(seedOnly.nodes).toBeGreaterThan(50);
    await screenshot(page, 'corpus-date-2023');
    await page.getByRole('button', { name: 'Reset filters' }).click();
    expect((await statusCounts(page)).nodes).toBe(all.nodes);

    // the graph by keyboard: the canvas takes focus, arrows select, Enter goes to the Details
    await page.getByRole('tab', { name: 'Graph' }).click();
    const canvas = page.locator('[role="application"]').first();
    await canvas.focus();
    await page.keyboard.press('ArrowRight');
    await page.getByText('Nothing selected').waitFor({ state: 'detached' });
    expect(await canvas.getAttribute('aria-label')).toMatch(/: /);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('remit-details');

    // the path finder follows responsibility only, unless told otherwise
    await page.getByRole('button', { name: /Path/ }).first().click();
    const relations = page.getByTestId('path-relations');
    expect(await relations.getByLabel('responsibility').isChecked()).toBe(true);
    expect(await relations.getByLabel('issuing').isChecked()).toBe(false);
    expect(app.errors).toEqual([]);
    await app.close();
  });
});
