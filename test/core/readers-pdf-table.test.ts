import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nodePdfAssets } from '../../cli/pdf-assets';
import { readAnyDocument, readDocument, type ParsedDocument } from '../../core';
import { extractTargets } from '../../core/entities';
import { tableCells } from '../../core/readers/pdf-grid';
import type { PdfLine } from '../../core/readers/pdf-lines';
import { pageRuling, type Rule, type VRule } from '../../core/readers/pdf-rules';

// gov-04's appendix is a table of 55 indicators in five columns (一级指标, 二级指标 spanning rows, 三级指标, 指标性质,
// 指标说明), over many pages. Its plain text has the cells in reading order, a cell a paragraph: the PDFs must give
// the same outline (一、 → （一） → 1.) and the same cell texts.
const root = new URL('../fixtures/', import.meta.url);
const bytes = (path: string): Uint8Array => new Uint8Array(readFileSync(new URL(path, root)));
const plain = readDocument(bytes('corpus/gov-04.txt'), 'gov-04.txt');
const read = (file: string): Promise<ParsedDocument> => readAnyDocument(bytes(`formats/${file}`), file, { pdfAssets: nodePdfAssets });
const squeeze = (s: string) => s.replace(/\s+/g, '');
const inTable = (doc: ParsedDocument) => doc.items.filter((i) => i.path.startsWith('附件：'));

describe('a table in a PDF reads as its plain text', () => {
  it('LibreOffice export (cells at the top of their box): the same items with the same texts', async () => {
    const doc = await read('gov-04.office.pdf');
    expect(inTable(plain).length).toBeGreaterThan(80);
    expect(doc.items.map((i) => i.path)).toEqual(plain.items.map((i) => i.path));
    for (const item of inTable(plain)) expect(squeeze(doc.items.find((i) => i.path === item.path)!.text), item.path).toBe(squeeze(item.text));
  }, 60_000);

  it('Chromium print (spanning cells centred in their rows): the rows in order, the group headings before their rows', async () => {
    const doc = await read('gov-04.chromium.pdf');
    // a centred heading's rows are those of the box the page draws around it: every indicator under its own group
    expect(doc.items.map((i) => i.path)).toEqual(plain.items.map((i) => i.path));
    // and each indicator with its own cells (two short rows stand as close as the lines of one cell: the rule drawn
    // between them keeps them apart); item 2's text differs in the print itself (住院。） for 住院）。)
    for (const item of inTable(plain).filter((i) => /\d\.$/.test(i.path) && i.path !== '附件：一、（一）2.' && !i.path.startsWith('附件：注：'))) {
      expect(squeeze(doc.items.find((i) => i.path === item.path)!.text), item.path).toBe(squeeze(item.text));
    }
    // every indicator row reads as in the text: number and name, 定量/定性, the explanation
    expect(doc.text).toContain('\n\n1.门诊人次数与出院人次数比\n\n定量\n\n计算方法：门诊患者人次数/同期出院患者人次数（急诊、健康体检者不计入）。\n指标来源：医院填报。');
  }, 60_000);
});

describe('a task table with group rows, printed by Chromium', () => {
  it('gov-10: the group rows (一、知识产权保护方面（共5项）) stay in the table, and every row gives the bodies of the plain text', async () => {
    const doc = await read('gov-10.chromium.pdf');
    const text = readDocument(bytes('corpus/gov-10.txt'), 'gov-10.txt');
    const rows = (d: ParsedDocument) => d.annotations.map((a) => `${a.itemPath.replace(/\s/g, '')} ${a.bodies.map((b) => `${b.asWritten}:${b.role}`).join(' ')}`);
    expect(rows(doc)).toEqual(rows(text));
    expect(rows(doc).length).toBe(19);
  }, 60_000);
});

