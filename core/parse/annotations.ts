/**
 * Responsibility annotations: a parenthesised list of bodies ending in 负责 that closes an item,
 * e.g. （重庆市、四川省、科技部牵头负责）, （A会同有关部门负责）, （A、B等负责。列第一位者为牵头单位，下同）.
 * Parentheses that end in 负责 but hold a clause (（具体办法由财政部负责制定）, （…由…部门负责）) are
 * asides, recognised by containing something that is not a body name.
 */
import type { Annotation, AnnotationBody, Role } from '../model';
import { AGENCIES } from '../registry/agencies';
import { resolveAgency } from '../registry/resolve';
import { bodyName, isBodyName, isRelevantDepartments } from './bodies';
import { isOneOf, isSpace } from './patterns';

/** Longest annotation considered; real ones are well under this. */
const MAX_ANNOTATION = 300;
/**
 * Separators of clauses (，；), of the clauses after 负责 (where a sentence end also closes one) and of list members (、),
 * as bits of a table by code unit: every character of an annotation is tested, and one lookup serves all three kinds.
 */
const enum Sep { Clause = 1, Tail = 2, Member = 4 }
const SEPARATORS = new Uint8Array(0x10000);
for (const c of [0xff0c, 0x2c, 0xff1b, 0x3b]) SEPARATORS[c] = Sep.Clause | Sep.Tail; // ，,；;
SEPARATORS[0x3002] = Sep.Tail; // 。
SEPARATORS[0x3001] = Sep.Member; // 、
/** Modifiers that trail a list of bodies, longest first. */
const TRAILERS: Array<{ text: string; effect?: 'lead' | 'joint' | 'others' | 'relevant' }> = [
  { text: '等有关部门和单位', effect: 'relevant' },
  { text: '有关部门和单位', effect: 'relevant' },
  { text: '等有关部门', effect: 'relevant' },
  { text: '等有关单位', effect: 'relevant' },
  { text: '等相关部门', effect: 'relevant' },
  { text: '等相关单位', effect: 'relevant' },
  { text: '有关部门', effect: 'relevant' },
  { text: '有关单位', effect: 'relevant' },
  { text: '相关部门', effect: 'relevant' },
  { text: '相关单位', effect: 'relevant' },
  { text: '等部门', effect: 'others' },
  { text: '等单位', effect: 'others' },
  { text: '按职责分工' },
  { text: '按照职责分工' },
  { text: '按职责' },
  { text: '分别' },
  { text: '共同' },
  { text: '牵头', effect: 'lead' },
  { text: '配合', effect: 'joint' },
  { text: '参与', effect: 'joint' },
  { text: '协助', effect: 'joint' },
  { text: '指导', effect: 'joint' },
  { text: '支持', effect: 'joint' },
  { text: '落实', effect: 'joint' },
  { text: '参加', effect: 'joint' },
  { text: '等', effect: 'others' },
];
type Trailer = (typeof TRAILERS)[number];
/**
 * TRAILERS by their last character, in the same order: a list member is matched only against the few trailers that can
 * end it, since stripping runs on every member of every annotation.
 */
const TRAILERS_BY_LAST = new Map<number, Trailer[]>();
for (const t of TRAILERS) {
  const last = t.text.charCodeAt(t.text.length - 1);
  TRAILERS_BY_LAST.set(last, [...(TRAILERS_BY_LAST.get(last) ?? []), t]);
}

/** The document's rule that the first-listed body leads (排在第一位的部门为牵头部门 / 列第一位者为牵头单位). */
const FIRST_LISTED = /第一位|首位|第一个|第一家|[列排居]首|[列排]第一/;

interface Piece { s: string; at: number }

/**
 * A body as the annotation will give it, its role still the one the text marks (lead, joint or none): withRoles settles
 * the role in place, so that each body is made once, in the key order of AnnotationBody.
 */
interface DraftBody { asWritten: string; role: Role | undefined; start: number; end: number }

interface Draft {
  bodies: DraftBody[];
  andOthers: boolean;
  relevant: boolean;
}

const leads = (b: DraftBody): boolean => b.role === 'lead';

