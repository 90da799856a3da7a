/**
 * Two-character sequences as a hashed bit table, to reject candidate positions before any word is compared.
 * Most positions where a keyword's first (or last) character occurs in running text are not followed (or preceded)
 * by the keyword's second character: 中, 新, 区, 心 are among the commonest characters of the genre. Two pairs may
 * share a bit, so `has` may answer yes for a pair never added; callers still look the words up, so it only filters.
 * 2^16 bits (8 KB) stay in the first-level cache and leave few collisions among a few hundred pairs.
 */
const BITS = 1 << 16;

/** Pair (c, d) to a bit index; the multiplier spreads the CJK block's neighbouring codes over the table. */
const pairHash = (c: number, d: number): number => ((Math.imul(c, 0x9e3779b1) >>> 16) ^ d) & (BITS - 1);

export class PairSet {
  private readonly bits = new Uint8Array(BITS >> 3);

  add(c: number, d: number): void {
    const h = pairHash(c, d);
    this.bits[h >> 3] |= 1 << (h & 7);
  }

  has(c: number, d: number): boolean {
    const h = pairHash(c, d);
    return (this.bits[h >> 3] & (1 << (h & 7))) !== 0;
  }
}

