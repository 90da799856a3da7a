import { describe, expect, it } from 'vitest';
import { normalizeLines } from '../../core/normalize';
import { findAnnotations } from '../../core/parse/annotations';
import { findRosters } from '../../core/parse/rosters';
import { parseDocument } from '../../core/parse/document';

const members = (text: string): string[] => findRosters(text).map((a) => a.bodies.map((b) => `${b.asWritten}:${b.role}`).join(' '));

describe('rosters of the people who sit on a group', () => {
  const roster = [
    '二、组成人员',
    '组　长：韩　正　国务院副总理',
    '副组长：王　勇　国务委员',
    '成　员：宁吉喆　国家发展改革委副主任',
    '　　　　刘　昆　财政部部长',
    '　　　　张　茅　市场监管总局局长',
    '协调小组办公室设在国务院办公厅，承担日常工作。',
  ].join('\n');

  it('makes the bodies that the posts name members, once each, and leaves the people and the sentence after it out', () => {
    expect(members(roster)).toEqual(['国务院:member 国家发展改革委:member 财政部:member 市场监管总局:member']);
    const [a] = findRosters(roster);
    expect(roster.slice(a.bodies[1].start, a.bodies[1].end)).toBe('国家发展改革委');
    expect(a.quote.endsWith('市场监管总局局长')).toBe(true);
  });

  it('reads lines set apart by blank lines, and parts written without spaces', () => {
    expect(members('召集人：李　四　科技部部长\n\n副召集人：王　五　教育部副部长\n\n成员：赵　六　工业和信息化部副部长')).toEqual([
      '科技部:member 教育部:member 工业和信息化部:member',
    ]);
    // ASCII colons after every part, the first line's included
    expect(members('召集人:李四 科技部部长\n成员:赵六 工业和信息化部副部长')).toEqual(['科技部:member 工业和信息化部:member']);
    expect(members('主任:李四 国家发展改革委主任\n副主任:赵六 财政部副部长')).toEqual(['国家发展改革委:member 财政部:member']);
  });

  it('reads no roster in sentences that begin with a part, nor in a 成员单位 list (read as a list)', () => {
    expect(members('主任：主持委员会全面工作。\n委员：参加委员会会议。')).toEqual([]);
    expect(members('成员单位：教育部、科技部。')).toEqual([]);
    expect(members('联系人：张三，电话：12345678')).toEqual([]);
  });

  it('gives the members to the item that holds the roster', () => {
    const doc = parseDocument(['国务院办公厅关于成立某协调小组的通知', '一、主要职责', '统筹协调有关工作。', roster].join('\n'), 't.txt');
    const a = doc.annotations.find((x) => x.bodies.some((b) => b.role === 'member'));
    expect(a?.itemPath).toBe('二、');
    expect(findAnnotations(roster).filter((x) => x.bodies.every((b) => b.role === 'member'))).toHaveLength(1);
  });

  it('gives a roster printed under its own heading (附：…名单) to the item that says the list is attached', () => {
    const list = ['附：某工作部际联席会议成员名单', '', '召 集 人：　某某某　发展改革委主任', '成　　员：　某某某　财政部副部长', '　　　　　　某某某　统计局副局长'];
    const text = (said: string) => ['国务院关于同意建立某工作部际联席会议制度的批复', '一、主要职能', '统筹协调有关工作。',
      '二、成员单位', `联席会议由发展改革委、财政部、统计局组成，各成员单位有关负责同志为联席会议成员${said}。`,
      '三、工作要求', '各成员单位要按照职责分工，认真落实联席会议确定的工作任务。', '', ...list].join('\n');
    const rosterOf = (t: string) => parseDocument(t, 't.txt').annotations.find((x) => x.quote.startsWith('召'));
    expect(rosterOf(text('（名单附后）'))?.itemPath).toBe('二、');
    // no item says so: the roster stays with the item it follows
    expect(rosterOf(text(''))?.itemPath).toBe('三、');
  });
});

describe('a roster\'s lines in the normalised text', () => {
  it('a line that opens with a part (副召集人：) is a line of its own, not the wrap of the one before', () => {
    const { text } = normalizeLines('召 集 人：　某某某　发展改革委主任\n副召集人：　某某某　工业和信息化部副部长\n成　　员：　某某某　财政部副部长\n');
    expect(text.split('\n')).toEqual(['召 集 人： 某某某 发展改革委主任', '副召集人： 某某某 工业和信息化部副部长', '成 员： 某某某 财政部副部长']);
  });
});
