/**
 * Responsibility annotations: a parenthesised list of bodies, each list closed by the part its bodies play, that closes
 * an item or a clause of one: （重庆市、四川省、科技部牵头负责）, （A会同有关部门负责）, （A指导，B参与）,
 * （A指导，B负责落实。以下均需B落实，不再列出）, （负责部门：A、B；适用范围：所有自贸试验区）, （牵头单位：A；参与单位：B）,
 * （A、B等负责。列第一位者为牵头单位，下同）, （由A负责）. Parentheses that hold a clause (（具体办法由财政部负责制定）) are asides,
 * recognised by containing something that is not a body name. Member lists of leading groups (成员单位：…) are read
 * by members.ts and returned with the annotations.
 */
import type { Annotation, AnnotationBody, Role } from '../model';
import { addClause, addList, newDraft, Sep, SEPARATORS, trimPiece, type Draft, type DraftBody, type Piece } from './annotation-lists';
import { findMemberLists } from './members';
import { isOneOf } from './patterns';
import { LABEL_ROLES, LINE_LABEL, RUN_LABEL, SCOPE_LABEL_WORDS, TIME_LABEL } from './line-labels';

export { hasInnerConjunction } from './annotation-lists';

/** Longest annotation considered; real ones are well under this. */
const MAX_ANNOTATION = 300;

/** The document's rule that the first-listed body leads (排在第一位的部门为牵头部门 / 列第一位者为牵头单位). */
export const FIRST_LISTED = /第一位|首位|第一个|第一家|[列排居]首|[列排]第一/;

export interface AnnotationState {
  /** a previous annotation declared the first-listed rule with 下同 */
  firstListedRule: boolean;
}

/**
 * A deadline or pace (2025年底前完成, 持续推进, 长期坚持), also under a label of its own (完成时限：2018年底前,
 * 时间进度：, 进度安排：): says when, not who.
 */
const TIME_CLAUSE = new RegExp(`^(?:[0-9０-９]{4}年|[一二三四五六七八九十]{1,2}月|持续|长期|逐步|分步|分阶段|按年度|每年|年内|当年|年底前|(?:${TIME_LABEL})[：:])`);
const AGENT_BY = '由'.charCodeAt(0);
/** The label of a deadline (完成时限：), which the deadline as written leaves out. */
const TIME_LABELLED = new RegExp(`^(?:${TIME_LABEL})[：:]\\s*`);

/** 下同 / 不再列出 on its own: what this annotation says holds for the items that follow. */
const SAME_BELOW = /^(?:下同|以下同|不再(?:一一)?列出|以下不再(?:一一)?列出)$/;

/**
 * A note on the items that follow: 以下均需试点城市政府落实, 以下各项均由各地区负责落实. The opening words are dropped and
 * the rest read as a clause of the annotation.
 */
const LATER_ITEMS_OPENING = /^以下(?:各项|所有|全部)?(?:任务|工作|事项|措施|内容)?(?:均|都|皆|全部|一律)?(?:需要?|须|要|应|由|请)?/;
/** A note on the items above: 以上任务由各省级人民政府负责落实, 以上各项均由国家发展改革委牵头. Read as 以下's. */
const EARLIER_ITEMS_OPENING = /^以上(?:各项|所有|全部)?(?:任务|工作|事项|措施|内容|政策)?(?:均|都|皆|全部|一律)?(?:需要?|须|要|应|由|请)?/;

/**
 * Labels that open a clause with the part its bodies play: （牵头单位：A；参与单位：B、C）, （负责部门：A）, （责任单位：A、B）.
 * 责任/负责 bodies are responsible, or joint when another clause names the lead.
 */
