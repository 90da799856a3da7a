/**
 * The Cytoscape internals Remit hooks into (renderer/graph/cytoscape-internals.ts) still take effect: after an
 * upgrade that moves them, a huge graph's PNG export would silently lose every edge, every PNG its labels, and a
 * selected node's neighbourhood would be drawn as plain shapes instead of as Cytoscape draws it.
 */
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { harnessForFile, settle, type AppPage } from './support';

const suite = harnessForFile();
let app: AppPage | undefined;

describe('Cytoscape hooks on a huge graph (edge layer)', () => {
  it('are in effect, and the PNG picture holds the edges the layer draws', async () => {
    // The synthetic benchmark graph starts in performance mode: Cytoscape holds only nodes, the edge layer the edges.
    app = await suite.open({ query: '?bench=synthetic&n=800&m=2400' });
    const { page } = app;
    await settle(page);
    const hooks = await page.getByTestId('graph-canvas').getAttribute('data-cy-hooks');
    expect(hooks?.split(' ').sort()).toEqual(['direct-draw', 'labels-in-pictures', 'node-painter', 'pictures']);

    const picture = await page.evaluate(() => {
      const cy = (window as unknown as { __remit: { cy(): import('cytoscape').Core } }).__remit.cy();
      const edgesInCytoscape = cy.edges().length;
      // Nodes drawn transparent (still visible to Cytoscape, unlike opacity 0, so their edges are drawn) and
      // without labels (Remit paints those into pictures too): whatever is inked now is the edge layer's.
      const labels = cy.nodes().map((n) => [n, n.data('label')] as const);
      cy.nodes().data('label', '');
      cy.nodes().style({ 'background-opacity': 0, 'border-opacity': 0, 'text-opacity': 0 });
      const png = cy.png({ output: 'base64', full: true, scale: 1, bg: '#ffffff' }) as unknown as string;
      cy.nodes().removeStyle('background-opacity border-opacity text-opacity');
      for (const [n, label] of labels) n.data('label', label);
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

describe('Cytoscape hooks on any graph (labels and focus overlay)', () => {
  it('put the labels into PNG pictures and draw the focused neighbourhood with Cytoscape\'s node painter', async () => {
    app = await suite.open();
    const { page } = app;
    await settle(page);
    const hooks = (await page.getByTestId('graph-canvas').getAttribute('data-cy-hooks'))?.split(' ') ?? [];
    expect(hooks).toEqual(expect.arrayContaining(['labels-in-pictures', 'node-painter']));

    // Labels only: nodes and edges drawn transparent, so whatever is inked in the picture is a label.
    const png64 = await page.evaluate(() => {
      const cy = (window as unknown as { __remit: { cy(): import('cytoscape').Core } }).__remit.cy();
      cy.nodes().style({ 'background-opacity': 0, 'border-opacity': 0 });
      cy.edges().style({ 'line-opacity': 0, 'target-arrow-color': 'transparent' } as Record<string, unknown>);
      const png = cy.png({ output: 'base64', full: true, scale: 1, bg: '#ffffff' }) as unknown as string;
      cy.elements().removeStyle('background-opacity border-opacity line-opacity target-arrow-color');
      return png;
    });
    const png = PNG.sync.read(Buffer.from(png64, 'base64'));
    let inked = 0;
    for (let i = 0; i < png.data.length; i += 4) if (png.data[i] < 200 || png.data[i + 1] < 200 || png.data[i + 2] < 200) inked++;
    // Dozens of labels: thousands of dark pixels; without the hook the picture is blank.
    expect(inked).toBeGreaterThan(2000);

    // Select the most connected agency: its neighbourhood is drawn over the veil by Cytoscape's own node painter.
    const centre = await page.evaluate(() => {
      const w = window as unknown as { __remit: { cy(): import('cytoscape').Core; getViewState(): import('../../core/workspace').WorkspaceView; applyViewState(v: unknown): void } };
      const cy = w.__remit.cy();
      const agency = cy.nodes('[kind = "agency"]').sort((a, b) => (b as import('cytoscape').NodeSingular).degree(false) - (a as import('cytoscape').NodeSingular).degree(false))[0] as import('cytoscape').NodeSingular;
      w.__remit.applyViewState({ ...w.__remit.getViewState(), selection: [agency.id()] });
      return agency.renderedPosition();
    });
    await page.waitForTimeout(300);
    expect(await page.getByTestId('graph-canvas').getAttribute('data-node-painter')).toBe('cytoscape');
    const alpha = await page.evaluate(({ x, y }) => {
      const c = document.querySelector('canvas[data-layer=focus]') as HTMLCanvasElement;
      const ratio = c.width / c.getBoundingClientRect().width;
      const copy = document.createElement('canvas');
      copy.width = c.width;
      copy.height = c.height;
      const ctx = copy.getContext('2d', { willReadFrequently: true })!;
      ctx.drawImage(c, 0, 0);
      return ctx.getImageData(Math.round(x * ratio), Math.round(y * ratio), 1, 1).data[3];
    }, centre);
    // The node itself is opaque over the translucent veil.
    expect(alpha).toBe(255);
  });
});
