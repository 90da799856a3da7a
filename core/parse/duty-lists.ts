/**
 * A body's list of duties: an item that names a body and closes on `主要职责是：` (职责如下：, 承担以下职责：) has its duties
 * as the items below it, none of which names the body again (a regulation on a body's functions: `第三条 国家数据局…。
 * 主要职责是：（一）负责协调推进…`). The body is responsible for each: the item gets a note on the items that follow
 * (`laterItems`, as 以下均需X落实 gives; core/parse/later-items.ts), quoting the sentence that opens the list.
 */
import type { Annotation, OutlineItem } from '../model';
import { findAgencyMentions } from '../registry';

/** The close of an item that opens a list of duties, its sentence's last words. */
const OPENS_DUTIES = /(?:(?:的|其)?主要职责(?:是|为|如下)?|(?:承担|履行|负责)(?:以下|下列|如下)(?:主要)?职责)[：:]\s*$/;

/** The notes of the items in `items` that open a list of duties of a body they name at the start of their text. */
export function dutyListNotes(text: string, items: readonly OutlineItem[]): Annotation[] {
  const out: Annotation[] = [];
  const parents = new Set<string>();
  for (const item of items) if (item.parent !== undefined) parents.add(item.parent);
  for (const item of items) {
    if (!parents.has(item.path)) continue;
    const own = text.slice(item.start, item.ownEnd);
    const close = OPENS_DUTIES.exec(own);
    if (!close) continue;
    // the sentence that opens the list, and the item's first: the body stands at the start of one of them
    const from = item.start + item.label.length;
    const sentence = item.start + sentenceStart(own, close.index);
    const body = subjectAt(text, sentence, item.ownEnd) ?? subjectAt(text, from, item.ownEnd);
    if (!body) continue;
    // quoted from the body on: its name and what opens its duties (国家数据局…。主要职责是：)
    const end = item.start + close.index + close[0].trimEnd().length;
    const quote = text.slice(body.start, end);
    out.push({
      itemPath: item.path, quote, start: body.start, end, bodies: [], andOthers: false, relevantDepartments: false, inText: true,
      laterItems: { quote, start: body.start, end, bodies: [{ asWritten: body.asWritten, role: 'responsible', start: body.start, end: body.end }] },
    });
    for (const duty of items) if (duty.parent === item.path) {
      const joint = withPartners(text, duty, body.asWritten);
      if (joint) out.push(joint);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * A duty of the list that the body does with others (（三）…，会同国家网信办、工业和信息化部推进…): the body leads, the
 * bodies after 会同 are joint, and 会同有关部门 ends the list in others. Quoted by its sentence; the body, which the duty
 * does not name, is placed at 会同.
 */
function withPartners(text: string, duty: OutlineItem, subject: string): Annotation | undefined {
  const from = duty.start + duty.label.length;
  const own = text.slice(from, duty.ownEnd);
  const k = own.indexOf(WITH);
  if (k < 0) return undefined;
  const at = from + k;
  const clause = own.slice(k + WITH.length).split(/[，。；]/)[0];
  const bodies: Annotation['bodies'] = [{ asWritten: subject, role: 'lead', start: at, end: at + WITH.length }];
  let pos = 0;
  for (const m of findAgencyMentions(clause)) {
    if (m.start !== pos) break;
    const start = at + WITH.length + m.start;
    bodies.push({ asWritten: m.asWritten, role: 'joint', start, end: start + m.asWritten.length });
    pos = m.end + (LIST_JOINERS.test(clause.slice(m.end, m.end + 1)) ? 1 : 0);
  }
  const relevant = RELEVANT.test(clause.slice(pos));
  if (bodies.length === 1 && !relevant) return undefined;
  const start = at - sentenceStart(own, k) > 0 ? from + sentenceStart(own, k) : at;
  let end = at;
  while (end < duty.ownEnd && !'。；\n'.includes(text[end])) end++;
  return { itemPath: duty.path, quote: text.slice(start, end), start, end, bodies, andOthers: relevant, relevantDepartments: relevant, inText: true };
}
const WITH = '会同';
const LIST_JOINERS = /^[、和及与]$/;
const RELEVANT = /^(?:国务院)?(?:各|其他)?(?:有关|相关)(?:部门|单位|方面)/;

/** Where the sentence holding own[at] starts in `own`, after the last 。；！？ or line break before it. */
function sentenceStart(own: string, at: number): number {
  let k = at;
  while (k > 0 && !'。；！？\n'.includes(own[k - 1])) k--;
  while (k < at && /\s/.test(own[k])) k++;
  return k;
}

/** The registered body named right at text[at] (after spaces), with document offsets. */
function subjectAt(text: string, at: number, to: number): { asWritten: string; start: number; end: number } | undefined {
  let s = at;
  while (s < to && /\s/.test(text[s])) s++;
  const first = findAgencyMentions(text.slice(s, Math.min(to, s + 40)))[0];
  return first && first.start === 0 ? { asWritten: first.asWritten, start: s, end: s + first.end } : undefined;
}
