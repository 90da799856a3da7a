/**
 * Responsibility annotations: a parenthesised list of bodies ending in 负责 that closes an item,
 * e.g. （重庆市、四川省、科技部牵头负责）, （A会同有关部门负责）, （A、B等负责。列第一位者为牵头单位，下同）.
 * Parentheses that end in 负责 but hold a clause (（具体办法由财政部负责制定）, （…由…部门负责）) are
 * asides, recognised by containing something that is not a body name.
 */
import type { Annotation, AnnotationBody, Role } from '../model';
import { isBodyName, RELEVANT_DEPARTMENTS } from './bodies';

/** Longest annotation considered; real ones are well under this. */
const MAX_ANNOTATION = 300;
const CLAUSE_SEP = '，,；;';
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
  { text: '落实', effect: 'joint' },
  { text: '参加', effect: 'joint' },
  { text: '等', effect: 'others' },
];
/** The document's rule that the first-listed body leads (排在第一位的部门为牵头部门 / 列第一位者为牵头单位). */
const FIRST_LISTED = /第一位|首位/;

interface Piece { s: string; at: number }

interface Draft {
  bodies: Array<{ asWritten: string; start: number; end: number; role?: 'lead' | 'joint' }>;
  andOthers: boolean;
  relevant: boolean;
}

function trimPiece(p: Piece): Piece {
  let s = p.s;
  let at = p.at;
  while (s.length && /\s/.test(s[0])) { s = s.slice(1); at++; }
  return { s: s.trimEnd(), at };
}

function splitOn(p: Piece, seps: string): Piece[] {
  const out: Piece[] = [];
  let from = 0;
  for (let i = 0; i <= p.s.length; i++) {
    if (i === p.s.length || seps.includes(p.s[i])) {
      out.push(trimPiece({ s: p.s.slice(from, i), at: p.at + from }));
      from = i + 1;
    }
  }
  return out;
}

