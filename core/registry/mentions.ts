import { CharTrie } from '../text/char-trie';
import { AGENCY_LANE, markAgencyForm, usableMarks, type Marks } from '../text/marks';
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
  /** the form itself: a match is written exactly so, and reporting this string saves slicing one from the text */
  form: string;
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

/**
 * Every form in one trie (core/text/char-trie.ts: flat arrays, one hash probe per character walked), walked only at
 * the marks of the agency lane (core/text/marks.ts): the 1.5 % of positions where a form's first and second pairs of
 * characters may stand.
 */
let trie: CharTrie<Entry> | undefined;

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
          form,
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
  for (const { form } of forms) markAgencyForm(form);
  return new CharTrie(forms.map(({ form, entry }) => [form, entry] as const));
}

function accepted(entry: Entry, text: string, start: number, end: number): boolean {
  if (entry.hasLocalCounterpart && start > 0 && LOCAL_BEFORE.has(text.charCodeAt(start - 1))) return false;
  if (entry.notFollowedBy && end < text.length && entry.notFollowedBy.has(text.charCodeAt(end))) return false;
  return true;
}

/** The agency names in text; `given`, when current, are the text's marks (a build reads them once for every extractor). */
export function findAgencyMentions(text: string, given?: Marks): AgencyMention[] {
  const forms = (trie ??= build()); // before the marks: building adds the agency lane (and makes marks read before stale)
  const marks = usableMarks(text, given);
  const at = marks.at[AGENCY_LANE];
  const count = marks.count[AGENCY_LANE];
  const out: AgencyMention[] = [];
  let next = 0; // where the next name may start: after the last one found
  for (let k = 0; k < count; k++) {
    const i = at[k];
    if (i < next) continue;
    const entry = longestFormAt(forms, text, i);
    if (!entry) continue;
    const end = i + entry.form.length;
    out.push({ asWritten: entry.form, start: i, end });
    next = end;
  }
  return out;
}

/** The longest form starting at `start` that is accepted where it stands. */
function longestFormAt(forms: CharTrie<Entry>, text: string, start: number): Entry | undefined {
  let best: Entry | undefined;
  const n = text.length;
  for (let node = forms.child(0, text.charCodeAt(start)), j = start + 1; node !== 0; node = forms.child(node, text.charCodeAt(j)), j++) {
    const entry = forms.valueAt(node);
    if (entry && accepted(entry, text, start, j)) best = entry;
    if (j >= n) break;
  }
  return best;
}
