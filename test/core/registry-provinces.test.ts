import { describe, expect, it } from 'vitest';
import { MAINLAND_PROVINCES, PROVINCES, findProvince, provinceNameForms } from '../../core/registry/provinces';

describe('provincial gazetteer', () => {
  it('lists the 31 mainland divisions, the two SARs and Taiwan, with unique ids and names', () => {
    expect(PROVINCES).toHaveLength(34);
    expect(MAINLAND_PROVINCES).toHaveLength(31);
    expect(PROVINCES.filter((p) => p.level === 'sar').map((p) => p.short).sort()).toEqual(['澳门', '香港'].sort());
    expect(PROVINCES.filter((p) => p.level === 'municipality').map((p) => p.short).sort()).toEqual(
      ['北京', '天津', '上海', '重庆'].sort(),
    );
    expect(PROVINCES.filter((p) => p.level === 'autonomous_region')).toHaveLength(5);
    expect(findProvince('台湾')?.level).toBe('province');
    for (const key of ['id', 'name', 'short', 'nameEn'] as const) {
      expect(new Set(PROVINCES.map((p) => p[key])).size).toBe(PROVINCES.length);
    }
    for (const p of PROVINCES) {
      expect(p.id).toMatch(/^[a-z-]+$/);
      expect(p.name.startsWith(p.short)).toBe(true);
      expect(p.nameEn).toMatch(/^[A-Z][A-Za-z ]+$/);
    }
  });

  it('gives a capital for every province and autonomous region but not for municipalities', () => {
    for (const p of MAINLAND_PROVINCES) {
      if (p.level === 'municipality') expect(p.capital).toBeUndefined();
      else expect(p.capital).toMatch(/市$/);
    }
    expect(findProvince('四川')?.capital).toBe('成都市');
  });

  it('finds a division by full or short name', () => {
    expect(findProvince('重庆市')).toMatchObject({ id: 'chongqing', short: '重庆', nameEn: 'Chongqing', level: 'municipality' });
    expect(findProvince('重庆')?.id).toBe('chongqing');
    expect(findProvince('广西壮族自治区')?.id).toBe('guangxi');
    expect(findProvince('广西')?.id).toBe('guangxi');
    expect(findProvince('内蒙古')?.id).toBe('inner-mongolia');
    expect(findProvince('香港特别行政区')?.level).toBe('sar');
    expect(findProvince(' 四川省 ')?.id).toBe('sichuan');
    for (const p of PROVINCES) for (const f of provinceNameForms(p)) expect(findProvince(f)).toBe(p);
  });

  it('does not guess at cities, single-character abbreviations or unknown names', () => {
    for (const s of ['成都', '成都市', '川', '渝', '', '重庆市人民政府', '四川省委']) expect(findProvince(s)).toBeUndefined();
  });
});
