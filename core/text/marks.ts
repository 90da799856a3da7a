/**
 * The positions of a text where one of the extractors' scanners may find something, found for all of them in one read
 * of the text. The graph stage hands each item's text to four extractors in turn (platforms, regions, targets,
 * agencies), and reading a text is what their scans cost: `charCodeAt` dispatches on the string's representation at
 * every character (twice for a slice of the document's text, which item texts are) and took longer than the table
 * lookups behind it, and the extractors' scans of their own read every character two or three times over. Here it is
 * read once, from the document's text when the graph stage asks for an item's (`marksOfSlice`), handed to each
 * extractor, and each scanner visits only the positions of its lane. The marks are read into arrays their caller owns
 * (the graph stage keeps one set per build and reuses it from item to item); nothing here remembers a text.
 *
 * Lanes mark positions by the roles of characters in a scanner's words: a pair lane where text[i] and text[i + 1] are
 * some word's first and second characters (not necessarily of the same word); a character lane where given characters
 * stand; the agency lane where text[i], text[i + 1] and text[i + 2] are some form's first, second and third, and then
 * where text[i] text[i + 1] is some form's first pair and text[i + 1] text[i + 2] some form's second pair (1.5 % of
 * positions in the genre; 4 % pass the roles, and the commonest first pairs, 发展, 国家, 科技, 农业, begin far more
 * words than names). Marks only filter: a scanner still checks its words at a mark, so a mark too many costs a check,
 * never a result.
 */

import { PairSet } from './pair-set';

/** Lanes, as indexes into `Marks`. */
export const AGENCY_LANE = 0;
export const REGION_WORD_LANE = 1;
export const PLATFORM_HEAD_LANE = 2;
/** The digits and 番/之 of values (targets). */
export const VALUE_LANE = 3;
/** 市 (cities). */
export const CITY_LANE = 4;
const LANES = 5;

/**
 * Bits of a character's roles: its being a first, second or third character of an agency form, a first or second
 * character of a word in the pair lanes, one of the character lanes' characters (which lane, `charLane` says). A
 * role's bit is the bit of the role before it shifted up by one, so that the scan follows every lane at once as a
 * shift-and matcher does: its state, shifted up, with the first roles (and the character lanes) set, and masked by the
 * next character's roles, holds a role's bit where the characters up to it had the roles up to it. A const enum, so
 * that the scan's code holds the numbers: TurboFan (Node 20) reads a module's constants from its context and checks
 * them at every use.
 */
const enum Bit {
  AgencyFirst = 1 << 0,
  AgencyLast = 1 << 2,
  RegionFirst = 1 << 3,
  RegionLast = 1 << 4,
  HeadFirst = 1 << 5,
  HeadLast = 1 << 6,
  Char = 1 << 7,
  /** Roles where a lane's match may begin: set in the state before each character's roles mask it. */
  Starts = AgencyFirst | RegionFirst | HeadFirst | Char,
  /** Roles that complete a lane's match: a hit. */
  Ends = AgencyLast | RegionLast | HeadLast | Char,
}

/**
 * Per UTF-16 code unit, its roles in every lane, so that a character is looked up once for all. Eight bits, so that
 * the ideographs' part of the table (21 KB) can stay in the first-level cache.
 */
const roles = new Uint8Array(0x10000);
/** Per character of a character lane, its lane: asked only at the marks. */
const charLane = new Uint8Array(0x10000);
/** The agency forms' first pairs and second pairs (first and second, second and third characters). */
const agencyPairs = new PairSet();
const agencyLaterPairs = new PairSet();
/** The pair lanes' pairs. */
const regionPairs = new PairSet();
const headPairs = new PairSet();

/** Mark, in the agency lane, the positions where a form (of three characters or more) may begin. */
export function markAgencyForm(form: string): void {
  if (form.length < 3) throw new Error(`an agency form of fewer than three characters cannot be marked: ${form}`);
  for (let k = 0; k < 3; k++) roles[form.charCodeAt(k)] |= Bit.AgencyFirst << k;
  agencyPairs.add(form.charCodeAt(0), form.charCodeAt(1));
  agencyLaterPairs.add(form.charCodeAt(1), form.charCodeAt(2));
  lanesVersion++; // marks read before are missing this form
}

/** Mark, in a pair lane, the positions where c is followed by d. */
export function markPair(lane: typeof REGION_WORD_LANE | typeof PLATFORM_HEAD_LANE, c: number, d: number): void {
  const first = lane === REGION_WORD_LANE ? Bit.RegionFirst : Bit.HeadFirst;
  roles[c] |= first;
  roles[d] |= first << 1;
  (lane === REGION_WORD_LANE ? regionPairs : headPairs).add(c, d);
  lanesVersion++;
}

