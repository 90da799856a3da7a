import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nodePdfAssets } from '../../cli/pdf-assets';
import { readAnyDocument, readDocument, type ParsedDocument } from '../../core';
import { tableCells } from '../../core/readers/pdf-grid';
import type { PdfLine } from '../../core/readers/pdf-lines';

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
    const paths = new Set(doc.items.map((i) => i.path));
    const found = inTable(plain).filter((i) => paths.has(i.path));
    // a centred heading's rows are estimated from its position: some indicators still fall under a neighbouring group
    expect(found.length).toBeGreaterThanOrEqual(70);
    for (const label of ['附件：一、（一）1.', '附件：一、（二）8.', '附件：一、（三）16.', '附件：二、（五）25.', '附件：四、（十四）55.']) expect(paths).toContain(label);
    // every indicator row reads as in the text: number and name, 定量/定性, the explanation
    expect(doc.text).toContain('\n\n1.门诊人次数与出院人次数比\n\n定量\n\n计算方法：门诊患者人次数/同期出院患者人次数（急诊、健康体检者不计入）。\n指标来源：医院填报。');
  }, 60_000);
});

describe('tableCells', () => {
  const line = (y: number, cells: [number, string][], page = 0): PdfLine => ({
    text: cells.map(([, t]) => t).join(' '), left: cells[0][0], right: cells[cells.length - 1][0] + 40, y, size: 10,
    cells: cells.map(([x, text]) => ({ text, left: x, right: x + text.length * 10 })), runs: cells.map(([x, text]) => ({ text, left: x, right: x + text.length * 10 })),
  });
  const text = (pages: PdfLine[][]) => pages.flat().map((l) => l.text).filter(Boolean);

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

  it('leaves running text alone', () => {
    const page = [line(700, [[0, '第一段。']]), line(680, [[0, '第二段。']])];
    expect(tableCells([page])).toEqual([page]);
  });
});
