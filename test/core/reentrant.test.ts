import { describe, expect, it } from 'vitest';
import { addDocument, addDocuments, buildGraph, createGraph, readDocument, type RemitGraph } from '../../core';
import { createBuildContext } from '../../core/graph/context';
import type { ParsedDocument } from '../../core/model';
import { corpusFiles, seedBytes } from './seed';

// core/ keeps nothing between calls: two builds run side by side, or one inside the other, give what each gives alone.

const files = [...corpusFiles(), { name: 'seed.txt', bytes: seedBytes() }];
const half = Math.ceil(files.length / 2);
const [filesA, filesB] = [files.slice(0, half), files.slice(half)];
const read = (list: typeof files): ParsedDocument[] => list.map((f) => readDocument(f.bytes, f.name));

/** The graph as a string that does not depend on insertion order. */
function canonical(graph: RemitGraph): string {
  const nodes = graph.mapNodes((id, attrs) => [id, attrs] as const).sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const edges = graph.mapEdges((key, attrs, source, target) => [key, source, target, attrs] as const).sort((a, b) => (a[0] < b[0] ? -1 : 1));
  return JSON.stringify({ nodes, edges });
}

const alone = { a: canonical(buildGraph(read(filesA))), b: canonical(buildGraph(read(filesB))) };

/** The documents of `list` read one at a time, each read taking its turn with the other list's. */
function readInterleaved(a: typeof files, b: typeof files): [ParsedDocument[], ParsedDocument[]] {
  const docsA: ParsedDocument[] = [];
  const docsB: ParsedDocument[] = [];
  for (let k = 0; k < Math.max(a.length, b.length); k++) {
    if (k < b.length) docsB.push(readDocument(b[k].bytes, b[k].name));
    if (k < a.length) docsA.push(readDocument(a[k].bytes, a[k].name));
  }
  return [docsA, docsB];
}

describe('re-entrant core', () => {
  it('the two halves of the corpus make different graphs (so that a mix-up would show)', () => {
    expect(alone.a).not.toBe(alone.b);
  });

  it('reads and builds two graphs document by document in turn as it builds each alone', () => {
    const [docsA, docsB] = readInterleaved(filesA, filesB);
    const [graphA, graphB] = [createGraph(), createGraph()];
    const [contextA, contextB] = [createBuildContext(), createBuildContext()];
    for (let k = 0; k < Math.max(docsA.length, docsB.length); k++) {
      if (k < docsA.length) addDocument(graphA, docsA[k], { sameFileReplaces: false, context: contextA });
      if (k < docsB.length) addDocument(graphB, docsB[k], { sameFileReplaces: false, context: contextB });
    }
    expect(canonical(graphA)).toBe(alone.a);
    expect(canonical(graphB)).toBe(alone.b);
  });

  it('builds the same when the two builds in turn share one context', () => {
    const [docsA, docsB] = readInterleaved(filesA, filesB);
    const [graphA, graphB] = [createGraph(), createGraph()];
    const context = createBuildContext();
    for (let k = 0; k < Math.max(docsA.length, docsB.length); k++) {
      if (k < docsB.length) addDocument(graphB, docsB[k], { sameFileReplaces: false, context });
      if (k < docsA.length) addDocument(graphA, docsA[k], { sameFileReplaces: false, context });
    }
    expect(canonical(graphA)).toBe(alone.a);
    expect(canonical(graphB)).toBe(alone.b);
  });

  it('builds a graph whole from inside another build, each document of either all or nothing', () => {
    const [docsA, docsB] = [read(filesA), read(filesB)];
    const outer = createGraph();
    const inner: RemitGraph[] = [];
    // every tenth node the outer build adds starts a whole build of the other half, which itself undoes a failure
    let added = 0;
    outer.on('nodeAdded', () => {
      if (++added % 10 !== 0 || inner.length >= 3) return;
      const graph = createGraph();
      const failing = { ...docsB[0], fileName: 'failing.txt', meta: { ...docsB[0].meta, number: '测试〔2099〕7号' }, annotations: null as unknown as ParsedDocument['annotations'] };
      const result = addDocuments(graph, [...docsB.map((doc) => ({ doc })), { doc: failing }]);
      expect(result.failed).toHaveLength(1);
      inner.push(graph);
    });
    const outerFailing = { ...docsA[0], fileName: 'failing.txt', meta: { ...docsA[0].meta, number: '测试〔2099〕8号' }, annotations: null as unknown as ParsedDocument['annotations'] };
    const result = addDocuments(outer, [...docsA.slice(0, 1).map((doc) => ({ doc })), { doc: outerFailing }, ...docsA.slice(1).map((doc) => ({ doc }))]);
    expect(result.failed.map((f) => f.entry.doc.fileName)).toEqual(['failing.txt']);
    expect(inner).toHaveLength(3);
    for (const graph of inner) expect(canonical(graph)).toBe(alone.b);
    expect(canonical(outer)).toBe(alone.a);
  });
});
