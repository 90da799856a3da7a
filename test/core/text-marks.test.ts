import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractPlatforms, extractRegions, extractTargets } from '../../core/entities';
import { KNOWN_AREAS } from '../../core/entities/areas';
import { AGENCIES, findAgencyMentions } from '../../core/registry';
import { PROVINCES, findProvince } from '../../core/registry/provinces';
import { LANES, marksOf, marksOfSlice } from '../../core/entities/lanes';
import {
  AGENCY_LANE, PLATFORM_HEAD_LANE, REGION_WORD_LANE, VALUE_LANE, markTable, newMarks, readMarks, type Marks,
} from '../../core/text/marks';

// No extractor is asked anything before the first test: the lanes are whole before any search (the agency lane was
// once added by the finder's first search, and marks read before it missed every agency).

/** Agency forms the mention finder looks for (three characters or more; not a bare province name). */
const AGENCY_FORMS = AGENCIES.flatMap((r) => [r.name, ...r.aliases])
  .filter((f) => f.length >= 3 && !findProvince(f));
/** Place names and some area heads that the region scanner looks for. */
const REGION_WORDS = [
  ...KNOWN_AREAS.flatMap((a) => [a.name, ...a.aliases]), ...PROVINCES.flatMap((p) => [p.name, p.short]),
  '协同创新区', '科学城', '新区', '经济圈', '城市群', '地区', '流域',
];
/** Some platform heads. */
const HEADS = ['实验室', '重点实验室', '装置', '创新中心', '研究中心', '中心', '试验区', '综合保税区', '园区', '基地', '平台', '孵化器', '走廊'];

const FILLER = ['的', '和', '推动', '建设', '发展', '国家', '科技', '中', '新', '区', '市', '心', '，', '。', '、', '（', '）', '\n', ' ', '2', '５', '番', '之', 'A'];
const textOf = (words: readonly string[]): fc.Arbitrary<string> =>
  fc.array(fc.oneof(fc.constantFrom(...words), fc.constantFrom(...FILLER)), { maxLength: 40 }).map((parts) => parts.join(''));

/** Every position where one of the words begins in the text. */
function starts(text: string, words: readonly string[]): number[] {
  const at = new Set<number>();
  for (const w of words) for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) at.add(i);
  return [...at];
}

const lane = (text: string, which: number): number[] => {
  const marks = marksOf(text);
  return Array.from(marks.at[which].subarray(0, marks.count[which]));
};

describe('marks: the positions where the extractors look', () => {
  it('hold every lane before any extractor has searched', () => {
    const text = '科技部、国家发展改革委支持成渝地区建设国家实验室，到2025年';
    expect(lane(text, AGENCY_LANE)).toEqual(expect.arrayContaining([0, 4]));
    expect(lane(text, REGION_WORD_LANE)).toContain(13);
    expect(lane(text, PLATFORM_HEAD_LANE)).toContain(text.indexOf('实验室') + 1);
    // the digits, and 成 of 成渝, which may close a value in words (三成): the extractor looks and finds none
    expect(lane(text, VALUE_LANE)).toEqual([...text].flatMap((ch, i) => (/[0-9成]/.test(ch) ? [i] : [])));
  });

  it('mark every position where an agency form begins (the prefilter never drops a start the trie would accept)', () => {
    fc.assert(fc.property(textOf(AGENCY_FORMS), (text) => {
      const marked = new Set(lane(text, AGENCY_LANE));
      for (const i of starts(text, AGENCY_FORMS)) expect(marked.has(i)).toBe(true);
    }), { numRuns: 300 });
  });

  it('mark every position where a place name or an area head begins', () => {
    fc.assert(fc.property(textOf(REGION_WORDS), (text) => {
      const marked = new Set(lane(text, REGION_WORD_LANE));
      for (const i of starts(text, REGION_WORDS)) expect(marked.has(i)).toBe(true);
    }), { numRuns: 300 });
  });

  it('mark, two characters before its end, every platform head', () => {
    fc.assert(fc.property(textOf(HEADS), (text) => {
      const marked = new Set(lane(text, PLATFORM_HEAD_LANE));
      for (const w of HEADS) {
        for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) expect(marked.has(i + w.length - 2)).toBe(true);
      }
    }), { numRuns: 300 });
  });

  it('mark exactly the digits and the last characters of values in words in the value lane, in order', () => {
    fc.assert(fc.property(textOf(['２０２５年', '3%', '翻一番', '三分之一', '三成', '一半', '两倍', '三个百分点', '重点', '成都市', '城市']), (text) => {
      const values = [...text].flatMap((ch, i) => (/[0-9０-９番之成倍半点]/.test(ch) ? [i] : []));
      expect(lane(text, VALUE_LANE)).toEqual(values);
    }), { numRuns: 300 });
  });

  it('mark positions in order, inside the text', () => {
    fc.assert(fc.property(textOf([...AGENCY_FORMS.slice(0, 50), ...REGION_WORDS, ...HEADS]), (text) => {
      for (const which of [AGENCY_LANE, REGION_WORD_LANE, PLATFORM_HEAD_LANE, VALUE_LANE]) {
        const at = lane(text, which);
        at.forEach((i, k) => {
          expect(i).toBeGreaterThanOrEqual(0);
          expect(i).toBeLessThan(text.length);
          if (k > 0) expect(i).toBeGreaterThan(at[k - 1]);
        });
      }
    }), { numRuns: 200 });
  });

  it('come from the table they are read with, and making another table changes no other', () => {
    // letters no scanner of the genre looks for
    const text = 'ΩΨ and ΩΨ，ΣΦΧ 7';
    const before = lane(text, REGION_WORD_LANE);
    const own = markTable({ agencyForms: ['ΣΦΧ'], regionWords: ['ΩΨ'], platformHeads: ['and'], valueChars: '7' });
    const marks = readMarks(own, text);
    expect(Array.from(marks.at[REGION_WORD_LANE].subarray(0, marks.count[REGION_WORD_LANE]))).toEqual([0, 7]);
    expect(Array.from(marks.at[AGENCY_LANE].subarray(0, marks.count[AGENCY_LANE]))).toEqual([10]);
    expect(Array.from(marks.at[PLATFORM_HEAD_LANE].subarray(0, marks.count[PLATFORM_HEAD_LANE]))).toEqual([4]);
    expect(Array.from(marks.at[VALUE_LANE].subarray(0, marks.count[VALUE_LANE]))).toEqual([14]);
    expect(before).toEqual([]);
    expect(lane(text, REGION_WORD_LANE)).toEqual(before);
    expect(readMarks(LANES, text).count[VALUE_LANE]).toBe(1);
  });

  it('refuse a word too short for its lane', () => {
    expect(() => markTable({ agencyForms: ['科技'], regionWords: [], platformHeads: [], valueChars: '' })).toThrow(/fewer than three/);
    expect(() => markTable({ agencyForms: [], regionWords: ['省'], platformHeads: [], valueChars: '' })).toThrow(/one character/);
  });

  it('answer for the text asked about, not the one before', () => {
    expect(lane('3个', VALUE_LANE)).toEqual([0]);
    expect(lane('两个', VALUE_LANE)).toEqual([]);
    expect(lane('第12条', VALUE_LANE)).toEqual([1, 2]);
  });
});

