import { describe, expect, it } from 'vitest';
import { neighbourInDirection } from '../../renderer/graph/use-graph-keyboard';

describe('neighbourInDirection', () => {
  const from = { x: 0, y: 0 };
  const around = [
    { id: 'right', x: 100, y: 10 },
    { id: 'far-right', x: 400, y: 0 },
    { id: 'down', x: 5, y: 80 },
    { id: 'left', x: -90, y: -20 },
  ];
  it('picks the neighbour most nearly in the direction of the arrow', () => {
    expect(neighbourInDirection(from, around, 1, 0)).toBe('far-right');
    expect(neighbourInDirection(from, around, 0, 1)).toBe('down');
    expect(neighbourInDirection(from, around, -1, 0)).toBe('left');
    expect(neighbourInDirection(from, around, 0, -1)).toBeUndefined();
  });
  it('prefers the nearer of two in the same direction', () => {
    expect(neighbourInDirection(from, [{ id: 'a', x: 300, y: 0 }, { id: 'b', x: 100, y: 0 }], 1, 0)).toBe('b');
  });
});
