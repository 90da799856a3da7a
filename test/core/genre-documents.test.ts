import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGraph, responsibilityRows } from '../../core/graph';
import { parseDocument } from '../../core/parse/document';

// Whole documents of the genre, written from its grammar: a 国办函 opinion with the first-listed rule, gaps, a page
// break inside a paragraph and an annotation, closing paragraphs, sign-off, 抄送 and two attachments.
const ELDERLY_CARE = [
  '国务院办公厅关于推进养老服务',
  '高质量发展的实施意见',
  '国办函〔2019〕12号',
  '',
  '各省、自治区、直辖市人民政府，国务院各部委、各直属机构：',
  '  为贯彻落实党中央、国务院决策部署，加快建设居家社区机构相协调、医养康养相结合的养老服务体系，经国务院同意，现提出以下意见。',
  '',
  '一、深化放管服改革',
  '（一）建立养老服务综合监管制度。制定关于加强养老服务综合监管的指导意见，明确监管重点、监管措施、监管责任，强化对养老服务',
  '',
  '机构的信用监管。（民政部、国家发展改革委、市场监管总局负责，排在第一位的为牵头单位，下同）',
  '（二）继续深化公办养老机构改革。充分发挥公办养老机构兜底保障作用。（民政部、国家发展改革委、财政部、国务院国资委等和各省级人民政府负责）',
  '二、拓宽养老服务投融资渠道',
  '（四）推动解决养老服务机构融资问题。鼓励商业银行探索向产权明晰的民办养老机构发放资产（设施）抵押贷款。（人民银行、银保监会等',
  '有关部门和单位负责）',
  '（五）全面落实外资举办养老服务机构国民待遇。（商务部牵头，民政部、市场监管总局配合）',
  '三、扩大养老服务就业创业',
  '（六）大力推进养老服务业吸纳就业。（人力资源社会保障部、财政部，各省、自治区、直辖市人民政府按职责分工负责）',
  '各地区、各有关部门要高度重视养老服务工作，把养老服务体系建设纳入经济社会发展规划。',
  '国务院办公厅',
  '二〇一九年二月十五日',
  '',
  '（此件公开发布）',
  '',
  '抄送：党中央各部门，中央军委办公厅，全国人大常委会办公厅。',
  '',
  '附件1',
  '重点任务分工表',
  '1.完善规划。（民政部负责）',
  '2.加强监管。（市场监管总局负责）',
  '附件2',
  '养老服务标准清单',
  '1.服务质量标准。',
].join('\n');

describe('genre document: a 国办函 opinion', () => {
  const doc = parseDocument(ELDERLY_CARE, 'elderly-care.txt');
  const graph = buildGraph([doc]);
  const rows = responsibilityRows(graph);

  it('reads the header and sign-off', () => {
    expect(doc.meta).toMatchObject({ title: '国务院办公厅关于推进养老服务高质量发展的实施意见', number: '国办函〔2019〕12号', date: '2019-02-15', issuers: ['国务院办公厅'] });
    expect(doc.warnings).toEqual([]);
  });
  it('builds the outline across a numbering gap, with attachments restarting', () => {
    expect(doc.items.map((i) => i.path)).toEqual([
      '一、', '一、（一）', '一、（二）', '二、', '二、（四）', '二、（五）', '三、', '三、（六）', '¶1', '附件1：1.', '附件1：2.', '附件2：1.',
    ]);
  });
  it('ends the last item at its annotation, before the closing paragraph, which is a paragraph of the document', () => {
    expect(doc.items.find((i) => i.path === '三、（六）')!.text.endsWith('按职责分工负责）')).toBe(true);
    expect(doc.items.find((i) => i.path === '¶1')).toMatchObject({ level: 1, parent: undefined, text: '各地区、各有关部门要高度重视养老服务工作，把养老服务体系建设纳入经济社会发展规划。' });
  });
  it('gives one row per (annotation, registered body), roles from the first-listed rule or 牵头', () => {
    expect(rows.map((r) => `${r.item} ${r.agencyAsWritten} ${r.role}`)).toEqual([
      '一、（一） 民政部 lead', '一、（一） 国家发展改革委 joint', '一、（一） 市场监管总局 joint',
      '一、（二） 民政部 lead', '一、（二） 国家发展改革委 joint', '一、（二） 财政部 joint', '一、（二） 国务院国资委 joint', '一、（二） 各省级人民政府 joint',
      '二、（四） 人民银行 lead', '二、（四） 银保监会 joint',
      '二、（五） 商务部 lead', '二、（五） 民政部 participate', '二、（五） 市场监管总局 participate',
      '三、（六） 人力资源社会保障部 lead', '三、（六） 财政部 joint', '三、（六） 各省、自治区、直辖市人民政府 joint',
      '附件1：1. 民政部 lead', '附件1：2. 市场监管总局 lead',
    ]);
    expect(rows.find((r) => r.agencyAsWritten === '各省、自治区、直辖市人民政府')?.agency).toBe('各省级人民政府');
    expect(rows.every((r) => r.agencyId && !r.agencyId.startsWith('unreg-'))).toBe(true);
  });
  it('quotes evidence that slices back to the text', () => {
    for (const r of rows) expect(doc.text.slice(r.start, r.end)).toBe(r.quote);
  });
});

