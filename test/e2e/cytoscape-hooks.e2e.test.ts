/**
 * The Cytoscape internals Remit hooks into (renderer/graph/cytoscape-internals.ts) still take effect: after an
 * upgrade that moves them, a huge graph's PNG export would silently lose every edge.
 */
import { PNG } from 'pngjs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openApp, settle, startHarness, type AppPage, type Harness } from './support';

let h: Harness;
let app: AppPage | undefined;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});
afterEach(async () => {
  const errors = app?.errors ?? [];
  await app?.close();
  app = undefined;
  expect(errors, 'console errors or warnings').toEqual([]);
});

describe('Cytoscape hooks on a huge graph (edge layer)', () => {
  it('are in effect, and the PNG picture holds the edges the layer draws', async () => {
    // The synthetic benchmark graph starts in performance mode: Cytoscape holds only nodes, the edge layer the edges.
    app = await openApp(h, { query: '?bench=synthetic&n=800&m=2400' });
    const { page } = app;
    await settle(page);
    const hooks = await page.getByTestId('graph-canvas').getAttribute('data-cy-hooks');
    expect(hooks?.split(' ').sort()).toEqual(['direct-draw', 'pictures']);

    const picture = await page.evaluate(() => {
      const cy = (window as unknown as { __remit: { cy(): import('cytoscape').Core } }).__remit.cy();
      const edgesInCytoscape = cy.edges().length;
      // Nodes drawn transparent (still visible to Cytoscape, unlike opacity 0, so their edges are drawn): whatever
      // is inked now is the edge layer's.
      cy.nodes().style({ 'background-opacity': 0, 'border-opacity': 0, 'text-opacity': 0 });
      const png = cy.png({ output: 'base64', full: true, scale: 1, bg: '#ffffff' }) as unknown as string;
      cy.nodes().removeStyle('background-opacity border-opacity text-opacity');
      return { edgesInCytoscape, png };
    });
    expect(picture.edgesInCytoscape).toBe(0);
    const png = PNG.sync.read(Buffer.from(picture.png, 'base64'));
    let inked = 0;
    for (let i = 0; i < png.data.length; i += 4) if (png.data[i] < 235 || png.data[i + 1] < 235 || png.data[i + 2] < 235) inked++;
    // 2,400 edges across the picture: thousands of inked pixels; without the hook there are none.
    expect(inked).toBeGreaterThan(2000);
  });
});
