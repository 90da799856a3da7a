/**
 * The positions of a text where one of the extractors' scanners may find something, found for all of them in one read
 * of the text. The graph stage hands each item's text to four extractors in turn (platforms, regions, targets,
 * agencies), and reading a text is what their scans cost: `charCodeAt` dispatches on the string's representation at
 * every character (twice for a slice of the document's text, which item texts are) and took longer than the table
 * lookups behind it, and the extractors' scans of their own read every character two or three times over. Here it is
 * read once, from the document's text when the graph stage asks for an item's, handed to each extractor, and each
 * scanner visits only the positions of its lane. The marks are read into arrays their caller owns (the graph stage
 * keeps one set per build and reuses it from item to item); nothing here remembers a text.
 *
 * Lanes mark positions by the roles of characters in a scanner's words: a pair lane where text[i] and text[i + 1] are
 * some word's first and second characters (not necessarily of the same word); the value lane where given characters
 * stand; the agency lane where text[i], text[i + 1] and text[i + 2] are some form's first, second and third, and then
 * where text[i] text[i + 1] is some form's first pair and text[i + 1] text[i + 2] some form's second pair (1.5 % of
 * positions in the genre; 4 % pass the roles, and the commonest first pairs, 发展, 国家, 科技, 农业, begin far more
 * words than names). Marks only filter: a scanner still checks its words at a mark, so a mark too many costs a check,
 * never a result.
 *
 * This module is the reading; which words each lane marks is the extractors' (core/entities/lanes.ts makes their one
 * table, whole, before any text is read).
 */

import { PairSet } from './pair-set';

/** Lanes, as indexes into `Marks`. */
export const AGENCY_LANE = 0;
export const REGION_WORD_LANE = 1;
export const PLATFORM_HEAD_LANE = 2;
/** The digits and 番/之 of values (targets). */
export const VALUE_LANE = 3;
const LANES = 4;

/**
 * Bits of a character's roles: its being a first, second or third character of an agency form, a first or second
 * character of a word in the pair lanes, one of the value lane's characters. A role's bit is the bit of the role before
 * it shifted up by one, so that the scan follows every lane at once as a shift-and matcher does: its state, shifted up,
 * with the first roles (and the value lane) set, and masked by the next character's roles, holds a role's bit where the
 * characters up to it had the roles up to it. A const enum, so that the scan's code holds the numbers: TurboFan
 * (Node 20) reads a module's constants from its context and checks them at every use.
 */
const enum Bit {
  AgencyFirst = 1 << 0,
  AgencyLast = 1 << 2,
  RegionFirst = 1 << 3,
  RegionLast = 1 << 4,
  HeadFirst = 1 << 5,
  HeadLast = 1 << 6,
  Value = 1 << 7,
  /** Roles where a lane's match may begin: set in the state before each character's roles mask it. */
  Starts = AgencyFirst | RegionFirst | HeadFirst | Value,
  /** Roles that complete a lane's match: a hit. */
  Ends = AgencyLast | RegionLast | HeadLast | Value,
}

/** What each lane marks: the words of the scanners that read it. */
export interface LaneWords {
  /** agency forms (three characters or more), marked where one may begin */
  readonly agencyForms: Iterable<string>;
  /** words (two characters or more) marked where one may begin, by their first two characters */
  readonly regionWords: Iterable<string>;
  /** words (two characters or more) marked where their last two characters may stand */
  readonly platformHeads: Iterable<string>;
  /** characters marked wherever they stand */
  readonly valueChars: string;
}

/**
 * Every lane's table, made whole from the lanes' words and never changed after: marks read with it are complete, and
 * any number of readers may use it side by side.
 */
export interface MarkTable {
  /**
   * Per UTF-16 code unit, its roles in every lane, so that a character is looked up once for all. Eight bits, so that
   * the ideographs' part of the table (21 KB) can stay in the first-level cache.
   */
  readonly roles: Uint8Array;
  /** The agency forms' first pairs and second pairs (first and second, second and third characters). */
  readonly agencyPairs: PairSet;
  readonly agencyLaterPairs: PairSet;
  /** The pair lanes' pairs. */
  readonly regionPairs: PairSet;
  readonly headPairs: PairSet;
}

