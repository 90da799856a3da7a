/**
 * The list grammar inside a responsibility annotation: bodies separated by 、 (or joined by 和/及/与 when both sides are
 * names), each list closed by the words that say what part its bodies play (牵头, 负责, 负责落实, 指导, 参与, 配合 …) or
 * qualify it (等, 等有关部门, 按职责分工, 分别). annotations.ts reads the clauses; this file reads one clause's list.
 */
import type { Role } from '../model';
import { AGENCIES } from '../registry/agencies';
import { bodyClass } from '../registry/body-classes';
import { resolveAgency } from '../registry/resolve';
import { isBodyName, isRelevantDepartments } from './bodies';
import { isSpace } from './patterns';
import { isCloseParenCode, isOpenParenCode } from '../entities/chars';

export interface Piece { s: string; at: number }

/**
 * A body as the annotation will give it, its role still the one the text marks (undefined: none marked): the caller
 * settles the role in place, so that each body is made once, in the key order of AnnotationBody.
 */
export interface DraftBody { asWritten: string; role: Role | undefined; start: number; end: number }

export interface Draft {
  bodies: DraftBody[];
  andOthers: boolean;
  relevant: boolean;
  /** a word saying what the bodies do (负责, 牵头, 指导, 参与, 配合, 落实 …) was read: without one a list is no annotation */
  marked: boolean;
}

export const newDraft = (): Draft => ({ bodies: [], andOthers: false, relevant: false, marked: false });

/**
 * Separators of clauses (，；), of clauses and sentences (，；。) and of list members (、), as bits of a table by
 * code unit: every character of an annotation is tested, and one lookup serves all three kinds.
 */
export const enum Sep { Clause = 1, Tail = 2, Member = 4 }
export const SEPARATORS = new Uint8Array(0x10000);
for (const c of [0xff0c, 0x2c, 0xff1b, 0x3b]) SEPARATORS[c] = Sep.Clause | Sep.Tail; // ，,；;
SEPARATORS[0x3002] = Sep.Tail; // 。
SEPARATORS[0x3001] = Sep.Member; // 、

type Effect = 'lead' | 'joint' | 'implement' | 'guide' | 'participate' | 'duty' | 'others' | 'relevant';
/** Words that close a list of bodies, longest first where one ends another. */
const TRAILERS: Array<{ text: string; effect?: Effect }> = [
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
  { text: '负责落实', effect: 'implement' },
  { text: '负责', effect: 'duty' },
  { text: '按职责分工', effect: 'duty' },
  { text: '按照职责分工', effect: 'duty' },
  { text: '按职责', effect: 'duty' },
  // 按分工负责, 按各自职责负责, 根据职责分工负责, 依职责负责: the same words, shorter or in other prepositions
  { text: '按照各自职责', effect: 'duty' },
  { text: '按各自职责', effect: 'duty' },
  { text: '根据职责分工', effect: 'duty' },
  { text: '依据职责分工', effect: 'duty' },
  { text: '按照分工', effect: 'duty' },
  { text: '按分工', effect: 'duty' },
  { text: '依职责', effect: 'duty' },
  { text: '分别' },
  // （A、B共同负责）: the bodies share the work, none leads (共同牵头 stays lead: the role word read first wins)
  { text: '共同', effect: 'joint' },
  { text: '联合' },
  { text: '具体' },
  { text: '牵头', effect: 'lead' },
  { text: '配合', effect: 'participate' },
  { text: '参与', effect: 'participate' },
  { text: '协助', effect: 'participate' },
  { text: '支持', effect: 'participate' },
  { text: '参加', effect: 'participate' },
  { text: '指导', effect: 'guide' },
  { text: '督促指导', effect: 'guide' },
  // （各省级人民政府负责落实，国家发展改革委加强指导）
  { text: '加强指导', effect: 'guide' },
  { text: '组织落实', effect: 'implement' },
  { text: '抓好落实', effect: 'implement' },
  { text: '落实', effect: 'implement' },
  { text: '等', effect: 'others' },
];
type Trailer = (typeof TRAILERS)[number];
/**
 * TRAILERS by their last character, longest first: a list member is matched only against the few trailers that can
 * end it, since stripping runs on every member of every annotation.
 */
const TRAILERS_BY_LAST = new Map<number, Trailer[]>();
for (const t of TRAILERS) {
  const last = t.text.charCodeAt(t.text.length - 1);
  TRAILERS_BY_LAST.set(last, [...(TRAILERS_BY_LAST.get(last) ?? []), t].sort((a, b) => b.text.length - a.text.length));
}

/** A piece with its trailers stripped, and the role they give it (牵头: lead; 配合, 参与: participate; 指导: guide …). */
export interface Stripped extends Piece { role?: Role }

