import { describe, expect, it } from 'vitest';
import { bodyClass } from '../../core/registry/body-classes';
import { competentDepartment, competentDepartmentList } from '../../core/registry/competent-departments';

const en = (name: string): string | undefined => competentDepartment(name)?.nameEn;

describe('competent departments of a level of government', () => {
  it('are one class per level and field, named in English from the ministry of that field', () => {
    expect(en('国务院交通运输主管部门')).toBe('State Council department in charge of transport');
    expect(en('国务院卫生健康主管部门')).toBe('State Council department in charge of health');
    expect(en('国务院生态环境行政主管部门')).toBe('State Council department in charge of ecology and environment');
    expect(en('省、自治区、直辖市人民政府教育行政主管部门')).toBe('Provincial departments in charge of education');
    expect(en('县级以上地方人民政府市场监督管理主管部门')).toMatch(/^County-level and higher departments in charge of /);
    expect(en('国务院有关主管部门')).toBe('State Council department of the fields concerned');
    expect(competentDepartment('国务院交通运输主管部门')?.id).toBe(competentDepartment('国务院交通运输行政主管部门')?.id);
    expect(competentDepartment('国务院交通运输主管部门')?.id).not.toBe(competentDepartment('县级以上地方人民政府交通运输主管部门')?.id);
  });

  it('keeps a field no ministry names as written, and needs a level', () => {
    expect(en('县级人民政府城市绿化主管部门')).toBe('County departments in charge of 城市绿化');
    expect(competentDepartment('城市绿化主管部门')).toBeUndefined();
    expect(competentDepartment('国务院有关部门')).toBeUndefined();
  });

  it('read 行政部门 and a field’s 部门 as its competent department; not 各部门, 有关部门 or 组成部门', () => {
    expect(competentDepartment('国务院卫生行政部门')?.id).toBe(competentDepartment('国务院卫生主管部门')?.id);
    expect(en('国务院财政部门')).toBe('State Council department in charge of finance');
    for (const n of ['国务院有关部门', '国务院各部门', '国务院组成部门', '国务院部门', '国务院有关行政部门', '国务院自然资源等主管部门', '当地政府及有关部门']) {
      expect(competentDepartment(n)).toBeUndefined();
    }
    expect(bodyClass('国务院有关部门')?.id).toBe('state-council-departments');
  });

  it('read fields sharing a level and a head as a list, with 等', () => {
    expect(competentDepartmentList('国务院水行政、生态环境等主管部门')).toEqual({
      departments: [
        { name: '国务院水行政主管部门', written: '国务院水行政', start: 0, end: 6 },
        { name: '国务院生态环境主管部门', written: '生态环境', start: 7, end: 11 },
      ],
      andOthers: true,
    });
    expect(competentDepartmentList('国务院发展改革、工业和信息化、财政部门')?.departments.map((d) => d.name)).toEqual(['国务院发展改革部门', '国务院工业和信息化部门', '国务院财政部门']);
    expect(competentDepartmentList('国务院交通运输主管部门')).toBeUndefined();
    expect(competentDepartmentList('国务院有关、财政部门')).toBeUndefined();
  });

  it('are classes of bodies wherever the grammar of classes is asked', () => {
    expect(bodyClass('国务院交通运输主管部门')?.type).toBe('collective');
    expect(bodyClass('省级人民政府')?.id).toBe('all-provincial-governments');
  });
});
