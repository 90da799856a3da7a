import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../core/normalize';
import { readDecimalLabel, readTopNumberLabel } from '../../core/parse/decimal';
import { parseDocument } from '../../core/parse/document';

// An opinion whose outline mixes 一、 with decimal numbers (1.1, 2.1.1) and 1、, under a title printed with a space
// between every character. Written from the genre's grammar.
const DECIMAL = readFileSync(new URL('../fixtures/outline/decimal.txt', import.meta.url), 'utf8');

describe('decimal outlines', () => {
  const doc = parseDocument(DECIMAL, 'decimal.txt');

  it('reads 1.1 under 一、, 2.1.1 under 2.1, and 1、 under 2.3', () => {
    expect(doc.items.map((i) => `${i.path}|${i.level}|${i.parent ?? ''}|${i.heading}`)).toEqual([
      '一、|1||总体要求',
      '一、1.1|2|一、|指导思想',
      '一、1.2|2|一、|主要目标',
      '二、|1||重点任务',
      '二、2.1|2|二、|开展城市体检评估',
      '二、2.1.1|3|二、2.1|完善体检指标体系',
      '二、2.1.2|3|二、2.1|推动体检结果应用',
      '二、2.2|2|二、|推进老旧小区改造',
      '二、2.3|2|二、|加强城市基础设施建设',
      '二、2.3 1.|3|二、2.3|推进地下管网改造',
      '二、2.3 2.|3|二、2.3|提升城市防洪排涝能力',
      '三、|1||保障措施',
      '三、3.1|2|三、|组织保障',
      '三、3.2|2|三、|资金保障',
    ]);
    for (const item of doc.items) expect(doc.text.slice(item.start, item.end)).toBe(item.text);
  });

  it('a bare decimal heading is not joined to the paragraph under it; 1.5亿元 beginning a line is no label', () => {
    expect(doc.text).toContain('3.1 组织保障\n各地区要建立');
    const item = doc.items.find((i) => i.path === '三、3.2');
    expect(item?.text).toContain('1.5亿元以上的项目由省级人民政府审批。');
  });

  it('annotations and duties land on decimal items', () => {
    expect(doc.annotations.map((a) => `${a.itemPath} ${a.bodies.map((b) => `${b.asWritten}:${b.role}`).join(' ')}`)).toEqual([
      '二、2.1 住房城乡建设部:responsible',
      '二、2.2 住房城乡建设部:responsible 国家发展改革委:responsible 财政部:responsible',
      '三、3.1 国家发展改革委:responsible',
      '三、3.2 省级人民政府:responsible',
    ]);
  });

  it('decimals hang from the top when nothing bears their prefix, and a stray 2.1 inside 一、 opens nothing', () => {
    const top = parseDocument(['关于做好试点工作的通知', '1.1 明确试点范围。试点在三个省开展。', '1.2 加强组织领导。各地要加强领导。', '2.1 做好总结。及时总结经验。'].join('\n'), 't.txt');
    expect(top.items.map((i) => `${i.path}|${i.level}`)).toEqual(['1.1|1', '1.2|1', '2.1|1']);
    const stray = parseDocument(['关于做好试点工作的通知', '一、试点范围。试点在三个省开展。', '2.1 表格说明。', '二、组织领导。各地要加强领导。'].join('\n'), 's.txt');
    expect(stray.items.map((i) => i.path)).toEqual(['一、', '二、']);
  });

  it('a bare number heading a line (1　总则) is a part where its decimal items confirm it, and holds them', () => {
    // an emergency plan's outline: 1 总则 > 1.1 编制目的; 3.1 begins with a Roman numeral; 4 and 5 have no decimal items
    const plan = parseDocument([
      '国家某灾害应急预案', '1　总则', '1.1　编制目的', '减少损失。', '1.2　适用范围', '适用本预案。', '2　组织体系',
      '国家减灾委员会负责协调。', '2.1　专家委员会', '提供咨询。', '3　应急响应', '3.1　Ⅰ级响应', '民政部会同财政部下拨资金。',
      '3.2　Ⅱ级响应', '省级人民政府负责救灾。', '4　恢复重建', '民政部会同有关部门组织评估。', '5　附则', '本预案由民政部负责解释。',
    ].join('\n'), 'plan.txt');
    expect(plan.items.map((i) => `${i.path}|${i.parent ?? ''}|${i.heading}`)).toEqual([
      '1||总则', '1.1|1|编制目的', '1.2|1|适用范围', '2||组织体系', '2.1|2|专家委员会', '3||应急响应', '3.1|3|Ⅰ级响应',
      '3.2|3|Ⅱ级响应', '4||恢复重建', '5||附则',
    ]);
    expect(plan.items.find((i) => i.heading === '恢复重建')?.text).toContain('组织评估');
    // as a PDF reader gives it, the spaces after the numbers taken out: the same parts, and no heading joined to the
    // paragraph under it
    const fromPdf = parseDocument(['国家某灾害应急预案', '1总则', '1.1编制目的', '减少损失。', '2组织体系', '2.1专家委员会', '提供咨询。',
      '3应急响应', '3.1 Ⅰ级响应', '民政部会同财政部下拨', '资金。', '4恢复重建', '民政部会同有关部门组织评估。'].join('\n'), 'plan.pdf.txt');
    expect(fromPdf.items.map((i) => `${i.path}|${i.heading}`)).toEqual(['1|总则', '1.1|编制目的', '2|组织体系', '2.1|专家委员会', '3|应急响应', '3.1|Ⅰ级响应', '4|恢复重建']);
    expect(fromPdf.text).toContain('民政部会同财政部下拨资金。');
    // a part that holds items of another kind ((1), (2)) closes them where the next part begins
    const tasks = parseDocument([
      '国家某火灾应急预案', '1　总则', '1.1　编制目的', '减少损失。', '2　主要任务', '（1）组织灭火。扑打明火。', '（2）转移人员。及时疏散。',
      '3　组织体系', '3.1　指挥机构', '应急部负责组织。', '4　后期处置', '县级以上地方人民政府负责调查。',
    ].join('\n'), 'tasks.txt');
    expect(tasks.items.map((i) => `${i.path}|${i.parent ?? ''}`)).toEqual([
      '1|', '1.1|1', '2|', '2（1）|2', '2（2）|2', '3|', '3.1|3', '4|',
    ]);
    // unconfirmed, a line that begins with a number and a word is no label: a table's rows, or a list of places
    const table = parseDocument(['关于公布试点名单的通知', '各地要做好试点工作。', '1　北京市', '2　天津市', '3　河北省'].join('\n'), 'table.txt');
    expect(table.items.map((i) => i.path)).not.toContain('1');
  });
});

