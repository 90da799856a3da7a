import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { graphToJson, graphToJsonChunks } from '../../core/exports/json';
import type { RemitGraph } from '../../core/graph/types';
import { buildGraph } from '../../core/graph';
import { readDocument } from '../../core/read';
import { corpusFiles, seedBytes } from './seed';

const seedGraph = (): RemitGraph => buildGraph([readDocument(seedBytes(), 'seed.txt'), ...corpusFiles().map((f) => readDocument(f.bytes, f.name))]);

describe('JSON export in chunks', () => {
  it('writes exactly what JSON.stringify(graph.export()) writes', () => {
    const graph = seedGraph();
    expect(graphToJson(graph)).toBe(JSON.stringify(graph.export(), null, 2) + '\n');
  });

  it('matches on empty graphs, bare nodes and mixed graphs too', () => {
    const empty = new Graph() as unknown as RemitGraph;
    expect(graphToJson(empty)).toBe(JSON.stringify(empty.export(), null, 2) + '\n');
    const mixed = new Graph({ type: 'mixed' }) as unknown as RemitGraph;
    mixed.setAttribute('name' as never, 'x' as never);
    mixed.addNode('a');
    mixed.addNode('b', { kind: 'region', label: '"\n\u2028' } as never);
    mixed.addUndirectedEdge('a', 'b');
    mixed.addDirectedEdge('b', 'a', { kind: 'mentions' } as never);
    expect(graphToJson(mixed)).toBe(JSON.stringify(mixed.export(), null, 2) + '\n');
  });

  it('comes in pieces of bounded size', () => {
    const graph = seedGraph();
    const chunks = [...graphToJsonChunks(graph)];
    for (const c of chunks) expect(c.length).toBeLessThan((1 << 20) + 200_000);
  });
});