/** The table of the lanes' words. */
export function markTable(words: LaneWords): MarkTable {
  const table = { roles: new Uint8Array(0x10000), agencyPairs: new PairSet(), agencyLaterPairs: new PairSet(), regionPairs: new PairSet(), headPairs: new PairSet() };
  const { roles } = table;
  for (const form of words.agencyForms) {
    if (form.length < 3) throw new Error(`an agency form of fewer than three characters cannot be marked: ${form}`);
    for (let k = 0; k < 3; k++) roles[form.charCodeAt(k)] |= Bit.AgencyFirst << k;
    table.agencyPairs.add(form.charCodeAt(0), form.charCodeAt(1));
    table.agencyLaterPairs.add(form.charCodeAt(1), form.charCodeAt(2));
  }
  const pair = (word: string, at: number, first: Bit, pairs: PairSet): void => {
    if (word.length < 2) throw new Error(`a word of one character cannot be marked by a pair: ${word}`);
    const [c, d] = [word.charCodeAt(at), word.charCodeAt(at + 1)];
    roles[c] |= first;
    roles[d] |= first << 1;
    pairs.add(c, d);
  };
  for (const word of words.regionWords) pair(word, 0, Bit.RegionFirst, table.regionPairs);
  for (const word of words.platformHeads) pair(word, word.length - 2, Bit.HeadFirst, table.headPairs);
  for (let k = 0; k < words.valueChars.length; k++) roles[words.valueChars.charCodeAt(k)] |= Bit.Value;
  return table;
}

/**
 * Marks of a text: `at[lane]` holds the lane's positions in order, `count[lane]` how many. Read into arrays that the
 * owner of the object reuses for the next text (`readMarks(…, into)`): read them before asking for another text's.
 */
export interface Marks {
  readonly at: readonly Int32Array[];
  readonly count: Int32Array;
}

/** An object to read marks into, with room for a text of `capacity` characters (it grows when a text needs more). */
export function newMarks(capacity = 1024): Marks {
  return { at: Array.from({ length: LANES }, () => new Int32Array(capacity)), count: new Int32Array(LANES) };
}

/** The marks of text[from, to), at positions counted from `from`, read into `into` (a new object when none is given). */
export function readMarks(table: MarkTable, text: string, from = 0, to = text.length, into: Marks = newMarks(to - from)): Marks {
  return read(table, text, from, to, into as Writable);
}

interface Writable { at: Int32Array[]; count: Int32Array }

/** Marks of text[from, to), at positions counted from `from`. */
function read(lanes: MarkTable, text: string, from: number, to: number, marks: Writable): Marks {
  const n = to - from;
  if (marks.at[0].length < n) marks.at = marks.at.map(() => new Int32Array(n * 2));
  const [agency, regionWord, platformHead, value] = marks.at;
  // the table's parts in locals: the loop reads them without going through the object
  const table = lanes.roles;
  const pairs = lanes.agencyPairs;
  const laterPairs = lanes.agencyLaterPairs;
  const regionWordPairs = lanes.regionPairs;
  const platformHeadPairs = lanes.headPairs;
  let na = 0;
  let nr = 0;
  let np = 0;
  let nv = 0;
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
      // the agency lane marks i - 2, the pair lanes i - 1, the value lane i
      if ((d & Bit.Ends) !== 0) break;
      codes = (codes << 16) | code;
    }
    if (i >= to) break;
    const b = codes & 0xffff; // text[i - 1]
    const at = i - from;
    if ((d & Bit.AgencyLast) !== 0 && pairs.has(codes >>> 16, b) && laterPairs.has(b, code)) agency[na++] = at - 2;
    if ((d & Bit.RegionLast) !== 0 && regionWordPairs.has(b, code)) regionWord[nr++] = at - 1;
    if ((d & Bit.HeadLast) !== 0 && platformHeadPairs.has(b, code)) platformHead[np++] = at - 1;
    if ((d & Bit.Value) !== 0) value[nv++] = at;
    codes = (codes << 16) | code;
    i++;
  }
  const { count } = marks;
  count[AGENCY_LANE] = na;
  count[REGION_WORD_LANE] = nr;
  count[PLATFORM_HEAD_LANE] = np;
  count[VALUE_LANE] = nv;
  return marks;
}
