import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nodePdfAssets } from '../../cli/pdf-assets';
import { readAnyDocument, type ParsedDocument } from '../../core';
import { dropRunning, dropSiteFooter } from '../../core/readers/pdf-furniture';
import { textLayout } from '../../core/readers/pdf-layout';
import { joinBroken, pageLines, type PdfLine } from '../../core/readers/pdf-lines';
import { PAGED, PARAGRAPHS, PUBLIC, SIGNATURE, TITLE } from '../fixtures/paragraphs/notice';

const fixture = (path: string): Promise<ParsedDocument> =>
  readAnyDocument(new Uint8Array(readFileSync(new URL(`../fixtures/${path}`, import.meta.url))), path.split('/').pop()!, { pdfAssets: nodePdfAssets });
/** The paragraphs of a text, white space aside (LibreOffice sets a space between CJK and digits: 2031 年). */
const paragraphs = (text: string): string[] => text.split('\n').map((p) => p.replace(/\s+/g, '')).filter((p) => p.length > 0);

describe('PDF paragraphs read as the plain text has them', () => {
  // the notice's (一) has a first sentence that ends exactly at the right margin: the line ends in 。, the paragraph goes on
  for (const [file, how] of [['notice.chromium.pdf', 'first lines indented (a web page printed by Chromium)'], ['notice.office.pdf', 'paragraphs spaced (a Word file exported by LibreOffice)']]) {
    it(`${how}: a full line ending in 。 carries its paragraph on, and a paragraph ending at the margin still ends`, async () => {
      const doc = await fixture(`paragraphs/${file}`);
      expect(paragraphs(doc.text)).toEqual([TITLE, expect.stringMatching(/^国办发/), ...PARAGRAPHS, ...SIGNATURE, PUBLIC]);
    }, 60_000);
  }

  it('a paragraph whose first sentence fills the last line of a page goes on at the top of the next', async () => {
    const doc = await fixture('paragraphs/paged.chromium.pdf');
    expect(paragraphs(doc.text)).toEqual(PAGED);
    // the second page still starts at its first character, inside the paragraph
    expect(doc.pages).toHaveLength(2);
    expect(doc.text.slice(doc.pages![1]).startsWith('建立覆盖供水')).toBe(true);
  }, 60_000);

  it('drops the browser\'s print header and footer on a one-page print, and the site\'s footer after the document', async () => {
    const doc = await fixture('paragraphs/notice.chromium.pdf');
    expect(doc.text).not.toMatch(/PM|file:|1\/1|扫一扫|网站地图|版权所有|ICP|公网安备/);
    expect(doc.text.trimEnd().endsWith(PUBLIC)).toBe(true);
  }, 60_000);

  it('gov-04 printed by Chromium: its last note ends the text, and 住院）。 keeps its order', async () => {
    const doc = await fixture('formats/gov-04.chromium.pdf');
    expect(doc.text).toContain('下转患者人次数（门急诊、住院）。');
    expect(doc.text).not.toContain('住院。）');
    expect(doc.text.trimEnd().endsWith('12.科技成果转化总金额是指医院科研成果在技术市场合同成交金额总数。')).toBe(true);
  }, 60_000);
});

// lines of running text at 10 pt: the margin at 0, full lines reaching 300 (30 characters)
const line = (text: string, y: number, left = 0, right = left + text.length * 10): PdfLine => ({ text, left, right, y, size: 10, cells: [] });