/** A draft whose findings nobody reads, for stripping trailers only to test what is left. */
const IGNORED: Draft = { bodies: [], andOthers: false, relevant: false };

function trimPiece(p: Piece): Piece {
  // most pieces have no space at either end: they are kept as they are rather than trimmed into new strings
  const s = p.s;
  if (s.length === 0 || (!isSpace(s.charCodeAt(0)) && !isSpace(s.charCodeAt(s.length - 1)))) return p;
  const start = s.trimStart();
  return { s: start.trimEnd(), at: p.at + s.length - start.length };
}

/** The pieces of p between separators of the kind `sep`, each trimmed. */
function splitOn(p: Piece, sep: Sep): Piece[] {
  const out: Piece[] = [];
  let from = 0;
  for (let i = 0; i <= p.s.length; i++) {
    if (i === p.s.length || (SEPARATORS[p.s.charCodeAt(i)] & sep) !== 0) {
      out.push(trimPiece({ s: p.s.slice(from, i), at: p.at + from }));
      from = i + 1;
    }
  }
  return out;
}

/**
 * The role the trailers stripped by the last stripTrailers call give the clause (牵头: lead; 配合, 参与…: joint). Set by
 * that call rather than returned with the piece: stripping runs on every member, and most keep no trailer at all.
 */
let strippedRole: 'lead' | 'joint' | undefined;

/** Strips trailing modifiers, noting in the draft what they say about the list (等, 有关部门) and in strippedRole its role. */
function stripTrailers(p: Piece, draft: Draft): Piece {
  strippedRole = undefined;
  // most members end in no trailer's last character and come back as they are
  if (p.s.length === 0 || !TRAILERS_BY_LAST.has(p.s.charCodeAt(p.s.length - 1))) return p;
  let s = p.s;
  let role: 'lead' | 'joint' | undefined;
  for (let changed = true; changed && s.length;) {
    changed = false;
    for (const t of TRAILERS_BY_LAST.get(s.charCodeAt(s.length - 1)) ?? []) {
      if (s.endsWith(t.text)) {
        s = s.slice(0, s.length - t.text.length);
        if (t.effect === 'lead' || t.effect === 'joint') role = role ?? t.effect;
        if (t.effect === 'others') draft.andOthers = true;
        if (t.effect === 'relevant') {
          draft.andOthers = true;
          draft.relevant = true;
          // 各有关部门 / 其他有关部门 listed after named bodies: drop the quantifier and the separator too.
          s = s.replace(/(各|其他)$/, '').replace(/[、和及与]$/, '');
        }
        changed = true;
        break;
      }
    }
  }
  strippedRole = role;
  return { s, at: p.at };
}

/** 和 及 与, by code unit */
const isConjunction = (c: number): boolean => c === 0x548c || c === 0x53ca || c === 0x4e0e;

/** Whether 和, 及 or 与 stands inside s (not first or last), where splitConjunction may cut it. */
export function hasInnerConjunction(s: string): boolean {
  for (let i = 1; i < s.length - 1; i++) if (isConjunction(s.charCodeAt(i))) return true;
  return false;
}

/** 和/及/与 join two bodies only when both sides are names (工业和信息化部 is one name). */
function splitConjunction(p: Piece, draft: Draft): Piece[] {
  for (let i = 1; i < p.s.length - 1; i++) {
    if (!isConjunction(p.s.charCodeAt(i))) continue;
    const left = stripTrailers({ s: p.s.slice(0, i), at: p.at }, IGNORED);
    const right: Piece = { s: p.s.slice(i + 1), at: p.at + i + 1 };
    // The left side is tested as written too: stripping 有关部门 as a trailer leaves nothing to test.
    if ((isBodyName(left.s) || isRelevantDepartments(left.s) || isRelevantDepartments(p.s.slice(0, i))) && (isBodyName(stripTrailers(right, draft).s) || isRelevantDepartments(right.s))) {
      return [stripTrailers({ s: p.s.slice(0, i), at: p.at }, draft), ...splitConjunction(right, draft)];
    }
  }
  return [p];
}

