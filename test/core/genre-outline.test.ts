import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../core/parse/document';

const paths = (text: string): string[] => parseDocument(text, 't.txt').items.map((i) => i.path);

describe('genre: numbering gaps', () => {
  it('accepts a skipped article whose heading is a sentence, in the label style of its siblings', () => {
    const text = [
      '关于推进养老服务发展的意见',
      '一、深化放管服改革',
      '（一）建立综合监管制度。明确监管重点。（民政部负责）',
      '（二）深化公办机构改革。发挥兜底作用。（民政部负责）',
      '（四）推动解决融资问题。鼓励商业银行发放贷款。（人民银行负责）',
      '（五）扩大债券发行规模。（国家发展改革委负责）',
      '二、扩大就业创业',
      '（七）建立职业技能等级认定制度。（人力资源社会保障部负责）',
    ].join('\n');
    const doc = parseDocument(text, 'gap.txt');
    expect(doc.items.map((i) => i.path)).toEqual(['一、', '一、（一）', '一、（二）', '一、（四）', '一、（五）', '二、', '二、（七）']);
    expect(doc.annotations.map((a) => a.itemPath)).toEqual(['一、（一）', '一、（二）', '一、（四）', '一、（五）', '二、（七）']);
  });
  it('rejects a skip to a bare phrase, a skip in another label style and a wide skip', () => {
    expect(paths('一、指标\n1.门诊人次数\n2.住院人次数\n4.跳号不算')).toEqual(['一、', '一、1.', '一、2.']);
    expect(paths('一、任务\n（一）甲。推进。\n（二）乙。推进。\n(四)丙。推进。')).toEqual(['一、', '一、（一）', '一、（二）']);
    expect(paths('一、任务\n（一）甲。推进。\n（二）乙。推进。\n（十二）丙。推进。')).toEqual(['一、', '一、（一）', '一、（二）']);
  });
  it('accepts bare headings and wider skips in a document marked 本文有删减', () => {
    const text = [
      '关于加快推进数字政府建设的指导意见',
      '（本文有删减）',
      '一、总体要求',
      '（一）指导思想。坚持以人民为中心。',
      '二、主要任务',
      '（三）构建履职能力体系。强化监测分析。（国家数据局负责）',
      '四、保障措施',
      '（十）加强组织领导。各地区各部门要将数字政府建设作为重要任务。（中央网信办负责）',
    ].join('\n');
    expect(paths(text)).toEqual(['一、', '一、（一）', '二、', '二、（三）', '四、', '四、（十）']);
  });
});

describe('genre: first sub-item on the heading line', () => {
  it('（一） after a sentence on the 一、 line', () => {
    const text = '关于某事的意见\n一、总体要求。（一）指导思想。坚持系统观念。\n（二）基本原则。坚持统筹推进。\n二、重点任务';
    expect(paths(text)).toEqual(['一、', '一、（一）', '一、（二）', '二、']);
  });
});

describe('genre: closing paragraphs after the last annotated item', () => {
  const text = [
    '关于推进某项工作的意见',
    '一、重点任务',
    '（一）加强监管。完善制度。（市场监管总局负责）',
    '（二）扩大就业。推进培训。（人力资源社会保障部、民政部负责）',
    '各地区、各有关部门要高度重视，把这项工作纳入经济社会发展规划。',
    '国家发展改革委要会同有关部门加强督促检查。',
    '国务院办公厅',
    '2019年2月15日',
  ].join('\n');
  const doc = parseDocument(text, 'close.txt');
  it('ends the last item, and its section, at its annotation', () => {
    const last = doc.items.find((i) => i.path === '一、（二）')!;
    expect(last.text).toBe('（二）扩大就业。推进培训。（人力资源社会保障部、民政部负责）');
    expect(doc.items.find((i) => i.path === '一、')!.text.endsWith('民政部负责）')).toBe(true);
    expect(doc.text.slice(last.start, last.end)).toBe(last.text);
    expect(last.ownEnd).toBe(last.end);
  });
  it('leaves unannotated documents alone: a paragraph after the heading is the item body', () => {
    const d = parseDocument('关于某事的意见\n一、总体要求\n（一）指导思想。坚持系统观念。\n二、有关要求\n各地区各有关部门要充分认识重要意义。\n国务院\n2019年1月12日', 'x.txt');
    expect(d.items.find((i) => i.path === '二、')!.text).toBe('二、有关要求\n各地区各有关部门要充分认识重要意义。');
  });
  it('keeps an annotated last item whole when the paragraph after it carries its own annotation', () => {
    const d = parseDocument('关于某事的意见\n一、任务\n（一）甲。推进。（科技部负责）\n（二）乙。推进。\n加强乙的建设。（教育部负责）', 'y.txt');
    expect(d.items.find((i) => i.path === '一、（二）')!.text.endsWith('（教育部负责）')).toBe(true);
  });
});

