/**
 * Keyword lookup without regex alternations: a table lookup per character of text, or, for a scanner with a lane of
 * the text's marks (core/text/marks.ts), a visit to each of the lane's marks only.
 */
import { CharTrie } from '../text/char-trie';
import { PairSet } from '../text/pair-set';
import type { Marks, REGION_WORD_LANE, PLATFORM_HEAD_LANE } from '../text/marks';

type PairLane = typeof REGION_WORD_LANE | typeof PLATFORM_HEAD_LANE;

/**
 * Finds keywords by their first character: a flag table indexed by UTF-16 code, then the pair of first and second
 * characters, then the longest keyword found by walking a trie. Much faster than a regex alternation of dozens of
 * words, which V8 tries word by word at every position; the pair matters because the first characters of place
 * names and heads (上 大 新 中 地 经…) are among the commonest of the genre.
 */
export class KeywordScanner {
  /** per character: its roles in the keywords (FIRST, SECOND, ALONE) */
  private readonly role: Uint8Array;
  private readonly pairs: PairSet;
  private readonly trie: CharTrie<string>;

  /**
   * With a pair lane of the text's marks, a scan of a whole text visits only the marks, which needs every keyword to
   * have two characters or more, and the lane to be made from the same words (core/entities/lanes.ts).
   */
  constructor(words: Iterable<string>, private readonly lane?: PairLane) {
    const list = [...new Set(words)];
    ({ role: this.role, pairs: this.pairs } = endFilter(list, 'first', lane));
    this.trie = new CharTrie(list.map((w) => [w, w] as const));
  }

  /** Whether a keyword may begin with character c followed by d; a cheap filter, not an answer. */
  private mayStart(c: number, d: number): boolean {
    const role = this.role;
    if ((role[c] & ALONE) !== 0) return true;
    return (role[c] & FIRST) !== 0 && (role[d] & SECOND) !== 0 && this.pairs.has(c, d);
  }

  /** The longest keyword starting at `at`, or undefined. */
  at(text: string, at: number): string | undefined {
    if (at >= text.length || !this.mayStart(text.charCodeAt(at), at + 1 < text.length ? text.charCodeAt(at + 1) : 0)) return undefined;
    return this.trie.longestFrom(text, at, text.length);
  }

  /** Leftmost-longest, non-overlapping keyword occurrences in text[from, to); `marks`, when given, are the text's. */
  scan(text: string, from = 0, to = text.length, marks?: Marks): Array<{ index: number; word: string }> {
    const out: Array<{ index: number; word: string }> = [];
    // the marks when the caller has read them; a text read on its own (a name's modifier, a window) is scanned
    // character by character, as reading its marks would allocate them for a few characters
    if (this.lane !== undefined && from === 0 && to === text.length && marks !== undefined) this.scanMarks(text, this.lane, out, marks);
    else this.scanEach(text, from, to, out);
    return out;
  }

  /**
   * As scanEach, at the positions the lane marks: in order, and passing over those inside the keyword found last. A
   * mark is a pair of characters that some keyword may begin with, so the trie is walked at once.
   */
  private scanMarks(text: string, lane: PairLane, out: Array<{ index: number; word: string }>, marks: Marks): void {
    const at = marks.at[lane];
    const count = marks.count[lane];
    const n = text.length;
    let next = 0; // where the next keyword may start: after the last one found
    for (let k = 0; k < count; k++) {
      const i = at[k];
      if (i < next) continue;
      const word = this.trie.longestFrom(text, i, n);
      if (!word) continue;
      out.push({ index: i, word });
      next = i + word.length;
    }
  }

  private scanEach(text: string, from: number, to: number, out: Array<{ index: number; word: string }>): void {
    const role = this.role;
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if ((role[c] & (FIRST | ALONE)) === 0 || !this.mayStart(c, i + 1 < to ? text.charCodeAt(i + 1) : 0)) continue;
      const word = this.trie.longestFrom(text, i, to);
      if (!word) continue;
      out.push({ index: i, word });
      i += word.length - 1;
    }
  }
}

/**
 * Roles of a character in keywords, read from the end a scanner finds them by: the end character (first, or last) or the
 * one beside it (second, or second to last) of a keyword with two characters or more, or a keyword by itself.
 */
