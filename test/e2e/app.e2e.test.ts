/**
 * The explorer shell in real Chromium, on one page that the tests walk through in order (page loads are the
 * expensive part): the seed graph, search, filters with undo, focus, matrix, opening good and bad files, themes and
 * languages; then the file:// loading path that Electron uses. Any console error or warning fails the run.
 */
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distDir } from '../../cli/serve';
import { binaryBytes, generatedNotice } from './fixtures';
import { openApp, SCREENSHOTS, screenshot, settle, startHarness, statusCounts, waitReady, type AppPage, type Harness } from './support';

let h: Harness;
let app: AppPage;
let seed: { nodes: number; edges: number };

beforeAll(async () => {
  h = await startHarness();
  app = await openApp(h);
  seed = await statusCounts(app.page);
});
afterAll(async () => {
  const errors = app?.errors ?? [];
  await app?.close();
  await h?.close();
  expect(errors, 'console errors or warnings').toEqual([]);
});

const remit = <T>(fn: string) => app.page.evaluate(`window.__remit.${fn}`) as Promise<T>;

describe('explorer shell', () => {
  it('shows the seed graph with its counts in the status line', async () => {
    const { page } = app;
    expect(seed.nodes).toBeGreaterThan(40);
    expect(seed.edges).toBeGreaterThan(40);
    expect(await page.getByRole('status').filter({ hasText: '1 document' }).count()).toBe(1);
    expect(await remit<number>('cy().nodes().length')).toBe(seed.nodes);
    expect(await remit<number>('cy().edges().length')).toBe(seed.edges);
    expect(await page.getByRole('region', { name: 'Legend' }).isVisible()).toBe(true);
    expect(await page.locator('link[rel=icon]').getAttribute('href')).toBe('./icon.svg');
    expect(app.errors).toEqual([]);
    await settle(page);
    await screenshot(page, 'seed-light-en');
  });

  it('searches by pinyin initials and abbreviation, selects, centres and shows details', async () => {
    const { page } = app;
    const search = page.getByRole('combobox', { name: 'Search' });
    await page.keyboard.press('Control+k');
    expect(await search.evaluate((el) => el === document.activeElement)).toBe(true);
    await search.fill('kjb');
    expect(await page.getByRole('listbox').getByRole('option').first().textContent()).toMatch(/科学技术部|科技部/);
    await page.screenshot({ path: `${SCREENSHOTS}/search-suggestions.png` });
    await search.fill('MOST');
    expect(await page.getByRole('listbox').getByRole('option').first().textContent()).toMatch(/科学技术部|Ministry of Science/);
    await search.press('Enter');
    await page.waitForFunction(() => /Ministry of Science and Technology|科学技术部/.test(document.querySelector('aside[aria-label="Details"]')?.textContent ?? ''));
    expect(await remit<string[]>('getViewState().selection')).toEqual(['agency:most']);
    await settle(page);
    await screenshot(page, 'search-selected');
    await page.keyboard.press('Escape');
    expect(await remit<string[]>('getViewState().selection')).toEqual([]);
  });

  it('filters change the counts live, and undo restores them', async () => {
    const { page } = app;
    await page.getByRole('checkbox', { name: /Platforms/ }).uncheck();
    const without = await statusCounts(page);
    expect(without.nodes).toBeLessThan(seed.nodes);
    expect(without.edges).toBeLessThan(seed.edges);
    await page.getByRole('combobox', { name: 'Agency' }).selectOption('agency:most');
    const most = await statusCounts(page);
    expect(most.nodes).toBeLessThan(without.nodes);
    await settle(page);
    await screenshot(page, 'filter-agency');
    await page.keyboard.press('Control+z');
    expect(await statusCounts(page)).toEqual(without);
    await page.keyboard.press('Control+z');
    expect(await statusCounts(page)).toEqual(seed);
    await page.keyboard.press('Control+Shift+z');
    expect(await statusCounts(page)).toEqual(without);
    await page.getByRole('button', { name: 'Reset filters' }).click();
    expect(await statusCounts(page)).toEqual(seed);
  });

  it('focuses on a neighbourhood at depth 1 and 2, and clears the focus', async () => {
    const { page } = app;
    const search = page.getByRole('combobox', { name: 'Search' });
    await search.fill('发展改革委');
    await search.press('Enter');
    await page.getByRole('button', { name: 'Focus on neighbourhood · 1' }).click();
    const focused = await statusCounts(page);
    expect(focused.nodes).toBeLessThan(seed.nodes);
    expect(focused.nodes).toBeGreaterThan(1);
    expect(await page.getByRole('status').filter({ hasText: 'Focus:' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Focus on neighbourhood · 2' }).click();
    expect((await statusCounts(page)).nodes).toBeGreaterThan(focused.nodes);
    await settle(page);
    await screenshot(page, 'focus-depth-2');
    await page.getByRole('button', { name: 'Clear focus' }).click();
    expect(await statusCounts(page)).toEqual(seed);
    await page.keyboard.press('Escape');
  });

  it('collapses and expands from the context menu, pins a dragged node, undoes the move, sizes by betweenness', async () => {
    const { page } = app;
    const box = (await page.locator('[data-testid=graph-canvas]').boundingBox())!;
    const at = (id: string) => remit<{ x: number; y: number }>(`cy().getElementById(${JSON.stringify(id)}).renderedPosition()`);
    const ndrc = 'agency:ndrc';
    let p = await at(ndrc);
    await page.mouse.click(box.x + p.x, box.y + p.y, { button: 'right' });
    await page.getByRole('menu', { name: 'Node actions' }).waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}/context-menu.png` });
    await page.getByRole('menu', { name: 'Node actions' }).getByRole('menuitem', { name: 'Collapse neighbours' }).click();
    const collapsed = await statusCounts(page);
    expect(collapsed.nodes).toBeLessThan(seed.nodes);
    await page.getByRole('button', { name: 'Expand neighbours' }).click();
    expect((await statusCounts(page)).nodes).toBe(seed.nodes);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await settle(page);

    p = await at(ndrc);
    const before = await remit<{ x: number; y: number }>(`cy().getElementById('${ndrc}').position()`);
    await page.mouse.move(box.x + p.x, box.y + p.y);
    await page.mouse.down();
    await page.mouse.move(box.x + p.x + 40, box.y + p.y + 30, { steps: 5 });
    await page.mouse.move(box.x + p.x + 80, box.y + p.y + 60, { steps: 5 });
    await page.mouse.up();
    expect(await remit<string[]>('getViewState().pinned')).toContain(ndrc);
    expect(await remit<boolean>(`cy().getElementById('${ndrc}').hasClass('pinned')`)).toBe(true);
    await page.getByRole('button', { name: 'Unpin all' }).waitFor();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+z');
    await settle(page);
    const after = await remit<{ x: number; y: number }>(`cy().getElementById('${ndrc}').position()`);
    expect(Math.hypot(after.x - before.x, after.y - before.y)).toBeLessThan(1);
    expect(await remit<string[]>('getViewState().pinned')).not.toContain(ndrc);

    const sizeOf = () => remit<number>(`cy().getElementById('${ndrc}').data('size')`);
    const byDegree = await sizeOf();
    await page.getByRole('combobox', { name: 'Node size' }).selectOption('betweenness');
    await page.waitForFunction((d) => (window as unknown as { __remit: { cy(): { getElementById(id: string): { data(k: string): number } } } }).__remit.cy().getElementById('agency:ndrc').data('size') !== d, byDegree);
    await page.getByRole('combobox', { name: 'Node size' }).selectOption('degree');
  });

  it('opens the matrix as a table and returns to the graph', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: 'Matrix' }).click();
    await page.waitForSelector('table', { timeout: 10_000 });
    expect(await page.locator('table').first().locator('tr').count()).toBeGreaterThan(2);
    await settle(page);
    await screenshot(page, 'matrix');
    await page.getByRole('tab', { name: 'Graph' }).click();
    expect(await page.locator('[data-testid=graph-canvas]').isVisible()).toBe(true);
  });

  it('merges a readable document, reports unreadable ones by name leaving the graph unchanged, removes it and takes it again by drag and drop', async () => {
    const { page } = app;
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    await (await chooser).setFiles({ name: 'ocean-notice.txt', mimeType: 'text/plain', buffer: Buffer.from(generatedNotice(), 'utf8') });
    await page.getByRole('status').filter({ hasText: '2 documents' }).waitFor();
    const merged = await statusCounts(page);
    expect(merged.nodes).toBeGreaterThan(seed.nodes);
    expect(await remit<number>('cy().nodes().length')).toBe(merged.nodes);

    const chooser2 = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    await (await chooser2).setFiles([
      { name: 'scan.png.txt', mimeType: 'text/plain', buffer: binaryBytes() },
      { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
    ]);
    const alerts = page.getByRole('alert');
    await alerts.filter({ hasText: 'scan.png.txt' }).waitFor();
    await alerts.filter({ hasText: 'empty.txt' }).waitFor();
    expect(await statusCounts(page)).toEqual(merged);
    await settle(page);
    await screenshot(page, 'open-bad-file-notice');
    await alerts.filter({ hasText: 'empty.txt' }).getByRole('button', { name: 'Dismiss' }).click();
    expect(await alerts.filter({ hasText: 'empty.txt' }).count()).toBe(0);
    await alerts.filter({ hasText: 'scan.png.txt' }).getByRole('button', { name: 'Dismiss' }).click();

    // Taking the merged document out again leaves the seed graph as it was, and says so.
    const search = page.getByRole('combobox', { name: 'Search' });
    await search.fill('国办发〔2024〕77号');
    await search.press('Enter');
    const details = page.getByRole('complementary', { name: 'Details' });
    await details.getByRole('button', { name: 'Close document' }).click();
    await page.getByRole('status').filter({ hasText: '1 document' }).waitFor();
    expect(await statusCounts(page)).toEqual(seed);
    expect(await remit<number>('cy().nodes().length')).toBe(seed.nodes);
    expect(await remit<string[]>('getViewState().selection')).toEqual([]);
    expect(await page.getByText('Closed ocean-notice.txt.').count()).toBe(1);

    // Dropped on the window, the same file merges again, as it did through Open.
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'ocean-notice.txt', { type: 'text/plain' }));
      const target = document.querySelector('[data-testid="graph-canvas"]')!;
      for (const type of ['dragenter', 'dragover', 'drop']) target.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
    }, generatedNotice());
    await page.getByRole('status').filter({ hasText: '2 documents' }).waitFor();
    expect(await statusCounts(page)).toEqual(merged);
  });

  it('switches to dark, 中文 and the responsibility layout, and back', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Switch to dark theme' }).click();
    await page.getByLabel('Layout', { exact: true }).selectOption('responsibility');
    await settle(page);
    await screenshot(page, 'responsibility-dark-en');
    await page.getByRole('button', { name: /Interface language/ }).click();
    expect(await page.getByRole('status').filter({ hasText: '个节点' }).count()).toBe(1);
    await page.getByRole('combobox', { name: '布局' }).selectOption('force');
    await settle(page);
    await screenshot(page, 'force-dark-zh');
    await page.getByRole('combobox', { name: '布局' }).selectOption('tree');
    await settle(page);
    await screenshot(page, 'tree-dark-zh');
    await page.getByRole('button', { name: '切换到浅色主题' }).click();
    await page.getByRole('combobox', { name: '标签' }).selectOption('zh');
    await page.getByRole('combobox', { name: '布局' }).selectOption('force');
    await settle(page);
    await screenshot(page, 'force-light-zh');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
  });

  it('gives every control an accessible name, and explains the empty state', async () => {
    const unnamed = await app.page.evaluate(() => {
      const controls = [...document.querySelectorAll<HTMLElement>('button, input, select, [role=combobox], [role=tab], [role=menuitem]')];
      return controls
        .filter((el) => el.offsetParent !== null && !el.hidden && !(el instanceof HTMLInputElement && el.type === 'hidden'))
        .filter((el) => {
          const labelled = el.getAttribute('aria-label') || el.getAttribute('aria-labelledby') || el.textContent?.trim() || el.getAttribute('title');
          const byLabel = 'labels' in el && (el as HTMLInputElement).labels && (el as HTMLInputElement).labels!.length > 0;
          return !labelled && !byLabel;
        })
        .map((el) => el.outerHTML.slice(0, 120));
    });
    expect(unnamed).toEqual([]);

    const empty = await openApp(h, { query: '?empty' });
    try {
      await empty.page.getByRole('heading', { name: 'No documents yet' }).waitFor();
      expect(await statusCounts(empty.page)).toEqual({ nodes: 0, edges: 0 });
      expect(await empty.page.getByRole('status').filter({ hasText: 'No documents loaded' }).count()).toBe(1);
      await screenshot(empty.page, 'empty-state');
      expect(empty.errors).toEqual([]);
    } finally {
      await empty.close();
    }
  });

  it('runs from file:// (the Electron loading path) with its worker', async () => {
    const context = await h.browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(pathToFileURL(join(distDir, 'index.html')).href);
    await waitReady(page);
    expect((await statusCounts(page)).nodes).toBe(seed.nodes);
    await context.close();
    expect(errors).toEqual([]);
  });
});
