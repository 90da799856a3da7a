import { describe, expect, it } from 'vitest';
import { forceAtlasPositions } from '../../renderer/layout/force';
import { syntheticGraph } from '../../renderer/worker/synthetic';

function rmsRadius(points: { x: number; y: number }[]): number {
  const cx = points.reduce((s, p) => s + p.x, 0) / points.length;
  const cy = points.reduce((s, p) => s + p.y, 0) / points.length;
  return Math.sqrt(points.reduce((s, p) => s + (p.x - cx) ** 2 + (p.y - cy) ** 2, 0) / points.length);
}

describe('forceAtlasPositions', () => {
  it('spreads a dense graph over about 48×48 px per node instead of piling it into a ball', () => {
    const graph = syntheticGraph(1600, 6400);
    const positions = Object.values(forceAtlasPositions(graph, null, {}));
    expect(positions).toHaveLength(graph.order);
    // a uniform disc holding 48×48 px per node has this RMS radius
    const wanted = Math.sqrt((graph.order * 48 * 48) / Math.PI) / Math.SQRT2;
    expect(rmsRadius(positions)).toBeGreaterThanOrEqual(wanted * 0.99);
    // and nodes are not stacked: few share a 10 px cell
    const cells = new Set(positions.map((p) => `${Math.round(p.x / 10)},${Math.round(p.y / 10)}`));
    expect(cells.size).toBeGreaterThan(graph.order * 0.9);
  });

  it('keeps pinned nodes where the analyst put them', () => {
    const graph = syntheticGraph(1600, 6400);
    const out = forceAtlasPositions(graph, null, { 'agency:0': { x: 12, y: -34 } });
    expect(out['agency:0']).toEqual({ x: 12, y: -34 });
  });
});
