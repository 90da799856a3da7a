import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decode } from '../../core/decode';
import { seedText } from './seed';

/** The characters of the seed (ideographs, full-width punctuation, digits, line breaks) and a few rarer ones. */
const SEED_CHARS = [...new Set(seedText())];
const RARE = ['一', '丁', '〇', '①', '—', '…', '“', '”', '《', '》', '〔', '〕', '：', '０', '９', 'Ａ', '𠀀', '𪚥', '龥', '鿏', 'é', ' '];
const chinese = fc
  .array(fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...SEED_CHARS) }, { weight: 1, arbitrary: fc.constantFrom(...RARE) }), { minLength: 20, maxLength: 400 })
  .map((chars) => chars.join(''));
/** Chinese with no ASCII at all: UTF-16 of it holds no zero byte. */
const pureChinese = fc
  .array(fc.constantFrom(...SEED_CHARS.filter((c) => c.charCodeAt(0) >= 0x3000 && c !== '\uFEFF')), { minLength: 20, maxLength: 400 })
  .map((chars) => chars.join(''));

const bytes = (b: Uint8Array | Buffer): Uint8Array => new Uint8Array(b);
const ENCODINGS: [string, (text: string) => Uint8Array, string][] = [
  ['UTF-8', (t) => bytes(Buffer.from(t, 'utf8')), 'utf-8'],
  ['UTF-8 with BOM', (t) => bytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t, 'utf8')])), 'utf-8'],
  ['UTF-16 LE with BOM', (t) => bytes(iconv.encode(t, 'utf-16le', { addBOM: true })), 'utf-16le'],
  ['UTF-16 BE with BOM', (t) => bytes(iconv.encode(t, 'utf-16be', { addBOM: true })), 'utf-16be'],
  ['UTF-16 LE without BOM', (t) => bytes(iconv.encode(t, 'utf-16le')), 'utf-16le'],
  ['UTF-16 BE without BOM', (t) => bytes(iconv.encode(t, 'utf-16be')), 'utf-16be'],
  ['GB18030', (t) => bytes(iconv.encode(t, 'gb18030')), 'gb18030'],
];

describe('decoding Chinese text in every encoding accepted', () => {
  for (const [name, encode, label] of ENCODINGS) {
    it(`reads ${name} back exactly`, () => {
      fc.assert(fc.property(chinese, (text) => {
        expect(decode(encode(text))).toEqual({ text, encoding: label });
      }), { numRuns: 300 });
    });
  }

  for (const [name, encode, label] of ENCODINGS.filter(([n]) => n.startsWith('UTF-16') || n === 'GB18030')) {
    it(`reads ${name} with no ASCII at all (no zero byte) back exactly`, () => {
      fc.assert(fc.property(pureChinese, (text) => {
        expect(decode(encode(text))).toEqual({ text, encoding: label });
      }), { numRuns: 300 });
    });
  }

  it('reads the seed itself in UTF-16 without a BOM, whose zero bytes are a few per cent', () => {
    const text = seedText();
    for (const label of ['utf-16le', 'utf-16be'] as const) {
      const encoded = bytes(iconv.encode(text, label));
      expect(encoded.filter((b) => b === 0).length / encoded.length).toBeLessThan(0.1);
      expect(decode(encoded)).toEqual({ text, encoding: label });
    }
  });

  it('still refuses binary data that holds zero bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ minLength: 64, maxLength: 2000 }), (data) => {
      data[10] = 0; // a zero byte, as binary formats have
      data[11] = 0x01;
      let decoded: string | undefined;
      try {
        decoded = decode(data).text;
      } catch {
        return; // refused
      }
      // accepted only as something that reads as text: no run of control characters
      expect(decoded.replace(/[^\0-\x08\x0b\x0e-\x1f]/g, '').length / decoded.length).toBeLessThanOrEqual(0.05);
    }), { numRuns: 300 });
  });
});
