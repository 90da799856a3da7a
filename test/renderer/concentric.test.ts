import { describe, expect, it } from 'vitest';
import { concentricPositions } from '../../renderer/layout/concentric';

const radius = (p: { x: number; y: number }) => Math.hypot(p.x, p.y);

describe('concentric rings for huge graphs', () => {
  it('puts the highest degree in the centre and each lower level further out', () => {
    const nodes = [
      { id: 'hub', value: 60, size: 40 },
      ...Array.from({ length: 12 }, (_, i) => ({ id: `mid${i}`, value: 30, size: 20 })),
      ...Array.from({ length: 40 }, (_, i) => ({ id: `leaf${i}`, value: 1, size: 10 })),
    ];
    const p = concentricPositions(nodes, 10);
    expect(radius(p.hub)).toBe(0);
    const mid = nodes.filter((n) => n.id.startsWith('mid')).map((n) => radius(p[n.id]));
    const leaf = nodes.filter((n) => n.id.startsWith('leaf')).map((n) => radius(p[n.id]));
    expect(Math.max(...mid) - Math.min(...mid)).toBeLessThan(0.2); // twelve fit on one ring
    expect(Math.min(...leaf)).toBeGreaterThan(Math.max(...mid));
  });

  it('fills several rings with a level too big for one, keeping nodes apart', () => {
    const nodes = Array.from({ length: 2000 }, (_, i) => ({ id: `n${i}`, value: i < 10 ? 50 : 1, size: 20 }));
    const p = concentricPositions(nodes, 10);
    const list = Object.values(p);
    expect(list).toHaveLength(2000);
    // a disc, not one huge circle: 2,000 nodes 34 px apart need a radius of about 34·√(2000/π) ≈ 860 px
    expect(Math.max(...list.map(radius))).toBeLessThan(1300);
    let closest = Infinity;
    for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) closest = Math.min(closest, Math.hypot(list[i].x - list[j].x, list[i].y - list[j].y));
    expect(closest).toBeGreaterThanOrEqual(34 - 0.2);
  });
});
