/** Keyword lookup without regex alternations: one table lookup per character of text. */

/**
 * Finds keywords by their first character: a flag table indexed by UTF-16 code, then a check of the few
 * keywords that begin with that character, longest first. Much faster than a regex alternation of dozens of
 * words, which V8 tries word by word at every position.
 */
export class KeywordScanner {
  private readonly isFirst = new Uint8Array(0x10000);
  private readonly byFirst = new Map<number, string[]>();

  constructor(words: Iterable<string>) {
    for (const w of [...new Set(words)].sort((a, b) => b.length - a.length)) {
      const code = w.charCodeAt(0);
      this.isFirst[code] = 1;
      const list = this.byFirst.get(code) ?? [];
      list.push(w);
      this.byFirst.set(code, list);
    }
  }

  /** The longest keyword starting at `at`, or undefined. */
  at(text: string, at: number): string | undefined {
    const code = text.charCodeAt(at);
    if (!this.isFirst[code]) return undefined;
    for (const w of this.byFirst.get(code)!) if (text.startsWith(w, at)) return w;
    return undefined;
  }

  /** Leftmost-longest, non-overlapping keyword occurrences in text[from, to). */
  scan(text: string, from = 0, to = text.length): Array<{ index: number; word: string }> {
    const out: Array<{ index: number; word: string }> = [];
    const isFirst = this.isFirst;
    for (let i = from; i < to; i++) {
      const code = text.charCodeAt(i);
      if (!isFirst[code]) continue;
      for (const w of this.byFirst.get(code)!) {
        if (i + w.length <= to && text.startsWith(w, i)) {
          out.push({ index: i, word: w });
          i += w.length - 1;
          break;
        }
      }
    }
    return out;
  }
}

/**
 * Finds heads (suffix keywords) by their last character: platform and area names end in a fixed head
 * (…实验室, …园区, …科学城), so a match ending at a position is the head of the name ending there, and of two
 * heads ending at the same place the longest is the most specific (综合保税区 over 保税区).
 */
export class SuffixScanner {
  readonly isLast = new Uint8Array(0x10000);
  private readonly byLast = new Map<number, string[]>();

  constructor(words: Iterable<string>) {
    for (const w of [...new Set(words)].sort((a, b) => b.length - a.length)) {
      const code = w.charCodeAt(w.length - 1);
      this.isLast[code] = 1;
      const list = this.byLast.get(code) ?? [];
      list.push(w);
      this.byLast.set(code, list);
    }
  }

  /** The longest keyword ending at `end` (exclusive), or undefined; `code` is text.charCodeAt(end - 1). */
  endingAt(text: string, end: number, code: number): string | undefined {
    for (const w of this.byLast.get(code)!) {
      const s = end - w.length;
      if (s >= 0 && text.startsWith(w, s)) return w;
    }
    return undefined;
  }
}
