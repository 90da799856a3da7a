import type { AgencyMention, AgencyRecord, AgencyType } from '../model';
import { AGENCIES } from './agencies';
import { findProvince } from './provinces';

/**
 * Agency names in running text. One trie over every registered form, built on first use; the scan tries the longest
 * form at each position and moves past it, so the cost is linear in the text times the longest name.
 *
 * Forms left out of the trie: bare place names (in body text 四川省 is the region, not its government) and
 * forms of one or two characters (中办 is also in 集中办理, 人行 in 人行道); those still resolve in annotations.
 */

interface Entry {
  record: AgencyRecord;
  /** the form may also be a local counterpart: 省发展改革委, 市统计局, 县科协 */
  hasLocalCounterpart: boolean;
  /** characters that, right after the form, show it is part of a longer word: 教育部门, 工作部署, 政府性(基金) */
  notFollowedBy?: ReadonlySet<string>;
}

interface TrieNode {
  next: Map<number, TrieNode>;
  entry?: Entry;
}

/** Types whose name without a national prefix is also the name of a provincial, city or county counterpart. */
const LOCAL_COUNTERPART_TYPES: ReadonlySet<AgencyType> = new Set<AgencyType>([
  'party', 'ministry', 'special', 'directly_affiliated', 'institution', 'bureau', 'mass_organisation',
]);
const NATIONAL_PREFIX = /^(?:国家|中国|中华|国务院|中央|中共|全国|最高)/;
/** A character before the match that makes it a local body: 省/市/县/区… or 各级/地方/各地/大(数据局). */
const LOCAL_BEFORE = new Set([...'省市县区州盟旗级地方各乡镇大']);
const NOT_AFTER_BU: ReadonlySet<string> = new Set([...'门署']);
const NOT_AFTER_ZHENGFU: ReadonlySet<string> = new Set([...'性']);
const MIN_FORM_LENGTH = 3;

let root: TrieNode | undefined;
/**
 * First and second characters of every form, one byte per UTF-16 code unit, and the pair of them hashed into a
 * bit table. Most positions in running text start no name, and these table lookups reject them before the trie is
 * walked. The pair table may let a pair through that starts no form (two pairs share a bit); the trie walk then
 * finds nothing, so it only filters. It replaced a Set of the pairs packed into one number: CJK pairs packed that
 * way lie beyond the small-integer range, so every lookup boxed and hashed a heap number.
 */
let firsts: Uint8Array | undefined;
let seconds: Uint8Array | undefined;
let pairBits: Uint8Array | undefined;
const PAIR_BITS = 1 << 20;
const pairHash = (c: number, d: number): number => ((c * 0x9e37) ^ d) & (PAIR_BITS - 1);
const hasPair = (bits: Uint8Array, c: number, d: number): boolean => {
  const h = pairHash(c, d);
  return (bits[h >> 3] & (1 << (h & 7))) !== 0;
};

function insert(trie: TrieNode, form: string, entry: Entry): void {
  let node = trie;
  for (let i = 0; i < form.length; i++) {
    const c = form.charCodeAt(i);
    let child = node.next.get(c);
    if (!child) {
      child = { next: new Map() };
      node.next.set(c, child);
    }
    node = child;
  }
  node.entry ??= entry;
}

function build(): TrieNode {
  const trie: TrieNode = { next: new Map() };
  const bits = (pairBits = new Uint8Array(PAIR_BITS >> 3));
  firsts = new Uint8Array(0x10000);
  seconds = new Uint8Array(0x10000);
  for (const record of AGENCIES) {
    for (const form of [record.name, ...record.aliases]) {
      if (form.length < MIN_FORM_LENGTH) continue;
      if (record.type === 'provincial_government' && findProvince(form)) continue;
      const h = pairHash(form.charCodeAt(0), form.charCodeAt(1));
      bits[h >> 3] |= 1 << (h & 7);
      firsts[form.charCodeAt(0)] = 1;
      seconds[form.charCodeAt(1)] = 1;
      insert(trie, form, {
        record,
        hasLocalCounterpart: LOCAL_COUNTERPART_TYPES.has(record.type) && !NATIONAL_PREFIX.test(form),
        notFollowedBy: form.endsWith('部') ? NOT_AFTER_BU : form.endsWith('政府') ? NOT_AFTER_ZHENGFU : undefined,
      });
    }
  }
  return trie;
}

function accepted(entry: Entry, text: string, start: number, end: number): boolean {
  if (entry.hasLocalCounterpart && start > 0 && LOCAL_BEFORE.has(text[start - 1])) return false;
  if (entry.notFollowedBy && end < text.length && entry.notFollowedBy.has(text[end])) return false;
  return true;
}

export function findAgencyMentions(text: string): AgencyMention[] {
  root ??= build();
  const bits = pairBits as Uint8Array;
  const first = firsts as Uint8Array;
  const second = seconds as Uint8Array;
  const out: AgencyMention[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    // The second character is read only for the few positions whose first character can start a form.
    const c = text.charCodeAt(i);
    if (first[c] === 0 || i + 1 >= n) {
      i++;
      continue;
    }
    const d = text.charCodeAt(i + 1);
    if (second[d] === 0 || !hasPair(bits, c, d)) {
      i++;
      continue;
    }
    let node = root.next.get(text.charCodeAt(i));
    let best = -1;
    let j = i;
    while (node) {
      j++;
      if (node.entry && accepted(node.entry, text, i, j)) best = j;
      if (j >= n) break;
      node = node.next.get(text.charCodeAt(j));
    }
    if (best > 0) {
      out.push({ asWritten: text.slice(i, best), start: i, end: best });
      i = best;
    } else {
      i++;
    }
  }
  return out;
}
