import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// Text of the fixtures as plain strings, for tests that call the extractors on raw item text.
const root = fileURLToPath(new URL('../../', import.meta.url));

export const seedText = (): string => readFileSync(`${root}seeds/2023-guokefagui-31-western-science-city.txt`, 'utf8');
export const corpusText = (name: string): string => readFileSync(`${root}test/fixtures/corpus/${name}.txt`, 'utf8');

const ITEM_START = /^(?:（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、)/;

/** The text of one numbered item, from its label to the next label line (page-break blank lines included). */
export function itemText(text: string, label: string): string {
  const lines = text.split('\n');
  const first = lines.findIndex((l) => l.startsWith(label));
  if (first < 0) throw new Error(`no item ${label}`);
  let last = first + 1;
  while (last < lines.length && !ITEM_START.test(lines[last])) last++;
  return lines.slice(first, last).join('\n');
}

