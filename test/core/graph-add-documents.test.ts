import { describe, expect, it, vi } from 'vitest';
import { addDocuments, buildGraph, readDocument, type RemitGraph } from '../../core';
import type { ParsedDocument } from '../../core/model';
import { corpusFiles, seedBytes } from './seed';

const [first, second, third] = corpusFiles().slice(0, 3).map((f) => readDocument(f.bytes, f.name));
const seed = readDocument(seedBytes(), 'seed.txt');
const dump = (graph: RemitGraph): string => JSON.stringify(graph.export());

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

describe('adding documents each all or nothing', () => {
  it('leaves no trace of a document that fails half-way, keeps the others and leaves the base alone', () => {
    const base = buildGraph([seed]);
    const before = dump(base);
    const broken = { doc: breaking(second) };
    const result = addDocuments(base, [{ doc: first }, broken, { doc: third }]);
    expect(result.failed.map((f) => [f.entry, (f.error as Error).message])).toEqual([[broken, 'annotations cannot be read']]);
    expect(result.added.map((a) => a.entry.doc)).toEqual([first, third]);
    expect(dump(result.graph)).toBe(dump(buildGraph([seed, first, third])));
    expect(dump(base)).toBe(before);
  });

  it('builds a new graph when there is no base, the same as building the documents at once', () => {
    const result = addDocuments(undefined, [{ doc: breaking(first) }, { doc: seed }, { doc: second }]);
    expect(result.failed).toHaveLength(1);
    expect(dump(result.graph)).toBe(dump(buildGraph([seed, second])));
  });

  it('copies the base once, and once more only after a failure', () => {
    const base = buildGraph([seed]);
    const copy = vi.spyOn(base, 'copy');
    addDocuments(base, [{ doc: first }, { doc: second }, { doc: third }]);
    expect(copy).toHaveBeenCalledTimes(1);
    copy.mockClear();
    addDocuments(base, [{ doc: first }, { doc: breaking(second) }, { doc: third }]);
    expect(copy).toHaveBeenCalledTimes(2);
  });
});
