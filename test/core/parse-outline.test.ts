import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../core/parse/document';

const paths = (text: string): string[] => parseDocument(text, 't.txt').items.map((i) => i.path);

describe('outline levels and paths', () => {
  const text = [
    '国务院关于某事的意见',
    '一、总体要求',
    '（一）指导思想。以新发展理念为指导。',
    '（二）主要目标。到2025年，建成一批平台。',
    '二、主要任务',
    '（三）统筹两个市场。',
    '1.拓展两个市场。推动加工制造。（海关总署负责）',
    '2．提前适用政策。适用新政策。',
    '（1）试点先行。',
    '（2）逐步推广。',
    '3、释放企业产能。',
    '十一、有关要求',
  ].join('\n');
  const doc = parseDocument(text, 't.txt');

  it('builds full number paths for 一、 （一） 1. （1）', () => {
    expect(doc.items.map((i) => i.path)).toEqual([
      '一、', '一、（一）', '一、（二）', '二、', '二、（三）', '二、（三）1.', '二、（三）2.', '二、（三）2.（1）', '二、（三）2.（2）', '二、（三）3.',
    ]);
  });
  it('assigns levels, parents and labels as written', () => {
    const byPath = new Map(doc.items.map((i) => [i.path, i]));
    expect(byPath.get('一、')).toMatchObject({ level: 1, label: '一、', parent: undefined, heading: '总体要求' });
    expect(byPath.get('一、（二）')).toMatchObject({ level: 2, label: '（二）', parent: '一、', heading: '主要目标' });
    expect(byPath.get('二、（三）2.')).toMatchObject({ level: 3, label: '2．', parent: '二、（三）', heading: '提前适用政策' });
    expect(byPath.get('二、（三）2.（1）')).toMatchObject({ level: 4, parent: '二、（三）2.', heading: '试点先行' });
    expect(byPath.get('二、（三）3.')).toMatchObject({ label: '3、', heading: '释放企业产能' });
  });
  it('rejects 十一、 that does not continue the numbering of 二、', () => {
    expect(doc.items.some((i) => i.path === '十一、')).toBe(false);
  });
  it('gives spans: text covers nested items, ownEnd stops before the first child', () => {
    const two = doc.items.find((i) => i.path === '二、（三）2.')!;
    expect(doc.text.slice(two.start, two.end)).toBe(two.text);
    expect(two.text.startsWith('2．提前适用政策。')).toBe(true);
    expect(two.text.endsWith('（2）逐步推广。')).toBe(true);
    expect(doc.text.slice(two.start, two.ownEnd)).toBe('2．提前适用政策。适用新政策。');
    const leaf = doc.items.find((i) => i.path === '二、（三）1.')!;
    expect(leaf.ownEnd).toBe(leaf.end);
  });
});

describe('false items', () => {
  it('does not read a decimal number as an item', () => {
    expect(paths('一、目标\n1.2亿千瓦装机容量将在年内建成。\n1.推进建设。')).toEqual(['一、', '一、1.']);
  });
  it('does not read （一） inside running text as an item', () => {
    expect(paths('一、目标\n按照第二条（一）项规定执行。\n（一）推进建设。')).toEqual(['一、', '一、（一）']);
  });
  it('does not read numbers in a table as items', () => {
    expect(paths('一、推广清单\n序号\n\n改革举措\n\n1\n\n知识产权保护\n\n2\n\n科技金融')).toEqual(['一、']);
  });
  it('accepts an item whose text starts after a space (9. I类切口…)', () => {
    expect(paths('一、指标\n1.手术患者并发症发生率\n2. I类切口手术部位感染率\n3.单病种质量控制')).toEqual(['一、', '一、1.', '一、2.', '一、3.']);
  });
  it('continues numbering across parents (8. under the second （二）)', () => {
    expect(paths('一、指标\n（一）功能定位\n1.门诊人次数\n2.特需医疗服务占比\n（二）质量安全\n3.手术患者并发症发生率\n5.跳号不算')).toEqual(['一、', '一、（一）', '一、（一）1.', '一、（一）2.', '一、（二）', '一、（二）3.']);
  });
});