const FIRST = 1;
const SECOND = 2;
const LAST = FIRST;
const BEFORE_LAST = SECOND;
const ALONE = 4;

/**
 * The filter of a scanner's keywords by their first two characters (`first`) or their last two (`last`): each
 * character's roles, and the pairs, in text order, of the end character and the one beside it.
 */
function endFilter(list: readonly string[], end: 'first' | 'last', lane: PairLane | undefined): { role: Uint8Array; pairs: PairSet } {
  if (lane !== undefined && list.some((w) => w.length < 2)) throw new Error('a keyword of one character cannot be found by pair marks');
  const role = new Uint8Array(0x10000);
  const pairs = new PairSet();
  for (const w of list) {
    const outer = w.charCodeAt(end === 'first' ? 0 : w.length - 1);
    if (w.length === 1) {
      role[outer] |= ALONE;
      continue;
    }
    const inner = w.charCodeAt(end === 'first' ? 1 : w.length - 2);
    role[outer] |= FIRST; // = LAST
    role[inner] |= SECOND; // = BEFORE_LAST
    if (end === 'first') pairs.add(outer, inner);
    else pairs.add(inner, outer);
  }
  return { role, pairs };
}

/**
 * Finds heads (suffix keywords) by their last character: platform and area names end in a fixed head
 * (…实验室, …园区, …科学城), so a match ending at a position is the head of the name ending there, and of two
 * heads ending at the same place the longest is the most specific (综合保税区 over 保税区). The pair of the last two
 * characters filters as in KeywordScanner (机, 区, 地, 心 end far more words than heads), and a trie read from the
 * right finds the longest head: a dozen heads end in 中心.
 */
export class SuffixScanner {
  /** per character: its roles in the keywords (LAST, BEFORE_LAST, ALONE) */
  private readonly role: Uint8Array;
  private readonly pairs: PairSet;
  private readonly trie: CharTrie<string>;

  /**
   * With a pair lane of the text's marks, made from the same words (core/entities/lanes.ts), which mark where a
   * keyword's last two characters may stand.
   */
  constructor(words: Iterable<string>, private readonly lane?: PairLane) {
    const list = [...new Set(words)];
    ({ role: this.role, pairs: this.pairs } = endFilter(list, 'last', lane));
    this.trie = new CharTrie(list.map((w) => [w, w] as const), true);
  }

  /** Whether a keyword may end with character d preceded by c (0 at the start of the text); a filter, not an answer. */
  private mayEnd(c: number, d: number): boolean {
    const role = this.role;
    if ((role[d] & ALONE) !== 0) return true;
    return (role[d] & LAST) !== 0 && (role[c] & BEFORE_LAST) !== 0 && this.pairs.has(c, d);
  }

  /** The longest keyword ending at `end` (exclusive), or undefined. */
  endingAt(text: string, end: number): string | undefined {
    if (end < 1 || end > text.length) return undefined;
    const code = text.charCodeAt(end - 1);
    if (!this.mayEnd(end >= 2 ? text.charCodeAt(end - 2) : 0, code)) return undefined;
    return this.trie.longestTo(text, end, 0);
  }

  /**
   * Calls `found` with the longest keyword ending at each position of the text where one does, left to right;
   * `marks`, when given, are the text's.
   */
  forEachEnd(text: string, found: (word: string, end: number) => void, marks?: Marks): void {
    if (this.lane !== undefined && marks !== undefined) this.endsAtMarks(text, this.lane, found, marks);
    else this.endsEach(text, found);
  }

  /**
   * A mark at i is a pair of characters that some keyword may end with, so the trie is walked at once from i + 2; marks
   * come in order, so the ends do too.
   */
  private endsAtMarks(text: string, lane: PairLane, found: (word: string, end: number) => void, marks: Marks): void {
    const at = marks.at[lane];
    const count = marks.count[lane];
    for (let k = 0; k < count; k++) {
      const end = at[k] + 2;
      const word = this.trie.longestTo(text, end, 0);
      if (word) found(word, end);
    }
  }

  private endsEach(text: string, found: (word: string, end: number) => void): void {
    const role = this.role;
    const n = text.length;
    for (let i = 0; i < n; i++) {
      if ((role[text.charCodeAt(i)] & (LAST | ALONE)) === 0) continue;
      const word = this.endingAt(text, i + 1);
      if (word) found(word, i + 1);
    }
  }
}
