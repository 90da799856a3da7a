/**
 * The canvas reads at any size: labels never overlap (at the opening zoom, zoomed in and out, around a selected
 * node), selecting or hovering a node veils the rest of the graph and draws its neighbourhood over the veil, on the
 * seed, on the dev corpus and on a huge graph (performance mode, where nodes take no Cytoscape events).
 * Label boxes are read from the label canvas's test hook (renderer/graph/overlay.ts); screenshots are kept under
 * test-results/screenshots for reading.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../cli/serve';
import { anyOverlap, type Box } from '../../renderer/graph/label-placement';
import { chooseDevCorpus, harnessForFile, screenshot, settle, type AppPage } from './support';


const suite = harnessForFile();
let app: AppPage | undefined;

interface Label extends Box { id: string; tier: number; faint: boolean }

/** The labels drawn now, after the overlay's pending redraw (it waits for the viewport to rest). */
async function labels(page: Page): Promise<Label[]> {
  await page.waitForTimeout(250);
  return page.evaluate(() => {
    const canvas = document.querySelector('canvas[data-layer=labels]') as (HTMLCanvasElement & { remitLabels?: () => Label[] }) | null;
    return canvas?.remitLabels?.() ?? [];
  });
}

async function expectReadable(page: Page, least: number): Promise<Label[]> {
  const shown = await labels(page);
  expect(shown.length).toBeGreaterThanOrEqual(least);
  expect(anyOverlap(shown), 'two labels overlap').toBe(false);
  return shown;
}

/** A node's centre in page coordinates, by id. */
async function nodeOnPage(page: Page, id: string): Promise<{ x: number; y: number }> {
  return page.evaluate((id) => {
    const cy = (window as unknown as { __remit: { cy(): import('cytoscape').Core } }).__remit.cy();
    const box = cy.container()!.getBoundingClientRect();
    const p = (cy.getElementById(id) as import('cytoscape').NodeSingular).renderedPosition();
    return { x: box.left + p.x, y: box.top + p.y };
  }, id);
}

/** The most connected visible node of a kind, and whether it lies in the canvas. */
async function busiest(page: Page, kind: string): Promise<string> {
  return page.evaluate((kind) => {
    const cy = (window as unknown as { __remit: { cy(): import('cytoscape').Core } }).__remit.cy();
    const ext = cy.extent();
    const nodes = cy.nodes(`[kind = "${kind}"]`).filter((n) => !n.hasClass('hidden')).filter((n) => {
      const p = (n as import('cytoscape').NodeSingular).position();
      return p.x > ext.x1 + ext.w * 0.15 && p.x < ext.x2 - ext.w * 0.15 && p.y > ext.y1 + ext.h * 0.15 && p.y < ext.y2 - ext.h * 0.25;
    });
    return nodes.sort((a, b) => (b as import('cytoscape').NodeSingular).degree(false) - (a as import('cytoscape').NodeSingular).degree(false))[0].id();
  }, kind);
}

/** Share of the focus canvas's pixels, sampled on a grid, that the veil covers. */
async function veiled(page: Page): Promise<number> {
  return page.evaluate(() => {
    const c = document.querySelector('canvas[data-layer=focus]') as HTMLCanvasElement;
    // Read through a copy: reading the overlay's own canvas back would slow its drawing from then on.
    const copy = document.createElement('canvas');
    copy.width = c.width;
    copy.height = c.height;
    const ctx = copy.getContext('2d', { willReadFrequently: true })!;
    ctx.drawImage(c, 0, 0);
    const data = ctx.getImageData(0, 0, c.width, c.height).data;
    let covered = 0;
    let all = 0;
    for (let y = 5; y < c.height; y += 37) {
      for (let x = 5; x < c.width; x += 37) {
        all++;
        if (data[(y * c.width + x) * 4 + 3] > 100) covered++;
      }
    }
    return covered / all;
  });
}

const zoomTo = (page: Page, factor: number) =>
  page.evaluate((factor) => {
    const cy = (window as unknown as { __remit: { cy(): import('cytoscape').Core } }).__remit.cy();
    cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  }, factor);

