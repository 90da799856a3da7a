/**
 * Member lists of leading groups, joint conferences and committees: `成员单位：A、B、C。`, `（联席会议）由A、B、C组成` and
 * `A、B、C等部门为成员单位`,
 * and the rosters of the people who sit on them (core/parse/rosters.ts).
 * Each body listed is a member (role `member`) of what the item sets up. They are returned as annotations so that they
 * travel with the others (item assignment, graph rows, masking in mention search).
 */
import type { Annotation, AnnotationBody } from '../model';
import { addList, newDraft, type Piece } from './annotation-lists';
import { ascii } from '../entities/target-values';
import { chineseNumber } from './numerals';
import { isOneOf } from './patterns';
import { findRosters } from './rosters';

/** Longest list read; a member list of thirty bodies is under this. */
const MAX_LIST = 400;
/** Ends a list: 。；！？ and the line break. */
const LIST_END = '。；;！？\n';
/** What follows 成员单位 when a list comes next. */
const MEMBER_LABEL = /^成员单位(?:[：:]|为|包括|有)/;
/** The officials of the bodies rather than the bodies (由A、B等部门负责同志组成): the bodies are the members. */
const OFFICIALS = /(?:等|的)?(?:有关|相关)?(?:部门|单位)?(?:的)?(?:主要|分管)?(?:负责同志|负责人|领导同志|同志|领导|人员|代表)$/;

/** 等部门, 等有关单位, 等8个部门 closing a list of members: others the list does not name (or, counted, all it names). */
const ETC_BODIES = /等(?:([0-9０-９]{1,3}|[一二三四五六七八九十两]{1,3})(?:个|家)?)?(?:有关|相关)?(?:部门|单位|机构)?$/;

/** The number a list gives of its members (等8个部门, 等十二个单位), when it gives one. */
function countOf(written: string | undefined): number | undefined {
  if (written === undefined) return undefined;
  return /^[0-9０-９]+$/.test(written) ? Number(ascii(written)) : chineseNumber(written);
}

/** A list of a body's members (成员单位包括A、B), not an assignment of the item's work. */
export const isMemberList = (a: Annotation): boolean => a.bodies.length > 0 && a.bodies.every((b) => b.role === 'member');

export function findMemberLists(text: string): Annotation[] {
  const rosters = findRosters(text);
  const lists = memberLists(text);
  return rosters.length === 0 ? lists : [...lists, ...rosters].sort((a, b) => a.start - b.start);
}

function memberLists(text: string): Annotation[] {
  const out: Annotation[] = [];
  let read = 0; // the end of the last 成员单位 met
  // 成员单位 and 组成 share 成: one search of the text finds both
  for (let i = text.indexOf('成'); i >= 0; i = text.indexOf('成', i + 1)) {
    if (text.charCodeAt(i + 1) === 0x5458 && text.startsWith('成员单位', i)) { // 员
      const label = MEMBER_LABEL.exec(text.slice(i, i + 8));
      if (!label) {
        // A、B、C等部门为成员单位: the list before, from the start of its clause
        if (i > 0 && text.charCodeAt(i - 1) === WEI) {
          // not back past the 成员单位 before: its list is read already
          const from = clauseStartBefore(text, i - 1, read);
          const a = memberList(text, from, from, i - 1, false, true);
          if (a) out.push(a);
        }
        read = i + 4;
        continue;
      }
      const from = i + label[0].length;
      const a = memberList(text, i, from, listEnd(text, from), true);
      if (a) out.push(a);
    } else if (i > 0 && text.charCodeAt(i - 1) === 0x7ec4 && !isOneOf(text, i + 1, '部员')) { // 组成, not 组成部分 or 组成员
      const by = opening(text, i - 1);
      if (by < 0) continue;
      const a = memberList(text, by, by + 1, i - 1, false);
      if (a) out.push(a);
    }
  }
  return out;
}

const WEI = '为'.charCodeAt(0);

/** Where the clause that ends at `at` begins: after a clause break or the 由/以 that opens a list, within reach and not before `floor`. */
function clauseStartBefore(text: string, at: number, floor: number): number {
  let j = at;
  while (j > floor && at - j < MAX_LIST && !isOneOf(text, j - 1, CLAUSE_BREAKS)) j--;
  return j;
}
const CLAUSE_BREAKS = '。；;！？\n，,：:由以';

function listEnd(text: string, from: number): number {
  let j = from;
  while (j < text.length && j - from < MAX_LIST && !isOneOf(text, j, LIST_END)) j++;
  return j;
}

/** The 由 that opens the list closed by 组成 at `close`, within the same sentence, or -1. */
function opening(text: string, close: number): number {
  for (let j = close - 1; j >= 0 && close - j < MAX_LIST; j--) {
    if (isOneOf(text, j, LIST_END)) return -1;
    if (text.charCodeAt(j) === 0x7531) return j; // 由
  }
  return -1;
}

/**
 * The list text[from, to) read as members. A labelled list (成员单位：) may hold notes in parentheses and posts among
 * its bodies, which are passed over; a 由…组成 list must be bodies only, as 由专家组成 is no member list.
 */
function memberList(text: string, quoteStart: number, from: number, to: number, labelled: boolean, named = false): Annotation | undefined {
  let s = text.slice(from, to);
  if (labelled) s = s.replace(/[（(][^（）()]*[）)]/g, (m) => ' '.repeat(m.length));
  const officials = OFFICIALS.exec(s);
  // 等部门为成员单位, 由A、B等8个部门组成: the list names some and says others take part
  const etc = !officials ? ETC_BODIES.exec(s) : null;
  const others = (officials !== null && officials[0].startsWith('等')) || etc !== null;
  if (officials) s = s.slice(0, officials.index);
  else if (etc) s = s.slice(0, etc.index);
  // a comma may separate members too in long lists
  s = s.replace(/[，,]/g, '、').replace(/[\s、]+$/, '');
  if (s.length === 0) return undefined;
  const draft = newDraft();
  const list: Piece = { s, at: from };
  if (!addList(list, 'member', draft, labelled) || draft.bodies.length === 0) return undefined;
  // 等8个部门 after eight names closes the list rather than adds to it
  if (others && !(etc && countOf(etc[1]) === draft.bodies.length)) draft.andOthers = true;
  if (!labelled && draft.bodies.length < 2 && !draft.andOthers) return undefined;
  const bodies = draft.bodies.map((b): AnnotationBody => ({ asWritten: b.asWritten, role: 'member', start: b.start, end: b.end }));
  const end = labelled ? to : named ? to + 5 : to + 2;
  return {
    itemPath: '', quote: text.slice(quoteStart, end), start: quoteStart, end,
    bodies, andOthers: draft.andOthers, relevantDepartments: draft.relevant,
  };
}
