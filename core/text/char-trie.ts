/**
 * A trie over UTF-16 code units in flat typed arrays, for finding the longest of many words at a position in one
 * step per character. Node 0 is the root, and the edge (node, code) → child lives in an open-addressing hash table.
 * Comparing each candidate word in turn (startsWith) cost a builtin call per word, and many words share their
 * ends (…创新中心, …研究中心, …医学中心) or beginnings (长江…, 长三角…); a trie of Maps cost a hash-map lookup through
 * a builtin per character. Here a step is a multiply, a masked index and two comparisons.
 */
export class CharTrie<T> {
  private readonly mask: number;
  private readonly edgeNode: Int32Array;
  private readonly edgeCode: Uint16Array;
  /** child node of the edge; 0 marks an empty slot, since the root is nobody's child */
  private readonly edgeChild: Int32Array;
  /** value of the word ending at each node, when one does */
  private readonly values: Array<T | undefined> = [undefined];

  /**
   * Words are read left to right, or right to left when `backward` (to find words ending at a position). Of two
   * equal words the first keeps its value.
   */
  constructor(words: Iterable<readonly [string, T]>, readonly backward = false) {
    const list = [...words];
    const chars = list.reduce((n, [w]) => n + w.length, 0);
    let size = 2;
    while (size < 2 * chars) size <<= 1; // at most half full, so that probes stay short
    this.mask = size - 1;
    this.edgeNode = new Int32Array(size);
    this.edgeCode = new Uint16Array(size);
    this.edgeChild = new Int32Array(size);
    for (const [word, value] of list) this.insert(word, value);
  }

  private slot(node: number, code: number): number {
    let h = (Math.imul(node, 0x9e3779b1) ^ code) & this.mask;
    while (this.edgeChild[h] !== 0 && (this.edgeNode[h] !== node || this.edgeCode[h] !== code)) h = (h + 1) & this.mask;
    return h;
  }

  /** The child of `node` along `code`, or 0 when there is none. */
  child(node: number, code: number): number {
    return this.edgeChild[this.slot(node, code)];
  }

  /** The value of the word that ends at `node`, if one does. */
  valueAt(node: number): T | undefined {
    return this.values[node];
  }

  private insert(word: string, value: T): void {
    let node = 0;
    for (let k = 0; k < word.length; k++) {
      const code = word.charCodeAt(this.backward ? word.length - 1 - k : k);
      const h = this.slot(node, code);
      if (this.edgeChild[h] === 0) {
        this.edgeNode[h] = node;
        this.edgeCode[h] = code;
        this.edgeChild[h] = this.values.length;
        this.values.push(undefined);
      }
      node = this.edgeChild[h];
    }
    this.values[node] ??= value;
  }

  /** The value of the longest word in text[at, to) that starts at `at` (forward trie). */
  longestFrom(text: string, at: number, to: number): T | undefined {
    let found: T | undefined;
    for (let j = at, node = 0; j < to; j++) {
      node = this.child(node, text.charCodeAt(j));
      if (node === 0) break;
      found = this.values[node] ?? found;
    }
    return found;
  }

  /** The value of the longest word in text[from, end) that ends at `end` (backward trie). */
  longestTo(text: string, end: number, from: number): T | undefined {
    let found: T | undefined;
    for (let j = end - 1, node = 0; j >= from; j--) {
      node = this.child(node, text.charCodeAt(j));
      if (node === 0) break;
      found = this.values[node] ?? found;
    }
    return found;
  }
}