const LABELLED = new RegExp(`^(${LABEL_ROLES})(?:单位|部门)[：:]`);
export const LABEL_ROLE: Readonly<Record<string, Role | 'duty'>> = {
  牵头: 'lead', 责任: 'duty', 主责: 'duty', 负责: 'duty', 配合: 'participate', 参与: 'participate', 协办: 'participate',
  协同: 'participate', 参加: 'participate', 协助: 'participate', 指导: 'guide', 落实: 'implement', 成员: 'member',
};
/** 适用范围：所有自贸试验区 — where the assignment applies. */
const SCOPE_LABEL = new RegExp(`^${SCOPE_LABEL_WORDS}[：:]`);

type Parsed = Omit<Annotation, 'itemPath' | 'quote' | 'start' | 'end'>;

/** A clause of the annotation and whether a sentence ends after it (。, or the end of the annotation). */
interface Clause extends Piece { sentenceEnds: boolean }

function clausesOf(content: string, at: number): Clause[] {
  const out: Clause[] = [];
  let from = 0;
  for (let i = 0; i <= content.length; i++) {
    const c = i < content.length ? content.charCodeAt(i) : 0;
    if (i === content.length || (SEPARATORS[c] & Sep.Tail) !== 0) {
      const p = trimPiece({ s: content.slice(from, i), at: at + from });
      out.push({ s: p.s, at: p.at, sentenceEnds: i === content.length || c === 0x3002 });
      from = i + 1;
    }
  }
  return out;
}

/**
 * Parses the content between the parentheses; `at` is the offset of its first character. Every clause must be a list of
 * bodies (closed by what they do, or opened by a label), a scope, a deadline, the first-listed rule or a note on later
 * items; anything else makes the parentheses an aside.
 */
