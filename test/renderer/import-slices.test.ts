import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { importInSlices } from '../../renderer/graph/import';
import { syntheticGraph } from '../../renderer/worker/synthetic';

describe('importInSlices', () => {
  it('builds the same graph as a single import, pausing between slices', async () => {
    const source = syntheticGraph(600, 2400);
    const whole = new Graph({ type: 'directed' });
    whole.import(source.export());
    const sliced = new Graph({ type: 'directed' });
    let pauses = 0;
    // budget 0: pause after every slice, so the slicing itself is exercised
    await importInSlices(sliced, source.export(), { budgetMs: 0, step: 100, pause: async () => { pauses++; } });
    expect(sliced.export()).toEqual(whole.export());
    expect(sliced.order).toBe(source.order);
    expect(sliced.size).toBe(source.size);
    expect(pauses).toBeGreaterThan(20);
  });

  it('keeps edge attributes and keys, and handles an empty graph', async () => {
    const g = new Graph({ type: 'directed' });
    g.addNode('a', { kind: 'agency' });
    g.addNode('b', { kind: 'article' });
    g.addDirectedEdgeWithKey('leads:a->b', 'a', 'b', { kind: 'leads', role: 'lead' });
    const out = new Graph({ type: 'directed' });
    await importInSlices(out, g.export(), { step: 1, budgetMs: 0, pause: async () => undefined });
    expect(out.getEdgeAttributes('leads:a->b')).toEqual({ kind: 'leads', role: 'lead' });
    expect(out.source('leads:a->b')).toBe('a');
    const empty = new Graph();
    await importInSlices(empty, new Graph().export());
    expect(empty.order).toBe(0);
  });
});
