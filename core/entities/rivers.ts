/**
 * Rivers no table holds (core/entities/areas.ts has the great ones), read by the genre's grammar: a name ending in 河 or
 * 江 that goes on with a part of a river (赤水河干流, 大夏河流域, 清水河上游), or that is listed before a class of rivers
 * (二道河、桐梓河、习水河等主要支流, 大夏河、银川河等中小河流). A name is whole: where it begins is a word's start as the
 * region extractor knows it (after punctuation, a stop word, a verb that takes a place: 保护赤水河干流), and its stem is
 * no word that only says what kind of river it is (内河, 界河, 中小河流, 母亲河).
 */
import { isNameCode, LIST_JOINERS } from './chars';
import { listItemStart } from './walk';

export interface RiverMention { name: string; start: number; end: number }

const HE = '河'.charCodeAt(0);
const JIANG = '江'.charCodeAt(0);
const DENG = '等'.charCodeAt(0);
/** What follows a river's name and belongs to the river: its main stream, branches, basin, reaches, banks, mouth. */
const RIVER_PART = /^(?:干流|支流|流域|上游|中游|下游|沿岸|两岸|沿线|水系|源头|河口|河道|河段)/;
/** 等 and a class of rivers after a list (等主要支流, 等中小河流, 等河湖). */
const RIVERS_CLASS = /^等[\u4e00-\u9fff]{0,3}?(?:支流|河流|河湖|江河|水系)/;
/** Stems that say what kind of river, or begin a word that is no river's name (运河, 内河, 沿河, 中小河流). */
const NOT_A_STEM = /^(?:[内外运江河山冰界大小主支干天银跨入出沿各该此其本全一两多]|护城|母亲|中小|大中|城市|农村|黑臭|重点|主要|骨干|跨省|跨界|省际)$/;
const MAX_STEM = 4;

/**
 * The rivers named in text. `wordStart(at)`: whether a name may begin at `at` (the region extractor's test, which knows
 * the places found before); `known(name)`: a name another reading already gives (a great river, a province: 黑龙江).
 */
export function riversIn(text: string, wordStart: (at: number) => boolean, known: (name: string) => boolean): RiverMention[] {
  const out: RiverMention[] = [];
  // each character looked for by the engine's search, as most items hold neither
  for (const ch of RIVER_ENDS) for (let k = text.indexOf(ch, 1); k > 0; k = text.indexOf(ch, k + 1)) readAt(text, k, wordStart, known, out);
  return out.sort((a, b) => a.start - b.start);
}
const RIVER_ENDS = ['河', '江'];

/** The river ending with the 河 or 江 at `k`, or the list of rivers it closes. */
function readAt(text: string, k: number, wordStart: (at: number) => boolean, known: (name: string) => boolean, out: RiverMention[]): void {
  const end = k + 1;
  if (RIVER_PART.test(text.slice(end, end + 3))) {
    const start = stemStart(text, k, wordStart, known);
    if (start < 0) return;
    if (!known(text.slice(start, end))) out.push({ name: text.slice(start, end), start, end });
    // 伊河、洛河沿岸: the rivers listed before one share the part that follows it
    if (start >= 2 && LIST_JOINERS.has(text.charCodeAt(start - 1))) listBefore(text, start - 2, wordStart, known, out);
  } else if (text.charCodeAt(end) === DENG && RIVERS_CLASS.test(text.slice(end, end + 8))) {
    listBefore(text, k, wordStart, known, out);
  }
}

/** Where the name ending with the 河 or 江 at `k` begins: the shortest stem at a word's start, or -1. */
function stemStart(text: string, k: number, wordStart: (at: number) => boolean, known: (name: string) => boolean): number {
  for (let len = 1; len <= MAX_STEM && k - len >= 0; len++) {
    const start = k - len;
    if (!isNameCode(text.charCodeAt(start))) return -1;
    // 甘南黄河上游: a great river's name ends the words before it, which are no part of it
    if (len >= 2 && len <= 3 && known(text.slice(start + 1, k + 1))) return -1;
    if (wordStart(start) && !NOT_A_STEM.test(text.slice(start, k))) return start;
  }
  return -1;
}

/**
 * The rivers of the list ending with the 河 or 江 at `last`, right before 等: each item from the joiner before it, the
 * first as far as a name goes. An item that is no river's name ends the list; a great river (长江、黄河、赤水河等河流) is
 * one another reading gives.
 */
function listBefore(text: string, last: number, wordStart: (at: number) => boolean, known: (name: string) => boolean, out: RiverMention[]): void {
  for (let k = last; ;) {
    const c = text.charCodeAt(k);
    if (c !== HE && c !== JIANG) return;
    const from = listItemStart(text, k, MAX_STEM);
    const joined = from > 0 && from < k && LIST_JOINERS.has(text.charCodeAt(from - 1));
    const start = joined && (known(text.slice(from, k + 1)) || !NOT_A_STEM.test(text.slice(from, k))) ? from : stemStart(text, k, wordStart, known);
    if (start < 0) return;
    const name = text.slice(start, k + 1);
    if (!known(name)) out.push({ name, start, end: k + 1 });
    if (start === 0 || !LIST_JOINERS.has(text.charCodeAt(start - 1))) return;
    k = start - 2;
    if (k < 1) return;
  }
}