describe('genre: closing paragraphs of a document without annotations, by the shape of its items', () => {
  it('after items that each hold one paragraph, the paragraphs after the last one\'s first line are the document\'s', () => {
    const doc = parseDocument([
      '国务院关于某项工作情况的报告', '一、下一步工作', '（一）深入打好蓝天保卫战。生态环境部要会同有关部门制定行动计划。',
      '（二）深入打好碧水保卫战。水利部、生态环境部按职责分工负责。', '（三）加强生态保护修复。国家林草局负责国家公园建设管理。',
      '我们将自觉接受全国人大及其常委会的监督。国家发展改革委要会同有关部门加强督促检查。',
    ].join('\n'), 'report.txt');
    expect(doc.items.map((i) => i.path)).toEqual(['一、', '一、（一）', '一、（二）', '一、（三）', '¶1']);
    expect(doc.items.find((i) => i.path === '一、（三）')!.text).toBe('（三）加强生态保护修复。国家林草局负责国家公园建设管理。');
    expect(doc.annotations.filter((a) => a.itemPath === '¶1').flatMap((a) => a.bodies.map((b) => `${b.asWritten}:${b.role}`))).toEqual(['国家发展改革委:lead']);
  });

  it('items whose heading stands on a line of its own keep the paragraphs after it', () => {
    const doc = parseDocument('关于某事的意见\n一、总体要求\n坚持系统观念。\n二、主要任务\n推进改革。\n三、有关要求\n各地区要高度重视。\n国家发展改革委要加强督促检查。', 'x.txt');
    expect(doc.items.map((i) => i.path)).toEqual(['一、', '二、', '三、']);
  });
});

describe('genre: closing paragraphs in the corpus', () => {
  it('gov-37: the paragraphs after the annotation of 三十、 belong to the document, each a paragraph item, not to the item', async () => {
    const { readFileSync } = await import('node:fs');
    const doc = parseDocument(readFileSync('test/fixtures/corpus/gov-37.txt', 'utf8'), 'gov-37.txt');
    const last = doc.items.find((i) => i.path === '三十、')!;
    expect(last.text.endsWith('负责）')).toBe(true);
    expect(doc.text.slice(last.end)).toContain('停止执行');
    expect(doc.annotations.filter((a) => !a.inText).at(-1)!.itemPath).toBe('三十、');
    const closing = doc.items.filter((i) => i.path.startsWith('¶'));
    expect(closing.map((i) => [i.path, i.level, i.parent])).toEqual([['¶1', 1, undefined], ['¶2', 1, undefined], ['¶3', 1, undefined]]);
    expect(closing[2].text).toContain('停止执行');
    // what they charge is read from them: the General Office will organise the incentives with the parties concerned
    expect(doc.annotations.filter((a) => a.itemPath === '¶2').flatMap((a) => a.bodies.map((b) => `${b.asWritten}:${b.role}`))).toEqual(['国务院办公厅:lead']);
  });
});

describe('genre: the attachment list of a covering notice', () => {
  const doc = parseDocument([
    '关于某事的通知', '一、任务', '（一）推进。', '1.完善规划。（民政部负责）', '2.加强监管。（市场监管总局负责）',
    '附件：1.重点任务分工表', '2.养老服务标准清单', '3.名单',
    '国务院办公厅', '2019年2月15日',
    '附件1', '重点任务分工表', '1.完善规划。', '附件2', '养老服务标准清单', '一、服务标准',
  ].join('\n'), 'att.txt');
  it('is part of no item and does not continue the numbering', () => {
    expect(doc.items.map((i) => i.path)).toEqual(['一、', '一、（一）', '一、（一）1.', '一、（一）2.', '附件1：1.', '附件2：一、']);
    expect(doc.items.find((i) => i.path === '一、（一）2.')!.text).toBe('2.加强监管。（市场监管总局负责）');
  });
});