export function trimPiece(p: Piece): Piece {
  // most pieces have no space at either end: they are kept as they are rather than trimmed into new strings
  const s = p.s;
  if (s.length === 0 || (!isSpace(s.charCodeAt(0)) && !isSpace(s.charCodeAt(s.length - 1)))) return p;
  const start = s.trimStart();
  return { s: start.trimEnd(), at: p.at + s.length - start.length };
}

/** The pieces of p between separators of the kind `sep`, each trimmed. */
export function splitOn(p: Piece, sep: Sep): Piece[] {
  const out: Piece[] = [];
  let from = 0;
  let depth = 0; // brackets open: a 、 inside them (示范县（市、区）人民政府) parts no members
  for (let i = 0; i <= p.s.length; i++) {
    const c = i < p.s.length ? p.s.charCodeAt(i) : 0;
    if (isOpenParenCode(c)) depth++;
    else if (isCloseParenCode(c) && depth > 0) depth--;
    if (i === p.s.length || (depth === 0 && (SEPARATORS[c] & sep) !== 0)) {
      out.push(trimPiece({ s: p.s.slice(from, i), at: p.at + from }));
      from = i + 1;
    }
  }
  return out;
}

/**
 * Strips trailing modifiers, noting in the draft what they say about the list (等, 有关部门) and returning the role they
 * give its bodies. Only the first role word read from the end counts (A牵头负责: lead).
 */
export function stripTrailers(p: Piece, draft: Draft): Stripped {
  // most members end in no trailer's last character and come back as they are
  if (p.s.length === 0 || !TRAILERS_BY_LAST.has(p.s.charCodeAt(p.s.length - 1))) return p;
  let s = p.s;
  let role: Role | undefined;
  for (let changed = true; changed && s.length;) {
    changed = false;
    for (const t of TRAILERS_BY_LAST.get(s.charCodeAt(s.length - 1)) ?? []) {
      if (!s.endsWith(t.text)) continue;
      // 有关部门 standing alone is a member of the list (a class of bodies), not a word closing it; nor does it close
      // 国务院有关部门 or 国务院各有关部门, which name the class of the State Council's departments
      if (t.effect === 'relevant' && (isRelevantDepartments(s) || bodyClass(s) !== undefined)) break;
      s = s.slice(0, s.length - t.text.length);
      const e = t.effect;
      if (e === 'lead' || e === 'joint' || e === 'implement' || e === 'guide' || e === 'participate') {
        role = role === undefined || (role === 'implement' && e === 'lead') ? e : role;
        draft.marked = true;
      } else if (e === 'duty') draft.marked = true;
      else if (e === 'others') draft.andOthers = true;
      else if (e === 'relevant') {
        draft.andOthers = true;
        draft.relevant = true;
        // 各有关部门 / 其他有关部门 listed after named bodies: drop the quantifier and the separator too.
        // 科技部等国务院有关部门, 科技部、中央有关部门: the scope word is the unnamed departments' (theirs, not a body)
        s = s.replace(/(各|其他)$/, '').replace(UNNAMED_SCOPE, '').replace(/[、和及与]$/, '');
      }
      changed = true;
      break;
    }
  }
  return role === undefined ? { s, at: p.at } : { s, at: p.at, role };
}

/** The scope of unnamed departments after 等, 会同 or a list separator: 等国务院(有关部门), 会同中央和国家机关(有关单位). */
const UNNAMED_SCOPE = /(?<=等|[、和及与]|会同)(?:国务院|中央和国家机关|中央|国家)$/;

/** A draft whose findings nobody reads, for stripping trailers only to test what is left. */
const ignored = (): Draft => newDraft();

/** 和 及 与, by code unit */
const isConjunction = (c: number): boolean => c === 0x548c || c === 0x53ca || c === 0x4e0e;

/** Whether 和, 及 or 与 stands inside s (not first or last), where splitConjunction may cut it. */
export function hasInnerConjunction(s: string): boolean {
  for (let i = 1; i < s.length - 1; i++) if (isConjunction(s.charCodeAt(i))) return true;
  return false;
}

/**
 * 和/及/与 join two bodies only when both sides are names (工业和信息化部 is one name), and never inside a name the
 * registry knows whole (中央和国家机关工委: 中央 is no body of its own).
 */
