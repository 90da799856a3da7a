import { describe, expect, it } from 'vitest';
import { findAnnotations } from '../../core/parse/annotations';
import { parseDocument } from '../../core/parse/document';

const one = (quote: string) => {
  const found = findAnnotations(`推进建设。${quote}`);
  expect(found).toHaveLength(1);
  return found[0];
};
const roles = (quote: string): string[] => one(quote).bodies.map((b) => `${b.asWritten}:${b.role}`);

describe('annotation family', () => {
  it('A、B牵头负责: every listed body leads', () => {
    expect(roles('（重庆市、四川省、科技部牵头负责）')).toEqual(['重庆市:lead', '四川省:lead', '科技部:lead']);
  });
  it('A、B负责: responsible', () => {
    const a = one('（交通运输部、财政部负责）');
    expect(a.bodies.map((b) => b.role)).toEqual(['responsible', 'responsible']);
    expect(a).toMatchObject({ andOthers: false, relevantDepartments: false, quote: '（交通运输部、财政部负责）' });
  });
  it('A、B等负责: andOthers without relevant departments', () => {
    expect(one('（农业农村部、工业和信息化部等负责）')).toMatchObject({ andOthers: true, relevantDepartments: false });
    expect(roles('（农业农村部、工业和信息化部等负责）')).toEqual(['农业农村部:responsible', '工业和信息化部:responsible']);
  });
  it('A会同有关部门负责: A leads, relevant departments flagged', () => {
    const a = one('（国家发展改革委会同有关部门负责）');
    expect(roles('（国家发展改革委会同有关部门负责）')).toEqual(['国家发展改革委:lead']);
    expect(a).toMatchObject({ andOthers: true, relevantDepartments: true });
  });
  it('A会同B负责: A leads, B joint', () => {
    expect(roles('（教育部会同人力资源社会保障部、财政部负责）')).toEqual(['教育部:lead', '人力资源社会保障部:joint', '财政部:joint']);
  });
  it('A牵头，B、C负责: A leads, the others are joint', () => {
    expect(roles('（科技部牵头，财政部、教育部负责）')).toEqual(['科技部:lead', '财政部:joint', '教育部:joint']);
  });
  it('A、B等有关部门和单位负责', () => {
    const a = one('（商务部、海关总署等有关部门和单位负责）');
    expect(roles('（商务部、海关总署等有关部门和单位负责）')).toEqual(['商务部:responsible', '海关总署:responsible']);
    expect(a).toMatchObject({ andOthers: true, relevantDepartments: true });
  });
  it('A、B，各省级人民政府按职责分工负责: a collective body is a body', () => {
    expect(roles('（国家发展改革委、财政部，各省级人民政府按职责分工负责）')).toEqual(['国家发展改革委:responsible', '财政部:responsible', '各省级人民政府:responsible']);
  });
  it('A、B等和各有关省级人民政府负责: splits on 和 only between two bodies', () => {
    const a = one('（工业和信息化部、住房和城乡建设部等和各有关省级人民政府负责）');
    expect(a.bodies.map((b) => b.asWritten)).toEqual(['工业和信息化部', '住房和城乡建设部', '各有关省级人民政府']);
    expect(a.andOthers).toBe(true);
  });
  it('never splits names that contain 和', () => {
    expect(one('（人力资源和社会保障部、文化和旅游部负责）').bodies.map((b) => b.asWritten)).toEqual(['人力资源和社会保障部', '文化和旅游部']);
  });
  it('A负责，B配合: B participates', () => {
    expect(roles('（科技部负责，财政部配合）')).toEqual(['科技部:responsible', '财政部:participate']);
  });
  it('A牵头，B、C等按职责分工负责', () => {
    expect(roles('（科技部牵头，财政部、教育部等按职责分工负责）')).toEqual(['科技部:lead', '财政部:joint', '教育部:joint']);
    expect(one('（科技部牵头，财政部、教育部等按职责分工负责）').andOthers).toBe(true);
  });
  it('A、B分别负责 and A、B等部门负责', () => {
    expect(roles('（科技部、财政部分别负责）')).toEqual(['科技部:responsible', '财政部:responsible']);
    expect(one('（教育部、人力资源社会保障部等部门负责）')).toMatchObject({ andOthers: true, relevantDepartments: false });
  });
  it('unnamed participants (各有关部门, 各地区各部门) are flagged, not listed', () => {
    expect(one('（各地区、各有关部门负责）')).toMatchObject({ bodies: [expect.objectContaining({ asWritten: '各地区' })], relevantDepartments: true });
    const a = one('（中央宣传部、中央网信办牵头，各地区各部门负责）');
    expect(a.bodies.map((b) => `${b.asWritten}:${b.role}`)).toEqual(['中央宣传部:lead', '中央网信办:lead']);
    expect(a.relevantDepartments).toBe(true);
  });
  it('a tail naming bodies that carry the work out (落实) makes them implement', () => {
    expect(roles('（国家发展改革委、财政部按职责分工负责，各省级人民政府落实）')).toEqual(['国家发展改革委:responsible', '财政部:responsible', '各省级人民政府:implement']);
  });
  it('ASCII parentheses', () => {
    expect(roles('(科技部负责)')).toEqual(['科技部:responsible']);
  });
  it('地方各级人民政府 and 各省级人民政府 alone', () => {
    expect(roles('（地方各级人民政府负责）')).toEqual(['地方各级人民政府:responsible']);
    expect(roles('（各省级人民政府负责）')).toEqual(['各省级人民政府:responsible']);
  });
});