/** A registered name whose own parts are separated by 、 (各省、自治区、直辖市人民政府), possibly followed by 和 + another body. */
function registeredSpan(s: string): boolean {
  if (resolveAgency(stripTrailers({ s, at: 0 }, IGNORED).s)) return true;
  const last = s.lastIndexOf('、');
  for (let k = last + 1; k < s.length; k++) {
    if (isConjunction(s.charCodeAt(k)) && resolveAgency(s.slice(0, k))) return true;
  }
  return false;
}

/** First parts of the registered names that contain 、 (各省 of 各省、自治区、直辖市人民政府): only these start a merge. */
let enumerationStarts: Set<string> | undefined;
/** Their first characters by code unit: a member that begins with none of them is not looked up (which hashes it). */
let enumerationFirsts: Uint8Array | undefined;
function startsEnumeration(part: string): boolean {
  if (!enumerationStarts || !enumerationFirsts) {
    enumerationStarts = new Set(AGENCIES.flatMap((r) => [r.name, ...r.aliases]).filter((f) => f.includes('、')).map((f) => f.slice(0, f.indexOf('、'))));
    enumerationFirsts = new Uint8Array(0x10000);
    for (const f of enumerationStarts) if (f.length > 0) enumerationFirsts[f.charCodeAt(0)] = 1;
  }
  return (part.length === 0 || enumerationFirsts[part.charCodeAt(0)] === 1) && enumerationStarts.has(part);
}

/** Splits a list on 、 but keeps together the parts of a registered name that itself contains 、. */
function listMembers(p: Piece): Piece[] {
  const parts = splitOn(p, Sep.Member);
  if (parts.length < 2) return parts;
  // made only once a merge happens: most lists are the parts as split
  let out: Piece[] | undefined;
  for (let i = 0; i < parts.length; i++) {
    let merged = false;
    for (let j = startsEnumeration(parts[i].s) ? Math.min(parts.length - 1, i + 4) : i; j > i && !merged; j--) {
      const from = parts[i].at - p.at;
      const span = p.s.slice(from, parts[j].at - p.at + parts[j].s.length);
      if (registeredSpan(span)) { (out ??= parts.slice(0, i)).push({ s: span, at: parts[i].at }); i = j; merged = true; }
    }
    if (!merged && out) out.push(parts[i]);
  }
  return out ?? parts;
}

/** Adds one member of a list to the draft; false when it is not a body. */
function addMember(part: Piece, role: 'lead' | 'joint' | undefined, draft: Draft): boolean {
  if (isRelevantDepartments(part.s)) { draft.relevant = true; draft.andOthers = true; return true; }
  const piece = stripTrailers(part, draft);
  if (piece.s.length === 0) return true;
  if (isRelevantDepartments(piece.s)) { draft.relevant = true; draft.andOthers = true; return true; }
  const name = bodyName(piece.s);
  if (name === undefined) return false;
  draft.bodies.push({ asWritten: name, role, start: piece.at, end: piece.at + name.length });
  return true;
}

/** Adds the bodies of one list (no commas) to the draft; false when a member is not a body. */
function addList(p: Piece, role: 'lead' | 'joint' | undefined, draft: Draft): boolean {
  for (const raw of listMembers(p)) {
    // most members hold no 和, 及 or 与 that could join two names, and need no splitting
    if (!hasInnerConjunction(raw.s)) {
      if (!addMember(raw, role, draft)) return false;
      continue;
    }
    for (const part of splitConjunction(raw, draft)) if (!addMember(part, role, draft)) return false;
  }
  return true;
}

function addClause(p: Piece, draft: Draft, forcedRole?: 'lead' | 'joint'): boolean {
  const piece = stripTrailers(p, draft);
  const clauseRole = forcedRole ?? strippedRole;
  const meet = piece.s.indexOf('会同');
  if (meet > 0) {
    // A会同B: A leads, B takes part.
    return addList({ s: piece.s.slice(0, meet), at: piece.at }, 'lead', draft)
      && addClause({ s: piece.s.slice(meet + 2), at: piece.at + meet + 2 }, draft, 'joint');
  }
  return addList(piece, clauseRole, draft);
}

export interface AnnotationState {
  /** a previous annotation declared the first-listed rule with 下同 */
  firstListedRule: boolean;
}