function splitConjunction(p: Piece, draft: Draft): Piece[] {
  if (resolveAgency(stripTrailers(p, ignored()).s)) return [p];
  for (let i = 1; i < p.s.length - 1; i++) {
    if (!isConjunction(p.s.charCodeAt(i))) continue;
    const left = stripTrailers({ s: p.s.slice(0, i), at: p.at }, ignored());
    const right: Piece = { s: p.s.slice(i + 1), at: p.at + i + 1 };
    // The left side is tested as written too: stripping 有关部门 as a trailer leaves nothing to test.
    if ((isBodyName(left.s) || isRelevantDepartments(left.s) || isRelevantDepartments(p.s.slice(0, i))) && (isBodyName(stripTrailers(right, ignored()).s) || isRelevantDepartments(right.s))) {
      stripTrailers(right, draft);
      return [{ s: p.s.slice(0, i), at: p.at }, ...splitConjunction(right, draft)];
    }
  }
  return [p];
}

/** A registered name whose own parts are separated by 、 (各省、自治区、直辖市人民政府), possibly followed by 和 + another body. */
function registeredSpan(s: string): boolean {
  if (resolveAgency(stripTrailers({ s, at: 0 }, ignored()).s)) return true;
  const last = s.lastIndexOf('、');
  for (let k = last + 1; k < s.length; k++) {
    if (isConjunction(s.charCodeAt(k)) && resolveAgency(s.slice(0, k))) return true;
  }
  return false;
}

/**
 * First parts of the registered names that contain 、 (各省 of 各省、自治区、直辖市人民政府): only these start a merge.
 * Built on first use from the constant registry, never changed after (and enumerationFirsts with it).
 */
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
function addMember(part: Piece, role: Role | undefined, draft: Draft, lenient: boolean): boolean {
  const piece = stripTrailers(part, draft);
  if (piece.s.length === 0) return true;
  if (isRelevantDepartments(piece.s)) {
    // unnamed bodies: others share the work; a class the registry knows (各有关部门) is also a body of its own
    draft.relevant = true;
    draft.andOthers = true;
    if (bodyClass(piece.s)) draft.bodies.push({ asWritten: piece.s, role: piece.role ?? role, start: piece.at, end: piece.at + piece.s.length });
    return true;
  }
  // a slash never stands inside one name: 国家发展改革委/财政部 is two
  if (SLASH.test(piece.s) && addSpacedNames(piece, piece.role ?? role, draft)) return true;
  if (!isBodyName(piece.s)) return addSpacedNames(piece, piece.role ?? role, draft) || lenient;
  draft.bodies.push({ asWritten: piece.s, role: piece.role ?? role, start: piece.at, end: piece.at + piece.s.length });
  return true;
}

/**
 * Names set apart by spaces or slashes instead of 、 (国家发展改革委 财政部 商务部负责, 国家发展改革委/财政部, as PDFs and
 * tables give them): each a body, when every part is one; otherwise nothing is added.
 */
function addSpacedNames(piece: Piece, role: Role | undefined, draft: Draft): boolean {
  if (!NAME_GAP.test(piece.s)) return false;
  const parts: Piece[] = [];
  for (const m of piece.s.matchAll(NAME_RUN)) parts.push({ s: m[0], at: piece.at + (m.index ?? 0) });
  if (parts.length < 2 || !parts.every((x) => isBodyName(x.s))) return false;
  for (const x of parts) draft.bodies.push({ asWritten: x.s, role, start: x.at, end: x.at + x.s.length });
  return true;
}
const NAME_GAP = /[ \u3000/／]/;
const SLASH = /[/／]/;
const NAME_RUN = /[^ \u3000/／]+/g;

/**
 * Adds the bodies of one list (no commas) to the draft; false when a member is not a body. `lenient` passes over such
 * members instead (a labelled member list may hold a post or a note among its bodies).
 */
export function addList(p: Piece, role: Role | undefined, draft: Draft, lenient = false): boolean {
  for (const raw of listMembers(p)) {
    // most members hold no 和, 及 or 与 that could join two names, and need no splitting
    if (!hasInnerConjunction(raw.s)) {
      if (!addMember(raw, role, draft, lenient)) return false;
      continue;
    }
    for (const part of splitConjunction(raw, draft)) if (!addMember(part, role, draft, lenient)) return false;
  }
  return true;
}

/** One clause: a list closed by its role words; A会同B: A leads, B works jointly. `forcedRole` comes from a label. */
export function addClause(p: Piece, draft: Draft, forcedRole?: Role): boolean {
  const piece = stripTrailers(p, draft);
  const clauseRole = forcedRole ?? piece.role;
  const meet = piece.s.indexOf('会同');
  if (meet > 0) {
    draft.marked = true;
    return addList({ s: piece.s.slice(0, meet), at: piece.at }, 'lead', draft)
      && addClause({ s: piece.s.slice(meet + 2), at: piece.at + meet + 2 }, draft, clauseRole === undefined || clauseRole === 'lead' ? 'joint' : clauseRole);
  }
  return addList(piece, clauseRole, draft);
}