export function parseAnnotationContent(content: string, at: number, state: AnnotationState, bare = false, byAgent = false): Parsed | undefined {
  // （由国家发展改革委负责）, （由各省级人民政府负责落实，2020年底前完成）: the agent's 由 before the list
  if (content.charCodeAt(0) === AGENT_BY && content.length > 3) return parseAnnotationContent(content.slice(1), at + 1, state, bare, true);
  const draft = newDraft();
  let hasLead: boolean | undefined; // whether a label names the lead: asked only once a label is met
  const clauses = clausesOf(content, at);
  let labelRole: Role | undefined;
  let firstListedHere = false;
  let sameBelow = false;
  let scope: Parsed['scope'];
  let deadline: Parsed['deadline'];
  let later: Parsed['laterItems'];
  let earlier: Parsed['earlierItems'];
  for (let k = 0; k < clauses.length; k++) {
    const clause = clauses[k];
    if (clause.s.length === 0) continue;
    const label = isOneOf(clause.s, 0, '牵责主负配参协指落成') ? LABELLED.exec(clause.s) : null;
    if (label) {
      const r = LABEL_ROLE[label[1]];
      hasLead ??= content.includes('牵头单位') || content.includes('牵头部门');
      labelRole = r === 'duty' ? (hasLead ? 'joint' : undefined) : r;
      draft.marked = true;
      const rest = trimPiece({ s: clause.s.slice(label[0].length), at: clause.at + label[0].length });
      if (rest.s.length > 0 && !addList(rest, labelRole, draft, labelRole === 'member')) return undefined;
      continue;
    }
    if (isOneOf(clause.s, 0, '适') && SCOPE_LABEL.test(clause.s)) {
      // the scope runs to the end of its sentence or to the next ；: 适用范围：上海、广东，福建自贸试验区
      const skip = clause.s.indexOf('：') >= 0 ? clause.s.indexOf('：') + 1 : clause.s.indexOf(':') + 1;
      let end = k;
      while (!clauses[end].sentenceEnds && end + 1 < clauses.length && content.charCodeAt(clauses[end].at - at + clauses[end].s.length) !== 0xff1b) {
        if (isOneOf(clauses[end + 1].s, 0, '牵责主负配参协指落成') && LABELLED.test(clauses[end + 1].s)) break;
        end++;
      }
      const start = clause.at + skip;
      const stop = clauses[end].at + clauses[end].s.length;
      if (stop > start) scope = { text: content.slice(start - at, stop - at), start, end: stop };
      k = end;
      continue;
    }
    const opening = isOneOf(clause.s, 0, '以') && clause.s.length > 2 ? noteOpening(clause.s) : undefined;
    if (opening) {
      // 以下均需X落实，不再列出 (the items that follow), 以上任务由X负责落实 (the items above): the rest of the sentence is
      // the note; one that names no body (以上均为约束性指标) is none
      let end = k;
      while (!clauses[end].sentenceEnds && end + 1 < clauses.length) end++;
      const note = itemsNote(clause, clauses[end].at + clauses[end].s.length, opening);
      if (opening === LATER_ITEMS_OPENING) later = note ?? later;
      else earlier = note ?? earlier;
      k = end;
      continue;
    }
    // most clauses are lists of bodies: the rule and the notes are tried only on clauses that can be one
    if (clause.s.includes('牵头') && FIRST_LISTED.test(clause.s)) { firstListedHere = true; continue; }
    if (isOneOf(clause.s, 0, '下以不') && SAME_BELOW.test(clause.s)) { sameBelow = true; continue; }
    // a deadline says when, first or after the bodies; not a noun it qualifies (2023年底前建立的机制)
    if (TIME_CLAUSE.test(clause.s) && !clause.s.includes('的')) {
      // the first one is the deadline (a later one is its detail: 2019年底前取得阶段性成果，2020年底前完成), without its label
      if (!deadline) {
        const label = TIME_LABELLED.exec(clause.s);
        const skip = label ? label[0].length : 0;
        if (clause.s.length > skip) deadline = { text: clause.s.slice(skip), start: clause.at + skip, end: clause.at + clause.s.length };
      }
      continue;
    }
    const kept = draft.bodies.length;
    if (addClause(clause, draft, labelRole)) continue;
    // （国家发展改革委负责组织实施，财政部负责资金保障）: the role word followed by what the bodies do; after 由 the
    // clause is an aside on the item (（由财政部负责制定具体办法）)
    draft.bodies.length = kept;
    const acting = byAgent ? null : ACTING.exec(clause.s);
    if (!acting || !addClause({ s: acting[1], at: clause.at }, draft, labelRole)) return undefined;
  }
  // （以下各项任务均由各省级人民政府负责落实）: a note standing alone, over the items that follow it (or above it)
  if ((later || earlier) && draft.bodies.length === 0 && !draft.relevant) {
    const note: Parsed = { bodies: [], andOthers: false, relevantDepartments: false };
    if (later) note.laterItems = later;
    if (earlier) note.earlierItems = earlier;
    return note;
  }
  // a list with no role word is an annotation only where the document said how to read its lists (`bare`)
  if (!draft.marked && !bare) return undefined;
  const parsed = withRoles(draft, firstListedHere, firstListedHere && sameBelow, state);
  if (!parsed) return undefined;
  if (scope) parsed.scope = scope;
  if (deadline) parsed.deadline = deadline;
  if (earlier) parsed.earlierItems = earlier;
  if (later) parsed.laterItems = later;
  else if (sameBelow && !firstListedHere && parsed.bodies.length > 0) {
    // （各省级人民政府负责，下同）: the assignment itself holds for the items that follow
    parsed.laterItems = { quote: content, start: at, end: at + content.length, bodies: parsed.bodies.map((b) => ({ ...b })) };
  }
  return parsed;
}

/**
 * A list closed by 负责 or 牵头 and a few characters of what the bodies do (组织实施, 资金保障), not a post (负责人,
 * 负责同志): group 1 = the list and its role word.
 */
const ACTING = /^(.{2,}?(?:负责|牵头))(?!人|同志|单位|部门)(?:(?!的)[\u4e00-\u9fff]){2,10}$/;

