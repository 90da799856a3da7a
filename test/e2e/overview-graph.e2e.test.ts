/**
 * The Overview and the Graph agree on what is chosen: an agency chosen in the Overview (by keyboard here) is the
 * app's selection at once — the Details panel shows it, as search does — and the Graph tab shows it selected and
 * centred; "Open in the graph" goes there with the canvas focused on it.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chooseDevCorpus, harnessForFile, screenshot, settle } from './support';

const suite = harnessForFile();

const details = (page: Page) => page.getByRole('complementary', { name: 'Details' });
const selection = (page: Page) =>
  page.evaluate(() => (window as unknown as { __remit: { getViewState(): { selection?: string[] } } }).__remit.getViewState().selection ?? []);

/** Where a node sits in the canvas, as a share of its width and height (0.5, 0.5 is the centre). */
const placeInCanvas = (page: Page, id: string) =>
  page.evaluate((id) => {
    const cy = (window as unknown as { __remit: { cy(): import('cytoscape').Core } }).__remit.cy();
    const p = (cy.getElementById(id) as import('cytoscape').NodeSingular).renderedPosition();
    return { x: p.x / cy.width(), y: p.y / cy.height() };
  }, id);

async function openCorpusOnOverview(page: Page) {
  await chooseDevCorpus(page);
  await page.getByTestId('status').filter({ hasText: '11 documents' }).waitFor();
  await page.getByTestId('overview').waitFor();
  await page.locator('.notice').getByRole('button', { name: 'Dismiss' }).click();
}

describe('choosing in the Overview', () => {
  it('selects the agency for Details and the Graph tab, by keyboard', async () => {
    const { page } = await suite.open();
    await settle(page);
    await openCorpusOnOverview(page);
    const overview = page.getByTestId('overview');
    // the ranked list by keyboard: focus an agency, Enter
    const most = overview.getByRole('button', { name: /科学技术部/ }).first();
    await most.focus();
    await page.keyboard.press('Enter');
    // Details shows it at once, beside the Overview, as search would
    await expect.poll(() => details(page).locator('.rp-details[data-kind="agency"]').count()).toBe(1);
    expect(await details(page).locator('h2, h3').first().textContent()).toContain('科学技术部');
    const [id] = await selection(page);
    expect(id).toBeTruthy();
    // the partners are listed and the keyboard is on "Open in the graph"
    await page.getByTestId('partners').waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Open in the graph');
    await screenshot(page, 'overview-chosen');

    // the Graph tab shows the same node selected and brings it into view
    await page.getByRole('tab', { name: 'Graph' }).click();
    await settle(page, 700);
    expect(await selection(page)).toEqual([id]);
    // brought into view by an animation: on a busy machine it may still be moving when the tab has settled
    const off = async () => { const at = await placeInCanvas(page, id); return Math.max(Math.abs(at.x - 0.5) / 0.1, Math.abs(at.y - 0.47) / 0.12); };
    await expect.poll(off).toBeLessThan(1);
    expect(await page.getByTestId('graph-canvas').getAttribute('aria-label')).toContain('科学技术部');
    await screenshot(page, 'overview-chosen-graph');
    // the canvas settling its size late (here the window, seconds after) leaves the node centred: no time limit
    const size = page.viewportSize()!;
    await page.waitForTimeout(2500);
    await page.setViewportSize({ width: size.width - 240, height: size.height - 80 });
    await expect.poll(off).toBeLessThan(0.2);
    await page.setViewportSize(size);
    await expect.poll(off).toBeLessThan(0.2);
    // the layout of documents opened after the choice (as one still running on a slow machine) leaves it centred too
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open', exact: true }).first().click();
    const text = '国务院关于加强科技工作的通知\n国发〔2020〕9号\n\n一、加强工作\n（一）加强基础研究（科技部、教育部负责）。\n\n国务院\n2020年5月1日\n';
    await (await chooser).setFiles([{ name: 'later.txt', mimeType: 'text/plain', buffer: Buffer.from(text) }]);
    await page.getByTestId('status').filter({ hasText: '12 documents' }).waitFor();
    await page.waitForTimeout(1500);
    await expect.poll(off).toBeLessThan(0.2);
    // the user zooming the view ends that hold: the next resize leaves the node where it is on screen
    const box = (await page.getByTestId('graph-canvas').boundingBox())!;
    await page.mouse.move(box.x + 60, box.y + 60);
    await page.mouse.wheel(0, -300);
    const pixels = () => page.evaluate((id) => {
      const cy = (window as unknown as { __remit: { cy(): import('cytoscape').Core } }).__remit.cy();
      return (cy.getElementById(id) as import('cytoscape').NodeSingular).renderedPosition();
    }, id);
    await page.waitForTimeout(300);
    const zoomed = await pixels();
    await page.setViewportSize({ width: size.width - 240, height: size.height });
    await page.waitForTimeout(400);
    const after = await pixels();
    expect(Math.abs(after.x - zoomed.x) + Math.abs(after.y - zoomed.y)).toBeLessThan(2);
    await page.setViewportSize(size);
  });

  it('reaches the figure\'s agencies by Tab, each named, and chooses one with Enter', async () => {
    const { page } = await suite.open();
    await settle(page);
    await openCorpusOnOverview(page);
    const figure = page.getByTestId('overview').locator('.overview-figure');
    const circles = figure.locator('circle[role=button]');
    expect(await circles.count()).toBeGreaterThan(5);
    const first = circles.first();
    await first.focus();
    const id = await first.getAttribute('data-id');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-id'))).toBe(id);
    expect(await first.getAttribute('aria-label')).toMatch(/: \d+ items?$/);
    await screenshot(page, 'overview-figure-focus');
    // the next agency is one Tab away
    await page.keyboard.press('Tab');
    const next = await page.evaluate(() => document.activeElement?.getAttribute('data-id'));
    expect(next).toBeTruthy();
    expect(next).not.toBe(id);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => selection(page)).toEqual([id]);
    await page.getByTestId('partners').waitFor();
  });

  it('"Open in the graph" switches tab, centres the node and gives the canvas the keyboard', async () => {
    const { page } = await suite.open();
    await settle(page);
    await openCorpusOnOverview(page);
    const overview = page.getByTestId('overview');
    await overview.getByRole('button', { name: /国家发展和改革委员会/ }).first().click();
    await expect.poll(() => details(page).textContent()).toContain('国家发展和改革委员会');
    const [id] = await selection(page);
    // a partner chosen from the partners' list becomes the selection in turn
    const partner = page.getByTestId('partners').getByRole('button').first();
    const partnerName = (await partner.textContent()) ?? '';
    await partner.click();
    await expect.poll(async () => (await selection(page))[0]).not.toBe(id);
    expect(await details(page).textContent()).toContain(partnerName.split(' ')[0]);
    const [partnerId] = await selection(page);

    await page.getByRole('button', { name: 'Open in the graph' }).press('Enter');
    await page.getByRole('tab', { name: 'Graph', selected: true }).waitFor();
    await settle(page, 700);
    expect(await selection(page)).toEqual([partnerId]);
    // centred by an animation: on a busy machine it may still be moving when the tab has settled
    await expect.poll(async () => Math.abs((await placeInCanvas(page, partnerId)).x - 0.5)).toBeLessThan(0.1);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('graph-canvas');
    // arrows walk from the chosen node to a neighbour
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await expect.poll(async () => (await selection(page)).length).toBe(1);
    await screenshot(page, 'overview-open-in-graph');
  });
});
