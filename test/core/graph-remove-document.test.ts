import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGraph, documentKey, removeDocument, type RemitGraph } from '../../core/graph';
import { documentId, readDocument } from '../../core';
import type { ParsedDocument } from '../../core/model';
import { corpusFiles, seedBytes } from './seed';

/** The plain rule removeDocument follows, by scanning the whole graph: what it must keep agreeing with. */
function removeByScan(graph: RemitGraph, docId: string): void {
  const owned = new Set<string>([docId]);
  graph.forEachNode((id, attrs) => {
    if ((attrs.kind === 'section' || attrs.kind === 'article' || attrs.kind === 'target') && attrs.document === docId) owned.add(id);
  });
  const touched = new Set<string>();
  for (const id of owned) graph.forEachNeighbor(id, (n) => touched.add(n));
  for (const id of owned) graph.dropNode(id);
  graph.forEachEdge((key, attrs, source, target) => {
    if (!attrs.evidence?.some((e) => e.document === docId)) return;
    const rest = attrs.evidence.filter((e) => e.document !== docId);
    touched.add(source).add(target);
    if (rest.length === 0) graph.dropEdge(key);
    else graph.setEdgeAttribute(key, 'evidence', rest);
  });
  const work = [...touched];
  while (work.length > 0) {
    const id = work.pop()!;
    // a region is held by a mention or by a region that lies in it, not by its own link to its container
    if (!graph.hasNode(id) || owned.has(id)) continue;
    const region = graph.getNodeAttribute(id, 'kind') === 'region';
    if (region ? graph.inDegree(id) > 0 : graph.degree(id) > 0) continue;
    graph.forEachNeighbor(id, (n) => work.push(n));
    graph.dropNode(id);
  }
}

const renumbered = (doc: ParsedDocument, n: number): ParsedDocument =>
  ({ ...doc, fileName: `copy-${n}.txt`, meta: { ...doc.meta, number: `测试〔2099〕${n}号` } });
const seed = readDocument(seedBytes(), 'seed.txt');
const corpus = corpusFiles().map((f) => readDocument(f.bytes, f.name));
// copies under other numbers share their regions, platforms, agencies and located_in evidence with the originals
const DOCS = [seed, ...corpus, renumbered(seed, 1), renumbered(corpus[0], 2), renumbered(corpus[3], 3)];
const idOf = (doc: ParsedDocument): string => documentId(documentKey(doc));
const dump = (graph: RemitGraph): string => JSON.stringify(graph.export());

describe('removing a document', () => {
  it('leaves what removing it by a scan of the whole graph leaves, for each document', () => {
    const built = buildGraph(DOCS);
    for (const doc of DOCS) {
      const fast = built.copy();
      const plain = built.copy();
      removeDocument(fast, idOf(doc));
      removeByScan(plain, idOf(doc));
      expect(dump(fast)).toBe(dump(plain));
    }
  });

  it('agrees with the scan over any order of building and removing', () => {
    const indices = DOCS.map((_d, i) => i);
    fc.assert(fc.property(fc.shuffledSubarray(indices, { minLength: 1 }), fc.shuffledSubarray(indices), (built, removed) => {
      const fast = buildGraph(built.map((i) => DOCS[i]));
      const plain = fast.copy();
      for (const i of removed) {
        if (!fast.hasNode(idOf(DOCS[i]))) continue;
        removeDocument(fast, idOf(DOCS[i]));
        removeByScan(plain, idOf(DOCS[i]));
      }
      expect(dump(fast)).toBe(dump(plain));
    }), { numRuns: 25 });
  });

  it('removes everything when every document goes', () => {
    const graph = buildGraph(DOCS);
    for (const doc of DOCS) removeDocument(graph, idOf(doc));
    expect([graph.order, graph.size]).toEqual([0, 0]);
  });
});