describe('the page\'s cue for a new paragraph', () => {
  // one page: paragraphs with an indented first line, at a line distance of 15
  const indented = [
    line('一、总体要求', 700, 20),
    line('（一）指导思想。坚持稳中求进，统筹推进各项工作，全面深化。', 685, 20, 300),
    line('改革开放。', 670),
    line('（二）基本原则。坚持问题导向，突出重点领域和关键环节的改。', 655, 20, 300),
    line('革，着力破解发展中的体制机制障碍。', 640),
    line('二、主要任务', 625, 20),
    line('（三）加快建设。各地区要按照统一部署推进试点工作落实。', 610, 20, 300),
    line('有关部门要加强指导，及时总结推广经验。', 595),
    line('（四）加强保障。', 580, 20),
    line('国务院', 560, 240, 270),
    line('2031年5月8日', 545, 200, 300),
  ];
  // the same text without indent, each paragraph 8 points further below the last
  const spaced = indented.map((l, i) => ({ ...l, left: l.left === 20 ? 0 : l.left, y: l.y - 8 * indented.slice(0, i + 1).filter((m) => m.left !== 0).length }));

  it('reads indented first lines and spaced paragraphs from the lines that certainly start one', () => {
    expect(textLayout([indented])).toMatchObject({ left: 0, edge: 300, indents: true });
    expect(textLayout([indented]).paragraphGap).toBeUndefined();
    const layout = textLayout([spaced]);
    expect(layout.indents).toBe(false);
    expect(layout.paragraphGap).toBeGreaterThan(1.5);
    expect(layout.paragraphGap).toBeLessThan(2.3);
  });

  for (const [name, lines] of [['indented first lines', indented], ['spaced paragraphs', spaced]] as const) {
    it(`${name}: joins a paragraph across a full line ending in 。, keeps headings, items and the signature apart`, () => {
      expect(joinBroken(lines, textLayout([lines]))).toEqual([
        '一、总体要求',
        '（一）指导思想。坚持稳中求进，统筹推进各项工作，全面深化。改革开放。',
        '（二）基本原则。坚持问题导向，突出重点领域和关键环节的改。革，着力破解发展中的体制机制障碍。',
        '二、主要任务',
        '（三）加快建设。各地区要按照统一部署推进试点工作落实。有关部门要加强指导，及时总结推广经验。',
        '（四）加强保障。',
        '国务院',
        '2031年5月8日',
      ]);
    });
  }

  it('the edge is where full lines end together, not a line hanging past it, nor inside a list of short names', () => {
    // a closing mark hangs a character past the edge that four full lines reach
    const hanging = [line('甲'.repeat(30), 700, 0, 310), ...[685, 670, 655, 640].map((y) => line('乙'.repeat(30), y, 0, 300)), line('丙。', 625)];
    expect(textLayout([hanging]).edge).toBe(300);
    // a notice's one paragraph, then its attachment's list of names one per line: no name fills a line
    const list = [
      line('经国务院同意，现将名单予以公布。国家发展改革委要会同有关部门加强对示范基地的指导和评估，各有关', 700, 20, 540),
      line('省级人民政府要加大政策支持力度。', 685, 0, 490),
      ...['北京市海淀区', '河北省石家庄高新技术产业开发区', '山西转型综合改革示范区', '内蒙古自治区包头稀土高新技术产业开发区', '辽宁省沈阳市浑南区', '浙江省杭州市余杭区',
        '福建省厦门火炬高技术产业开发区', '湖北省武汉东湖新技术开发区', '广东省深圳市南山区', '四川省成都市郫都区', '安徽省合肥高新技术产业开发区', '天津市滨海新区']
        .map((name, i) => line(name, 660 - 15 * i)),
    ];
    const layout = textLayout([list]);
    expect(layout.edge).toBe(540);
    expect(joinBroken(list, layout).slice(1, 5)).toEqual(['北京市海淀区', '河北省石家庄高新技术产业开发区', '山西转型综合改革示范区', '内蒙古自治区包头稀土高新技术产业开发区']);
  });

  it('on a page with neither cue, a full line ending its sentence still ends its paragraph', () => {
    const flat = indented.map((l) => ({ ...l, left: l.left === 20 ? 0 : l.left }));
    const layout = textLayout([flat]);
    expect(layout).toMatchObject({ indents: false });
    expect(layout.paragraphGap).toBeUndefined();
    expect(joinBroken(flat, layout)).toContain('有关部门要加强指导，及时总结推广经验。');
  });

  it('a line that stops short of the margin only because the next line\'s first word would not fit is full', () => {
    const lines = [line('（一）加强质量建设。', 700), line('督促企业开展质量提升行动，加强监管。', 685, 0, 280), line('（市场监管总局负责）', 670), line('（二）推进服务创新。', 647)];
    const layout = { left: 0, edge: 300, indents: false, paragraphGap: 1.9 };
    // 20 points left: （市 needs 20 points, so the note wrapped onto the next line
    expect(joinBroken(lines, layout)).toEqual(['（一）加强质量建设。', '督促企业开展质量提升行动，加强监管。（市场监管总局负责）', '（二）推进服务创新。']);
  });

  it('a number with a decimal point at the start of a line is not a list item', () => {
    const lines = [line('（一）发展目标。全国农机总动力超过十亿千瓦，其中灌排机械达到', 700, 20, 300), line('1.2亿千瓦。', 685)];
    expect(joinBroken(lines, { left: 0, edge: 300, indents: false })).toEqual(['（一）发展目标。全国农机总动力超过十亿千瓦，其中灌排机械达到1.2亿千瓦。']);
  });
});

describe('page furniture', () => {
  it('drops a browser\'s print header and footer from a one-page print, not a date in the text', () => {
    const page = { height: 800, lines: [
      line('12/6/26, 7:11 PM 国务院办公厅关于加强管网安全的通知', 770),
      line('2026/12/6 19:04', 760),
      line('一、总体要求', 700),
      line('2031/5/8 10:00前完成报送。', 60),
      line('https://www.gov.cn/zhengce/content/2031-05/08/content_1.htm 1/3', 17),
    ] };
    expect(dropRunning([page])[0].map((l) => l.text)).toEqual(['一、总体要求', '2031/5/8 10:00前完成报送。']);
  });

  it('drops the website\'s footer after the document\'s last words, across a page and with a wrapped line', () => {
    const pages = [
      [line('（此件公开发布）', 400, 20), line('扫一扫在手机打开当前页', 385)],
      [line('网站说明|网站地图|联系我们', 700), line('网站标识码bm00000000京ICP备00000000号京公网安备', 685), line('00000000000000号', 670), line('国务院办公厅主办', 655)],
    ];
    expect(dropSiteFooter(pages).map((p) => p.map((l) => l.text))).toEqual([['（此件公开发布）'], []]);
  });

  it('keeps the end of a document that has a footer\'s words but no footer\'s mark, or ends a sentence', () => {
    const sponsors = [[line('（四）本次活动由国家体育总局主办。', 400), line('主办单位：国家体育总局', 385), line('承办单位：北京市人民政府', 370)]];
    expect(dropSiteFooter(sponsors)).toEqual(sponsors);
    const sentence = [[line('版权所有的作品依法受到保护。', 400)]];
    expect(dropSiteFooter(sentence)).toEqual(sentence);
  });
});

describe('the order of glyphs within a line', () => {
  it('a full stop set close after a half-width closing bracket follows it (gov-04 printed by Chromium)', () => {
    const item = (str: string, x: number, width: number) => ({ str, transform: [7.91, 0, 0, 7.91, x, 579.74], width, height: 7.91 });
    const [l] = pageLines([item('（门急诊、住院）', 276.15, 63.26), item('。', 335.45, 7.91)]);
    expect(l.text).toBe('（门急诊、住院）。');
  });
});
