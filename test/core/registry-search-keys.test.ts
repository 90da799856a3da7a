import { describe, expect, it } from 'vitest';
import { AGENCIES, agencyById, searchKeys } from '../../core/registry';

describe('searchKeys', () => {
  it('covers Chinese name, aliases, English name, abbreviation and pinyin', () => {
    const keys = searchKeys(agencyById('most')!);
    expect(keys).toEqual(
      expect.arrayContaining(['科学技术部', '科技部', 'Ministry of Science and Technology', 'MOST', 'kjb', 'kejibu', 'kxjsb']),
    );
    expect(keys[0]).toBe('科学技术部');
  });

  it('reads polyphonic place names correctly', () => {
    const keys = searchKeys(agencyById('gov-chongqing')!);
    expect(keys).toEqual(expect.arrayContaining(['重庆市人民政府', '重庆', 'cq', 'chongqing', 'cqsrmzf', "Chongqing Municipal People's Government"]));
    expect(searchKeys(agencyById('pboc')!)).toEqual(expect.arrayContaining(['zgrmyh', 'rmyh', 'yh', 'yanghang', 'PBOC']));
  });

  it('gives distinct, non-empty keys for every record', () => {
    for (const r of AGENCIES) {
      const keys = searchKeys(r);
      expect(new Set(keys).size).toBe(keys.length);
      expect(keys.every((k) => k.length > 0)).toBe(true);
      expect(keys).toContain(r.name);
      expect(keys).toContain(r.nameEn);
      expect(keys.some((k) => /^[a-z]+$/.test(k))).toBe(true);
    }
  });

  it('drops punctuation from pinyin keys', () => {
    const keys = searchKeys(agencyById('cpc-party-school')!);
    for (const k of keys.filter((k) => /^[a-z0-9]/.test(k))) expect(k).toMatch(/^[a-z0-9]+$/);
  });
});