/** A deadline or pace after 负责 (2025年底前完成, 持续推进, 长期坚持): says when, not who. */
const TIME_CLAUSE = /^(?:[0-9０-９]{4}年|[一二三四五六七八九十]{1,2}月|持续|长期|逐步|分步|分阶段|按年度|每年|年内|当年|年底前|下同$)/;

/** A note on the items that follow (以下均需各地区落实，不再列出): it names who, but for later items, not this one. */
const NOTE_ON_LATER_ITEMS = /^以下|不再(?:一一)?列出/;

/** 负责 spelt out with its object at the very end (负责落实): the genre's way of saying plain 负责. */
const DUTY_OBJECTS = ['落实', '实施'];

/** Length of the duty phrase at `i` (负责 or 负责落实) when it closes a clause, else 0 (负责制定 is a clause, not an annotation). */
function dutyPhraseLength(content: string, i: number): number {
  const after = i + 2;
  if (after >= content.length || isOneOf(content, after, '，。,；;')) return 2;
  for (const o of DUTY_OBJECTS) {
    if (content.startsWith(o, after) && (after + o.length === content.length || (after + o.length === content.length - 1 && isOneOf(content, content.length - 1, '。；;')))) return 2 + o.length;
  }
  return 0;
}

type Parsed = Omit<Annotation, 'itemPath' | 'quote' | 'start' | 'end'>;

/**
 * （A牵头，B、C参与） / （A牵头，B、C配合）: no 负责, but every clause is a list of bodies marked with its part, and one
 * clause leads. Clauses that are not lists of bodies (由…牵头的机制) make it an aside, as with 负责; a deadline or pace
 * (（A牵头，2023年6月底前出台）, work plans list tasks this way) says when, not who, and is passed over.
 */
function leadOnly(content: string, at: number): Parsed | undefined {
  const draft: Draft = { bodies: [], andOthers: false, relevant: false };
  for (const clause of splitOn({ s: content.replace(/[。；;]$/, ''), at }, Sep.Clause)) {
    if (clause.s.length === 0 || TIME_CLAUSE.test(clause.s)) continue;
    if (!addClause(clause, draft)) return undefined;
  }
  if (!draft.bodies.some(leads)) return undefined;
  for (const b of draft.bodies) b.role = b.role === 'lead' ? 'lead' : 'joint';
  return { bodies: draft.bodies as AnnotationBody[], andOthers: draft.andOthers, relevantDepartments: draft.relevant };
}

/** （牵头单位：A；参与单位：B、C）, （责任单位：A、B）: each clause may open with a label saying the part its bodies play. */
const LABELLED = /^(牵头|责任|主责|配合|参与|协办|协同|参加)(单位|部门)[：:]/;
/** LABELLED, tried only on text that begins with the first character of one of its labels */
const isLabelled = (s: string): boolean => isOneOf(s, 0, '牵责主配参协') && LABELLED.test(s);

function labelled(content: string, at: number, state: AnnotationState): Parsed | undefined {
  const draft: Draft = { bodies: [], andOthers: false, relevant: false };
  const hasLead = content.includes('牵头单位') || content.includes('牵头部门');
  let role: 'lead' | 'joint' | undefined;
  for (const clause of splitOn({ s: content.replace(/[。；;]$/, ''), at }, Sep.Clause)) {
    let piece = clause;
    const m = LABELLED.exec(clause.s);
    if (m) {
      role = m[1] === '牵头' ? 'lead' : m[1] === '责任' || m[1] === '主责' ? (hasLead ? 'joint' : undefined) : 'joint';
      piece = trimPiece({ s: clause.s.slice(m[0].length), at: clause.at + m[0].length });
    }
    if (piece.s.length === 0) continue;
    if (!addClause(piece, draft, role)) return undefined;
  }
  return withRoles(draft, false, false, state);
}

