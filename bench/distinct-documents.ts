/**
 * Distinct documents for benchmarks: each keeps the frame of one real document (header, outline, item numbers,
 * responsibility annotations) and refills every sentence of its body with a sentence drawn from the whole corpus,
 * digits changed, so that no two documents, and practically no two items, have the same text. Copies of a few
 * documents renumbered would hit every cache in the app (parsing, search keys, the graph's shared nodes) and measure
 * the wrong thing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom as rng } from '../core/text/random';


/** An outline marker at the start of a line (一、（三）1.) or a parenthesised annotation: kept as written. */
const MARKER = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、]|第[一二三四五六七八九十百]+[章节条])/;
/** Sentences that carry structure the parser reads (who is responsible, dates of issue): kept with their line. */
const KEEP = /负责|牵头|配合|参与|按职责|年\d*月|^[（(].*[）)]$/;

export function loadSources(root: string): string[] {
  return ['seeds', 'test/fixtures/corpus'].flatMap((dir) =>
    readdirSync(join(root, dir)).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(root, dir, f), 'utf8')),
  );
}

const sentencesOf = (line: string): string[] => line.match(/[^。；！？]+[。；！？]?/g) ?? [];

export function distinctDocuments(sources: readonly string[], count: number, seed = 1): { name: string; text: string }[] {
  const random = rng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  // The pool: body sentences with no structure of their own.
  const pool: string[] = [];
  for (const source of sources) {
    for (const line of source.split('\n').slice(4)) {
      const body = line.replace(MARKER, '');
      for (const s of sentencesOf(body)) if (s.length >= 12 && !KEEP.test(s) && /。$/.test(s)) pool.push(s);
    }
  }
  const digits = (s: string) => s.replace(/\d/g, () => String(Math.floor(random() * 10)));
  const out: { name: string; text: string }[] = [];
  for (let i = 0; i < count; i++) {
    const lines = sources[i % sources.length].split('\n');
    const text = lines.map((line, n) => {
      // The header (title, document number, addressees) keeps its shape; the number becomes this document's own.
      if (n < 4) return line.replace(/〔(\d{4})〕\d+号/, `〔2031〕${i + 1}号`);
      const marker = line.match(MARKER)?.[0] ?? '';
      const body = line.slice(marker.length);
      const sentences = sentencesOf(body);
      // Headings (one short phrase) stay; body sentences are refilled, those with structure kept.
      if (sentences.length <= 1 && body.length < 40) return line;
      return marker + sentences.map((s) => (KEEP.test(s) || s.length < 12 ? s : digits(pick(pool)))).join('');
    }).join('\n');
    out.push({ name: `distinct-${String(i + 1).padStart(4, '0')}.txt`, text });
  }
  return out;
}