describe('a ruled table of indicators with wrapped headers, exported by LibreOffice', () => {
  // a plan's box (专栏1) with a table whose year columns are narrow (2020 / 年 on two lines), whose names sit a little
  // above their row's figures, and a short item right under it that fits in the first column
  it('reads as its Word file does: the header whole, a cell a paragraph, the item after the table an item of its own', async () => {
    const pdf = await read('indicator-table.office.pdf');
    const docx = await read('indicator-table.docx');
    const goals = (d: ParsedDocument) => extractTargets(d.text).map((t) => `${t.year} ${t.metric} ${t.value}`);
    expect(goals(pdf)).toEqual(['2025 数字经济核心产业增加值占GDP比重 10%', '2025 IPv6活跃用户数 8亿户', '2025 千兆宽带用户数 6000万户']);
    expect(goals(pdf)).toEqual(goals(docx));
    expect(pdf.items.map((i) => `${i.path} ${i.heading}`)).toEqual(docx.items.map((i) => `${i.path} ${i.heading}`));
    expect(pdf.items.map((i) => i.path)).toContain('第一章二、');
  }, 60_000);

  it('a box as a table whose caption row spans it, the header\'s cells joined into one piece of text by pdf.js', async () => {
    // 专栏1 … in a row across the table, then 指标 | 2020年2025年 属性 as pdf.js gives it: cut at the drawn borders
    const pdf = await read('indicator-box.office.pdf');
    const docx = await read('indicator-box.docx');
    const goals = (d: ParsedDocument) => extractTargets(d.text).map((t) => `${t.year} ${t.metric} ${t.value}`);
    expect(goals(pdf)).toEqual(['2025 数字经济核心产业增加值占GDP比重 10%', '2025 IPv6活跃用户数 8亿户']);
    expect(goals(pdf)).toEqual(goals(docx));
    expect(pdf.items.map((i) => `${i.path} ${i.heading}`)).toEqual(docx.items.map((i) => `${i.path} ${i.heading}`));
  }, 60_000);

  it('printed by Chromium (each cell\'s borders drawn apart, text close to them): the columns its borders draw', async () => {
    const pdf = await read('indicator-table.chromium.pdf');
    const docx = await read('indicator-table.docx');
    const goals = (d: ParsedDocument) => extractTargets(d.text).map((t) => `${t.year} ${t.metric} ${t.value}`);
    expect(goals(pdf)).toEqual(goals(docx));
    expect(pdf.items.map((i) => `${i.path} ${i.heading}`)).toEqual(docx.items.map((i) => `${i.path} ${i.heading}`));
  }, 60_000);
});

