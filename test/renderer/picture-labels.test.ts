/**
 * A picture of the whole graph is cut at the nodes' bounding box, so the labels of the outermost nodes hang beyond
 * it: the picture's label pass places labels with no edge to stop at (label-layer.ts, `unbounded`), and frameAround
 * (label-placement.ts) grows the canvas to hold every one. Cytoscape and the canvas are stood in for by plain objects.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyOverlap, frameAround, type Box } from '../../renderer/graph/label-placement';
import { chooseLabels, type LabelPass } from '../../renderer/graph/label-layer';
import { labelScene, type FakeNode } from './label-scene';

function labelPass(nodes: FakeNode[]) {
  const { graph, index, measurer, order } = labelScene(nodes);
  return (extra: Partial<LabelPass>) =>
    chooseLabels({ index, graph, order, measurer, width: 0, height: 0, vp: { zoom: 1, x: 0, y: 0 }, emphasis: { selected: [], hovered: null, hits: [], veil: false }, ...extra });
}

/** Four agencies at the corners of a 400×300 picture cut at their nodes (radius 10), one in the middle. */
const corners = (): FakeNode[] => [
  { id: 'nw', kind: 'agency', x: 10, y: 10, size: 20, label: '国家发展和改革委员会' },
  { id: 'ne', kind: 'agency', x: 390, y: 10, size: 20, label: '科学技术部' },
  { id: 'sw', kind: 'agency', x: 10, y: 290, size: 20, label: '工业和信息化部' },
  { id: 'se', kind: 'agency', x: 390, y: 290, size: 20, label: '财政部\nMinistry of Finance' },
  { id: 'mid', kind: 'document', x: 200, y: 150, size: 30, label: '国科发规〔2023〕31号' },
];

describe('labels of a picture of the whole graph', () => {
  it('keeps the outermost nodes\' labels, which a pass held inside the picture drops', () => {
    const run = labelPass(corners());
    const inside = run({ width: 400, height: 300, inside: true });
    // what the export did before: the corner labels do not fit inside the nodes' bounding box
    expect(inside.map((l) => l.id).sort()).toEqual(['mid']);
    const all = run({ width: 400, height: 300, unbounded: true, budgetMs: Infinity });
    expect(all.map((l) => l.id).sort()).toEqual(['mid', 'ne', 'nw', 'se', 'sw']);
    expect(anyOverlap(all.map((l) => l.box))).toBe(false);
    // the labels hang beyond the picture on both sides and below
    const frame = frameAround(400, 300, all.map((l) => l.box), 2);
    expect(frame.left).toBeGreaterThan(0);
    expect(frame.width - frame.left).toBeGreaterThan(400);
    expect(frame.height - frame.top).toBeGreaterThan(300);
    for (const l of all) {
      expect(l.box.x1 + frame.left).toBeGreaterThanOrEqual(2);
      expect(l.box.y1 + frame.top).toBeGreaterThanOrEqual(2);
      expect(l.box.x2 + frame.left).toBeLessThanOrEqual(frame.width - 2);
      expect(l.box.y2 + frame.top).toBeLessThanOrEqual(frame.height - 2);
    }
  });

  it('places labels by the picture\'s scale, every one of a large graph however long the pass takes', () => {
    const many: FakeNode[] = [];
    for (let i = 0; i < 3000; i++) many.push({ id: `n${i}`, kind: 'agency', x: (i % 60) * 200, y: Math.floor(i / 60) * 80, size: 20, label: `部门${i}` });
    const run = labelPass(many);
    const placed = run({ width: 12_000, height: 4_000, unbounded: true, budgetMs: Infinity, scale: 2, vp: { zoom: 2, x: 0, y: 0 } });
    // 400 px apart across, 160 down at scale 2: room for every label below its node
    expect(placed.length).toBe(3000);
    expect(placed[0].font).toMatch(/^600 25px /);
  });
});

describe('frameAround', () => {
  const box = fc.record({ x1: fc.double({ min: -500, max: 1500, noNaN: true }), y1: fc.double({ min: -500, max: 1500, noNaN: true }), w: fc.double({ min: 0, max: 300, noNaN: true }), h: fc.double({ min: 0, max: 60, noNaN: true }) })
    .map((b): Box => ({ x1: b.x1, y1: b.y1, x2: b.x1 + b.w, y2: b.y1 + b.h }));

  it('holds the picture and every box, padded, in whole pixels, and no more', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2000 }), fc.integer({ min: 1, max: 2000 }), fc.array(box, { maxLength: 40 }), fc.integer({ min: 0, max: 4 }), (w, h, boxes, pad) => {
        const f = frameAround(w, h, boxes, pad);
        for (const v of [f.left, f.top, f.width, f.height]) expect(Number.isInteger(v)).toBe(true);
        expect(f.left).toBeGreaterThanOrEqual(0);
        expect(f.top).toBeGreaterThanOrEqual(0);
        expect(f.width).toBeGreaterThanOrEqual(f.left + w);
        expect(f.height).toBeGreaterThanOrEqual(f.top + h);
        for (const b of boxes) {
          expect(b.x1 - pad + f.left).toBeGreaterThanOrEqual(-1e-9);
          expect(b.y1 - pad + f.top).toBeGreaterThanOrEqual(-1e-9);
          expect(b.x2 + pad + f.left).toBeLessThanOrEqual(f.width + 1e-9);
          expect(b.y2 + pad + f.top).toBeLessThanOrEqual(f.height + 1e-9);
        }
        // tight: at most a pixel to spare beyond the furthest box or the picture on every side
        const xs = [0, ...boxes.map((b) => b.x1 - pad)];
        const xe = [w, ...boxes.map((b) => b.x2 + pad)];
        expect(f.left - -Math.min(...xs)).toBeLessThanOrEqual(1);
        expect(f.width - f.left - Math.max(...xe)).toBeLessThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });

  it('leaves a picture whose labels lie inside it as it is', () => {
    expect(frameAround(800, 600, [{ x1: 10, y1: 10, x2: 100, y2: 30 }], 2)).toEqual({ left: 0, top: 0, width: 800, height: 600 });
  });
});
