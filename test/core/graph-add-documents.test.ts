import fc from 'fast-check';
import Graph from 'graphology';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addDocuments, buildGraph, createGraph, readDocument, type RemitGraph } from '../../core';
import { UndoLog } from '../../core/graph/undo-log';
import type { ParsedDocument } from '../../core/model';
import { corpusFiles, seedBytes } from './seed';

const corpus = corpusFiles().map((f) => readDocument(f.bytes, f.name));
const [first, second, third] = corpus;
const seed = readDocument(seedBytes(), 'seed.txt');
// the first file read again after an edit: the same file name and number, another text, so it replaces the first
const edited = readDocument(new TextEncoder().encode(new TextDecoder().decode(corpusFiles()[0].bytes).replace('。', '，并加强协调。')), first.fileName);
// the seed under another number and file name: a document of its own whose regions and agencies are all shared, so
// that it appends its evidence to the seed's located_in edges
const seedAgain: ParsedDocument = { ...seed, fileName: 'seed-again.txt', meta: { ...seed.meta, number: '国科发规〔2099〕31号' } };
// the seed read again after an edit: it replaces the seed, and takes its evidence off the edges it shares with seedAgain
const seedEdited = readDocument(new TextEncoder().encode(new TextDecoder().decode(seedBytes()).replace('。', '，并加强协调。')), 'seed.txt');
// the seed under a third number, naming the ministry and a city in forms no other document uses: the nodes it shares
// with the seed gain aliases
const variantText = seed.text.replaceAll('科技部', '中华人民共和国科学技术部').replaceAll('重庆市', '重庆');
const variant = readDocument(new TextEncoder().encode(variantText), 'variant.txt');
const docs = [...corpus, seed, edited, seedAgain];

/** Every node and edge with its attributes, in key order and with each object's keys sorted. */
function canonical(graph: RemitGraph): string {
  const sorted = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(sorted);
    if (value === null || typeof value !== 'object') return value;
    return Object.fromEntries(Object.keys(value).sort().filter((k) => (value as Record<string, unknown>)[k] !== undefined).map((k) => [k, sorted((value as Record<string, unknown>)[k])]));
  };
  const nodes = graph.mapNodes((id, attrs) => [id, sorted(attrs)] as const).sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const edges = graph.mapEdges((key, attrs, source, target) => [key, source, target, sorted(attrs)] as const).sort((a, b) => (a[0] < b[0] ? -1 : 1));
  return JSON.stringify({ nodes, edges });
}

const built = (entries: readonly { doc: ParsedDocument }[]): RemitGraph => {
  const graph = createGraph();
  addDocuments(graph, entries);
  return graph;
};

/**
 * A document that fails half-way through building: its outline goes in, then reading its annotations throws.
 * Given its own number, so that it is not a replacement of another.
 */
function breaking(doc: ParsedDocument): ParsedDocument {
  const annotations = {
    [Symbol.iterator]() { throw new Error('annotations cannot be read'); },
    get length(): number { throw new Error('annotations cannot be read'); },
  } as unknown as ParsedDocument['annotations'];
  return { ...doc, fileName: 'broken.txt', meta: { ...doc.meta, number: '测试〔2099〕1号' }, annotations };
}

/** Fails the build at the k-th change it records (counting from 1), after the change is made or just before it. */
function failAtChange(k: number): { count: () => number } {
  const record = UndoLog.prototype.record;
  let n = 0;
  vi.spyOn(UndoLog.prototype, 'record').mockImplementation(function (this: UndoLog, step) {
    record.call(this, step);
    if (++n === k) throw new Error(`failed at change ${k}`);
  });
  return { count: () => n };
}

afterEach(() => vi.restoreAllMocks());