/** Mark, in a character lane, the positions of c. */
export function markChar(lane: typeof VALUE_LANE | typeof CITY_LANE, c: number): void {
  roles[c] |= Bit.Char;
  charLane[c] = lane;
  lanesVersion++;
}

/**
 * Marks of a text: `at[lane]` holds the lane's positions in order, `count[lane]` how many. Read into arrays that the
 * owner of the object reuses for the next text (`marksOf(text, into)`): read them before asking for another text's.
 */
export interface Marks {
  readonly at: readonly Int32Array[];
  readonly count: Int32Array;
  /** the lanes' words when they were read (see current): marks read before a scanner added its words miss them */
  readonly version: number;
}

/** The lanes' words change only while the scanners are made (some lazily, on their first search). */
let lanesVersion = 0;

/** An object to read marks into, with room for a text of `capacity` characters (it grows when a text needs more). */
export function newMarks(capacity = 1024): Marks {
  return { at: Array.from({ length: LANES }, () => new Int32Array(capacity)), count: new Int32Array(LANES), version: -1 };
}

/** Whether the marks were read with every word the scanners have added so far. */
export const current = (marks: Marks): boolean => marks.version === lanesVersion;

/** The marks of text, read into `into` (a new object when none is given). */
export function marksOf(text: string, into: Marks = newMarks(text.length)): Marks {
  return read(text, 0, text.length, into as Writable);
}

/**
 * Marks of `slice`, which is text.slice(start, start + slice.length), read from `text` itself: an item's text is a
 * slice of its document's, and `charCodeAt` on a slice goes through the parent at every character.
 */
export function marksOfSlice(slice: string, text: string, start: number, into: Marks = newMarks(slice.length)): Marks {
  return read(text, start, start + slice.length, into as Writable);
}

/** The marks given, when they are current, else the text's own: what an extractor that may be handed marks reads. */
export const usableMarks = (text: string, marks: Marks | undefined): Marks => (marks !== undefined && current(marks) ? marks : marksOf(text));

interface Writable { at: Int32Array[]; count: Int32Array; version: number }

/** Marks of text[from, to), at positions counted from `from`. */
function read(text: string, from: number, to: number, marks: Writable): Marks {
  const n = to - from;
  if (marks.at[0].length < n) marks.at = marks.at.map(() => new Int32Array(n * 2));
  marks.version = lanesVersion;
  const [agency, regionWord, platformHead, value, city] = marks.at;
  const table = roles;
  const lanes = charLane;
  const pairs = agencyPairs;
  const laterPairs = agencyLaterPairs;
  const regionWordPairs = regionPairs;
  const platformHeadPairs = headPairs;
  let na = 0;
  let nr = 0;
  let np = 0;
  let nv = 0;
  let nc = 0;
  // Roles matched up to text[i] (see Bit): the state replaces the roles of text[i - 2] and text[i - 1] and the three
  // lanes' tests of them, which cost a fifth of the scan.
  let d = 0;
  let codes = 0; // text[i - 2] and text[i - 1], 16 bits each: the agency lane's pairs are checked without reading them again
  let i = from;
  // The scan from one hit to the next is a loop of its own: with few values live, TurboFan keeps them in registers.
  for (;;) {
    let code = 0;
    for (; i < to; i++) {
      code = text.charCodeAt(i);
      d = ((d << 1) | Bit.Starts) & table[code];
      // the agency lane marks i - 2, the pair lanes i - 1, the character lanes i
      if ((d & Bit.Ends) !== 0) break;
      codes = (codes << 16) | code;
    }
    if (i >= to) break;
    const b = codes & 0xffff; // text[i - 1]
    const at = i - from;
    if ((d & Bit.AgencyLast) !== 0 && pairs.has(codes >>> 16, b) && laterPairs.has(b, code)) agency[na++] = at - 2;
    if ((d & Bit.RegionLast) !== 0 && regionWordPairs.has(b, code)) regionWord[nr++] = at - 1;
    if ((d & Bit.HeadLast) !== 0 && platformHeadPairs.has(b, code)) platformHead[np++] = at - 1;
    if ((d & Bit.Char) !== 0) {
      if (lanes[code] === VALUE_LANE) value[nv++] = at;
      else city[nc++] = at;
    }
    codes = (codes << 16) | code;
    i++;
  }
  const { count } = marks;
  count[AGENCY_LANE] = na;
  count[REGION_WORD_LANE] = nr;
  count[PLATFORM_HEAD_LANE] = np;
  count[VALUE_LANE] = nv;
  count[CITY_LANE] = nc;
  return marks;
}