/** The opening of a note on later items (以下…) or earlier ones (以上…) that `s` begins with, if any. */
const noteOpening = (s: string): RegExp | undefined =>
  (LATER_ITEMS_OPENING.test(s) ? LATER_ITEMS_OPENING : EARLIER_ITEMS_OPENING.test(s) ? EARLIER_ITEMS_OPENING : undefined);

/** The bodies of a note on later or earlier items (以下均需试点城市政府落实), from its first clause; `end` ends its sentence. */
function itemsNote(clause: Clause, end: number, opens: RegExp): Parsed['laterItems'] {
  const opening = opens.exec(clause.s);
  const skip = opening ? opening[0].length : 0;
  const draft = newDraft();
  const rest: Piece = { s: clause.s.slice(skip), at: clause.at + skip };
  if (!addClause(rest, draft) || draft.bodies.length === 0) return undefined;
  const bodies = draft.bodies.map((b): AnnotationBody => ({ asWritten: b.asWritten, role: b.role ?? (draft.marked ? 'responsible' : 'implement'), start: b.start, end: b.end }));
  return { quote: '', start: clause.at, end, bodies };
}

/** Roles whose word says what the body does, whatever the list around it says about leading. */
const OWN_ROLES: ReadonlySet<Role | undefined> = new Set<Role | undefined>(['implement', 'guide', 'participate', 'member']);

/** Final roles: explicit 牵头 first, then the first-listed rule, else responsible; a role word of the body's own stays. */
function withRoles(draft: Draft, firstListedHere: boolean, persistent: boolean, state: AnnotationState): Parsed | undefined {
  if (draft.bodies.length === 0 && !draft.relevant) return undefined;
  const explicit = draft.bodies.some((b) => b.role === 'lead');
  const firstListed = !explicit && (firstListedHere || state.firstListedRule);
  if (persistent) state.firstListedRule = true;
  const bodies: DraftBody[] = draft.bodies;
  let first = true;
  for (const b of bodies) {
    if (OWN_ROLES.has(b.role)) continue;
    if (explicit) b.role = b.role === 'lead' ? 'lead' : 'joint';
    else if (firstListed) b.role = first ? 'lead' : 'joint';
    else b.role = b.role === 'joint' ? 'joint' : 'responsible';
    first = false;
  }
  return { bodies: bodies as AnnotationBody[], andOthers: draft.andOthers, relevantDepartments: draft.relevant };
}

/**
 * The keywords that annotations contain, in text order: 负责, or 牵头 in the （A牵头，B参与） form, or a 责任单位：
 * label. 负责, 责任单位 and 责任部门 share 责, so one search of the text for it finds all three; a second finds 牵头.
 * Searching for each keyword on its own went over the text four times.
 */
export function keywordHits(text: string): { at: number[]; keyword: string[] } {
  const at: number[] = [];
  const keyword: string[] = [];
  let lead = text.indexOf('牵头');
  for (let z = text.indexOf('责'); ; z = text.indexOf('责', z + 1)) {
    // 牵头 never overlaps a keyword written with 责, so those before this 责 come first
    while (lead >= 0 && (z < 0 || lead < z)) {
      at.push(lead);
      keyword.push('牵头');
      lead = text.indexOf('牵头', lead + 2);
    }
    if (z < 0) return { at, keyword };
    if (z > 0 && text.charCodeAt(z - 1) === 0x8d1f) { at.push(z - 1); keyword.push('负责'); } // 负
    if (text.startsWith('责任单位', z)) { at.push(z); keyword.push('责任单位'); } else if (text.startsWith('责任部门', z)) { at.push(z); keyword.push('责任部门'); }
  }
}

/**
 * Annotations without 负责, 牵头 or a 责任 label close on the word that says what their last bodies do (（A、B指导）,
 * （A指导，B参与）) or on a note (…不再列出）, …下同）): found from the closing parentheses, two searches of the text
 * rather than one per role word, each hit the position of that word.
 */
