/**
 * Coordination bodies a document names that the registry does not hold: the leading groups, headquarters, joint
 * conferences and commissions set up for one task (国务院防治重大疾病工作领导小组, 国家森林草原防灭火指挥部). A notice
 * that sets one up, or an emergency plan that gives it its work, says what it does in running text
 * (`国家森林草原防灭火指挥部负责组织、协调和指导…`), and its office acts for it (`…指挥部办公室会同有关成员单位…`).
 *
 * Read by the grammar of such names: a national scope (国务院, 国家, 全国, 中央), what the body is for, and the kind of
 * body; the name begins after the last verb or connective before it (国务院决定成立国务院防治…领导小组). A short form the
 * document gives it (`（以下简称领导小组）`) names it too. A name the registry knows is the registry's.
 */
import { findAgencyMentions } from '../registry';

export interface DefinedBody {
  /** the body's full name as the document writes it */
  readonly name: string;
  /** the short form the document gives it (以下简称领导小组), if any */
  readonly short?: string;
}

/** The national scopes such a name begins with. */
const SCOPES = '国务院|国家|全国|中央';
/** A national scope, what the body is for (no punctuation), and the kind of body, longest kinds first. */
const NAME = new RegExp(`(?:${SCOPES})[\\u4e00-\\u9fff]{2,24}?(?:领导小组|工作领导小组|指挥部|总指挥部|联席会议|部际联席会议|工作小组|协调小组|工作组|委员会)(?!办公室主任|成员|组长|委员)`, 'g');
/** What cannot stand inside such a name: verbs that set one up, and connectives; the name begins after the last. */
const BEFORE_NAME = /^.*(?:成立|决定|设立|建立|组建|同意|批准|调整|撤销|召开|依托|由|和|与|及|或|的|在|对|为|将|请)/;
const SCOPE = new RegExp(`^(?:${SCOPES})`);
/** `（以下简称领导小组）`, `（简称国家防灭火指挥部）` right after the name. */
const SHORT_FORM = /^[（(](?:以下)?简称[“"]?([\u4e00-\u9fff]{2,16})[”"]?[）)]/;

/** The bodies text names that the registry does not hold, each once, in the order the text first names them. */
export function definedBodies(text: string): DefinedBody[] {
  const out: DefinedBody[] = [];
  const seen = new Set<string>();
  for (const m of text.matchAll(NAME)) {
    const start = m.index ?? 0;
    const cut = BEFORE_NAME.exec(m[0]);
    const name = cut ? m[0].slice(cut[0].length) : m[0];
    if (!SCOPE.test(name) || name.length < 6 || seen.has(name)) continue;
    // a registered body (国务院安全生产委员会, 中央全面深化改革委员会), or one inside the name (国家发展改革委员会…)
    if (findAgencyMentions(name).some((f) => f.end === name.length)) continue;
    seen.add(name);
    const end = start + m[0].length;
    const short = SHORT_FORM.exec(text.slice(end, end + 24))?.[1];
    out.push(short && short !== name ? { name, short } : { name });
  }
  return out;
}
