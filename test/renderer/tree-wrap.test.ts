import { describe, expect, it } from 'vitest';
import { chooseBands, flowRows } from '../../renderer/layout/bands';
import { responsibilityArrangement, treeArrangement, wrapBlocks } from '../../renderer/layout/arrangements';
import { syntheticGraph } from '../../renderer/worker/synthetic';
import { devCorpusGraph } from '../core/dev-corpus';
import { ROLES, type Role } from '../../core/model';

type P = { x: number; y: number };
const box = (ps: P[]) => {
  const xs = ps.map((p) => p.x);
  const ys = ps.map((p) => p.y);
  return { w: Math.max(...xs) - Math.min(...xs), h: Math.max(...ys) - Math.min(...ys) };
};

describe('bands', () => {
  it('keeps one column while the outline is short', () => {
    expect(wrapBlocks([{ ids: [], start: 0, end: 10 }, { ids: [], start: 12, end: 30 }], 1.5)).toBeNull();
  });

  it('flows rows on into the next band, a blank row between groups, never starting a group at a band’s foot', () => {
    const flow = flowRows([4, 5, 2], 6, false);
    expect(flow.places[0].map((p) => p.band)).toEqual([0, 0, 0, 0]);
    // rows 0-3, a blank row 4, then only one row left: the second group starts in band 1
    expect(flow.places[1][0]).toEqual({ band: 1, row: 0 });
    expect(flow.places[2][0]).toEqual({ band: 2, row: 0 });
    expect(flowRows([4, 5], 6, true).places[1][0]).toEqual({ band: 1, row: 0 });
  });

  it('chooses more bands for a wider canvas', () => {
    const groups = Array.from({ length: 40 }, (_, i) => 5 + (i % 7));
    const narrow = chooseBands(groups, { bandWidth: 800, rowHeight: 40, aspect: 0.6, keepWhole: true });
    const wide = chooseBands(groups, { bandWidth: 800, rowHeight: 40, aspect: 2.5, keepWhole: true });
    expect(wide.bands).toBeGreaterThan(narrow.bands);
  });
});

describe('arranged layouts at corpus size', () => {
  it('the document tree of the dev corpus is set in bands of about the canvas’s shape', () => {
    const g = devCorpusGraph();
    const { positions, classes } = treeArrangement(g, null, 1.3);
    expect(Object.keys(positions)).toHaveLength(g.order);
    const all = box(Object.values(positions));
    expect(all.w / all.h).toBeGreaterThan(0.6);
    expect(all.w / all.h).toBeLessThan(2.6);
    // rows never collide
    const main = Object.entries(positions).filter(([id]) => classes[id] !== 'aside').map(([, p]) => `${p.x}:${p.y}`);
    expect(new Set(main).size).toBe(main.length);
  });

  it('sets whole documents side by side when there are very many rows', () => {
    const g = syntheticGraph(5000, 20000);
    const { positions } = treeArrangement(g, null, 1.3);
    expect(Object.keys(positions)).toHaveLength(g.order);
    const articles = Object.entries(positions).filter(([id]) => id.startsWith('article:')).map(([, p]) => p);
    expect(new Set(articles.map((p) => p.x)).size).toBeGreaterThan(3);
    const b = box(articles);
    expect(b.w / b.h).toBeGreaterThan(0.4);
    expect(new Set(articles.map((p) => `${p.x}:${p.y}`)).size).toBe(articles.length);
    // A document's items stay in its band.
    g.forEachOutNeighbor('section:0', (article) => {
      expect(positions[article].x - positions['section:0'].x).toBeGreaterThan(0);
      expect(positions[article].x - positions['section:0'].x).toBeLessThan(400);
    });
  });

  it('lists each item once beside the agency holding its strongest role, in bands of about the canvas’s shape', () => {
    const g = devCorpusGraph();
    const { positions, classes } = responsibilityArrangement(g, null, 1.3);
    expect(Object.keys(positions)).toHaveLength(g.order);
    const all = box(Object.values(positions));
    expect(all.w / all.h).toBeGreaterThan(0.6);
    expect(all.w / all.h).toBeLessThan(2.6);
    const agencies = Object.keys(positions).filter((id) => classes[id] === 'col-left');
    const xs = new Set(agencies.map((id) => positions[id].x));
    expect(xs.size).toBeGreaterThan(1);
    // each item is listed beside (in the band of, or a band after) an agency holding its strongest role
    const rank = (r: string | undefined) => ROLES.indexOf((r ?? 'responsible') as Role);
    let checked = 0;
    g.forEachNode((item) => {
      const named: { agency: string; rank: number }[] = [];
      g.forEachInEdge(item, (_e, a, s) => { if (a.kind === 'leads') named.push({ agency: s, rank: rank(a.role) }); });
      if (named.length < 2) return;
      const best = Math.min(...named.map((n) => n.rank));
      const home = named.filter((n) => n.rank === best).some((n) => {
        const dx = positions[item].x - positions[n.agency].x - 200;
        return dx >= 0 && dx % 760 === 0 && Math.abs(positions[item].y - positions[n.agency].y) < 44 * 60;
      });
      expect(home, item).toBe(true);
      checked++;
    });
    expect(checked).toBeGreaterThan(20);
    const items = Object.keys(positions).filter((id) => classes[id] === 'col-right').map((id) => `${positions[id].x}:${positions[id].y}`);
    expect(new Set(items).size).toBe(items.length);
  });
});