describe('marks of a slice read from its parent text', () => {
  const WORDS = [...AGENCY_FORMS.slice(0, 80), ...REGION_WORDS, ...HEADS, '２０２５年', '3%', '翻一番', '三分之一', '成都市', '城市'];
  const lanes = [AGENCY_LANE, REGION_WORD_LANE, PLATFORM_HEAD_LANE, VALUE_LANE];
  const all = (marks: Marks): number[][] => lanes.map((which) => Array.from(marks.at[which].subarray(0, marks.count[which])));

  it('are the marks of the slice itself, whatever stands around it', () => {
    fc.assert(fc.property(textOf(WORDS), textOf(WORDS), textOf(WORDS), (before, own, after) => {
      const parent = before + own + after;
      const slice = parent.slice(before.length, before.length + own.length);
      marksOf('');
      const expected = all(marksOf(own));
      marksOf('');
      expect(all(marksOfSlice(slice, parent, before.length))).toEqual(expected);
      // and the extractors' own request for the slice's marks is answered by them
      expect(all(marksOf(slice))).toEqual(expected);
    }), { numRuns: 300 });
  });

  it('leave the extractors finding what they find in the slice alone', () => {
    const find = (text: string) => [extractPlatforms(text), extractRegions(text), extractTargets(text), findAgencyMentions(text)];
    fc.assert(fc.property(textOf(WORDS), textOf(WORDS), textOf(WORDS), (before, own, after) => {
      const parent = before + own + after;
      const slice = parent.slice(before.length, before.length + own.length);
      marksOf('');
      const expected = find(own);
      marksOf('');
      marksOfSlice(slice, parent, before.length);
      expect(find(slice)).toEqual(expected);
    }), { numRuns: 300 });
  });
});

describe('marks read into arrays their caller owns', () => {
  const lanes = [AGENCY_LANE, REGION_WORD_LANE, PLATFORM_HEAD_LANE, VALUE_LANE];
  const all = (marks: Marks): number[][] => lanes.map((which) => Array.from(marks.at[which].subarray(0, marks.count[which])));
  const WORDS = [...AGENCY_FORMS.slice(0, 80), ...REGION_WORDS, ...HEADS, '２０２５年', '3%', '成都市'];

  it('are not disturbed by reading another text into other arrays (two builds side by side)', () => {
    fc.assert(fc.property(textOf(WORDS), textOf(WORDS), (a, b) => {
      const expected = all(marksOf(a));
      const mine = marksOf(a, newMarks(4));
      marksOf(b, newMarks(4));
      marksOf(b);
      expect(all(mine)).toEqual(expected);
    }), { numRuns: 200 });
  });

  it('reuse one object from text to text, growing it when a text is longer', () => {
    const into = newMarks(2);
    fc.assert(fc.property(textOf(WORDS), (text) => {
      expect(marksOf(text, into)).toBe(into);
      expect(all(into)).toEqual(all(marksOf(text)));
    }), { numRuns: 200 });
  });

  it('give the extractors, when handed to them, the same findings as their own reading', () => {
    const find = (text: string, marks?: Marks) =>
      [extractPlatforms(text, marks), extractRegions(text, marks), extractTargets(text, marks), findAgencyMentions(text, marks)];
    const into = newMarks();
    fc.assert(fc.property(textOf(WORDS), (text) => {
      expect(find(text, marksOf(text, into))).toEqual(find(text));
    }), { numRuns: 200 });
  });
});