describe('readDecimalLabel', () => {
  it('reads labels and rejects quantities', () => {
    expect(readDecimalLabel('1.1 指导思想')).toMatchObject({ numbers: [1, 1], written: '1.1', canonical: '1.1' });
    expect(readDecimalLabel('２．３．１完善体系')).toMatchObject({ numbers: [2, 3, 1], written: '２．３．１', canonical: '2.3.1' });
    expect(readDecimalLabel('2.1、加强领导')).toMatchObject({ written: '2.1、' });
    expect(readDecimalLabel('1.2 人才队伍建设')).toMatchObject({ canonical: '1.2' });
    expect(readDecimalLabel('3.1　Ⅰ级响应')).toMatchObject({ canonical: '3.1' });
    expect(readTopNumberLabel('2组织指挥体系及职责')).toMatchObject({ numbers: [2], canonical: '2' });
    expect(readTopNumberLabel('１　总则')).toMatchObject({ written: '１', canonical: '1' });
    for (const s of ['3个工作日内', '2万亿元', '20世纪末期的水平。', '1 总则（试行）', '5G网络', '100 总则']) expect(readTopNumberLabel(s), s).toBeUndefined();
    for (const s of ['1.5亿元以上', '1.5 亿元以上', '2.3%的增长', '3.5倍', '1.2 ', '1.2.3.4.5 标题', '1. 标题', '12.100 标题', '0.5 标题', '1.1']) {
      expect(readDecimalLabel(s)).toBeUndefined();
    }
  });

  it('never throws and, when it reads a label, the line begins with it', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...'0123456789.．、 亿指导%１'), maxLength: 12 }), (s) => {
      const label = readDecimalLabel(s);
      if (label) expect(s.startsWith(label.written)).toBe(true);
    }));
  });
});

describe('titles printed with spaces between characters', () => {
  it('a title over two spaced lines reads as one title without the spaces', () => {
    const doc = parseDocument(DECIMAL, 'decimal.txt');
    expect(doc.meta).toMatchObject({ title: '国务院办公厅关于加快推进城市更新行动的实施意见', number: '国办发〔2025〕12号', issuers: ['国务院办公厅'] });
  });

  it('a spaced title on one line, and issuers above 关于 keep their separating space', () => {
    expect(parseDocument(['关 于 做 好 冬 春 农 田 水 利 建 设 的 通 知', '各省人民政府：', '请做好冬春农田水利建设。'].join('\n'), 'a.txt').meta.title)
      .toBe('关于做好冬春农田水利建设的通知');
    expect(parseDocument(['水利部 财政部', '关 于 做 好 农 田 水 利 建 设 的 通 知', '各省水利厅：', '请做好建设。'].join('\n'), 'b.txt').meta.title)
      .toBe('水利部 财政部关于做好农田水利建设的通知');
  });

  it('normalising leaves a spaced title line on its own', () => {
    expect(normalize('关 于 加 快 推 进 城 市 更 新\n行 动 的 实 施 意 见\n国办发〔2025〕12号').split('\n')).toHaveLength(3);
  });
});