const CLOSING_WORDS = ['指导', '参与', '配合', '落实', '协助', '列出', '下同'];
const CLOSING_LAST = new Set(CLOSING_WORDS.map((w) => w.charCodeAt(1)));

export function roleWordHits(text: string): number[] {
  const out: number[] = [];
  for (const close of ['）', ')']) {
    for (let i = text.indexOf(close); i >= 0; i = text.indexOf(close, i + 1)) {
      if (i < 2 || !CLOSING_LAST.has(text.charCodeAt(i - 1))) continue;
      for (const w of CLOSING_WORDS) if (text.startsWith(w, i - 2)) { out.push(i - 2); break; }
    }
  }
  labelHits(text, out);
  return out.sort((a, b) => a - b);
}

/**
 * Labels that no keyword search finds, as they hold neither 负责, 牵头 nor 责任: （配合单位：A、B）, （参与部门：A）,
 * （主责单位：A）, （指导单位：A）. Found from the label's colon, after 位 or 门; each hit is the position of the label's
 * first character. Labels the keyword searches find (牵头单位：, 责任部门：, 负责部门：) are
 * left to them.
 */
const FOUND_BY_KEYWORDS = /^(?:牵头|责任|负责)/;
const WEI = 0x4f4d; // 位
const MEN = 0x95e8; // 门

function labelHits(text: string, out: number[]): void {
  for (const colon of ['：', ':']) {
    for (let i = text.indexOf(colon); i >= 0; i = text.indexOf(colon, i + 1)) {
      const at = i - 4; // 配合单位：: the label's role word starts four characters before the colon
      if (at < 0) continue;
      const last = text.charCodeAt(i - 1);
      if ((last !== WEI && last !== MEN) || !isOneOf(text, at, '配参协指落成主')) continue;
      const label = text.slice(at, i + 1);
      if (LABELLED.test(label) && !FOUND_BY_KEYWORDS.test(label)) out.push(at);
    }
  }
}

/** How far before 牵头 the wording of the first-listed rule may begin (排在第一位的部门为牵头). */
const RULE_REACH = 24;

function statesFirstListedRule(text: string, lead: number): boolean {
  const window = text.slice(Math.max(0, lead - RULE_REACH), lead);
  return FIRST_LISTED.test(window.slice(window.lastIndexOf('\n') + 1));
}

const NEWLINE = 0x0a;
const OPEN = 0x28; // (
const CLOSE = 0x29; // )
const OPEN_FULL = 0xff08; // （
const CLOSE_FULL = 0xff09; // ）

/** [open, close] of the parentheses on the same line enclosing text[i, i + length), within MAX_ANNOTATION. */
function enclosingParentheses(text: string, i: number, length: number): [number, number] | undefined {
  // scanned by code unit: up to MAX_ANNOTATION characters each way for every keyword in the text
  let open = -1;
  let depth = 0;
  for (let j = i - 1; j >= 0 && i - j <= MAX_ANNOTATION; j--) {
    const c = text.charCodeAt(j);
    if (c === NEWLINE) break;
    if (c === CLOSE_FULL || c === CLOSE) depth++;
    else if (c === OPEN_FULL || c === OPEN) { if (depth === 0) { open = j; break; } depth--; }
  }
  if (open < 0) return undefined;
  depth = 0;
  for (let j = i + length; j < text.length && j - open <= MAX_ANNOTATION; j++) {
    const c = text.charCodeAt(j);
    if (c === NEWLINE) break;
    if (c === OPEN_FULL || c === OPEN) depth++;
    else if (c === CLOSE_FULL || c === CLOSE) { if (depth === 0) return [open, j]; depth--; }
  }
  return undefined;
}

