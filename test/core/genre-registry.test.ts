import { describe, expect, it } from 'vitest';
import { findAnnotations } from '../../core/parse/annotations';
import { resolveAgency } from '../../core/registry/resolve';

const id = (s: string): string | undefined => resolveAgency(s)?.id;

describe('genre: bodies real annotations name', () => {
  it('resolves the central and party organs annotations name, by their short forms', () => {
    expect(id('中央网信办')).toBe(id('国家网信办'));
    expect(id('中央网信办')).toBeDefined();
    for (const n of ['国家数据局', '中央编办', '国家疾控局', '国务院国资委', '最高人民法院', '新华社', '全国总工会', '共青团中央', '国铁集团', '国家铁路集团', '新疆生产建设兵团']) {
      expect(id(n), n).toBeDefined();
    }
    expect(id('国铁集团')).toBe(id('中国国家铁路集团有限公司'));
    expect(id('国务院国资委')).toBe(id('国资委'));
  });
  it('resolves the enumerated collective to the provincial governments', () => {
    expect(id('各省、自治区、直辖市人民政府')).toBe('all-provincial-governments');
    expect(id('各省（区、市）人民政府')).toBe('all-provincial-governments');
  });
  it('registers the central newspapers named beside 新华社', () => {
    for (const n of ['人民日报社', '光明日报社', '经济日报社', '求是杂志社']) expect(resolveAgency(n)?.type, n).toBe('party');
    const a = findAnnotations('（中央宣传部、新华社、人民日报社、中央广播电视总台负责）')[0];
    expect(a.bodies.map((b) => id(b.asWritten))).not.toContain(undefined);
  });
  it('registers the governments of the two SARs, apart from the 31 mainland governments', () => {
    expect(id('香港特别行政区政府')).toBe('hksar-government');
    expect(id('香港特区政府')).toBe('hksar-government');
    expect(id('澳门特区政府')).toBe('macao-sar-government');
    expect(resolveAgency('香港特区政府')?.nameEn).toBe('Government of the Hong Kong Special Administrative Region');
    // A bare place in an annotation stands for its government only on the mainland; 香港 is not made a body.
    expect(id('香港')).toBeUndefined();
  });
  it('never fuzzy-matches: near misses stay unresolved', () => {
    for (const n of ['中央网信', '国家数据', '人民日报', '全国总工', '国铁']) expect(id(n), n).toBeUndefined();
  });
});

describe('genre: short forms of offices hosted by a department', () => {
  it('adds the forms annotations write', () => {
    expect(id('中央社工部')).toBe(id('中央社会工作部'));
    expect(id('国务院安委会办公室')).toBe(id('应急管理部'));
    expect(id('国家禁毒办')).toBe(id('公安部'));
  });
  it('keeps the coordination bodies themselves apart from the department that hosts their office', () => {
    expect(id('国家减灾委员会')).toBe('ncdr');
    expect(id('国家减灾委')).toBe('ncdr');
    expect(id('国务院安委会')).toBe('scwsc');
    expect(id('国家防总')).toBe('sfdh');
  });
});
