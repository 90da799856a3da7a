// The dev corpus through the real pipeline: the seed and the ten State Council documents in test/fixtures/corpus.
import { readFileSync } from 'node:fs';
import { buildGraph, readDocument } from '../../core';
import type { RemitGraph } from '../../core/graph/types';
import { SEED_PATH, corpusFiles } from './seed';

let cached: RemitGraph | undefined;

/** Built once per test file; tests must not change it. */
export function devCorpusGraph(): RemitGraph {
  cached ??= buildGraph([
    readDocument(new Uint8Array(readFileSync(SEED_PATH)), SEED_PATH.split('/').pop()!),
    ...corpusFiles().map((f) => readDocument(f.bytes, f.name)),
  ]);
  return cached;
}
