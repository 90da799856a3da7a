import { describe, expect, it } from 'vitest';
import { AGENCIES, MAINLAND_PROVINCES, agencyById, normaliseName, resolveAgency } from '../../core/registry';

describe('agency registry data', () => {
  it('has unique, lowercase ascii ids', () => {
    const ids = AGENCIES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(AGENCIES.length).toBeGreaterThan(150);
  });

  it('maps no name or alias (in normal form) to two records, but for the names an earlier body declares it shared', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const r of AGENCIES) {
      const shared = new Set((r.sharedNames ?? []).map(normaliseName));
      for (const f of new Set([r.name, ...r.aliases].map(normaliseName))) {
        if (shared.has(f)) continue;
        const other = owner.get(f);
        if (other && other !== r.id) clashes.push(`${f}: ${other} / ${r.id}`);
        owner.set(f, r.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('gives every record an English name without Chinese characters', () => {
    for (const r of AGENCIES) {
      expect(r.nameEn, r.id).toMatch(/^[A-Z]/);
      expect(r.nameEn, r.id).not.toMatch(/\p{Script=Han}/u);
      expect(r.type).not.toBe('unregistered');
    }
  });

  it('has one people\'s government per mainland division', () => {
    const govs = AGENCIES.filter((r) => r.id.startsWith('gov-'));
    expect(govs).toHaveLength(31);
    for (const p of MAINLAND_PROVINCES) {
      const g = agencyById(`gov-${p.id}`);
      expect(g?.type).toBe('provincial_government');
      expect(g?.name).toBe(`${p.name}人民政府`);
      expect(g?.aliases).toEqual(expect.arrayContaining([p.name, p.short]));
    }
    expect(agencyById('gov-chongqing')?.nameEn).toBe("Chongqing Municipal People's Government");
    expect(agencyById('gov-sichuan')?.nameEn).toBe("Sichuan Provincial People's Government");
    expect(agencyById('gov-guangxi')?.nameEn).toBe("People's Government of Guangxi Zhuang Autonomous Region");
    expect(agencyById('gov-inner-mongolia')?.nameEn).toBe("People's Government of Inner Mongolia Autonomous Region");
    expect(agencyById('xpcc')?.nameEn).toBe('Xinjiang Production and Construction Corps');
    expect(agencyById('gov-hong-kong')).toBeUndefined();
    expect(agencyById('gov-taiwan')).toBeUndefined();
  });

  it('carries the usual English abbreviations of the State Council departments', () => {
    const expected: Record<string, string> = {
      外交部: 'MFA', 国家发展改革委: 'NDRC', 教育部: 'MOE', 科技部: 'MOST', 工业和信息化部: 'MIIT', 公安部: 'MPS',
      民政部: 'MCA', 司法部: 'MOJ', 财政部: 'MOF', 人力资源社会保障部: 'MOHRSS', 自然资源部: 'MNR', 生态环境部: 'MEE',
      住房城乡建设部: 'MOHURD', 交通运输部: 'MOT', 水利部: 'MWR', 农业农村部: 'MARA', 商务部: 'MOFCOM',
      文化和旅游部: 'MCT', 国家卫生健康委: 'NHC', 退役军人事务部: 'MVA', 应急管理部: 'MEM', 人民银行: 'PBOC',
      审计署: 'NAO', 国资委: 'SASAC', 海关总署: 'GACC', 税务总局: 'STA', 市场监管总局: 'SAMR', 金融监管总局: 'NFRA',
      证监会: 'CSRC', 统计局: 'NBS', 国际发展合作署: 'CIDCA', 医保局: 'NHSA', 中科院: 'CAS', 社科院: 'CASS',
      工程院: 'CAE', 国务院发展研究中心: 'DRC', 气象局: 'CMA', 银保监会: 'CBIRC', 能源局: 'NEA', 民航局: 'CAAC',
      外汇局: 'SAFE', 药监局: 'NMPA', 知识产权局: 'CNIPA',
    };
    for (const [name, abbr] of Object.entries(expected)) expect(resolveAgency(name)?.abbr, name).toBe(abbr);
  });

  it('types bodies by their place in the structure', () => {
    const typeOf = (s: string) => resolveAgency(s)?.type;
    expect(typeOf('中央组织部')).toBe('party');
    expect(typeOf('国务院办公厅')).toBe('state_council');
    expect(typeOf('审计署')).toBe('ministry');
    expect(typeOf('国资委')).toBe('special');
    expect(typeOf('海关总署')).toBe('directly_affiliated');
    expect(typeOf('港澳办')).toBe('administrative_office');
    expect(typeOf('中科院')).toBe('institution');
    expect(typeOf('文物局')).toBe('bureau');
    expect(typeOf('中国残联')).toBe('mass_organisation');
    expect(typeOf('最高人民法院')).toBe('judicial');
    expect(typeOf('中央军委后勤保障部')).toBe('military');
    expect(typeOf('各省级人民政府')).toBe('collective');
    expect(typeOf('国家电网')).toBe('enterprise');
  });

  it('lists every 国家-prefixed name of a central organ with and without the prefix', () => {
    for (const r of AGENCIES) {
      if (!['ministry', 'directly_affiliated', 'bureau'].includes(r.type) || !r.name.startsWith('国家')) continue;
      for (const f of [r.name, ...r.aliases].filter((a) => /^国家.{3,}[部委局署]$/.test(a))) {
        if (f === '国家安全部') continue;
        expect(r.aliases, `${r.id}: ${f}`).toContain(f.slice(2));
      }
    }
    expect(agencyById('ndrc')?.aliases).toEqual(expect.arrayContaining(['发展改革委', '国家发展改革委', '发改委', '国家发改委']));
  });
});
