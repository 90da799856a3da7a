import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPageNumber, longestName, PAGE_NUMBER } from '../../core/normalize';
import { hasInnerConjunction, keywordHits } from '../../core/parse/annotations';
import { isRelevantDepartments, RELEVANT_DEPARTMENTS } from '../../core/parse/bodies';
import { isNameToken } from '../../core/parse/header';
import { chineseNumber, chineseNumberIn } from '../../core/parse/numerals';
import { INLINE_FIRST_CHILD, mayOpenInlineFirstChild, sentenceEnd } from '../../core/parse/outline';
import { claim, PathTable } from '../../core/parse/paths';
import { asciiDigits, isSpace, trimmedSlice } from '../../core/parse/patterns';
import { AGENCIES } from '../../core/registry/agencies';
import { normaliseName } from '../../core/registry/normalise';
import { PROVINCES, provinceNameForms } from '../../core/registry/provinces';
import { resolveAgency } from '../../core/registry/resolve';

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

describe('white space and trimming by code unit', () => {
  it('knows white space as trim and \\s do, for every code unit', () => {
    const disagree: number[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      if (isSpace(c) !== (ch.trim() === '') || isSpace(c) !== /\s/.test(ch)) disagree.push(c);
    }
    expect(disagree).toEqual([]);
  });

  it('cuts a trimmed stretch as slice and trim would', () => {
    fc.assert(fc.property(text([' ', '\u3000', '\t', '\u00a0', '\ufeff', '总', '一、', '。', '\n'], 20), fc.nat(20), fc.nat(20), (s, a, b) => {
      const from = Math.min(a, s.length);
      const to = Math.min(from + b, s.length);
      expect(trimmedSlice(s, from, to)).toBe(s.slice(from, to).trim());
    }), { numRuns: 3000 });
  });

  it('knows page numbers by their first character before running the pattern', () => {
    fc.assert(fc.property(text(['-', '—', '－', '–', '第', ' ', '3', '１２', '页', '共', '，', ',', '一', 'a'], 10), (s) => {
      expect(isPageNumber(s)).toBe(s.length <= 16 && PAGE_NUMBER.test(s));
    }), { numRuns: 5000 });
  });

  it('measures the longest name of a list line as splitting it would', () => {
    fc.assert(fc.property(text([' ', '  ', '科技部', '国家发展改革委', '中华人民共和国工业和信息化部', 'a', ''], 12), (s) => {
      expect(longestName(s)).toBe(Math.max(...s.split(' ').map((t) => t.length)));
    }), { numRuns: 3000 });
  });
});

describe('outline paths', () => {
  it('keeps outline paths unique as a set of the paths of each reading would', () => {
    const labels = ['一、', '（二）', '3.', '（4）', '第五条', '附件1：', '注：', '~2', '2', '、', ''];
    fc.assert(fc.property(fc.array(fc.tuple(text(labels, 3), fc.array(fc.constantFrom(...labels), { maxLength: 3 })), { maxLength: 30 }), (steps) => {
      const paths = new PathTable();
      const seen = new Set<string>();
      for (const [base, labelsDown] of steps) {
        let node = paths.node(base);
        let plain = base;
        for (const label of labelsDown) {
          node = paths.child(node, label);
          plain += label;
        }
        expect(node.path).toBe(plain);
        expect(claim(node)).toBe(!seen.has(plain));
        seen.add(plain);
      }
    }), { numRuns: 3000 });
  });

  it('finds a conjunction that may join two names where the plain pattern does', () => {
    fc.assert(fc.property(text(['和', '及', '与', '科技部', '工业', 'a', ''], 6), (s) => {
      expect(hasInnerConjunction(s)).toBe(/^[\s\S]+[和及与][\s\S]+$/.test(s));
    }), { numRuns: 3000 });
  });

  it('reads Chinese numerals as the map of digits and units says', () => {
    const DIGITS = new Map(Object.entries({ 〇: 0, 零: 0, '○': 0, Ｏ: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }));
    function plain(s: string): number | undefined {
      if (s.length === 0) return undefined;
      let total = 0;
      let current = 0;
      let sawUnit = false;
      for (const ch of s) {
        if (ch === '十' || ch === '百') {
          total += (current === 0 ? 1 : current) * (ch === '十' ? 10 : 100);
          current = 0;
          sawUnit = true;
          continue;
        }
        const digit = DIGITS.get(ch);
        if (digit === undefined) return undefined;
        current = sawUnit ? digit : current * 10 + digit;
      }
      return total + current;
    }
    fc.assert(fc.property(text(['一', '二', '两', '十', '百', '〇', '零', '○', 'Ｏ', '九', '总', '1'], 6), (s) => {
      expect(chineseNumber(s)).toBe(plain(s));
    }), { numRuns: 3000 });
  });
});

describe('titles are not looked up in the registry', () => {
  it('finds 关于 in no registered name or province name', () => {
    const forms = [...AGENCIES.flatMap((r) => [r.name, ...r.aliases]), ...PROVINCES.flatMap(provinceNameForms)];
    expect(forms.filter((f) => normaliseName(f).includes('关于'))).toEqual([]);
  });

  it('judges name tokens holding 关于 as looking them up would', () => {
    const names = [...AGENCIES.slice(0, 40).flatMap((r) => [r.name, ...r.aliases]), '重庆市人民政府', '四川省政府', '国务院', '国家'];
    const plain = (t: string): boolean => t.length >= 2 && (/^[\u4e00-\u9fff]{2,16}人民政府$/.test(t) || resolveAgency(t) !== undefined);
    fc.assert(fc.property(text([...names, '关于', '关', '于', '印发', '的通知', '“', '”', ' '], 5), (t) => {
      expect(isNameToken(t)).toBe(plain(t));
    }), { numRuns: 3000 });
  });
});
