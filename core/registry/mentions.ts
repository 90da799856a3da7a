import { CharTrie } from '../text/char-trie';
import { PairSet } from '../text/pair-set';
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
  notFollowedBy?: ReadonlySet<number>;
}

/** Types whose name without a national prefix is also the name of a provincial, city or county counterpart. */
const LOCAL_COUNTERPART_TYPES: ReadonlySet<AgencyType> = new Set<AgencyType>([
  'party', 'ministry', 'special', 'directly_affiliated', 'institution', 'bureau', 'mass_organisation',
]);
const NATIONAL_PREFIX = /^(?:国家|中国|中华|国务院|中央|中共|全国|最高)/;
// Sets of character codes: `text[i]` of a CJK character allocates a string at every lookup.
const codes = (chars: string): ReadonlySet<number> => new Set([...chars].map((c) => c.charCodeAt(0)));
/** A character before the match that makes it a local body: 省/市/县/区… or 各级/地方/各地/大(数据局). */
const LOCAL_BEFORE = codes('省市县区州盟旗级地方各乡镇大');
const NOT_AFTER_BU = codes('门署');
const NOT_AFTER_ZHENGFU = codes('性');
const MIN_FORM_LENGTH = 3;

/** every form in one trie (core/entities/char-trie.ts: flat arrays, one hash probe per character walked) */
let trie: CharTrie<Entry> | undefined;
/**
 * Per character, whether forms have it first (FIRST) and whether second (SECOND), one byte per UTF-16 code unit; and
 * the pairs of first and second and of second and third characters (core/entities/pair-set.ts). Most positions in
 * running text start no name, and these lookups reject them before the trie is walked; the second pair because the
 * commonest first pairs (发展, 国家, 科技, 农业) begin far more words than names.
 */
let roles: Uint8Array | undefined;
let pairs: PairSet | undefined;
let laterPairs: PairSet | undefined;
const FIRST = 1;
const SECOND = 2;

/** Every form the scan looks for, with what decides whether a match stands. */
function trieForms(): Array<{ form: string; entry: Entry }> {
  const out: Array<{ form: string; entry: Entry }> = [];
  for (const record of AGENCIES) {
    for (const form of [record.name, ...record.aliases]) {
      if (form.length < MIN_FORM_LENGTH) continue;
      if (record.type === 'provincial_government' && findProvince(form)) continue;
      out.push({
        form,
        entry: {
          record,
          hasLocalCounterpart: LOCAL_COUNTERPART_TYPES.has(record.type) && !NATIONAL_PREFIX.test(form),
          notFollowedBy: form.endsWith('部') ? NOT_AFTER_BU : form.endsWith('政府') ? NOT_AFTER_ZHENGFU : undefined,
        },
      });
    }
  }
  return out;
}

function build(): CharTrie<Entry> {
  const forms = trieForms();
  pairs = new PairSet();
  laterPairs = new PairSet();
  roles = new Uint8Array(0x10000);
  for (const { form } of forms) {
    pairs.add(form.charCodeAt(0), form.charCodeAt(1));
    laterPairs.add(form.charCodeAt(1), form.charCodeAt(2));
    roles[form.charCodeAt(0)] |= FIRST;
    roles[form.charCodeAt(1)] |= SECOND;
  }
  return new CharTrie(forms.map(({ form, entry }) => [form, entry] as const));
}

function accepted(entry: Entry, text: string, start: number, end: number): boolean {
  if (entry.hasLocalCounterpart && start > 0 && LOCAL_BEFORE.has(text.charCodeAt(start - 1))) return false;
  if (entry.notFollowedBy && end < text.length && entry.notFollowedBy.has(text.charCodeAt(end))) return false;
  return true;
}

export function findAgencyMentions(text: string): AgencyMention[] {
  const forms = (trie ??= build());
  const pairSet = pairs as PairSet;
  const laterPairSet = laterPairs as PairSet;
  const role = roles as Uint8Array;
  const out: AgencyMention[] = [];
  const n = text.length;
  // Each position is tested as the start of a form by its character and the next one at once, their roles carried
  // over from one position to the next so that every character is read and looked up once: a test of the first
  // character alone passed one position in five, and the branch on it, taken at random, cost more than the reads.
  let c = n > 0 ? text.charCodeAt(0) : 0;
  let r = role[c];
  for (let i = 0; i + 1 < n; i++) {
    const d = text.charCodeAt(i + 1);
    const s = role[d];
    // c is some form's first character and d some form's second (SECOND shifted onto FIRST); the third character is
    // read only past the pairs, and exists since no form is shorter than MIN_FORM_LENGTH
    if ((r & (s >> 1) & FIRST) === 0 || !pairSet.has(c, d) || i + MIN_FORM_LENGTH > n || !laterPairSet.has(d, text.charCodeAt(i + 2))) {
      c = d;
      r = s;
      continue;
    }
    const end = longestFormAt(forms, text, i);
    if (end < 0) {
      c = d;
      r = s;
      continue;
    }
    out.push({ asWritten: text.slice(i, end), start: i, end });
    i = end - 1; // on after the name
    c = end < n ? text.charCodeAt(end) : 0; // never NaN: one would make V8 compile the table loads for any number
    r = role[c];
  }
  return out;
}

/** End of the longest form starting at `start` that is accepted where it stands, or -1. */
function longestFormAt(forms: CharTrie<Entry>, text: string, start: number): number {
  let best = -1;
  const n = text.length;
  for (let node = forms.child(0, text.charCodeAt(start)), j = start + 1; node !== 0; node = forms.child(node, text.charCodeAt(j)), j++) {
    const entry = forms.valueAt(node);
    if (entry && accepted(entry, text, start, j)) best = j;
    if (j >= n) break;
  }
  return best;
}