describe('tableCells', () => {
  const line = (y: number, cells: [number, string][], page = 0): PdfLine => ({
    text: cells.map(([, t]) => t).join(' '), left: cells[0][0], right: cells[cells.length - 1][0] + 40, y, size: 10,
    cells: cells.map(([x, text]) => ({ text, left: x, right: x + text.length * 10 })), runs: cells.map(([x, text]) => ({ text, left: x, right: x + text.length * 10 })),
  });
  const text = (pages: PdfLine[][]) => pages.flat().map((l) => l.text).filter(Boolean);

  it('keeps a group row across the columns inside the table, before the rows below it', () => {
    const page = [
      line(700, [[0, '序号'], [100, '举措'], [200, '部门']]),
      line(674, [[0, '一、第一方面（共2项）']]),
      line(648, [[0, '1'], [100, '第一项'], [200, '科技部']]),
      line(636, [[100, '续写'], [200, '续']]),
      line(624, [[100, '再写']]),
      line(596, [[0, '2'], [100, '第二项'], [200, '教育部']]),
      line(584, [[100, '续写'], [200, '续']]),
      line(572, [[100, '再写']]),
      line(542, [[0, '二、第二方面（共1项）']]),
      line(516, [[0, '3'], [100, '第三项'], [200, '财政部']]),
      line(504, [[100, '续写'], [200, '续']]),
      line(492, [[100, '再写']]),
    ];
    expect(text(tableCells([page]))).toEqual([
      '序号', '举措', '部门', '一、第一方面（共2项）', '1', '第一项续写再写', '科技部续', '2', '第二项续写再写', '教育部续',
      '二、第二方面（共1项）', '3', '第三项续写再写', '财政部续',
    ]);
    // a line across the columns that is no group row (a sentence) still ends the table
    const prose = [line(700, [[0, '序号'], [100, '举措'], [200, '部门']]), line(680, [[0, '1'], [100, '第一项'], [200, '科技部']]), line(660, [[0, '以上各项任务要抓好落实，确保按期完成。']])];
    expect(text(tableCells([prose])).pop()).toBe('以上各项任务要抓好落实，确保按期完成。');
  });

  it('puts a spanning cell before its rows and wrapped lines into their cell', () => {
    const page = [
      line(700, [[0, '正文第一段。']]),
      line(660, [[0, '类别'], [100, '事项'], [200, '说明']]),
      line(630, [[0, '甲类'], [100, '第一项'], [200, '说明一']]),
      line(618, [[200, '续写']]),
      line(606, [[200, '再写。']]),
      line(582, [[100, '第二项'], [200, '说明二']]),
      line(570, [[200, '续写']]),
      line(546, [[0, '乙类'], [100, '第三项'], [200, '说明三']]),
      line(534, [[200, '续写']]),
    ];
    expect(text(tableCells([page]))).toEqual(['正文第一段。', '类别', '事项', '说明', '甲类', '第一项', '说明一续写再写。', '第二项', '说明二续写', '乙类', '第三项', '说明三续写']);
  });

  it('puts a centred spanning cell before the first row of its drawn box', () => {
    // rows 第一项 and 第二项 have no 类别; 乙类 is centred on 第三项 and 第四项, level with neither
    const page = [
      line(660, [[0, '类别'], [100, '事项'], [200, '说明']]),
      line(630, [[100, '第一项'], [200, '说明一']]),
      line(618, [[200, '续写']]),
      line(594, [[100, '第二项'], [200, '说明二']]),
      line(582, [[200, '续写']]),
      line(558, [[100, '第三项'], [200, '说明三']]),
      line(546, [[200, '续写']]),
      line(534, [[0, '乙类']]),
      line(522, [[100, '第四项'], [200, '说明四']]),
      line(510, [[200, '续写']]),
    ];
    const full = (y: number): Rule => ({ y, x0: -5, x1: 300 });
    const right = (y: number): Rule => ({ y, x0: 95, x1: 300 });
    const rules = [full(675), full(655), right(605), full(570), right(535), full(500)];
    expect(text(tableCells([page], [rules]))).toEqual(['类别', '事项', '说明', '第一项', '说明一续写', '第二项', '说明二续写', '乙类', '第三项', '说明三续写', '第四项', '说明四续写']);
  });

  it('in a drawn box, takes the header lines above its widest line, the columns from all its lines, and ends at its last rule', () => {
    // 指标 | 2020年 | 2025年 | 属性, the years wrapped; a row's name set above its figures; an item under the table that
    // keeps to the first column
    const page = [
      line(700, [[0, '专栏1 主要指标']]),
      line(676, [[100, '2020'], [150, '2025']]),
      line(668, [[0, '指标'], [200, '属性']]),
      line(660, [[100, '年'], [150, '年']]),
      line(636, [[0, '增加值比重']]),
      line(628, [[100, '7.8'], [150, '10'], [200, '预期性']]),
      line(620, [[0, '（%）']]),
      line(600, [[0, '用户数'], [100, '4.6'], [150, '8'], [200, '预期性']]),
      line(570, [[0, '二、面临形势。']]),
    ];
    const rules: Rule[] = [690, 650, 610, 590].map((y) => ({ y, x0: -2, x1: 240 }));
    expect(text(tableCells([page], [rules]))).toEqual([
      '专栏1 主要指标', '指标', '2020年', '2025年', '属性', '增加值比重（%）', '7.8', '10', '预期性', '用户数', '4.6', '8', '预期性', '二、面临形势。',
    ]);
  });

  it('takes a drawn box\'s columns from its vertical rules, where text stands close to them', () => {
    // a name that runs up to its column's border (its last run ends 2 before the next column's first)
    const page = [
      line(668, [[0, '指标'], [100, '2020年'], [162, '2025年']]),
      line(636, [[0, '比重（%）'], [66, 'GDP'], [100, '7.8'], [162, '10']]),
      line(600, [[0, '用户数'], [100, '4.6'], [162, '8']]),
    ];
    // cell by cell, as a browser draws them
    const rules: Rule[] = [690, 650, 610, 590].flatMap((y) => [{ y, x0: -2, x1: 98 }, { y, x0: 98, x1: 160 }, { y, x0: 160, x1: 220 }]);
    const verticals: VRule[] = [-2, 98, 160, 220].map((x) => ({ x, y0: 590, y1: 690 }));
    expect(text(tableCells([page], [rules], undefined, [verticals]))).toEqual(['指标', '2020年', '2025年', '比重（%）GDP', '7.8', '10', '用户数', '4.6', '8']);
  });

  it('cuts a piece of text that runs across a drawn border, and leaves a caption row no border crosses out of the table', () => {
    const page = [
      line(690, [[0, '专栏1 主要指标']]),
      line(668, [[0, '指标'], [100, '2020年2025年']]),
      line(636, [[0, '比重'], [100, '7.8'], [162, '10']]),
      line(600, [[0, '用户数'], [100, '4.6'], [162, '8']]),
    ];
    // 2020年2025年: one piece from 100 to 220 (a CJK character 20 points, a digit 10), across the border at 160
    page[1].runs![1] = { text: '2020年2025年', left: 100, right: 220 };
    const rules: Rule[] = [700, 680, 650, 610, 590].map((y) => ({ y, x0: -2, x1: 220 }));
    // the borders between the columns start under the caption row
    const verticals: VRule[] = [98, 160].map((x) => ({ x, y0: 590, y1: 680 }));
    expect(text(tableCells([page], [rules], undefined, [verticals]))).toEqual(['专栏1 主要指标', '指标', '2020年', '2025年', '比重', '7.8', '10', '用户数', '4.6', '8']);
  });

  it('keeps apart the cells of two short rows that a drawn rule separates', () => {
    const page = [
      line(660, [[0, '类别'], [100, '事项'], [200, '说明']]),
      line(630, [[0, '甲类'], [100, '第一项'], [200, '说明一']]),
      line(618, [[200, '续写。']]),
      line(604, [[100, '第二项'], [200, '说明二']]),
      line(592, [[200, '续写。']]),
      line(578, [[100, '第三项'], [200, '说明三']]),
      line(566, [[200, '续写。']]),
    ];
    const rules: Rule[] = [650, 614, 588, 560].map((y) => ({ y: y - 2, x0: 95, x1: 300 }));
    expect(text(tableCells([page], [[{ y: 675, x0: -5, x1: 300 }, { y: 655, x0: -5, x1: 300 }, ...rules]]))).toEqual(['类别', '事项', '说明', '甲类', '第一项', '说明一续写。', '第二项', '说明二续写。', '第三项', '说明三续写。']);
  });

  it('leaves running text alone', () => {
    const page = [line(700, [[0, '第一段。']]), line(680, [[0, '第二段。']])];
    expect(tableCells([page])).toEqual([page]);
  });
});

