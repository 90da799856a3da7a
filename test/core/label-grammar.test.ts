import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  LABEL_ARABIC, LABEL_CHAPTER, LABEL_CIRCLED, LABEL_CN, LABEL_ORDINAL, LABEL_PAREN_ARABIC, LABEL_PAREN_CN, labelLength, labelShape,
  type LabelShape,
} from '../../core/parse/patterns';

const PATTERNS: Record<LabelShape, RegExp> = {
  cn: LABEL_CN, pcn: LABEL_PAREN_CN, ar: LABEL_ARABIC, par: LABEL_PAREN_ARABIC, chapter: LABEL_CHAPTER, ordinal: LABEL_ORDINAL, circled: LABEL_CIRCLED,
};

/** What the patterns say: the length and shape of the one that matches (they begin with disjoint characters). */
function byPatterns(s: string): { length: number; shape?: LabelShape } {
  for (const [shape, pattern] of Object.entries(PATTERNS) as Array<[LabelShape, RegExp]>) {
    const m = pattern.exec(s);
    if (m) return { length: m[0].length, shape };
  }
  return { length: 0 };
}

const byHand = (s: string): { length: number; shape?: LabelShape } => {
  const length = labelLength(s);
  return length > 0 ? { length, shape: labelShape(s) } : { length: 0 };
};

/** Characters of labels and what surrounds them, so that random strings come close to labels and just miss. */
const PIECES = ['一', '二', '十', '百', '〇', '零', '两', '九', '1', '2', '0', '9', '１', '０', '（', '(', '）', ')', '、', '.', '．',
  '第', '章', '节', '条', '总', '要', '求', ' ', '。', 'a', '年', '，', '：', ':', '①', '⑳', '⑴'];

describe('label grammar read by hand', () => {
  it('agrees with the LABEL_ patterns on strings made of label characters', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 9 }).map((p) => p.join('')), (s) => {
      expect(byHand(s)).toEqual(byPatterns(s));
    }), { numRuns: 5000 });
  });

  it.each([
    ['一、总体要求', 2, 'cn'], ['十一、', 3, 'cn'], ['一二三四五、', 0, undefined], ['（一）', 3, 'pcn'], ['(十七)', 4, 'pcn'],
    ['1.加强', 2, 'ar'], ['1.2亿', 0, undefined], ['１．', 2, 'ar'], ['3、', 2, 'ar'], ['1234.', 0, undefined], ['（1）', 3, 'par'],
    ['2．2002年，', 2, 'ar'], ['2.2002', 0, undefined], ['2.200年', 0, undefined], ['2.20025年', 0, undefined],
    ['第一章', 3, 'chapter'], ['第１２条', 4, 'chapter'], ['第一百二十节', 6, 'chapter'], ['第一', 0, undefined], ['（）', 0, undefined],
    ['第一，加快', 3, 'ordinal'], ['第十二：', 4, 'ordinal'], ['第１，', 0, undefined], ['第一百二十，', 0, undefined], ['①推行', 1, 'circled'],
    ['⑳', 1, 'circled'], ['⑴', 0, undefined],
  ] as const)('%s', (s, length, shape) => {
    expect(byHand(s)).toEqual(shape ? { length, shape } : { length: 0 });
    expect(byPatterns(s)).toEqual(shape ? { length, shape } : { length: 0 });
  });
});
