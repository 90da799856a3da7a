import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Normalizer, normalizeLines } from '../../core/normalize';
import { corpusText, seedText } from './fixture-text';

// Normalisation keeps nothing at module level: what one call returns is never changed by a later call, and a caller's
// own Normalizer, reused over many documents, gives what a fresh one gives.
describe('normalisation is re-entrant', () => {
  const texts = [seedText(), corpusText('gov-05'), corpusText('gov-11'), '一、总体要求\n（一）\n指导思想。\n\n\n二、任务', ''];

  it('an earlier result is not changed by later calls', () => {
    const first = normalizeLines(texts[0]);
    const copy = { text: first.text, lines: first.lines.map((l) => ({ ...l })) };
    for (const t of texts.slice(1)) normalizeLines(t);
    expect(first).toEqual(copy);
  });

  it('a reused Normalizer gives what a fresh call gives, in any order', () => {
    const shared = new Normalizer();
    const other = new Normalizer();
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: texts.length - 1 }), { maxLength: 8 }), (order) => {
      for (const i of order) {
        const expected = normalizeLines(texts[i]);
        expect(shared.normalizeLines(texts[i])).toEqual(expected);
        expect(normalizeLines(texts[(i + 1) % texts.length], other)).toEqual(normalizeLines(texts[(i + 1) % texts.length]));
      }
    }), { numRuns: 20 });
  });

  it('lines hold the offsets of the text they come with', () => {
    const { text, lines } = normalizeLines(corpusText('gov-04'), new Normalizer());
    for (const l of lines) expect(text.slice(l.start, l.end)).toBe(l.text);
  });
});