describe('genre document: a joint notice of five ministries forwarding a plan', () => {
  const doc = parseDocument([
    '工业和信息化部 国家发展改革委 科技部',
    '财政部 生态环境部',
    '关于印发工业领域碳达峰',
    '实施方案的通知',
    '工信部联节〔2022〕88号',
    '',
    '各省、自治区、直辖市及计划单列市、新疆生产建设兵团工业和信息化主管部门：',
    '现将《工业领域碳达峰实施方案》印发给你们，请结合实际，认真贯彻落实。',
    '',
    '工业和信息化部',
    '国家发展改革委',
    '科技部',
    '财政部',
    '生态环境部',
    '二〇二二年七月七日',
    '',
    '工业领域碳达峰实施方案',
    '',
    '一、重点任务',
    '（一）深度调整产业结构。1.构建有利于碳减排的产业布局。落实区域重大战略。(国家发展改革委、工业和信息化部按职责分工负责)',
    '2.坚决遏制高耗能高排放低水平项目盲目发展。(工业和信息化部、国家发展改革委、生态环境部负责) 各地要建立项目清单。',
    '（二）深入推进节能降碳。',
    '3.调整优化用能结构。重点控制化石能源消费。（国家发展改革委、国家能源局牵头，工业和信息化部参与）',
  ].join('\n'), 'carbon.txt');

  it('reads title, number, issuers and date', () => {
    expect(doc.meta).toMatchObject({
      title: '工业和信息化部 国家发展改革委 科技部 财政部 生态环境部关于印发工业领域碳达峰实施方案的通知',
      number: '工信部联节〔2022〕88号', date: '2022-07-07',
      issuers: ['工业和信息化部', '国家发展改革委', '科技部', '财政部', '生态环境部'],
    });
  });
  it('keeps plain paths for the forwarded plan and finds all annotations', () => {
    expect(doc.items.map((i) => i.path)).toEqual(['一、', '一、（一）', '一、（一）1.', '一、（一）2.', '一、（二）', '一、（二）3.']);
    expect(doc.annotations.map((a) => `${a.itemPath} ${a.bodies.map((b) => `${b.asWritten}:${b.role}`).join(' ')}`)).toEqual([
      '一、（一）1. 国家发展改革委:responsible 工业和信息化部:responsible',
      '一、（一）2. 工业和信息化部:responsible 国家发展改革委:responsible 生态环境部:responsible',
      '一、（二）3. 国家发展改革委:lead 国家能源局:lead 工业和信息化部:participate',
    ]);
  });
});

