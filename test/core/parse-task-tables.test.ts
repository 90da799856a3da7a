import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildGraph, responsibilityRows } from '../../core/graph';
import type { ParsedDocument } from '../../core/model';
import { parseDocument } from '../../core/parse/document';
import { normalizeLines } from '../../core/normalize';
import { findTaskTables } from '../../core/parse/task-tables';
import { readAnyDocument as readDocument } from '../../core/read';

// Task tables: the division of work written as a table (序号 | 改革举措 | 主要内容 | 指导部门 | 推广范围, or 序号 | 重点任务 |
// 牵头单位 | 配合单位 | 完成时限), each cell on a line of its own as the plain text of the genre has it. Fixtures written in
// the family's style; gov-10 is the State Council's second list of innovation measures.
const read = (path: string): ParsedDocument => parseDocument(readFileSync(new URL(`../fixtures/${path}.txt`, import.meta.url), 'utf8'), `${path}.txt`);

/** Each annotation of a table row as `path body:role …` (| scope), checked against the text. */
function rows(doc: ParsedDocument): string[] {
  return doc.annotations.filter((a) => /\d\.$/.test(a.itemPath)).map((a) => {
    expect(doc.text.slice(a.start, a.end)).toBe(a.quote);
    for (const b of a.bodies) {
      expect(doc.text.slice(b.start, b.end)).toBe(b.asWritten);
      expect(a.start <= b.start && b.end <= a.end).toBe(true);
    }
    expect(a.tableRow).toBe(true);
    if (a.scope) expect(doc.text.slice(a.scope.start, a.scope.end)).toBe(a.scope.text);
    return `${a.itemPath} ${a.bodies.map((b) => `${b.asWritten}:${b.role}`).join(' ')}${a.relevantDepartments ? ' +有关部门' : ''}${a.scope ? ` | ${a.scope.text}` : ''}`;
  });
}