describe('labels and focus on the canvas', () => {
  it('seed: labels never overlap at any zoom; selection veils the rest, hover highlights', async () => {
    app = await suite.open();
    const { page } = app;
    await settle(page, 300);
    const opening = await expectReadable(page, 8);
    await screenshot(page, 'focus-seed');
    await zoomTo(page, 2.2);
    const closer = await expectReadable(page, 8);
    await zoomTo(page, 0.2);
    await expectReadable(page, 3);
    await zoomTo(page, 1 / (2.2 * 0.2));
    await expectReadable(page, 8);
    expect(closer.length, 'zooming in shows more labels or as many').toBeGreaterThanOrEqual(Math.min(opening.length, 8));

    // Nothing singled out: no veil.
    expect(await veiled(page)).toBe(0);
    const agency = await busiest(page, 'agency');
    const at = await nodeOnPage(page, agency);
    await page.mouse.move(at.x, at.y);
    await page.getByTestId('graph-canvas').and(page.locator(`[data-hover="${agency}"]`)).waitFor({ state: 'attached' });
    expect(await veiled(page)).toBeGreaterThan(0.9);
    await page.screenshot({ path: join(projectRoot, 'test-results/screenshots/focus-seed-hover.png') });
    await page.mouse.click(at.x, at.y);
    await page.mouse.move(700, 890);
    await page.waitForTimeout(200);
    expect((await page.evaluate(() => (window as unknown as { __remit: { getViewState(): { selection: string[] } } }).__remit.getViewState().selection))).toEqual([agency]);
    expect(await veiled(page)).toBeGreaterThan(0.9);
    const around = await expectReadable(page, 4);
    // The selected node's label comes first, its neighbours' next; labels outside the neighbourhood are faint.
    expect(around.find((l) => l.id === agency)?.tier).toBe(0);
    expect(around.filter((l) => l.tier === 1).length).toBeGreaterThan(2);
    expect(around.filter((l) => l.tier === 3).every((l) => l.faint)).toBe(true);
    await screenshot(page, 'focus-seed-selected');
    // Escape clears the selection and the veil.
    await page.keyboard.press('Escape');
    await page.waitForTimeout(200);
    expect(await veiled(page)).toBe(0);

    // Search hits are labelled before the rest while the list is open.
    await page.getByRole('combobox', { name: /Search/ }).fill('实验室');
    await page.getByRole('listbox').waitFor();
    const hits = (await expectReadable(page, 4)).filter((l) => l.tier === 2);
    expect(hits.length).toBeGreaterThan(0);
    await screenshot(page, 'focus-seed-search');
  });

  it('dev corpus: the whole graph and a selected agency read without overlapping labels', async () => {
    app = await suite.open();
    const { page } = app;
    await chooseDevCorpus(page);
    await page.getByTestId('status').filter({ hasText: '11 documents' }).waitFor({ timeout: 60_000 });
    await page.getByRole('tab', { name: 'Graph' }).click();
    await settle(page, 400);
    await page.locator('.notice').getByRole('button', { name: 'Dismiss' }).first().click().catch(() => undefined);
    await expectReadable(page, 15);
    await screenshot(page, 'focus-corpus');
    const agency = await busiest(page, 'agency');
    const at = await nodeOnPage(page, agency);
    await page.mouse.click(at.x, at.y);
    await page.mouse.move(700, 890);
    await page.waitForTimeout(300);
    // Whatever lies on top at that point is selected (another node may cover part of the agency).
    const [selected] = await page.evaluate(() => (window as unknown as { __remit: { getViewState(): { selection: string[] } } }).__remit.getViewState().selection);
    expect(selected).toBeTruthy();
    expect(await veiled(page)).toBeGreaterThan(0.9);
    const around = await expectReadable(page, 5);
    expect(around.find((l) => l.id === selected)?.tier).toBe(0);
    await screenshot(page, 'focus-corpus-selected');
    await zoomTo(page, 2.5);
    await expectReadable(page, 5);
    await screenshot(page, 'focus-corpus-selected-zoomed');
  });

  it('huge graph: hover and click single a node out without Cytoscape events on nodes', async () => {
    app = await suite.open({ query: '?bench=synthetic&n=4000&m=12000' });
    const { page } = app;
    await settle(page, 400);
    await expectReadable(page, 10);
    const agency = await busiest(page, 'agency');
    const at = await nodeOnPage(page, agency);
    await page.mouse.move(at.x, at.y);
    await page.getByTestId('graph-canvas').and(page.locator(`[data-hover="${agency}"]`)).waitFor({ state: 'attached' });
    expect(await veiled(page)).toBeGreaterThan(0.9);
    await page.mouse.down();
    await page.mouse.up();
    await page.waitForTimeout(200);
    const state = await page.evaluate(() => {
      const w = window as unknown as { __remit: { getViewState(): { selection: string[] }; cy(): import('cytoscape').Core } };
      // Cytoscape itself never selected, activated or grabbed anything: those would restyle and redraw every node.
      const cy = w.__remit.cy();
      return { selection: w.__remit.getViewState().selection, touched: cy.nodes(':selected, :active, :grabbed').length };
    });
    expect(state).toEqual({ selection: [agency], touched: 0 });
    const around = await expectReadable(page, 5);
    expect(around.find((l) => l.id === agency)?.tier).toBe(0);
    await screenshot(page, 'focus-huge-selected');
  });
});
