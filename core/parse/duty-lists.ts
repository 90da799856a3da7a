/**
 * A body's list of duties: an item that names a body and closes on `主要职责是：` (职责如下：, 承担以下职责：) has its duties
 * as the items below it, none of which names the body again (a regulation on a body's functions: `第三条 国家数据局…。
 * 主要职责是：（一）负责协调推进…`). The body is responsible for each: the item gets a note on the items that follow
 * (`laterItems`, as 以下均需X落实 gives; core/parse/later-items.ts), quoting the sentence that opens the list.
 */
import type { Annotation, OutlineItem } from '../model';
import { findAgencyMentions } from '../registry';
import { partnersAfter, sentenceAround } from './duties';

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
    const [sentence] = sentenceAround(text, item.start, item.ownEnd, item.start + close.index);
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
 * partners after 会同 are read as a named subject's are (core/parse/duties.ts), joint. Quoted by its sentence; the body,
 * which the duty does not name, is placed at 会同.
 */
function withPartners(text: string, duty: OutlineItem, subject: string): Annotation | undefined {
  const k = text.slice(duty.start + duty.label.length, duty.ownEnd).indexOf(WITH);
  if (k < 0) return undefined;
  const at = duty.start + duty.label.length + k;
  const partners = partnersAfter(text, at + WITH.length, duty.ownEnd);
  if (partners.bodies.length === 0 && !partners.andOthers) return undefined;
  const bodies: Annotation['bodies'] = [{ asWritten: subject, role: 'lead', start: at, end: at + WITH.length }];
  for (const m of partners.bodies) bodies.push(m.name === undefined ? { asWritten: m.asWritten, role: 'joint', start: m.start, end: m.end } : { asWritten: m.asWritten, role: 'joint', start: m.start, end: m.end, name: m.name });
  const [start, end] = sentenceAround(text, duty.start + duty.label.length, duty.ownEnd, at);
  return {
    itemPath: duty.path, quote: text.slice(start, end), start, end, bodies,
    andOthers: partners.andOthers, relevantDepartments: partners.relevant, inText: true,
  };
}
const WITH = '会同';

/** The registered body named right at text[at] (after spaces), with document offsets. */
function subjectAt(text: string, at: number, to: number): { asWritten: string; start: number; end: number } | undefined {
  let s = at;
  while (s < to && /\s/.test(text[s])) s++;
  const first = findAgencyMentions(text.slice(s, Math.min(to, s + 40)))[0];
  return first && first.start === 0 ? { asWritten: first.asWritten, start: s, end: s + first.end } : undefined;
}