/** Strips trailing modifiers; returns what they say about the clause. */
function stripTrailers(p: Piece, draft: Draft): { piece: Piece; role?: 'lead' | 'joint' } {
  let s = p.s;
  let role: 'lead' | 'joint' | undefined;
  for (let changed = true; changed && s.length;) {
    changed = false;
    for (const t of TRAILERS) {
      if (s.endsWith(t.text) && s.length >= t.text.length) {
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
  return { piece: { s, at: p.at }, role };
}

/** 和/及/与 join two bodies only when both sides are names (工业和信息化部 is one name). */
function splitConjunction(p: Piece, draft: Draft): Piece[] {
  for (let i = 1; i < p.s.length - 1; i++) {
    const ch = p.s[i];
    if (ch !== '和' && ch !== '及' && ch !== '与') continue;
    const left = stripTrailers({ s: p.s.slice(0, i), at: p.at }, { andOthers: false, relevant: false, bodies: [] }).piece;
    const right: Piece = { s: p.s.slice(i + 1), at: p.at + i + 1 };
    if ((isBodyName(left.s) || RELEVANT_DEPARTMENTS.test(left.s)) && (isBodyName(stripTrailers(right, draft).piece.s) || RELEVANT_DEPARTMENTS.test(right.s))) {
      return [stripTrailers({ s: p.s.slice(0, i), at: p.at }, draft).piece, ...splitConjunction(right, draft)];
    }
  }
  return [p];
}

/** Adds the bodies of one list (no commas) to the draft; false when a member is not a body. */
function addList(p: Piece, role: 'lead' | 'joint' | undefined, draft: Draft): boolean {
  for (const raw of splitOn(p, '、')) {
    for (const part of splitConjunction(raw, draft)) {
      if (RELEVANT_DEPARTMENTS.test(part.s)) { draft.relevant = true; draft.andOthers = true; continue; }
      const { piece } = stripTrailers(part, draft);
      if (piece.s.length === 0) continue;
      if (RELEVANT_DEPARTMENTS.test(piece.s)) { draft.relevant = true; draft.andOthers = true; continue; }
      if (!isBodyName(piece.s)) return false;
      draft.bodies.push({ asWritten: piece.s, start: piece.at, end: piece.at + piece.s.length, role });
    }
  }
  return true;
}

function addClause(p: Piece, draft: Draft, forcedRole?: 'lead' | 'joint'): boolean {
  const { piece, role } = stripTrailers(p, draft);
  const clauseRole = forcedRole ?? role;
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

/** Parses the content between the parentheses; `at` is the offset of its first character. */
export function parseAnnotationContent(content: string, at: number, state: AnnotationState): Omit<Annotation, 'itemPath' | 'quote' | 'start' | 'end'> | undefined {
  let duty = content.indexOf('负责');
  while (duty >= 0 && duty + 2 < content.length && !('，。,；;'.includes(content[duty + 2]))) duty = content.indexOf('负责', duty + 1);
  if (duty <= 0) return undefined;
  const head = content.slice(0, duty);
  if (head.includes('负责')) return undefined;
  const tail = content.slice(duty + 3);
  const draft: Draft = { bodies: [], andOthers: false, relevant: false };
  let firstListedHere = false;
  let persistent = false;
  if (tail.length > 0) {
    if (FIRST_LISTED.test(tail)) {
      firstListedHere = true;
      persistent = tail.includes('下同');
    } else {
      // （A负责，B配合）: the tail names bodies that take part.
      const tailPiece: Piece = { s: tail.replace(/[。；;]$/, ''), at: at + duty + 3 };
      const before = draft.bodies.length;
      if (!addClause(tailPiece, draft, 'joint') || draft.bodies.length === before) return undefined;
    }
  }
  const tailBodies = draft.bodies.splice(0);
  for (const clause of splitOn({ s: head, at }, CLAUSE_SEP)) {
    if (clause.s.length === 0) continue;
    if (!addClause(clause, draft)) return undefined;
  }
  draft.bodies.push(...tailBodies);
  if (draft.bodies.length === 0 && !draft.relevant) return undefined;

  const explicit = draft.bodies.some((b) => b.role === 'lead');
  const firstListed = !explicit && (firstListedHere || state.firstListedRule);
  if (persistent) state.firstListedRule = true;
  const bodies: AnnotationBody[] = draft.bodies.map((b, i) => {
    let role: Role;
    if (explicit) role = b.role === 'lead' ? 'lead' : 'joint';
    else if (firstListed) role = i === 0 ? 'lead' : 'joint';
    else role = b.role === 'joint' ? 'joint' : 'responsible';
    return { asWritten: b.asWritten, role, start: b.start, end: b.end };
  });
  return { bodies, andOthers: draft.andOthers, relevantDepartments: draft.relevant };
}

/** All annotations of the text, in order; itemPath is left empty for the caller to fill. */
export function findAnnotations(text: string): Annotation[] {
  const state: AnnotationState = { firstListedRule: false };
  const found: Annotation[] = [];
  for (let i = text.indexOf('负责'); i >= 0; i = text.indexOf('负责', i + 2)) {
    // Walk back to the opening parenthesis that encloses this 负责.
    let open = -1;
    let depth = 0;
    for (let j = i - 1; j >= 0 && i - j <= MAX_ANNOTATION; j--) {
      const c = text[j];
      if (c === '\n') break;
      if (c === '）' || c === ')') depth++;
      else if (c === '（' || c === '(') { if (depth === 0) { open = j; break; } depth--; }
    }
    if (open < 0) continue;
    let close = -1;
    depth = 0;
    for (let j = i + 2; j < text.length && j - open <= MAX_ANNOTATION; j++) {
      const c = text[j];
      if (c === '\n') break;
      if (c === '（' || c === '(') depth++;
      else if (c === '）' || c === ')') { if (depth === 0) { close = j; break; } depth--; }
    }
    if (close < 0) continue;
    if (found.length && found[found.length - 1].start === open) continue;
    const parsed = parseAnnotationContent(text.slice(open + 1, close), open + 1, state);
    if (!parsed) continue;
    found.push({ itemPath: '', quote: text.slice(open, close + 1), start: open, end: close + 1, ...parsed });
  }
  return found;
}
