/**
 * Duties written in running text, where no annotation closes the clause: decisions, replies (批复), short notices and
 * regulations say who does what in the sentence itself.
 *
 *   由海南省人民政府实施审批 / 具体管理办法由财政部制定     the body after 由, before what it does: responsible
 *   国家中医药局负责组织实施… / 自然资源部、生态环境部按照各自职责，负责…   a body as subject of 负责: responsible
 *   浙江省人民政府要… / 县级以上地方人民政府应当…       a body as subject of 要 / 应当 (an instruction): responsible
 *   请浙江省人民政府及时…                               a body asked to act (请): responsible
 *   交通运输部会同商务部、海关总署…                     the first leads, the bodies it works with are joint
 *   国家统计局牵头，国家发展改革委、财政部配合…         lead, joint
 *
 * A body counts only where the sentence makes it the actor: at the start of its clause (after nothing but a connective
 * such as 并 or 同时), after 由 or 请, or after 会同. A body named anywhere else — 报交通运输部备案, 向国务院请示报告,
 * 设在国家统计局 — is mentioned, not charged. Only bodies the registry's mention finder knows, and the people's
 * governments of places the region finder knows (宁波市人民政府), are read: 国务院有关部门 is no body (the name goes on),
 * nor is 城市绿化主管部门.
 *
 * One annotation per sentence that charges a body: its quote is the sentence, its bodies the actors in it.
 */
import { extractRegions } from '../entities/regions';
import type { AgencyMention, Annotation, AnnotationBody, Role } from '../model';
import { findAgencyMentions } from '../registry/mentions';

/** A body the sentence names, with offsets into the document's text. */
interface Named { asWritten: string; start: number; end: number }
/** Bodies listed together (财政部、海关总署 / 商务部和海关总署): they share the role the clause gives them. */
interface Group { members: Named[]; start: number; end: number }

/** Characters that end a sentence: a duty is read within one. */
const SENTENCE_END = new Set([0x3002, 0xff01, 0xff1f, 0xff1b, 0x0a]); // 。！？；\n
/** Characters that end a clause: a subject stands at the start of one. */
const CLAUSE_END = new Set([0xff0c, 0xff1a, 0x3002, 0xff01, 0xff1f, 0xff1b, 0x0a, 0x2c, 0x3a]); // ，：。！？；\n,:
/** What may join the members of a list. */
const LIST_JOINERS = new Set(['、', '，', '和', '及', '与', '以及']);

/** What may stand before a subject in its clause: a connective, and 由 or 请 (handled apart). */
const SUBJECT_LEAD = /^(?:并|另|还|也|均|同时|此外|其中|另外)?$/;

/**
 * What a body does when it is the agent after 由: a verb of carrying out, deciding or approving, or an adverbial phrase
 * that stands before one (由海南省人民政府依法实施).
 */
const AGENT_VERB = /^(?:负责(?!人|同志)|牵头|会同|统筹|组织(?!部|机构)|实施|制定|审批|批准|审核|核准|审定|审查|发布|公布|确定|管理|监督|指导|协调|承担|办理|编制|提出|决定|认定|商(?![务业品会])|会商|研究|依法|依照|按照|根据|结合|另行|统一|具体)/;
/**
 * What a subject does: take charge (负责), lead (牵头), work with others (会同), or be told to act (要, 应当…); not the
 * words these begin (负责人, 要求, 应急, 组织部), where the body is no actor.
 */
const SUBJECT_VERB =
  /^(?:(?:按照?|根据)?(?:各自)?职责(?:分工)?[，,]?|分别|共同|等(?:有关|相关)?(?:部门|单位)?)?(?:(?:要|应当|应|须|必须)(?=负责|牵头|会同))?(负责(?!人|同志)|牵头|会同|配合|参与|协助|参加|要(?![求点素害])|应当|应(?![急用对])|须(?!知)|必须|统筹|承担|组织(?!部|机构))/;
/** The unnamed bodies a lead works with: 会同有关部门 (the list ends in others the document does not name). */
const UNNAMED_AFTER = /^(?:(?:各|其他)?(?:有关|相关)(?:部门|单位|方面|机构)|各部门|各地区)/;
/** A list that ends in others: X、Y等 / X等有关部门. */
const OTHERS_AFTER = /^等/;
const RELEVANT_AFTER = /^等?(?:有关|相关)(?:部门|单位|方面|机构)/;

/**
 * The annotations of the duties in text[from, to), each given `itemPath`. Sentences are read within [from, to) only,
 * so that a caller can read an item's own text and leave its children to speak for themselves.
 */
export function findDuties(text: string, from: number, to: number, itemPath: string): Annotation[] {
  if (to <= from) return [];
  const slice = text.slice(from, to);
  const named = bodiesIn(slice, from);
  if (named.length === 0) return [];
  const out: Annotation[] = [];
  let k = 0;
  while (k < named.length) {
    const [sStart, sEnd] = sentenceAround(text, from, to, named[k].start);
    const inSentence: Named[] = [];
    while (k < named.length && named[k].start < sEnd) inSentence.push(named[k++]);
    const annotation = dutiesOfSentence(text, sStart, sEnd, inSentence, itemPath);
    if (annotation) out.push(annotation);
  }
  return out;
}

