import { MENTION_FORMS } from '../registry/mention-forms';
import { markTable, newMarks, readMarks, type Marks } from '../text/marks';
import { PLATFORM_HEADS } from './platform-heads';
import { REGION_WORDS } from './region-words';
import { WORD_VALUE_CHARS } from './target-values';

/**
 * The extractors' marks (core/text/marks.ts): every lane's table, made whole from the words of the scanners that read
 * it when this module loads, and never changed after. Marks read at any time are therefore complete, and a scanner
 * handed marks can trust them: no lane gains words later, and nothing here depends on what was read before.
 *
 * Each lane is made from the very list its scanner is made from (the region words, the platform heads, the agency
 * forms), so a word cannot be looked for without being marked.
 */
export const LANES = markTable({
  agencyForms: MENTION_FORMS.map((f) => f.form),
  regionWords: REGION_WORDS,
  platformHeads: PLATFORM_HEADS,
  // the digits, and the last characters of values written in words (翻一番, 三分之一, 三成, 两倍, 一半, 三个百分点): a clause
  // without one states no target
  valueChars: `0123456789０１２３４５６７８９${WORD_VALUE_CHARS}`,
});

/** The marks of text, read into `into` (a new object when none is given). */
export const marksOf = (text: string, into: Marks = newMarks(text.length)): Marks => readMarks(LANES, text, 0, text.length, into);

/**
 * Marks of `slice`, which is text.slice(start, start + slice.length), read from `text` itself: an item's text is a
 * slice of its document's, and `charCodeAt` on a slice goes through the parent at every character.
 */
export const marksOfSlice = (slice: string, text: string, start: number, into: Marks = newMarks(slice.length)): Marks =>
  readMarks(LANES, text, start, start + slice.length, into);
