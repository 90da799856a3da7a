import { describe, expect, it } from 'vitest';
import { treeArrangement, WRAP_ROWS, wrapBlocks } from '../../renderer/layout/arrangements';
import { syntheticGraph } from '../../renderer/worker/synthetic';

describe('wrapped document tree', () => {
  it('keeps one column while the outline is short', () => {
    expect(wrapBlocks([{ ids: [], start: 0, end: 10 }, { ids: [], start: 12, end: 30 }], 32, 1.5)).toBeNull();
    const g = syntheticGraph(300, 600);
    const tall = treeArrangement(g, null, 1.5);
    const xs = new Set(Object.entries(tall.positions).filter(([id]) => id.startsWith('article:')).map(([, p]) => p.x));
    expect(xs.size).toBe(1);
  });

  it('sets whole documents side by side when there are very many rows, closer to the canvas shape', () => {
    const g = syntheticGraph(5000, 20000);
    const { positions } = treeArrangement(g, null, 1.3);
    expect(Object.keys(positions)).toHaveLength(g.order);
    const articles = Object.entries(positions).filter(([id]) => id.startsWith('article:')).map(([, p]) => p);
    const xs = [...new Set(articles.map((p) => p.x))];
    expect(xs.length).toBeGreaterThan(3);
    const height = Math.max(...articles.map((p) => p.y)) - Math.min(...articles.map((p) => p.y));
    const width = Math.max(...xs) - Math.min(...xs);
    expect(height).toBeLessThan(articles.length * 40 / 3);
    expect(width / height).toBeGreaterThan(0.4);
    // Rows never collide inside a band.
    const rows = new Set(articles.map((p) => `${p.x}:${p.y}`));
    expect(rows.size).toBe(articles.length);
    // A document's items stay in its band.
    g.forEachOutNeighbor('section:0', (article) => {
      expect(positions[article].x - positions['section:0'].x).toBeGreaterThan(0);
      expect(positions[article].x - positions['section:0'].x).toBeLessThan(400);
    });
    expect(articles.length).toBeGreaterThan(WRAP_ROWS);
  });
});
