/**
 * Coordination bodies a document names that the registry does not hold: the leading groups, headquarters, joint
 * conferences, commissions and investigation or inspection teams set up for one task (国务院防治重大疾病工作领导小组, 国家森林草原防灭火指挥部). A notice
 * that sets one up, or an emergency plan that gives it its work, says what it does in running text
 * (`国家森林草原防灭火指挥部负责组织、协调和指导…`), and its office acts for it (`…指挥部办公室会同有关成员单位…`).
 *
 * Read by the grammar of such names: a national scope (国务院, 国家, 全国, 中央), what the body is for, and the kind of
 * body; the name begins after the last verb or connective before it (国务院决定成立国务院防治…领导小组). A short form the
 * document gives it (`（以下简称领导小组）`) names it too. A name the registry knows is the registry's.
 */
import type { DefinedBody } from '../model';
import { findAgencyMentions, resolveAgency } from '../registry';
import { shortFormAt } from './short-form';

export type { DefinedBody };

/** The national scopes such a name begins with. */
const SCOPES = '国务院|国家|全国|中央';
/**
 * A national scope, what the body is for (no punctuation), and the kind of body, longest kinds first. A census or survey
 * held again and again is counted before its scope (第六次全国经济普查领导小组, 第三次全国国土调查领导小组).
 */
const ROUND = '第[一二三四五六七八九十]{1,3}次';
const NAME = new RegExp(`(?:${ROUND})?(?:${SCOPES})[\\u4e00-\\u9fff]{2,24}?(?:领导小组|工作领导小组|指挥部|总指挥部|联席会议|部际联席会议|工作小组|协调小组|工作组|调查组|督查组|委员会)(?!办公室主任|成员|组长|委员)`, 'g');
/** What cannot stand inside such a name: verbs that set one up, and connectives; the name begins after the last. */
const BEFORE_NAME = /^.*(?:成立|决定|设立|建立|组建|同意|批准|调整|撤销|召开|依托|由|和|与|及|或|的|在|对|为|将|请)/;
const SCOPE = new RegExp(`^(?:${ROUND})?(?:${SCOPES})`);

/** The bodies text names that the registry does not hold, each once, in the order the text first names them. */
export function definedBodies(text: string): DefinedBody[] {
  // by name, in the order first named; the short form may come with a later naming (a title names the body first)
  const out = new Map<string, DefinedBody>();
  for (const m of text.matchAll(NAME)) {
    const start = m.index ?? 0;
    const cut = BEFORE_NAME.exec(m[0]);
    const name = cut ? m[0].slice(cut[0].length) : m[0];
    if (!SCOPE.test(name) || name.length < 6 || out.get(name)?.short !== undefined) continue;
    // a registered body (国务院安全生产委员会, 中央全面深化改革委员会), or one inside the name (国家发展改革委员会…)
    if (!out.has(name) && findAgencyMentions(name).some((f) => f.end === name.length)) continue;
    const end = start + m[0].length;
    const short = shortFormAt(text, end);
    if (short && short !== name) out.set(name, { name, short });
    else if (!out.has(name)) out.set(name, { name });
  }
  return [...out.values()];
}

/** Where a text names a defined body: as written, where, and the body's full name (its office's: …办公室). */
export interface DefinedMention { asWritten: string; start: number; end: number; name: string }

/**
 * Where text[from, to) names one of the defined bodies, by its name or the short form the document gives it, in text
 * order; its office (…指挥部办公室, 领导小组办公室) is a body of its own.
 */
export function definedMentions(text: string, from: number, to: number, defined: readonly DefinedBody[]): DefinedMention[] {
  const out: DefinedMention[] = [];
  // looked for in the range only: a search of the whole text from `from` would read the rest of the document for each item
  const range = text.slice(from, to);
  for (const body of defined) {
    for (const form of body.short ? [body.name, body.short] : [body.name]) {
      for (let k = range.indexOf(form); k >= 0; k = range.indexOf(form, k + form.length)) {
        const at = from + k;
        const office = text.startsWith(OFFICE, at + form.length);
        // an office the registry holds under its own name (中央机构编制委员会办公室) is the registry's; one it holds as
        // another body's former name (国务院食品安全委员会办公室, in the market regulator since 2018) stays the document's
        if (office && resolveAgency(body.name + OFFICE)?.name === body.name + OFFICE) continue;
        const end = at + form.length + (office ? OFFICE.length : 0);
        // a short form inside the full name (领导小组 of 国务院…领导小组) is the full name's
        if (out.some((m) => m.start <= at && end <= m.end)) continue;
        out.push({ asWritten: text.slice(at, end), start: at, end, name: office ? body.name + OFFICE : body.name });
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
const OFFICE = '办公室';

/**
 * Registered names and defined bodies together, in text order: a registered name inside a defined body's (国务院 of
 * 国务院事故调查组) is the defined body's; a defined body's name that a registered one crosses is left to the registered.
 */
export function withDefinedMentions<T extends { start: number; end: number }>(found: readonly T[], defined: readonly T[]): T[] {
  if (defined.length === 0) return [...found];
  const kept = defined.filter((d) => !found.some((f) => f.start < d.end && d.start < f.end && (f.start < d.start || f.end > d.end)));
  const inside = (f: T): boolean => kept.some((d) => d.start <= f.start && f.end <= d.end);
  return [...found.filter((f) => !inside(f)), ...kept].sort((a, b) => a.start - b.start);
}