/** Registered bodies and the people's governments of known places, in order, with document offsets. */
function bodiesIn(slice: string, offset: number): Named[] {
  const found: Named[] = findAgencyMentions(slice).map((m: AgencyMention) => ({ asWritten: m.asWritten, start: m.start + offset, end: m.end + offset }));
  if (slice.includes('人民政府')) {
    for (const r of extractRegions(slice)) {
      if (r.regionKind === 'area' || !slice.startsWith('人民政府', r.end)) continue;
      const start = r.start + offset;
      const end = r.end + 4 + offset;
      if (found.some((f) => f.start < end && start < f.end)) continue;
      found.push({ asWritten: slice.slice(r.start, r.end + 4), start, end });
    }
    found.sort((a, b) => a.start - b.start);
  }
  return found;
}

/** The sentence of text[from, to) that holds position `at`, without the spaces around it. */
function sentenceAround(text: string, from: number, to: number, at: number): [number, number] {
  let s = at;
  while (s > from && !SENTENCE_END.has(text.charCodeAt(s - 1))) s--;
  let e = at;
  while (e < to && !SENTENCE_END.has(text.charCodeAt(e))) e++;
  if (e < to && text.charCodeAt(e) !== 0x0a) e++; // the sentence keeps its 。
  while (s < e && text.charCodeAt(s) <= 0x20) s++;
  return [s, e];
}

/** The bodies of a sentence grouped into lists. */
function groupsOf(text: string, named: Named[]): Group[] {
  const groups: Group[] = [];
  for (const n of named) {
    const last = groups[groups.length - 1];
    if (last && LIST_JOINERS.has(text.slice(last.end, n.start))) {
      last.members.push(n);
      last.end = n.end;
    } else {
      groups.push({ members: [n], start: n.start, end: n.end });
    }
  }
  return groups;
}

/** Start of the clause that holds position `at` (not before `from`). */
function clauseStart(text: string, from: number, at: number): number {
  let s = at;
  while (s > from && !CLAUSE_END.has(text.charCodeAt(s - 1))) s--;
  return s;
}

function dutiesOfSentence(text: string, start: number, end: number, named: Named[], itemPath: string): Annotation | undefined {
  const groups = groupsOf(text, named);
  const bodies: AnnotationBody[] = [];
  let andOthers = false;
  let relevant = false;
  const add = (g: Group, role: Role): void => {
    for (const m of g.members) {
      if (!bodies.some((b) => b.asWritten === m.asWritten && b.role === role)) bodies.push({ asWritten: m.asWritten, role, start: m.start, end: m.end });
    }
  };
  // groups already given a role as the partners of a 会同
  const partners = new Set<Group>();
  for (let g = 0; g < groups.length; g++) {
    const group = groups[g];
    if (partners.has(group)) continue;
    const after = text.slice(group.end, Math.min(end, group.end + 24));
    const before = text.slice(clauseStart(text, start, group.start), group.start).trim();
    const agent = before.endsWith('由');
    const asked = before.endsWith('请') && SUBJECT_LEAD.test(before.slice(0, -1));
    const subject = SUBJECT_LEAD.test(before);
    if (!agent && !asked && !subject) continue;
    if (agent && !AGENT_VERB.test(after) && !RELEVANT_AFTER.test(after)) continue;
    const verb = SUBJECT_VERB.exec(after);
    if (!agent && !asked && !verb) continue;
    if (RELEVANT_AFTER.test(after)) { andOthers = true; relevant = true; } else if (OTHERS_AFTER.test(after)) andOthers = true;
    const word = verb?.[1];
    if (word === '会同') {
      add(group, 'lead');
      const partnerAt = group.end + verb![0].length;
      const next = groups[g + 1];
      if (next && next.start === partnerAt) {
        add(next, 'joint');
        partners.add(next);
        const rest = text.slice(next.end, Math.min(end, next.end + 12));
        if (RELEVANT_AFTER.test(rest)) { andOthers = true; relevant = true; } else if (OTHERS_AFTER.test(rest)) andOthers = true;
      } else if (UNNAMED_AFTER.test(text.slice(partnerAt, partnerAt + 10))) {
        andOthers = true;
        relevant = true;
      }
    } else if (word === '牵头') {
      add(group, 'lead');
    } else if (word === '配合' || word === '参与' || word === '协助' || word === '参加') {
      add(group, 'joint');
    } else {
      add(group, 'responsible');
    }
  }
  if (bodies.length === 0) return undefined;
  return { itemPath, quote: text.slice(start, end), start, end, bodies, andOthers, relevantDepartments: relevant, inText: true };
}
