import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const SEED_PATH = 'seeds/2023-guokefagui-31-western-science-city.txt';
export const seedBytes = (): Uint8Array => new Uint8Array(readFileSync(SEED_PATH));
export const seedText = (): string => readFileSync(SEED_PATH, 'utf8');

export const CORPUS_DIR = 'test/fixtures/corpus';
export const corpusFiles = (): { name: string; bytes: Uint8Array }[] =>
  readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(CORPUS_DIR, name))) }));