describe('points counted inside an item', () => {
  const doc = parseDocument([
    '某某行动方案', '一、重点任务', '（一）优化营商环境。', '①全面推行告知承诺制。（司法部牵头）', '②推进企业开办全程网上办理。（市场监管总局牵头，公安部参与）',
    '（二）强化创新支撑。', '第一，加快建设国家实验室。（科技部牵头）', '第二：布局建设一批技术创新中心。（科技部负责）', '二、保障措施', '各地区要加强组织领导。',
  ].join('\n'), 'plan.txt');

  it('①… and 第一，… are items below what holds them, each with its own annotation', () => {
    expect(doc.items.map((i) => `${i.path}|${i.parent ?? ''}|${i.heading}`)).toEqual([
      '一、||重点任务', '一、（一）|一、|优化营商环境', '一、（一）①|一、（一）|全面推行告知承诺制', '一、（一）②|一、（一）|推进企业开办全程网上办理',
      '一、（二）|一、|强化创新支撑', '一、（二）第一|一、（二）|加快建设国家实验室', '一、（二）第二|一、（二）|布局建设一批技术创新中心', '二、||保障措施',
    ]);
    expect(doc.annotations.map((a) => `${a.itemPath} ${a.bodies.map((b) => `${b.asWritten}:${b.role}`).join(' ')}`)).toEqual([
      '一、（一）① 司法部:lead', '一、（一）② 市场监管总局:lead 公安部:participate', '一、（二）第一 科技部:lead', '一、（二）第二 科技部:responsible',
    ]);
  });

  it('a ① or 第一， that does not begin the count opens nothing, nor does 第一 without its mark', () => {
    expect(paths(['某某方案', '一、任务', '③推进改革。', '第一批试点已完成。'].join('\n'))).toEqual(['一、']);
  });
});

describe('attachments, notes and forwarded documents', () => {
  it('prefixes items after 附件 so that paths stay unique', () => {
    const p = paths('一、总体要求\n（一）指导思想。\n附件：指标\n国务院办公厅\n2019年1月16日\n\n附件\n\n指标\n\n一、医疗质量\n\n（一）功能定位\n\n1.门诊人次数\n\n注：\n1.标记的指标为国家监测指标。');
    expect(p).toEqual(['一、', '一、（一）', '附件：一、', '附件：一、（一）', '附件：一、（一）1.', '附件：注：1.']);
  });
  it('numbers attachments 附件1, 附件2', () => {
    const p = paths('一、总体要求\n国务院\n2019年1月2日\n附件1\n一、甲\n附件2\n一、乙');
    expect(p).toEqual(['一、', '附件1：一、', '附件2：一、']);
  });
  it('keeps plain paths for a document forwarded by a notice (印发…的通知)', () => {
    const p = paths('国务院办公厅关于印发某方案的通知\n国办发〔2019〕2号\n现印发给你们。\n国务院办公厅\n2019年1月1日\n\n某方案\n\n一、总体要求\n（一）目标任务。');
    expect(p).toEqual(['一、', '一、（一）']);
  });
});

describe('regulation-style outlines', () => {
  it('reads 第一章 / 第一节 / 第一条 with article numbers running across chapters', () => {
    const doc = parseDocument('某某管理办法\n第一章 总则\n第一条 为了规范管理，制定本办法。\n第二条 本办法适用于全国。\n（一）中央单位；\n（二）地方单位。\n第二章 管理\n第一节 申报\n第三条 申报单位应当提交材料。', 'r.txt');
    expect(doc.items.map((i) => [i.path, i.level])).toEqual([
      ['第一章', 1], ['第一章第一条', 2], ['第一章第二条', 2], ['第一章第二条（一）', 3], ['第一章第二条（二）', 3],
      ['第二章', 1], ['第二章第一节', 2], ['第二章第一节第三条', 3],
    ]);
    expect(doc.items[1].heading).toBe('为了规范管理，制定本办法');
  });
});

describe('no structure', () => {
  it('warns when there is no numbered outline and never throws', () => {
    const doc = parseDocument('这只是一段普通的文字，没有编号。', 'x.txt');
    // the body is read as one paragraph
    expect(doc.items.map((i) => [i.path, i.label, i.heading])).toEqual([['¶1', '', '这只是一段普通的文字，没有编号']]);
    expect(doc.warnings.some((w) => w.startsWith('No numbered outline found'))).toBe(true);
    expect(parseDocument('', 'e.txt').warnings.length).toBeGreaterThan(0);
  });
});
