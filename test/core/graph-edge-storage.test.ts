import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../core/graph';
import { addGraphNode, createGraph } from '../../core/graph/create';
import { addFact, addNewFact, edgeKey } from '../../core/graph/edges';
import type { DocumentNode, Evidence, NodeAttributes } from '../../core/model';
import { readDocument } from '../../core/read';
import { corpusFiles, seedBytes } from './seed';

const node = (label: string): NodeAttributes => ({ kind: 'platform', label, aliases: [], platformKind: 'lab' });
const evidence = (start: number): Evidence => ({ document: 'doc:甲', item: 'item:甲:一', quote: '引文', start, end: start + 2 });

function graphOf(...ids: string[]) {
  const graph = createGraph();
  for (const id of ids) addGraphNode(graph, id, node(id));
  return graph;
}

describe('edge attributes as stored', () => {
  it('keeps an edge that starts bare apart from every other bare edge once it gains evidence or a role', () => {
    const graph = graphOf('a', 'b', 'c', 'd');
    addNewFact(graph, 'contains', 'a', 'b');
    addFact(graph, 'contains', 'a', 'c');
    addFact(graph, 'leads', 'a', 'd');
    addFact(graph, 'contains', 'a', 'b', undefined, evidence(0));
    addFact(graph, 'leads', 'a', 'd', { role: 'lead', asWritten: '甲', andOthers: true });

    expect(graph.getEdgeAttributes('a', 'b')).toEqual({ kind: 'contains', evidence: [evidence(0)] });
    expect(graph.getEdgeAttributes('a', 'c')).toEqual({ kind: 'contains' });
    expect(graph.getEdgeAttributes('a', 'd')).toEqual({ kind: 'leads', role: 'lead', andOthers: true });
    // a second bare edge made after the first one changed is still bare
    addFact(graph, 'contains', 'b', 'c');
    expect(graph.getEdgeAttributes('b', 'c')).toEqual({ kind: 'contains' });
  });

  it('gives a new edge with evidence the same attributes, in the same order, as one given them later', () => {
    const graph = graphOf('a', 'b', 'c');
    addNewFact(graph, 'leads', 'a', 'b', { role: 'joint', asWritten: '乙', andOthers: undefined }, evidence(4));
    addNewFact(graph, 'mentions', 'a', 'c', undefined, evidence(8));
    expect(JSON.stringify(graph.getEdgeAttributes('a', 'b'))).toBe(
      JSON.stringify({ kind: 'leads', role: 'joint', asWritten: '乙', evidence: [evidence(4)] }),
    );
    expect(Object.keys(graph.getEdgeAttributes('a', 'c'))).toEqual(['kind', 'evidence']);
  });

  it('leaves copies of a graph with attributes of their own, which may change', () => {
    const graph = graphOf('a', 'b');
    addNewFact(graph, 'contains', 'a', 'b');
    const copy = graph.copy();
    copy.setEdgeAttribute('a', 'b', 'evidence', [evidence(0)]);
    expect(graph.getEdgeAttributes('a', 'b')).toEqual({ kind: 'contains' });
  });

  it('writes keys as kind:source->target for any number of sources, met in any order', () => {
    const sources = Array.from({ length: 1500 }, (_, i) => `item:甲:${i}`);
    for (const round of [0, 1]) {
      for (const [i, s] of sources.entries()) {
        const kind = i % 3 === 0 ? 'leads' : 'mentions';
        expect(edgeKey(kind, s, `t${round}`)).toBe(`${kind}:${s}->t${round}`);
      }
      sources.reverse();
    }
  });
});

describe('evidence quotes of mentions', () => {
  it('are each the text at their offsets, for every mention of the seed and the corpus', () => {
    const docs = [readDocument(seedBytes(), 'seed.txt'), ...corpusFiles().map((f) => readDocument(f.bytes, f.name))];
    const graph = buildGraph(docs);
    const texts = new Map(graph.filterNodes((_, a) => a.kind === 'document').map((id) => [id, (graph.getNodeAttributes(id) as DocumentNode).text]));
    let checked = 0;
    graph.forEachEdge((_key, attrs) => {
      if (attrs.kind !== 'mentions') return;
      for (const e of attrs.evidence ?? []) {
        expect(e.quote).toBe(texts.get(e.document)!.slice(e.start, e.end));
        checked++;
      }
    });
    // (the bodies of task-table rows, gov-10's guiding departments, are leads rather than mentions)
    expect(checked).toBeGreaterThan(250);
  });
});
