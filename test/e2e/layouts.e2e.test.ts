/**
 * The dev corpus (the seed and ten State Council documents) in the graph: every layout fits the whole graph when it
 * has run and again on Fit; the role filter hides the responsibility edges of the roles switched off; one document
 * closes on its own. Screenshots of each layout are kept for reading.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseDevCorpus, openApp, screenshot, settle, startHarness, statusCounts, type Harness } from './support';


let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

async function openCorpus(page: Page) {
  await chooseDevCorpus(page);
  await page.getByTestId('status').filter({ hasText: '11 documents' }).waitFor({ timeout: 60_000 });
  await page.locator('.notice', { hasText: /documents read/ }).getByRole('button', { name: 'Dismiss' }).click();
  await page.getByRole('tab', { name: 'Graph' }).click();
  await settle(page, 300);
}

/** Visible nodes, and how many of them lie inside the canvas's viewport (evaluated as a string: no helpers leak in). */
const framing = (page: Page) => page.evaluate(`(() => {
  const cy = window.__remit.cy();
  const ext = cy.extent();
  let shown = 0, inside = 0;
  cy.nodes().forEach((n) => {
    if (n.hasClass('hidden')) return;
    shown++;
    const p = n.position();
    if (p.x >= ext.x1 && p.x <= ext.x2 && p.y >= ext.y1 && p.y <= ext.y2) inside++;
  });
  return { shown, inside, zoom: cy.zoom() };
})()`) as Promise<{ shown: number; inside: number; zoom: number }>;

describe('the dev corpus in the graph', () => {
  it('every layout fits the whole graph after it runs, and Fit recovers it', async () => {
    const app = await openApp(h);
    const { page } = app;
    await openCorpus(page);
    // laid out while the Overview showed: fitted once the canvas is seen
    const first = await framing(page);
    expect(first.shown).toBeGreaterThan(400);
    expect(first.inside).toBe(first.shown);
    for (const layout of ['concentric', 'tree', 'responsibility', 'force'] as const) {
      await page.getByLabel('Layout').first().selectOption(layout);
      await settle(page, 300);
      const after = await framing(page);
      expect(after.inside, layout).toBe(after.shown);
      // not a dot in a corner: at corpus size the arranged layouts still use a readable share of the zoom range
      expect(after.zoom, layout).toBeGreaterThan(0.1);
      await screenshot(page, `layout-${layout}`);
      // zoomed in and panned away, Fit brings the whole graph back
      await page.evaluate(`(() => { const cy = window.__remit.cy(); cy.zoom(cy.zoom() * 5); cy.pan({ x: -4000, y: 300 }); })()`);
      expect((await framing(page)).inside).toBeLessThan(after.shown);
      await page.getByRole('button', { name: 'Fit to screen' }).click();
      await settle(page, 300);
      expect((await framing(page)).inside, `${layout} after Fit`).toBe(after.shown);
    }
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('the role filter hides the responsibility edges of the roles switched off', async () => {
    const app = await openApp(h);
    const { page } = app;
    await openCorpus(page);
    const drawnRoles = () => page.evaluate(`(() => {
      const roles = {};
      window.__remit.cy().edges('[kind = "leads"]').forEach((e) => {
        if (e.hasClass('hidden') || e.source().hasClass('hidden') || e.target().hasClass('hidden')) return;
        roles[e.data('role') || 'responsible'] = (roles[e.data('role') || 'responsible'] || 0) + 1;
      });
      return roles;
    })()`) as Promise<Record<string, number>>;
    const before = await drawnRoles();
    expect(before.joint).toBeGreaterThan(0);
    const all = await statusCounts(page);
    await page.getByTestId('role-filter').getByLabel(/joint/).uncheck();
    await settle(page, 200);
    const after = await drawnRoles();
    expect(after.joint ?? 0).toBe(0);
    expect(after.lead).toBe(before.lead);
    const counts = await statusCounts(page);
    expect(counts.edges).toBeLessThan(all.edges);
    await screenshot(page, 'role-filter-no-joint');
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('closes one document from the document set, leaving the others', async () => {
    const app = await openApp(h);
    const { page } = app;
    await openCorpus(page);
    const set = page.getByTestId('document-set');
    await set.getByRole('button', { name: '11 documents' }).click();
    const closeButtons = set.getByRole('button', { name: /^Close 国/ });
    expect(await closeButtons.count()).toBe(11);
    const name = (await closeButtons.first().getAttribute('aria-label'))!.replace(/^Close /, '');
    await closeButtons.first().click();
    await page.getByTestId('status').filter({ hasText: '10 documents' }).waitFor();
    expect(await set.getByRole('button', { name: `Close ${name}` }).count()).toBe(0);
    expect(await page.evaluate(`window.__remit.cy().nodes('[kind = "document"]').length`)).toBe(10);
    expect(await page.getByText(/^Closed .*Open it again to bring it back\./).count()).toBe(1);
    expect(app.errors).toEqual([]);
    await app.close();
  });
});