describe('genre: robustness', () => {
  const shapes: Array<[string, string]> = [
    ['a huge single line', '（一）加强监管。（科技部负责）推进建设（财政部牵头，教育部参与）'.repeat(3000)],
    ['an all-table document', Array.from({ length: 3000 }, (_, i) => `${i + 1}\t项目${i}\t${i * 3}%\t（${i}）`).join('\n')],
    ['unbalanced parentheses', '（（（（科技部负责'.repeat(5000) + '））））'.repeat(3000)],
    ['keywords with no parentheses', '负责牵头'.repeat(50000)],
    ['a title and nothing else', '关于某事的通知'],
    ['labels only', Array.from({ length: 2000 }, (_, i) => `（${i % 10 === 0 ? '一' : '二'}）`).join('\n')],
    ['empty', ''],
  ];
  it.each(shapes)('never throws on %s', (_name, text) => {
    const doc = parseDocument(text, 'x.txt');
    expect(doc.text.length).toBeGreaterThanOrEqual(0);
    for (const a of doc.annotations) expect(doc.text.slice(a.start, a.end)).toBe(a.quote);
    for (const it of doc.items) expect(doc.text.slice(it.start, it.end)).toBe(it.text);
    expect(() => buildGraph([doc])).not.toThrow();
  });
});

describe('genre: page-number lines left by PDF copies', () => {
  const doc = parseDocument([
    '国务院关于加快发展某某产业的意见',
    '国发〔2020〕5号',
    '一、重点任务',
    '（一）加强科技创新。支持企业建设研发机构，推动关键核心技术攻关，完善科技成果转化机制，强化知识产权保护和运用，加快推进产',
    '',
    '— 3 —',
    '',
    '业链协同创新。（科技部、国家发展改革委负责）',
    '（二）完善金融支持。鼓励金融机构加大信贷投放力度，支持符合条件的企业上市融资，发挥政府投资基金引导作用，加强对重点项目的',
    '- 4 -',
    '融资保障。（人民银行、金融监管总局负责）',
    '（三）优化营商环境。深化放管服改革。（国务院办公厅、市场监管总局',
    '－ 5 －',
    '负责）',
    '第6页 共9页',
    '（四）加强组织领导。各地区要建立工作机制。（各省级人民政府负责）',
  ].join('\n'), 'pages.txt');
  it('drops decorated page numbers and rejoins the sentences they cut', () => {
    expect(doc.text).not.toMatch(/[—－-] ?\d ?[—－-]|第6页/);
    expect(doc.text).toContain('加快推进产业链协同创新。（科技部、国家发展改革委负责）');
    expect(doc.text).toContain('加强对重点项目的融资保障。');
  });
  it('keeps every annotation on its item', () => {
    expect(doc.annotations.map((a) => `${a.itemPath} ${a.bodies.map((b) => b.asWritten).join('/')}`)).toEqual([
      '一、（一） 科技部/国家发展改革委', '一、（二） 人民银行/金融监管总局', '一、（三） 国务院办公厅/市场监管总局', '一、（四） 各省级人民政府',
    ]);
  });
  it('leaves bare numbers alone: they may be table cells', () => {
    expect(parseDocument('序号\n1\n项目\n2', 't.txt').text).toBe('序号\n1\n项目\n2');
  });
});

describe('genre: any mix of the genre’s pieces', () => {
  const pieces = [
    '一、', '（一）', '（三）', '1.', '２．', '（1）', '第一章', '第三条', '附件', '附件1', '附件：1.清单', '注：', '国务院办公厅', '2019年2月15日',
    '二〇一九年二月十五日', '国办函〔2019〕12号', '（', '）', '(', ')', '负责', '牵头', '责任单位：', '参与', '配合', '，', '、', '。', '；', '\n', '\n\n',
    '科技部', '各省、自治区、直辖市人民政府', '有关部门', '等', '和', '排在第一位的为牵头单位', '下同', '— 3 —', '本文有删减', '翻一番', '三分之一',
    '加强监管', '各地区、各部门要', ' ', '关于', '的通知', '文件',
  ];
  it('never throws, and every offset slices back to what it quotes', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 120 }), (parts) => {
      const doc = parseDocument(parts.join(''), 'mix.txt');
      for (const a of doc.annotations) {
        expect(doc.text.slice(a.start, a.end)).toBe(a.quote);
        for (const b of a.bodies) expect(doc.text.slice(b.start, b.end)).toBe(b.asWritten);
      }
      for (const item of doc.items) {
        expect(doc.text.slice(item.start, item.end)).toBe(item.text);
        expect(item.start <= item.ownEnd && item.ownEnd <= item.end).toBe(true);
      }
      buildGraph([doc]);
    }), { numRuns: 300, seed: 20261127 });
  });
});