/** All annotations of the text, in order (member lists among them); itemPath is left empty for the caller to fill. */
export function findAnnotations(text: string): Annotation[] {
  const state: AnnotationState = { firstListedRule: false };
  const found: Annotation[] = [];
  let ruleAt = -1; // where the document states that the body listed first leads
  const hits = keywordHits(text);
  const words = roleWordHits(text);
  let tried = -1;
  for (let h = 0, w = 0; h < hits.at.length || w < words.length;) {
    // the two lists merged in text order: a role word is tried like a keyword of its own length
    const fromWords = h >= hits.at.length || (w < words.length && words[w] < hits.at[h]);
    const i = fromWords ? words[w++] : hits.at[h];
    const keyword = fromWords ? '' : hits.keyword[h++];
    // 牵头 in （A牵头负责）: the annotation is already read.
    if (found.length > 0 && found[found.length - 1].end > i) continue;
    const span = enclosingParentheses(text, i, keyword.length || 2);
    if (span && span[0] !== tried) {
      tried = span[0];
      const [open, close] = span;
      const parsed = parseAnnotationContent(text.slice(open + 1, close), open + 1, state);
      if (parsed) {
        found.push(annotationOf(text, parsed, open, close + 1));
        // （A、B等按职责分工负责，列第一位者为牵头部门，下同）: the rule, stated inside an annotation, holds from here on
        if (ruleAt < 0 && state.firstListedRule) ruleAt = close;
        continue;
      }
    }
    // 各项任务中排在第一位的部门为牵头部门 / （列第一位者为牵头单位）: the rule stated on its own holds from here on.
    if (keyword === '牵头' && statesFirstListedRule(text, i)) {
      state.firstListedRule = true;
      if (ruleAt < 0) ruleAt = i;
    }
  }
  if (ruleAt >= 0) {
    const bare = bareLists(text, ruleAt, found, state);
    if (bare.length > 0) found.push(...bare);
    found.sort((a, b) => a.start - b.start);
  }
  const lines = labelledLines(text, state, found);
  const all = lines.length === 0 ? found : [...found, ...lines].sort((a, b) => a.start - b.start);
  const members = findMemberLists(text);
  return members.length === 0 ? all : mergeByStart(all, members);
}

/**
 * The annotations of labelled lines, each run of consecutive labelled lines one annotation, read as the content of a
 * labelled annotation (the line breaks of the run read as ；). A label inside parentheses (`found`) is not one.
 */