describe('adding documents each all or nothing, in place', () => {
  it('leaves no trace of a document that fails half-way and keeps the others', () => {
    const graph = buildGraph([seed]);
    const broken = { doc: breaking(second) };
    const result = addDocuments(graph, [{ doc: first }, broken, { doc: third }]);
    expect(result.failed.map((f) => [f.entry, (f.error as Error).message])).toEqual([[broken, 'annotations cannot be read']]);
    expect(result.added.map((a) => a.entry.doc)).toEqual([first, third]);
    expect(canonical(graph)).toBe(canonical(buildGraph([seed, first, third])));
  });

  it('copies nothing, whether a document fails or not', () => {
    const copy = vi.spyOn(Graph.prototype, 'copy');
    const graph = buildGraph([seed]);
    const own = vi.spyOn(graph, 'copy');
    addDocuments(graph, [{ doc: first }, { doc: breaking(second) }, { doc: third }]);
    expect(copy).not.toHaveBeenCalled();
    expect(own).not.toHaveBeenCalled();
  });

  it('undoes a failed replacement: the document it replaced is back as it was', () => {
    const graph = built([{ doc: seed }, { doc: first }]);
    const before = canonical(graph);
    failAtChange(40);
    const result = addDocuments(graph, [{ doc: edited }]);
    expect(result.failed).toHaveLength(1);
    expect(canonical(graph)).toBe(before);
  });

  it('takes back the evidence and aliases a failed document gave to what other documents hold', () => {
    const graph = built([{ doc: seed }]);
    const before = canonical(graph);
    const twin = built([{ doc: seed }]);
    const counting = failAtChange(0);
    addDocuments(twin, [{ doc: seedAgain }]);
    const total = counting.count();
    vi.restoreAllMocks();
    // the last change of all, and one half-way
    for (const k of [total, Math.ceil(total / 2)]) {
      failAtChange(k);
      expect(addDocuments(graph, [{ doc: seedAgain }]).failed).toHaveLength(1);
      vi.restoreAllMocks();
      expect(canonical(graph)).toBe(before);
    }
  });

  it('undoes all that any document did, failing at its very last change, after any other', () => {
    for (const a of [...docs, seedEdited, variant]) {
      for (const b of [seed, edited, third, seedAgain, seedEdited, variant]) {
        const base = [{ doc: seedAgain }, { doc: a }];
        const twin = built(base);
        const counting = failAtChange(0);
        addDocuments(twin, [{ doc: b }]);
        const total = counting.count();
        vi.restoreAllMocks();
        const graph = built(base);
        failAtChange(total);
        expect(addDocuments(graph, [{ doc: b }]).failed).toHaveLength(1);
        vi.restoreAllMocks();
        expect(canonical(graph), `${b.fileName} after ${a.fileName}`).toBe(canonical(built(base)));
      }
    }
  });

  it('leaves, whatever change a document fails at, the graph built without it', () => {
    // the seed, its copy and the edited file more often than the rest: they share the most with the others
    const index = fc.oneof({ arbitrary: fc.nat(docs.length - 1), weight: 2 }, { arbitrary: fc.integer({ min: docs.length - 3, max: docs.length - 1 }), weight: 1 });
    const entries = fc.array(index, { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(entries, fc.nat(), fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), (picked, which, at) => {
        const list = picked.map((i) => ({ doc: docs[i] }));
        const failing = which % list.length;
        const graph = built(list.slice(0, failing));
        // how many changes building the failing document records, so that the failure can fall on any of them (on a
        // graph of its own: graphology's copy shares the attribute objects, evidence lists included)
        const twin = built(list.slice(0, failing));
        const counting = failAtChange(0);
        addDocuments(twin, [list[failing]]);
        const total = counting.count();
        vi.restoreAllMocks();

        failAtChange(1 + Math.floor(at * total));
        const result = addDocuments(graph, list.slice(failing));
        vi.restoreAllMocks();
        expect(result.failed.map((f) => f.entry)).toEqual([list[failing]]);
        const without = list.filter((_, k) => k !== failing);
        expect(canonical(graph)).toBe(canonical(built(without)));
      }),
      { numRuns: 40 },
    );
  });
});
