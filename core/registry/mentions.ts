import { CharTrie } from '../text/char-trie';
import { gazetteer } from '../entities/gazetteer';
import { marksOf } from '../entities/lanes';
import { AGENCY_LANE, type Marks } from '../text/marks';
import type { AgencyMention } from '../model';
import { MENTION_FORMS, type MentionForm } from './mention-forms';
import { findProvince } from './provinces';

/**
 * Agency names in running text (the forms of core/registry/mention-forms.ts). One trie over every form; the scan tries
 * the longest form at each position and moves past it, so the cost is linear in the text times the longest name.
 */

// Sets of character codes: `text[i]` of a CJK character allocates a string at every lookup.
const codes = (chars: string): ReadonlySet<number> => new Set([...chars].map((c) => c.charCodeAt(0)));
/**
 * A character before the match that makes it a local body: 省/市/县/区… or 各级/地方/各地/大(数据局), or 民族 of the
 * merged local bureaux (县民族宗教事务局: no 宗教事务局 of the State Council).
 */
const LOCAL_BEFORE = codes('省市县区州盟旗级地方各乡镇大族');

/**
 * Every form in one trie (core/text/char-trie.ts: flat arrays, one hash probe per character walked), walked only at
 * the marks of the agency lane (core/text/marks.ts): the 1.5 % of positions where a form's first and second pairs of
 * characters may stand. Built on the first search, as a page that never reads a document need not build it; it is made
 * from constant data only and never changed, so a search finds the same trie whoever built it.
 */
let trie: CharTrie<MentionForm> | undefined;
const formsTrie = (): CharTrie<MentionForm> => (trie ??= new CharTrie(MENTION_FORMS.map((entry) => [entry.form, entry] as const)));

function accepted(entry: MentionForm, text: string, start: number, end: number): boolean {
  if (entry.hasLocalCounterpart && start > 0 && LOCAL_BEFORE.has(text.charCodeAt(start - 1))) return false;
  if (entry.notFollowedBy && end < text.length && entry.notFollowedBy.has(text.charCodeAt(end))) return false;
  return true;
}

/** The agency names in text; `given`, when there, are the text's marks (a build reads them once for every extractor). */
export function findAgencyMentions(text: string, given?: Marks): AgencyMention[] {
  const forms = formsTrie();
  const marks = given ?? marksOf(text);
  const at = marks.at[AGENCY_LANE];
  const count = marks.count[AGENCY_LANE];
  const out: AgencyMention[] = [];
  let next = 0; // where the next name may start: after the last one found
  for (let k = 0; k < count; k++) {
    const i = at[k];
    if (i < next) continue;
    const entry = longestFormAt(forms, text, i);
    if (!entry) continue;
    let end = i + entry.form.length;
    let asWritten = entry.form;
    if (entry.form === STATE_COUNCIL) {
      // 国务院有关部门, 国务院各部门: the State Council's departments as a class, not the State Council
      if (STATE_COUNCIL_DEPARTMENTS.test(text.slice(end, end + 5))) { next = end; continue; }
      // 国务院乡村振兴局, 国务院扶贫办: a body under the State Council, named with it; one mention of that body
      const under = longestFormAt(forms, text, end);
      if (under && under.record !== entry.record && !under.form.startsWith(STATE_COUNCIL)) {
        end += under.form.length;
        asWritten = text.slice(i, end);
      } else {
        // 国务院纠风办, 国务院医改办: an office under the State Council the registry does not hold, named by its short
        // form; the office, not the State Council
        const office = STATE_COUNCIL_OFFICE.exec(text.slice(end, end + 12));
        if (office) {
          end += office[0].length;
          asWritten = text.slice(i, end);
        }
      }
    }
    const branch = branchAfter(text, end);
    if (branch > 0) {
      out.push({ asWritten: text.slice(i, end + branch), start: i, end: end + branch, branch: true });
      next = end + branch;
      continue;
    }
    out.push({ asWritten, start: i, end });
    next = end;
  }
  return out;
}

/**
 * The parts of a national body's branch named as one (人民银行福州分行: the body's record, 福州, 分行), or undefined when
 * the name is no branch of a registered body.
 */
export function branchParts(name: string): { record: MentionForm['record']; place: string; kind: string } | undefined {
  const forms = formsTrie();
  const body = longestFormAt(forms, name, 0);
  if (!body || body.form.length === name.length || branchAfter(name, body.form.length) !== name.length - body.form.length) return undefined;
  const m = BRANCH.exec(name.slice(body.form.length))!;
  return { record: body.record, place: m[1], kind: m[0].slice(m[0].startsWith('驻') ? 1 + m[1].length : m[1].length) };
}

/**
 * A national body's branch in a province or a region, named after it (中国国际贸易促进委员会广西分会, 海关总署广东分署,
 * 国家金融监督管理总局北京监管局, 国家税务总局上海市税务局, 国家能源局华北监管局, 审计署驻广州特派员办事处): a local body,
 * no mention of the national one, as a local counterpart with its place written before it is none (LOCAL_BEFORE).
 * Returns the length of the branch's part of the name after the national body's, or 0.
 */
function branchAfter(text: string, end: number): number {
  const m = BRANCH.exec(text.slice(end, end + 18));
  if (!m) return 0;
  const place = m[1];
  return m[0].startsWith('驻') || findProvince(place) || BRANCH_REGIONS.test(place) || /^[\u4e00-\u9fff]{2,4}市$/.test(place) || namesCity(place) ? m[0].length : 0;
}
/** 人民银行福州分行: a city's short form names the branch's place as its full name does. */
const namesCity = (place: string): boolean => gazetteer().forms.get(place)?.some((d) => d.regionKind === 'city' || d.regionKind === 'prefecture') === true;
const BRANCH = /^驻?([\u4e00-\u9fff]{2,8}?)(?:分会|分署|分局|分行|分院|分中心|总部|监管局|监管办|税务局|调查总队|特派员办事处|特派办|办事处)/;
/** The regions a national body's branches are named after (华北监管局, 东北分局). */
const BRANCH_REGIONS = /^(?:华北|华东|华南|华中|西北|西南|东北)(?:地区)?$/;

const STATE_COUNCIL = '国务院';
/**
 * An office's short form after 国务院 (纠风办, 医改办, 农民工办): a few characters naming its work, then 办 or 办公室,
 * not a verb or a phrase about the State Council (国务院批准…, 国务院有关…) and not 办 beginning a word (办理, 办法).
 */
const STATE_COUNCIL_OFFICE =
  /^(?!批准|同意|决定|设立|授权|委托|要求|部署|印发|转发|关于|发布|研究|常务|审议|领导|统一|有关|相关|各|其他|已|将|对|在|和|与|及|的)[\u4e00-\u9fff]{2,6}?(?:办公室|办)(?![理法事好学成案结])/;
/** What follows 国务院 when it names the State Council's departments as a class (core/registry/body-classes.ts). */
const STATE_COUNCIL_DEPARTMENTS = /^(?:各有关|各相关|有关|相关|各|其他有关|其他)?(?:部门|部委|组成部门|直属机构)/;

/** The longest form starting at `start` that is accepted where it stands. */
function longestFormAt(forms: CharTrie<MentionForm>, text: string, start: number): MentionForm | undefined {
  let best: MentionForm | undefined;
  const n = text.length;
  for (let node = forms.child(0, text.charCodeAt(start)), j = start + 1; node !== 0; node = forms.child(node, text.charCodeAt(j)), j++) {
    const entry = forms.valueAt(node);
    if (entry && accepted(entry, text, start, j)) best = entry;
    if (j >= n) break;
  }
  return best;
}