/** Parses the content between the parentheses; `at` is the offset of its first character. */
export function parseAnnotationContent(content: string, at: number, state: AnnotationState): Parsed | undefined {
  if (isLabelled(content)) return labelled(content, at, state);
  let duty = content.indexOf('负责');
  let dutyLength = 0;
  while (duty >= 0 && (dutyLength = dutyPhraseLength(content, duty)) === 0) duty = content.indexOf('负责', duty + 1);
  if (duty < 0 && content.indexOf('负责') < 0 && content.indexOf('牵头') > 0) return leadOnly(content, at);
  if (duty <= 0) return undefined;
  const head = content.slice(0, duty);
  if (head.includes('负责')) return undefined;
  const tail = content.slice(duty + dutyLength + 1);
  const draft: Draft = { bodies: [], andOthers: false, relevant: false };
  let firstListedHere = false;
  let persistent = false;
  if (tail.length > 0 && !NOTE_ON_LATER_ITEMS.test(tail)) {
    if (FIRST_LISTED.test(tail)) {
      firstListedHere = true;
      persistent = tail.includes('下同');
    } else {
      for (const clause of splitOn({ s: tail, at: at + duty + dutyLength + 1 }, Sep.Tail)) {
        if (clause.s.length === 0 || TIME_CLAUSE.test(clause.s)) continue;
        // （A负责，B配合）: the tail names bodies that take part; （A负责，B、C按职责分工负责）: more bodies responsible.
        const own = clause.s.endsWith('负责');
        const piece: Piece = own ? { s: clause.s.slice(0, -2), at: clause.at } : clause;
        const before = draft.bodies.length;
        if (!addClause(piece, draft, own ? undefined : 'joint') || (draft.bodies.length === before && !draft.relevant)) return undefined;
      }
    }
  }
  const tailBodies = draft.bodies.splice(0);
  for (const clause of splitOn({ s: head, at }, Sep.Clause)) {
    if (clause.s.length === 0) continue;
    if (!addClause(clause, draft)) return undefined;
  }
  draft.bodies.push(...tailBodies);
  return withRoles(draft, firstListedHere, persistent, state);
}

/** Final roles: explicit 牵头 first, then the first-listed rule, else responsible (joint where the text says so). */
function withRoles(draft: Draft, firstListedHere: boolean, persistent: boolean, state: AnnotationState): Parsed | undefined {
  if (draft.bodies.length === 0 && !draft.relevant) return undefined;
  const explicit = draft.bodies.some(leads);
  const firstListed = !explicit && (firstListedHere || state.firstListedRule);
  if (persistent) state.firstListedRule = true;
  const bodies = draft.bodies;
  for (let i = 0; i < bodies.length; i++) {
    const b = bodies[i];
    if (explicit) b.role = b.role === 'lead' ? 'lead' : 'joint';
    else if (firstListed) b.role = i === 0 ? 'lead' : 'joint';
    else b.role = b.role === 'joint' ? 'joint' : 'responsible';
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

/** All annotations of the text, in order; itemPath is left empty for the caller to fill. */
export function findAnnotations(text: string): Annotation[] {
  const state: AnnotationState = { firstListedRule: false };
  const found: Annotation[] = [];
  const hits = keywordHits(text);
  let tried = -1;
  for (let h = 0; h < hits.at.length; h++) {
    const i = hits.at[h];
    const keyword = hits.keyword[h];
    // 牵头 in （A牵头负责）: the annotation is already read.
    if (found.length > 0 && found[found.length - 1].end > i) continue;
    const span = enclosingParentheses(text, i, keyword.length);
    if (span && span[0] !== tried) {
      tried = span[0];
      const [open, close] = span;
      const parsed = parseAnnotationContent(text.slice(open + 1, close), open + 1, state);
      if (parsed) {
        // spelt out rather than spread: a spread copies property by property, slowly, for every annotation
        found.push({
          itemPath: '', quote: text.slice(open, close + 1), start: open, end: close + 1,
          bodies: parsed.bodies, andOthers: parsed.andOthers, relevantDepartments: parsed.relevantDepartments,
        });
        continue;
      }
    }
    // 各项任务中排在第一位的部门为牵头部门 / （列第一位者为牵头单位）: the rule stated on its own holds from here on.
    if (keyword === '牵头' && statesFirstListedRule(text, i)) state.firstListedRule = true;
  }
  return found;
}
