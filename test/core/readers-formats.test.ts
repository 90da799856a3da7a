import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nodePdfAssets } from '../../cli/pdf-assets';
import { buildGraph, readAnyDocument, readDocument, pageAt, type ParsedDocument } from '../../core';
import { briefHtml, briefModel } from '../../core/exports';

// Each dev document as people receive it must give what its plain text gives: title, 发文字号, date, outline and
// every responsibility row (item, body as written, role).
const root = new URL('../fixtures/', import.meta.url);
const bytes = (path: string): Uint8Array => new Uint8Array(readFileSync(new URL(path, root)));
const read = (file: string): Promise<ParsedDocument> => readAnyDocument(bytes(`formats/${file}`), file, { pdfAssets: nodePdfAssets });
const plain = (id: string): ParsedDocument => readDocument(bytes(`corpus/${id}.txt`), `${id}.txt`);

function summary(doc: ParsedDocument) {
  return {
    title: doc.meta.title,
    number: doc.meta.number,
    date: doc.meta.date,
    items: doc.items.map((i) => i.path),
    rows: doc.annotations.flatMap((a) => a.bodies.map((b) => `${a.itemPath} ${b.asWritten} ${b.role}`)),
  };
}

const CASES: [file: string, id: string, format: string][] = [
  ['gov-05.html', 'gov-05', 'html'],
  ['gov-15.html', 'gov-15', 'html'], // GB18030 bytes declared gb2312
  ['gov-11.html', 'gov-11', 'html'],
  ['gov-05.docx', 'gov-05', 'docx'],
  ['gov-15.docx', 'gov-15', 'docx'],
  ['gov-11.docx', 'gov-11', 'docx'],
  ['gov-05.doc', 'gov-05', 'doc'],
  ['gov-37.doc', 'gov-37', 'doc'],
  ['gov-05.chromium.pdf', 'gov-05', 'pdf'], // a web page printed by Chromium: Type 3 glyphs, the metadata table in columns
  ['gov-15.office.pdf', 'gov-15', 'pdf'], // exported by LibreOffice: embedded Type 1 CJK fonts
  ['gov-11.office.pdf', 'gov-11', 'pdf'],
];

describe('each format gives the graph of its plain text', () => {
  for (const [file, id, format] of CASES) {
    it(`${file} reads as ${id}.txt`, async () => {
      const doc = await read(file);
      expect(doc.format).toBe(format);
      const expected = summary(plain(id));
      expect(expected.title).not.toBe('');
      expect(summary(doc)).toEqual(expected);
    }, 60_000);
  }
});

describe('web pages', () => {
  it('drops the site around the document and keeps the metadata table as metadata', async () => {
    const doc = await read('gov-05.html');
    for (const chrome of ['当前位置', '网站地图', '登录', '索引号', '主题分类']) expect(doc.text).not.toContain(chrome);
    expect(doc.text.startsWith('国务院关于促进综合保税区')).toBe(true);
    expect(doc.meta.subject).toBe('商贸、海关、旅游\\海关');
  });

  it('takes the 发文字号 and date from the metadata table where the body has none', async () => {
    const page = new TextEncoder().encode(`<html><head><meta charset="utf-8"></head><body>
      <table><tr><td>发文字号：</td><td>国办发〔2020〕9号</td><td>成文日期：</td><td>2020年03月01日</td></tr>
      <tr><td>发文机关：</td><td>国务院办公厅</td></tr></table>
      <div id="UCAP-CONTENT"><p>关于做好某项工作的通知</p><p>各省、自治区、直辖市人民政府：</p><p>一、加强领导。各地区要把这项工作摆上重要位置。</p></div></body></html>`);
    const doc = await readAnyDocument(page, 'notice.html');
    expect(doc.meta.number).toBe('国办发〔2020〕9号');
    expect(doc.meta.date).toBe('2020-03-01');
    expect(doc.meta.issuers).toEqual(['国务院办公厅']);
    expect(doc.items.map((i) => i.path)).toEqual(['一、']);
  });

  it('reads Big5 pages and finds the densest block when there is no known container', async () => {
    const body = '<p>關於加強某項工作的通知</p><p>一、加強組織領導。各部門要高度重視，明確責任分工，確保各項措施落到實處。</p>';
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=big5"></head><body><div class="nav"><a href="#">首頁</a> | <a href="#">新聞</a></div><div class="main">${body}</div><div class="footer">版權所有</div></body></html>`;
    const bytes = big5(html);
    const doc = await readAnyDocument(bytes, 'page.htm');
    expect(doc.encoding).toBe('big5');
    expect(doc.text).toContain('一、加強組織領導');
    expect(doc.text).not.toContain('版權所有');
    expect(doc.text).not.toContain('首頁');
  });

  it('makes paragraphs from block elements, not from line breaks in the source', async () => {
    const html = '<html><body><div id="UCAP-CONTENT"><p>第一段的内容很长，\n    在源代码里换了行。</p><p>第二段<span>继续</span>写完，这里也有足够的文字。</p></div></body></html>';
    const doc = await readAnyDocument(new TextEncoder().encode(html), 'a.html');
    expect(doc.text.split('\n')).toEqual(['第一段的内容很长，在源代码里换了行。', '第二段继续写完，这里也有足够的文字。']);
  });

  it('keeps the line breaks of preformatted text (a plain-text document saved as a page)', async () => {
    const html = [
      '<html><body><pre class="western"><font face="Noto Sans Mono CJK SC"><span lang="zh-CN">国务院关于同意设立某示范区的批复</span></font>',
      '<span lang="zh-CN">国函〔</span>2024<span lang="zh-CN">〕</span>57<span lang="zh-CN">号</span>', '',
      '<span lang="zh-CN">湖南省人民政府：</span>', '<span lang="zh-CN">一、同意设立示范区。</span>',
      '<span lang="zh-CN">二、湖南省人民政府要切实加强组织领导。</span></pre></body></html>',
    ].join('\r\n');
    const doc = await readAnyDocument(new TextEncoder().encode(html), 'reply.html');
    expect(doc.meta).toMatchObject({ title: '国务院关于同意设立某示范区的批复', number: '国函〔2024〕57号' });
    expect(doc.items.map((i) => i.path)).toEqual(['一、', '二、']);
  });
});

