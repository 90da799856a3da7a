import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import type { RemitGraph } from '../../core/graph/types';
import type { EdgeAttributes, NodeAttributes } from '../../core/model';
import { applyChange } from '../../renderer/graph/apply-change';
import { SentGraph } from '../../core/graph/changes';
import { addDocuments, createGraph, readDocument, removeDocument } from '../../renderer/worker/pipeline';
import { nodeSearchKeys } from '../../core/graph/node-search-keys';
import { syntheticGraph } from '../../renderer/worker/synthetic';

const corpus = join(__dirname, '../fixtures/corpus');
const files = readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort().slice(0, 4);
const encoder = new TextEncoder();
const read = (name: string, text = readFileSync(join(corpus, name), 'utf8')) => ({ doc: readDocument(encoder.encode(text), name) });
const page = (): RemitGraph => new Graph<NodeAttributes, EdgeAttributes>({ type: 'directed', multi: false, allowSelfLoops: false });

/** The worker's graph as the page should hold it: everything, document texts left out. */
function withoutTexts(g: RemitGraph) {
  const out = g.export();
  for (const n of out.nodes) if (n.attributes?.kind === 'document') n.attributes = { ...n.attributes, text: '' };
  const byKey = <T extends { key?: string }>(list: T[]) => [...list].sort((a, b) => String(a.key).localeCompare(String(b.key)));
  return { nodes: byKey(out.nodes), edges: byKey(out.edges).map((e) => ({ ...e, undirected: undefined })) };
}
const same = (mirror: RemitGraph, worker: RemitGraph) => expect(withoutTexts(mirror)).toEqual(withoutTexts(worker));

describe('graph changes from the worker', () => {
  it('keep the page graph equal to the worker graph through opens, removes, re-opens and replacements, without texts', async () => {
    const sent = new SentGraph();
    const mirror = page();
    const step = async (g: RemitGraph) => {
      const change = sent.diff(g, nodeSearchKeys);
      for (const [, a] of [...change.nodes.added, ...change.nodes.updated]) if (a.kind === 'document') expect(a.text).toBe('');
      await applyChange(mirror, change, { budgetMs: 0, step: 7, pause: async () => undefined });
      same(mirror, g);
      return change;
    };

    const g = createGraph();
    addDocuments(g, [read(files[0]), read(files[1])]);
    const first = await step(g);
    expect(first.nodes.added.length).toBe(g.order);
    expect(Object.keys(first.searchKeys).length).toBe(g.order);

    const before = g.order;
    addDocuments(g, [read(files[2])]);
    const added = await step(g);
    // Only what the third document brought, plus the few shared nodes it changed.
    expect(added.nodes.added.length).toBe(g.order - before);
    expect(added.nodes.updated.length).toBeLessThan(before / 4);
    expect(added.nodes.removed).toEqual([]);

    const docId = g.filterNodes((_n, a) => a.kind === 'document' && a.fileName === files[0])[0];
    removeDocument(g, docId);
    const removed = await step(g);
    expect(removed.nodes.removed).toContain(docId);
    expect(removed.nodes.added).toEqual([]);

    // Read again, changed: the same document id with other text and items.
    const changed = readFileSync(join(corpus, files[1]), 'utf8').replace(/。/, '，并加强协调。');
    const other = g.filterNodes((_n, a) => a.kind === 'document' && a.fileName === files[1])[0];
    removeDocument(g, other);
    addDocuments(g, [read(files[1], changed), read(files[0])]);
    await step(g);

    // Nothing changed: nothing sent.
    const none = sent.diff(g, nodeSearchKeys);
    expect([none.nodes.added, none.nodes.updated, none.nodes.removed, none.edges.added, none.edges.updated, none.edges.removed].every((l) => l.length === 0)).toBe(true);

    // A replacement by a different graph altogether (a workspace opened).
    await step(syntheticGraph(300, 900));
  });

  it('notices evidence added in place to an edge it already sent', async () => {
    const g = createGraph();
    g.addNode('r1', { kind: 'region', label: '四川', aliases: [] } as unknown as NodeAttributes);
    g.addNode('r2', { kind: 'region', label: '成都', aliases: [] } as unknown as NodeAttributes);
    const evidence = [{ document: 'd', item: 'd', quote: 'a', start: 0, end: 1 }];
    g.addDirectedEdgeWithKey('located_in:r2->r1', 'r2', 'r1', { kind: 'located_in', evidence } as unknown as EdgeAttributes);
    const sent = new SentGraph();
    const mirror = page();
    await applyChange(mirror, sent.diff(g, nodeSearchKeys));
    evidence.push({ document: 'e', item: 'e', quote: 'b', start: 2, end: 3 });
    const change = sent.diff(g, nodeSearchKeys);
    expect(change.edges.updated.map(([key]) => key)).toEqual(['located_in:r2->r1']);
  });
});
