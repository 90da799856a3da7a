import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readAnyDocument, pageAt } from '../../core';
import { carryPageStarts } from '../../core/readers/pages';
import { chineseCounting, formatNumber } from '../../core/readers/numbering';
import { sniffFormat } from '../../core/readers/sniff';
import { unifyRadicals } from '../../core/readers/cjk-radicals';
import { normalize } from '../../core/normalize';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const p = (text: string, numId?: number, ilvl = 0, style?: string): string =>
  `<w:p><w:pPr>${style ? `<w:pStyle w:val="${style}"/>` : ''}${numId !== undefined ? `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>` : ''}</w:pPr><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

/** A .docx as Word writes one: headings numbered by numbering.xml (一、 and （一）), not typed. */
function docx(body: string, extra: Record<string, string> = {}): Uint8Array {
  const numbering = `<w:numbering ${W}>
    <w:abstractNum w:abstractNumId="0">
      <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
      <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
      <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>
    </w:abstractNum>
    <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
  </w:numbering>`;
  const styles = `<w:styles ${W}><w:style w:type="paragraph" w:styleId="Heading1"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style></w:styles>`;
  return zipSync({
    'word/document.xml': strToU8(`<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>`),
    'word/numbering.xml': strToU8(numbering),
    'word/styles.xml': strToU8(styles),
    ...Object.fromEntries(Object.entries(extra).map(([k, v]) => [k, strToU8(v)])),
  });
}

describe('Word numbering', () => {
  it('counts in Chinese as Word does', () => {
    expect([1, 2, 10, 11, 19, 20, 21, 99, 100, 101, 110].map(chineseCounting)).toEqual(['一', '二', '十', '十一', '十九', '二十', '二十一', '九十九', '一百', '一百零一', '一百一十']);
    expect(formatNumber(3, 'decimalFullWidth')).toBe('３');
    expect(formatNumber(2, 'ideographTraditional')).toBe('乙');
    expect(formatNumber(4, 'upperRoman')).toBe('IV');
    expect(formatNumber(3, 'decimalEnclosedCircle')).toBe('③');
  });

  it('writes automatic numbering out as the labels the reader sees, and the outline is found from them', async () => {
    const body = [
      p('国务院办公厅关于加强某项工作的意见'),
      p('各省、自治区、直辖市人民政府：'),
      p('总体要求', 1, 0),
      p('加强组织领导。各部门要高度重视。（发展改革委牵头负责）', 1, 1),
      p('强化统筹协调。各地区要统筹推进。（科技部负责）', 1, 1),
      p('重点任务', undefined, 0, 'Heading1'), // numbered through its style
      p('完善政策体系。进一步健全制度。', 1, 1),
    ].join('');
    const doc = await readAnyDocument(docx(body), 'numbered.docx');
    expect(doc.text).toContain('一、总体要求');
    expect(doc.text).toContain('（二）强化统筹协调');
    expect(doc.text).toContain('二、重点任务');
    expect(doc.text).toContain('（一）完善政策体系'); // the sub-level starts again under a new heading
    expect(doc.items.map((i) => i.path)).toEqual(['一、', '一、（一）', '一、（二）', '二、', '二、（一）']);
    expect(doc.annotations.map((a) => `${a.itemPath} ${a.bodies.map((b) => b.asWritten).join(',')}`)).toEqual(['一、（一） 发展改革委', '一、（二） 科技部']);
  });

  it('reads tables cell by cell and footnotes after the body', async () => {
    const table = `<w:tbl><w:tr><w:tc>${p('指标')}</w:tc><w:tc>${p('目标值')}</w:tc></w:tr><w:tr><w:tc>${p('研发投入')}</w:tc><w:tc>${p('3%')}</w:tc></w:tr></w:tbl>`;
    const body = p('关于某项工作的通知') + `<w:p><w:r><w:t>正文</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>` + table;
    const footnotes = `<w:footnotes ${W}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:id="1">${p('脚注的内容。')}</w:footnote></w:footnotes>`;
    const doc = await readAnyDocument(docx(body, { 'word/footnotes.xml': footnotes }), 't.docx');
    // (normalisation then joins short cell lines, as it does for tables copied from any source)
    for (const cell of ['指标', '目标值', '研发投入', '3%']) expect(doc.text).toContain(cell);
    expect(doc.text).toMatch(/注：\n?\[1\] 脚注的内容。/);
    expect(doc.text.indexOf('3%')).toBeLessThan(doc.text.indexOf('脚注的内容'));
  });
});

describe('format sniffing', () => {
  const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
  it('goes by the bytes, not the name', () => {
    expect(sniffFormat(ascii('%PDF-1.4\n'), 'x.txt')).toBe('pdf');
    expect(sniffFormat(Uint8Array.from([0x50, 0x4b, 3, 4, 0]), 'x.pdf')).toBe('docx');
    expect(sniffFormat(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'x.txt')).toBe('doc');
    expect(sniffFormat(ascii('\ufeff  <!DOCTYPE HTML><html>'), 'saved.txt')).toBe('html');
    expect(sniffFormat(new TextEncoder().encode('国务院关于<某事>的通知'), 'a.html')).toBe('text');
    expect(sniffFormat(new TextEncoder().encode('<p>国务院</p>'), 'a.html')).toBe('html');
  });
});

describe('page numbers through normalisation', () => {
  it('a page start stays on the same character when white space changes', () => {
    const raw = '第一页的文字\n  很长的一行\n\n\n第二页　开始\r\n第三页';
    const starts = [0, raw.indexOf('第二页'), raw.indexOf('第三页')];
    const norm = normalize(raw);
    const carried = carryPageStarts(raw, starts, norm);
    expect(carried.map((o) => norm.slice(o, o + 3))).toEqual(['第一页', '第二页', '第三页']);
    expect(pageAt({ pages: carried }, norm.indexOf('很长'))).toBe(1);
    expect(pageAt({ pages: carried }, norm.indexOf('开始'))).toBe(2);
    expect(pageAt({ pages: carried }, norm.length)).toBe(3);
    expect(pageAt({}, 5)).toBeUndefined();
  });

  it('pageAt is the last page starting at or before the offset, for any page map', () => {
    fc.assert(fc.property(fc.uniqueArray(fc.nat(1000), { minLength: 1, maxLength: 30 }), fc.nat(1100), (raw, offset) => {
      const pages = [0, ...raw.filter((x) => x > 0)].sort((a, b) => a - b);
      const expected = pages.filter((s) => s <= offset).length;
      expect(pageAt({ pages }, offset)).toBe(expected);
    }));
  });
});

describe('radical look-alikes from PDF fonts', () => {
  it('become the ideographs they stand for', () => {
    expect(unifyRadicals('国务院⽂件⻚⾯')).toBe('国务院文件页面');
    expect(unifyRadicals('没有部首')).toBe('没有部首');
  });
});