describe('task tables', () => {
  it('a promotion list (cells on their own lines): one item per measure under its group row, guided by the 指导部门 cell, applying where 推广范围 says', () => {
    const doc = read('tables/promotion-list');
    expect(rows(doc)).toEqual([
      '附件：一、1. 国家知识产权局:guide 司法部:guide | 全国',
      '附件：一、2. 国家知识产权局:guide 工业和信息化部:guide +有关部门 | 自由贸易试验区',
      '附件：二、3. 中国人民银行:guide 中国银保监会:guide 国家知识产权局:guide | 全国',
      '附件：二、4. 中国证监会:guide | 8个改革试验区域',
    ]);
    const byPath = new Map(doc.items.map((i) => [i.path, i]));
    expect(byPath.get('附件：一、1.')).toMatchObject({ label: '1', level: 2, parent: '附件：一、', heading: '知识产权纠纷快速调解机制' });
    expect(byPath.get('附件：二、4.')).toMatchObject({ label: '4', parent: '附件：二、', heading: '区域性股权市场设置科技创新专板' });
    // the group row's own text is its heading: the rows are not its body, so their mentions are counted once
    const group = byPath.get('附件：一、')!;
    expect(doc.text.slice(group.start, group.ownEnd)).toBe('一、知识产权保护方面（共2项）');
    expect(group.end).toBe(byPath.get('附件：一、2.')!.end);
    // items stay in document order, each inside its parent
    for (let k = 1; k < doc.items.length; k++) expect(doc.items[k - 1].start).toBeLessThan(doc.items[k].start);
    for (const item of doc.items) if (item.parent) expect(byPath.get(item.parent)!.end).toBeGreaterThanOrEqual(item.end);
  });

  it('a division plan: 牵头单位 leads, 配合单位 take part, a cell that says 按职责分工负责 is read as written', () => {
    const doc = read('tables/division-plan');
    expect(rows(doc)).toEqual([
      '一、1. 司法部:lead 各有关部门:participate +有关部门',
      '一、2. 国家发展改革委:lead 市场监管总局:lead 财政部:participate 工业和信息化部:participate',
      '二、3. 海关总署:lead 商务部:participate 交通运输部:participate',
      '二、4. 国家发展改革委:lead 商务部:lead 市场监管总局:participate',
    ]);
    expect(doc.items.find((i) => i.path === '一、1.')?.heading).toBe('全面推行证明事项告知承诺制，编制并公布证明事项清单。');
  });

  it('a 责任单位 column: the first-listed rule of its header, and a cell that names its own lead and partners', () => {
    const doc = read('tables/responsibility-columns');
    expect(rows(doc)).toEqual([
      '二、1. 国务院办公厅:lead 国家发展改革委:joint 司法部:joint | 全国',
      '二、2. 国务院办公厅:lead 公安部:participate 人力资源社会保障部:participate | 各省级人民政府所在地',
      '二、3. 国务院办公厅:lead | 全国',
    ]);
    const parent = doc.items.find((i) => i.path === '二、')!;
    expect(doc.text.slice(parent.start, parent.ownEnd).endsWith('适用范围')).toBe(true);
  });

  it('a table copied into plain text, a row a line with its cells apart by tabs: each row read as the one-cell-a-line form is', () => {
    const text = [
      '国务院办公厅关于印发某某重点任务分工的通知', '国办函〔2021〕77号', '经国务院同意，现将分工表印发给你们。', '附件', '某某重点任务分工表',
      '序号\t重点任务\t牵头单位\t参与单位\t完成时限',
      '1\t建立健全数据要素市场规则\t国家发展改革委\t工业和信息化部、商务部\t2022年底前',
      '2\t开展数据交易场所试点\t国家发展改革委、商务部\t人民银行、证监会\t持续推进',
      '3\t推进公共数据开放共享\t国务院办公厅\t各省级人民政府\t长期坚持',
    ].join('\n');
    const doc = parseDocument(text, 'tabs.txt');
    expect(rows(doc)).toEqual([
      '附件：1. 国家发展改革委:lead 工业和信息化部:participate 商务部:participate',
      '附件：2. 国家发展改革委:lead 商务部:lead 人民银行:participate 证监会:participate',
      '附件：3. 国务院办公厅:lead 各省级人民政府:participate',
    ]);
    expect(doc.items.find((i) => i.path === '附件：2.')?.heading).toBe('开展数据交易场所试点');
    // the 完成时限 cell is each row's deadline, on its rows in the graph
    expect(doc.annotations.map((a) => a.deadline && doc.text.slice(a.deadline.start, a.deadline.end))).toEqual(['2022年底前', '持续推进', '长期坚持']);
    expect(new Set(responsibilityRows(buildGraph([doc])).map((r) => `${r.agency} ${r.deadline}`))).toContain('国家发展和改革委员会 2022年底前');
  });

  it('a table without a column of bodies is not read', () => {
    const doc = read('tables/no-body-column');
    const { text, lines } = normalizeLines(doc.text);
    expect(findTaskTables(text, lines)).toEqual([]);
    expect(doc.items.map((i) => i.path)).toEqual(['一、', '二、', '二、（一）']);
    expect(doc.annotations.map((a) => a.itemPath)).toEqual(['二、（一）']);
  });

  it('text without a 序号 cell has no task table', () => {
    const { text, lines } = normalizeLines('一、总体要求\n各地区要抓好落实（国家发展改革委负责）。\n\n1\n\n程序\n\n序号为1的任务');
    expect(findTaskTables(text, lines)).toEqual([]);
  });

  it('gov-10: the measures of its attachment (1–14 and 21–23; the abridged text drops 15–20), each with its guiding departments and where it applies', () => {
    const doc = read('corpus/gov-10');
    const table = rows(doc);
    expect(table.map((r) => r.split(' ')[0])).toEqual([
      ...[1, 2, 3, 4, 5].map((n) => `附件：一、${n}.`), ...[6, 7, 8, 9].map((n) => `附件：二、${n}.`),
      ...[10, 11, 12, 13, 14].map((n) => `附件：三、${n}.`), ...[21, 22, 23].map((n) => `附件：五、${n}.`),
    ]);
    expect(table[0]).toBe('附件：一、1. 最高人民法院:guide 最高人民检察院:guide 国家知识产权局:guide | 全国');
    expect(table[5]).toBe('附件：二、6. 科技部:guide 国家发展改革委:guide 财政部:guide 国家知识产权局:guide 教育部:guide 国务院国资委:guide 中科院:guide 司法部:guide | 8个改革试验区域');
    expect(table[9]).toBe('附件：三、10. 中国证监会:guide | 8个改革试验区域');
    expect(table[16]).toBe('附件：五、23. 国家发展改革委:guide 国务院国资委:guide 审计署:guide | 全国');
    expect(doc.items.find((i) => i.path === '附件：二、7.')?.heading).toBe('技术经理人全程参与的科技成果转化服务模式');

    // in the graph: one article per measure, its guiding departments in responsibility rows with the scope
    const graph = buildGraph([doc]);
    const guided = responsibilityRows(graph).filter((r) => r.role === 'guide');
    expect(guided.length).toBe(table.reduce((n, r) => n + r.split(' ').filter((p) => p.endsWith(':guide')).length, 0));
    expect(guided.find((r) => r.item === '附件：三、10.')).toMatchObject({ agencyAsWritten: '中国证监会', scope: '8个改革试验区域', itemTitle: '区域性股权市场设置科技创新专板' });
  });
});