describe('first-listed rule', () => {
  it('applies to this and all following annotations when the rule says 下同', () => {
    const found = findAnnotations('甲。（税务总局、财政部、海关总署负责，排在第一位的部门为牵头部门，下同）\n乙。（海关总署、财政部、税务总局负责）\n丙。（海关总署负责）');
    expect(found.map((a) => a.bodies.map((b) => `${b.asWritten}:${b.role}`))).toEqual([
      ['税务总局:lead', '财政部:joint', '海关总署:joint'],
      ['海关总署:lead', '财政部:joint', '税务总局:joint'],
      ['海关总署:lead'],
    ]);
  });
  it('accepts the 。列第一位者为牵头单位，下同 wording', () => {
    const found = findAnnotations('甲。（工业和信息化部、发展改革委等负责。列第一位者为牵头单位，下同）\n乙。（农业农村部、财政部等负责）');
    expect(found[0].bodies.map((b) => b.role)).toEqual(['lead', 'joint']);
    expect(found[1].bodies.map((b) => b.role)).toEqual(['lead', 'joint']);
    expect(found[0].andOthers).toBe(true);
  });
  it('the rule stated inside an annotation with 下同 makes the bare lists of bodies after it annotations too', () => {
    const found = findAnnotations('甲。（工业和信息化部、国家发展改革委等按职责分工负责，列第一位者为牵头部门，下同）\n乙。（国家发展改革委、财政部等）\n丙（不含港澳）。');
    expect(found.map((a) => a.bodies.map((b) => `${b.asWritten}:${b.role}`).join(' '))).toEqual([
      '工业和信息化部:lead 国家发展改革委:joint',
      '国家发展改革委:lead 财政部:joint',
    ]);
  });
  it('without 下同 applies only to its own annotation', () => {
    const found = findAnnotations('甲。（科技部、财政部负责，排在第一位的为牵头部门）\n乙。（海关总署、财政部负责）');
    expect(found[0].bodies.map((b) => b.role)).toEqual(['lead', 'joint']);
    expect(found[1].bodies.map((b) => b.role)).toEqual(['responsible', 'responsible']);
  });
  it('explicit 牵头 wins over the rule', () => {
    const found = findAnnotations('甲。（科技部、财政部负责，排在第一位的部门为牵头部门，下同）\n乙。（海关总署、财政部牵头负责）');
    expect(found[1].bodies.map((b) => b.role)).toEqual(['lead', 'lead']);
  });
});

describe('asides are not annotations', () => {
  it.each([
    '（具体办法由财政部负责制定）',
    '（职称评审由人力资源社会保障行政部门负责）',
    '（各地要切实负起责任，主要负责同志亲自抓）',
    '（包括但不限于负责人）',
    '（国发〔2015〕43号）',
    '（负责）',
  ])('%s', (aside) => {
    expect(findAnnotations(`推进建设。${aside}`)).toEqual([]);
  });
});

describe('offsets and items', () => {
  const text = '一、总体要求\n（一）构建实验室体系。支持建设。（重庆市、四川省、科技部牵头负责）\n（二）推进改革。加快推进。\n二、保障\n加强领导。（国务院办公厅负责）';
  const doc = parseDocument(text, 'o.txt');

  it('body offsets point at the characters of the body in the normalised text', () => {
    for (const a of doc.annotations) {
      expect(doc.text.slice(a.start, a.end)).toBe(a.quote);
      for (const b of a.bodies) expect(doc.text.slice(b.start, b.end)).toBe(b.asWritten);
    }
  });
  it('itemPath is the innermost item containing the annotation', () => {
    expect(doc.annotations.map((a) => a.itemPath)).toEqual(['一、（一）', '二、']);
  });
  it('itemPath is empty outside any item', () => {
    expect(parseDocument('为做好工作，现通知如下。（科技部负责）\n一、总体要求', 'p.txt').annotations[0].itemPath).toBe('');
  });
  it('finds an annotation followed by another sentence', () => {
    expect(findAnnotations('推进建设。（科技部负责）再推进。').length).toBe(1);
  });
});
