/** The greedy label pass: whatever the candidates, no two placed labels touch, and priority decides who stays. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyOverlap, BoxGrid, LABEL_GAP, placeLabels, spotBox, type Box, type LabelCandidate } from '../../renderer/graph/label-placement';

const SCREEN: Box = { x1: 0, y1: 0, x2: 1200, y2: 800 };

const candidate = fc.record({
  x: fc.double({ min: -100, max: 1300, noNaN: true }),
  y: fc.double({ min: -100, max: 900, noNaN: true }),
  r: fc.double({ min: 0, max: 30, noNaN: true }),
  w: fc.double({ min: 4, max: 260, noNaN: true }),
  h: fc.double({ min: 8, max: 40, noNaN: true }),
  spots: fc.shuffledSubarray(['below', 'above', 'right', 'left'] as const, { minLength: 1 }),
});

describe('placeLabels', () => {
  it('never places two labels that overlap, on any input', () => {
    fc.assert(
      fc.property(fc.array(candidate, { maxLength: 300 }), (cands: LabelCandidate[]) => {
        const placed = placeLabels(cands, SCREEN).filter((b): b is Box => b !== null);
        expect(anyOverlap(placed)).toBe(false);
        // ...and keeps the gap between them
        const grown = placed.map((b) => ({ x1: b.x1 - LABEL_GAP / 2 + 1e-9, y1: b.y1 - LABEL_GAP / 2 + 1e-9, x2: b.x2 + LABEL_GAP / 2 - 1e-9, y2: b.y2 + LABEL_GAP / 2 - 1e-9 }));
        expect(anyOverlap(grown)).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('gives the first of two rivals its label and moves or drops the second', () => {
    const a: LabelCandidate = { x: 100, y: 100, r: 10, w: 80, h: 14, spots: ['below'] };
    const b: LabelCandidate = { x: 110, y: 100, r: 10, w: 80, h: 14, spots: ['below'] };
    expect(placeLabels([a, b], SCREEN)).toEqual([spotBox(a, 'below'), null]);
    expect(placeLabels([b, a], SCREEN)).toEqual([spotBox(b, 'below'), null]);
    // With another spot to go to, the second moves above its node instead of disappearing.
    const [, moved] = placeLabels([a, { ...b, spots: ['below', 'above'] }], SCREEN);
    expect(moved).toEqual(spotBox(b, 'above'));
  });

  it('keeps labels off reserved boxes (the selected node) and inside the screen', () => {
    const c: LabelCandidate = { x: 100, y: 100, r: 10, w: 80, h: 14, spots: ['below', 'above'] };
    const reserved = [spotBox(c, 'below')];
    expect(placeLabels([c], SCREEN, reserved)).toEqual([spotBox(c, 'above')]);
    expect(placeLabels([{ ...c, x: -500 }], SCREEN)).toEqual([null]);
  });

  it('finds collisions across grid cells for boxes of any size', () => {
    const grid = new BoxGrid(0);
    grid.add({ x1: 10, y1: 10, x2: 500, y2: 20 });
    expect(grid.collides({ x1: 300, y1: 15, x2: 310, y2: 30 })).toBe(true);
    expect(grid.collides({ x1: 300, y1: 21, x2: 310, y2: 30 })).toBe(false);
    expect(grid.collides({ x1: -200, y1: -50, x2: -100, y2: 15 })).toBe(false);
  });
});