describe('PDF pages', () => {
  it('keeps the page of every piece of text, and drops the site header above the metadata table', async () => {
    const doc = await read('gov-05.chromium.pdf');
    expect(doc.pages).toHaveLength(3);
    expect(doc.text.startsWith('国务院关于促进综合保税区')).toBe(true);
    expect(pageAt(doc, 0)).toBe(1);
    // item 16 runs from page 2 onto page 3 (its annotation is on page 3)
    const item = doc.annotations.find((a) => a.itemPath === '四、（四）16.');
    expect(item).toBeDefined();
    expect(pageAt(doc, doc.items.find((i) => i.path === '四、（四）16.')!.start)).toBe(2);
    expect(pageAt(doc, item!.start)).toBe(3);
    expect(pageAt(doc, doc.text.indexOf('即放行'))).toBe(3);
    // the mid-sentence page break is joined: one paragraph, no line break inside it
    expect(doc.text).toContain('在抽样后即放行');
  }, 60_000);

  it('the briefing pack cites the page of each item read from a PDF', async () => {
    const graph = buildGraph([await read('gov-05.chromium.pdf')]);
    const model = briefModel(graph);
    const entry = model.agencies.flatMap((a) => a.entries).find((e) => e.item.path === '四、（五）17.');
    expect(entry?.item.page).toBe(3);
    expect(briefHtml(model)).toContain('<span class="page">p. 3</span>');
    // a document read from plain text has no pages to cite
    expect(briefModel(buildGraph([plain('gov-05')])).agencies.flatMap((a) => a.entries).every((e) => e.item.page === undefined)).toBe(true);
  }, 60_000);

  it('drops running headers, footers and page numbers printed on every page', async () => {
    const doc = await read('gov-05.chromium.pdf');
    expect(doc.text).not.toMatch(/\d+\/3/);
    expect(doc.text).not.toContain('http');
  }, 60_000);
});

/** Big5 bytes of a string, from the decoder's own table (no encoder in TextEncoder for legacy charsets). */
function big5(s: string): Uint8Array {
  const table = new Map<string, number[]>();
  const dec = new TextDecoder('big5', { fatal: true });
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (const trail of [...Array.from({ length: 0x3f }, (_, i) => 0x40 + i), ...Array.from({ length: 0x5f }, (_, i) => 0xa1 + i)]) {
      try { const c = dec.decode(new Uint8Array([lead, trail])); if (!table.has(c)) table.set(c, [lead, trail]); } catch { /* unmapped */ }
    }
  }
  const out: number[] = [];
  for (const c of s) out.push(...(c.charCodeAt(0) < 0x80 ? [c.charCodeAt(0)] : table.get(c) ?? [0x3f]));
  return new Uint8Array(out);
}