function labelledLines(text: string, state: AnnotationState, found: readonly Annotation[]): Annotation[] {
  const out: Annotation[] = [];
  for (const colon of ['：', ':']) {
    let done = -1; // the end of the last run read: the labels inside it are read already
    let k = 0; // the annotations found, passed in text order: those ending before the label are behind it
    for (let i = text.indexOf(colon); i >= 0; i = text.indexOf(colon, i + 1)) {
      const at = i - 4;
      const last = text.charCodeAt(i - 1);
      if (at < 0 || at < done || (last !== WEI && last !== MEN) || !opensLine(text, at)) continue;
      if (!LINE_LABEL.test(text.slice(at, i + 1))) continue;
      while (k < found.length && found[k].end <= at) k++;
      if (k < found.length && found[k].start <= at) continue; // inside parentheses already read
      let end = lineEnd(text, at);
      while (end < text.length && RUN_LABEL.test(text.slice(end + 1, end + 10).trimStart())) end = lineEnd(text, end + 1);
      done = end;
      // the line breaks of the run read as the ； between the clauses of one annotation, at the same offsets
      const parsed = parseAnnotationContent(text.slice(at, end).replace(/\n/g, '；'), at, state);
      if (!parsed || parsed.bodies.length === 0) continue;
      out.push(annotationOf(text, parsed, at, end));
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * 各项任务中排在第一位的部门为牵头部门 … （一）推进改革。（发展改革委、财政部）: once a document says that the body listed first
 * leads, a list of bodies in parentheses with no role word, closing a sentence, is an annotation too (the first leads,
 * the others work jointly). Only lists made of bodies and nothing else, after the rule, outside the annotations found.
 */
function bareLists(text: string, from: number, found: readonly Annotation[], state: AnnotationState): Annotation[] {
  const out: Annotation[] = [];
  let close = -1; // the first ） after the ( read last: found again only once passed, so that the text is read once
  let k = 0; // the annotations found, passed in text order, as labelledLines passes them
  for (let open = text.indexOf('（', from); open >= 0; open = text.indexOf('（', open + 1)) {
    if (open === 0 || !BARE_BEFORE.has(text.charCodeAt(open - 1))) continue;
    if (close <= open) close = text.indexOf('）', open + 1);
    if (close < 0) break;
    if (close - open > MAX_BARE_LIST || text.slice(open + 1, close).includes('\n')) continue;
    while (k < found.length && found[k].end <= open) k++;
    if (k < found.length && found[k].start <= open) continue; // inside an annotation already read
    const parsed = parseAnnotationContent(text.slice(open + 1, close), open + 1, state, true);
    if (parsed && parsed.bodies.length > 0) out.push(annotationOf(text, parsed, open, close + 1));
  }
  return out;
}
/** What a bare list follows: the end of the sentence it closes (。；), as an annotation does. */
const BARE_BEFORE = new Set([0x3002, 0xff1b]);
const MAX_BARE_LIST = 80;

/**
 * The annotation text[start, end) holds, as read (`parsed`): a parenthesised one, its parentheses included, or a run of
 * labelled lines. A note that is the whole annotation (A负责，下同; 以上任务由X负责) is quoted as the annotation is.
 */
function annotationOf(text: string, parsed: Parsed, start: number, end: number): Annotation {
  // spelt out rather than spread: a spread copies property by property, slowly, for every annotation
  const a: Annotation = {
    itemPath: '', quote: text.slice(start, end), start, end,
    bodies: parsed.bodies, andOthers: parsed.andOthers, relevantDepartments: parsed.relevantDepartments,
  };
  if (parsed.scope) a.scope = parsed.scope;
  if (parsed.deadline) a.deadline = parsed.deadline;
  // the content of parentheses starts one after the annotation and ends one before it
  const whole = (note: Note): boolean => (note.start === start + 1 && note.end === end - 1) || (note.start === start && note.end === end);
  const quoted = (note: Note): Note => (whole(note) ? { ...note, quote: a.quote, start, end } : { ...note, quote: text.slice(note.start, note.end) });
  if (parsed.laterItems) a.laterItems = quoted(parsed.laterItems);
  if (parsed.earlierItems) a.earlierItems = quoted(parsed.earlierItems);
  return a;
}
type Note = NonNullable<Parsed['laterItems']>;

/** Whether text[at] opens a line or follows a sentence's end (spaces between allowed). */
function opensLine(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && (text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 0x3000 || text.charCodeAt(k) === 0x09)) k--;
  if (k < 0) return true;
  const c = text.charCodeAt(k);
  return c === NEWLINE || c === 0x3002; // \n 。
}

/** The end of the line holding `at`, without a trailing 。 or spaces. */
function lineEnd(text: string, at: number): number {
  let e = text.indexOf('\n', at);
  if (e < 0) e = text.length;
  while (e > at && (text.charCodeAt(e - 1) <= 0x20 || text.charCodeAt(e - 1) === 0x3000 || text.charCodeAt(e - 1) === 0x3002)) e--;
  return e;
}

/** Two lists in text order merged into one; a member list inside an annotation is left out. */
function mergeByStart(a: Annotation[], b: Annotation[]): Annotation[] {
  const out: Annotation[] = [];
  let j = 0;
  for (const x of a) {
    while (j < b.length && b[j].start < x.start) { if (b[j].end <= x.start) out.push(b[j]); j++; }
    out.push(x);
    while (j < b.length && b[j].start < x.end) j++;
  }
  while (j < b.length) out.push(b[j++]);
  return out;
}
