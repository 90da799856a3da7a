import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeUtf8Strict } from '../../core/text/utf8';

/** The reference: what the platform's strict decoder makes of the bytes. */
function reference(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

const bytesOf = (...b: number[]): Uint8Array => new Uint8Array(b);
const encode = (s: string): Uint8Array => new TextEncoder().encode(s);

/** Valid UTF-8 with one byte changed, inserted, removed or cut off: where decoders most often disagree. */
const damaged = fc.tuple(fc.string({ unit: 'binary', maxLength: 40 }), fc.nat(), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 3 }))
  .map(([s, at, byte, how]) => {
    const b = [...encode(s)];
    const k = b.length === 0 ? 0 : at % b.length;
    if (how === 0 && b.length > 0) b[k] = byte;
    else if (how === 1) b.splice(k, 0, byte);
    else if (how === 2) b.splice(k, 1);
    else b.length = k;
    return new Uint8Array(b);
  });

describe('strict UTF-8 decoding', () => {
  it('agrees with TextDecoder (fatal) on arbitrary bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
      expect(decodeUtf8Strict(bytes)).toBe(reference(bytes));
    }), { numRuns: 5000 });
  });

  it('agrees with TextDecoder (fatal) on valid and damaged UTF-8 of any characters, astral ones included', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => {
      expect(decodeUtf8Strict(encode(s))).toBe(s);
    }), { numRuns: 2000 });
    fc.assert(fc.property(damaged, (bytes) => {
      expect(decodeUtf8Strict(bytes)).toBe(reference(bytes));
    }), { numRuns: 5000 });
  });

  it('draws each boundary of the standard where TextDecoder does', () => {
    const cases = [
      [0x7f], [0x80], [0xc1, 0xbf], [0xc2, 0x80], [0xdf, 0xbf], [0xe0, 0x9f, 0xbf], [0xe0, 0xa0, 0x80], [0xed, 0x9f, 0xbf],
      [0xed, 0xa0, 0x80], [0xef, 0xbf, 0xbf], [0xf0, 0x8f, 0xbf, 0xbf], [0xf0, 0x90, 0x80, 0x80], [0xf4, 0x8f, 0xbf, 0xbf],
      [0xf4, 0x90, 0x80, 0x80], [0xf5, 0x80, 0x80, 0x80], [0xff], [0xe4, 0xb8], [0xf0, 0x9f, 0x98], [0xc3], [0xe4, 0x41, 0x80],
      [0xef, 0xbb, 0xbf, 0x41], [0xef, 0xbb, 0xbf], [0x41, 0xef, 0xbb, 0xbf], [],
    ];
    for (const c of cases) expect([c, decodeUtf8Strict(bytesOf(...c))]).toEqual([c, reference(bytesOf(...c))]);
  });

  it('reads texts longer than its reused buffer, and the short ones after them', () => {
    const line = '国务院关于促进综合保税区高水平开放高质量发展的若干意见 𠀀 ok\n';
    for (const times of [1, 400, 30000, 3]) {
      const text = line.repeat(times);
      expect(decodeUtf8Strict(encode(text))).toBe(text);
    }
  });
});
