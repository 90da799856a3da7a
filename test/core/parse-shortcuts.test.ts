import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keywordHits } from '../../core/parse/annotations';
import { isRelevantDepartments, RELEVANT_DEPARTMENTS } from '../../core/parse/bodies';
import { chineseNumber, chineseNumberIn } from '../../core/parse/numerals';
import { INLINE_FIRST_CHILD, mayOpenInlineFirstChild, sentenceEnd } from '../../core/parse/outline';
import { asciiDigits } from '../../core/parse/patterns';

// The parser reads by hand, or asks a cheap question before running a pattern, where that is faster than the plain
// pattern or search. Each shortcut must answer as the plain version does, on strings built to come close to it.
const text = (pieces: string[], maxLength = 40) => fc.array(fc.constantFrom(...pieces), { maxLength }).map((p) => p.join(''));

describe('keyword search', () => {
  const KEYWORDS = ['负责', '牵头', '责任单位', '责任部门'];
  /** The plain version: each keyword searched on its own, the hits merged in text order. */
  function plain(s: string): Array<[number, string]> {
    const hits: Array<[number, string]> = [];
    for (const k of KEYWORDS) for (let i = s.indexOf(k); i >= 0; i = s.indexOf(k, i + k.length)) hits.push([i, k]);
    return hits.sort((a, b) => a[0] - b[0]);
  }
  const byOneSearch = (s: string): Array<[number, string]> => {
    const { at, keyword } = keywordHits(s);
    return at.map((i, k) => [i, keyword[k]]);
  };

  it('finds the keywords of annotations in text order, as four searches would', () => {
    fc.assert(fc.property(text(['负', '责', '任', '单', '位', '部', '门', '牵', '头', '（', '）', '科技部', '\n']), (s) => {
      expect(byOneSearch(s)).toEqual(plain(s));
    }), { numRuns: 3000 });
  });

  it.each(['（科技部负责）', '负责任单位', '（牵头单位：科技部；责任部门：财政部）', '牵头负责', ''])('%s', (s) => {
    expect(byOneSearch(s)).toEqual(plain(s));
  });
});

describe('first sub-item on the heading line', () => {
  it('is tried by the pattern whenever the pattern can match', () => {
    const pieces = ['总', '体', '要', '求', '。', '：', ':', '；', '！', '？', ' ', '\u3000', '（1）', '(1)', '（一）', '(一)', '1.', '1、', '1．', '12', '（', '1'];
    fc.assert(fc.property(text(pieces, 70), fc.nat(4), (s, from) => {
      const pattern = new RegExp(INLINE_FIRST_CHILD.source, 'y');
      pattern.lastIndex = from;
      if (from > s.length || !pattern.test(s)) return;
      const end = sentenceEnd(s, from);
      expect(mayOpenInlineFirstChild(s, from, end, s.slice(from, end).trim())).toBe(true);
    }), { numRuns: 5000 });
  });

  it('finds where the first sentence ends', () => {
    fc.assert(fc.property(text(['总', '。', '！', '？', '；', '：', ':', ' ']), fc.nat(5), (s, from) => {
      fc.pre(from <= s.length);
      const cut = s.slice(from).search(/[。！？；：]/);
      expect(sentenceEnd(s, from)).toBe(cut < 0 ? s.length : from + cut);
    }), { numRuns: 2000 });
  });
});

describe('numbers and names', () => {
  it('reads a numeral inside a string as the numeral cut out', () => {
    fc.assert(fc.property(text(['一', '二', '十', '百', '〇', '零', '两', '九', '总', '、']), fc.nat(5), fc.nat(5), (s, a, b) => {
      const from = Math.min(a, s.length);
      const to = Math.min(from + b, s.length);
      expect(chineseNumberIn(s, from, to)).toBe(chineseNumber(s.slice(from, to)));
    }), { numRuns: 2000 });
  });

  it('writes full-width digits in ASCII as a replacement would', () => {
    fc.assert(fc.property(text(['１', '９', '０', '1', '年', '〔', 'a']), (s) => {
      expect(asciiDigits(s)).toBe(s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)));
    }), { numRuns: 2000 });
  });

  it('knows unnamed departments as the pattern does', () => {
    const pieces = ['各', '其他', '有关', '相关', '部门', '单位', '方面', '和', '机构', '地区', '科技部'];
    fc.assert(fc.property(text(pieces, 6), (s) => {
      expect(isRelevantDepartments(s)).toBe(RELEVANT_DEPARTMENTS.test(s));
    }), { numRuns: 3000 });
  });
});
