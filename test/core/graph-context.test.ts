import { describe, expect, it } from 'vitest';
import { addDocument, buildGraph, createGraph } from '../../core/graph';
import { createBuildContext } from '../../core/graph/context';
import { readDocument } from '../../core/read';
import { corpusFiles, seedBytes } from './seed';

const docs = () => [readDocument(seedBytes(), 'seed.txt'), ...corpusFiles().map((f) => readDocument(f.bytes, f.name))];
const exported = (g: ReturnType<typeof createGraph>) => JSON.stringify(g.export());

describe('building keeps its state in a context the caller owns', () => {
  it('two builds interleaved document by document give the graphs each gives alone', () => {
    const all = docs();
    const [odd, even] = [all.filter((_d, i) => i % 2 === 1), all.filter((_d, i) => i % 2 === 0)];
    const [a, b] = [createGraph(), createGraph()];
    const [ca, cb] = [createBuildContext(), createBuildContext()];
    for (let i = 0; i < Math.max(odd.length, even.length); i++) {
      if (odd[i]) addDocument(a, odd[i], { sameFileReplaces: false, context: ca });
      if (even[i]) addDocument(b, even[i], { sameFileReplaces: false, context: cb });
    }
    expect(exported(a)).toBe(exported(buildGraph(odd)));
    expect(exported(b)).toBe(exported(buildGraph(even)));
  });

  it('a context shared by several builds, or none at all, changes nothing', () => {
    const all = docs();
    const shared = createBuildContext();
    buildGraph(all.slice(0, 3), shared);
    const alone = createGraph();
    for (const doc of all) addDocument(alone, doc, { sameFileReplaces: false }); // a fresh context per document
    expect(exported(buildGraph(all, shared))).toBe(exported(buildGraph(all)));
    expect(exported(alone)).toBe(exported(buildGraph(all)));
  });
});