describe('task tables read from HTML and Word', () => {
  it('gov-10.html, .docx and .doc give the rows of the plain text: their readers set table cells apart as the plain text does', async () => {
    const plain = rows(read('corpus/gov-10'));
    expect(plain.length).toBe(17);
    for (const name of ['gov-10.html', 'gov-10.docx', 'gov-10.doc']) {
      const doc = await readDocument(new Uint8Array(readFileSync(new URL(`../fixtures/formats/${name}`, import.meta.url))), name);
      expect(rows(doc)).toEqual(plain);
    }
  });

  it('gov-10.office.pdf: the header row on one line, group rows across the columns, rows broken across a page; every row as in the plain text', async () => {
    const bodiesOf = (row: string): string => row.replace(/ \| .*$/, '');
    const plain = rows(read('corpus/gov-10')).map(bodiesOf);
    const doc = await readDocument(new Uint8Array(readFileSync(new URL('../fixtures/formats/gov-10.office.pdf', import.meta.url))), 'gov-10.pdf');
    // group rows (二、科技成果转化激励方面（共4项）) are part of the table, and the rest of a row at the top of the next page
    // (its title and text, without number or bodies) carries on the row
    expect(rows(doc).map(bodiesOf)).toEqual(plain);
    expect(plain.length).toBe(17);
    expect(doc.items.map((i) => `${i.path} ${i.heading}`)).toEqual(read('corpus/gov-10').items.map((i) => `${i.path} ${i.heading}`));
  });

  it('HTML cells are lines of their own, however the page writes them', async () => {
    const html = '<html><body><div class="pages_content"><p>附件</p><table><tr><td>序号</td><td>重点任务</td><td>牵头单位</td><td>配合单位</td></tr>'
      + '<tr><td>1</td><td><p>推进政务数据共享，建立健全数据共享责任清单。</p></td><td>国务院办公厅</td><td>国家发展改革委、<br>公安部</td></tr></table></div></body></html>';
    const doc = await readDocument(new TextEncoder().encode(html), 'table.html');
    expect(doc.text).toContain('序号\n\n重点任务\n\n牵头单位\n\n配合单位\n\n1\n\n推进政务数据共享');
    expect(rows(doc)).toEqual(['附件：1. 国务院办公厅:lead 国家发展改革委:participate 公安部:participate']);
  });
});