describe('pageRuling: the horizontal rules', () => {
  it('reads borders, cell boxes and stroked lines into user space, and nothing else', async () => {
    const { OPS } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const [moveTo, lineTo, curveTo, closePath] = [0, 1, 2, 4];
    const rect = (x: number, y: number, w: number, h: number) => [moveTo, x, y, lineTo, x + w, y, lineTo, x + w, y + h, lineTo, x, y + h, closePath];
    const path = (paint: number, buffer: number[]) => [OPS.constructPath, [paint, [new Float32Array(buffer)], null]] as const;
    const ops: (readonly [number, unknown])[] = [
      [OPS.transform, [2, 0, 0, 2, 10, 20]],
      path(OPS.endPath, rect(0, 0, 100, 100)), // a clip: not drawn
      path(OPS.fill, rect(0, 0, 50, 0.5)), // a browser's border: its middle
      [OPS.save, null],
      [OPS.transform, [1, 0, 0, -1, 0, 100]],
      path(OPS.stroke, [moveTo, 0, 10, lineTo, 30, 10]), // an office suite's line
      path(OPS.stroke, [moveTo, 0, 10, lineTo, 0, 40]), // vertical: not a row boundary
      path(OPS.stroke, [moveTo, 0, 0, curveTo, 1, 1, 2, 2, 3, 0]), // a curve: not ruling
      [OPS.restore, null],
      path(OPS.fill, rect(0, 0, 20, 10)), // a cell's box: top and bottom
      [OPS.paintFormXObjectBegin, [[1, 0, 0, 1, 5, 5], [0, 0, 100, 100]]],
      path(OPS.fill, rect(0, 0, 10, 1)),
      [OPS.paintFormXObjectEnd, null],
      path(OPS.fill, [moveTo, 0, 0, lineTo, 20, 0, lineTo, 10, 10, closePath]), // a triangle: not ruling
    ];
    const list = { fnArray: ops.map(([fn]) => fn), argsArray: ops.map(([, args]) => args) };
    const { rules } = pageRuling(list, OPS);
    const round = (r: Rule) => ({ y: Math.round(r.y * 10) / 10, x0: Math.round(r.x0), x1: Math.round(r.x1) });
    expect(rules.map(round)).toEqual([{ y: 20.5, x0: 10, x1: 110 }, { y: 200, x0: 10, x1: 70 }, { y: 40, x0: 10, x1: 50 }, { y: 20, x0: 10, x1: 50 }, { y: 31, x0: 20, x1: 40 }]);
    // the vertical ones: the stroked line, the cell box's sides
    const verticals = pageRuling(list, OPS).verticals.map((v: VRule) => ({ x: Math.round(v.x), y0: Math.round(v.y0), y1: Math.round(v.y1) }));
    expect(verticals).toEqual([{ x: 10, y0: 140, y1: 200 }, { x: 10, y0: 20, y1: 40 }, { x: 50, y0: 20, y1: 40 }]);
  });
});
