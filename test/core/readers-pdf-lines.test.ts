import { describe, expect, it } from 'vitest';
import { joinBroken, type PdfLine } from '../../core/readers/pdf-lines';
import type { TextLayout } from '../../core/readers/pdf-layout';

// lines of a page whose running text spans x 0–400 at 10 pt, one below the other
const line = (text: string, left = 0, right = 400, y = 0): PdfLine => ({ text, left, right, y, size: 10, cells: [] });
// a page that shows neither cue for a new paragraph (no indented first lines, no space between paragraphs)
const plain: TextLayout = { left: 0, edge: 400, indents: false };

describe('PDF lines into paragraphs', () => {
  it('joins the parenthesised note that wraps onto its own line to the sentence it closes', () => {
    const lines = [line('二十三、支持贫困地区改善基础设施条件。', 0, 400, 0), line('（国家发展改革委负责）', 0, 110, 14), line('二十四、对棚户区改造。', 20, 130, 28)];
    expect(joinBroken(lines, plain)).toEqual(['二十三、支持贫困地区改善基础设施条件。（国家发展改革委负责）', '二十四、对棚户区改造。']);
  });
  it('keeps a full line ending its sentence apart from an outline label or running text on the next line', () => {
    expect(joinBroken([line('一、总体要求。'), line('（一）指导思想', 0, 80, 14)], plain)).toEqual(['一、总体要求。', '（一）指导思想']);
    expect(joinBroken([line('加快发展。'), line('推进改革（试点）。', 0, 100, 14)], plain)).toEqual(['加快发展。', '推进改革（试点）。']);
  });
  it('a blank line ends the paragraph even where the page shows no other cue (the sign-off under a full last line)', () => {
    // the page's line distance (14 for 10 pt) is known from its full lines; twice that is a blank line
    const lines = [
      line('三、强化保障。中央财政继续支持农村公路建设。（财政部、交通运输部按职责分工负', 0, 400, 100),
      line('责，持续推进农村公路建设养护管理工作，落实地方政府的主体责任和资金保障责任', 0, 400, 86),
      line('，确保各项措施落到实处。（财政部、交通运输部按职责分工负责，持续推进落实）', 0, 400, 72),
      line('国务院办公厅', 0, 60, 44),
    ];
    expect(joinBroken(lines, { ...plain, lineGap: 1.4 })).toHaveLength(2);
    // without a line distance known, as before: the unfinished line carries on
    expect(joinBroken(lines, plain)).toHaveLength(1);
  });
  it('keeps a document\'s number on its own line below a title that fills the line', () => {
    const lines = [line('国务院办公厅关于确定第二批城市更新试点城市（区）的通知', 0, 400, 28), line('国办函〔2022〕35号', 0, 120, 14)];
    expect(joinBroken(lines, plain)).toEqual(['国务院办公厅关于确定第二批城市更新试点城市（区）的通知', '国办函〔2022〕35号']);
  });
  it('a table typed with tabs and printed: a cell wrapped onto the next line at its column carries on its row', () => {
    // pdf.js counts y up from the page's foot: each line below has a smaller y
    const rows = [
      line('1 外商投资企业投资者股权变更的审批 商务部 《实施条例》', 0, 400, 100),
      line('取消审批后，商务部通过信息报告系统加强监管。', 35, 300, 86),
      line('2 进口旧机电产品检验监管措施审批 质检总局 《实施条例》', 0, 400, 72),
      line('二、加强监管。', 0, 80, 58),
    ];
    expect(joinBroken(rows, plain)).toEqual([
      '1 外商投资企业投资者股权变更的审批 商务部 《实施条例》 取消审批后，商务部通过信息报告系统加强监管。',
      '2 进口旧机电产品检验监管措施审批 质检总局 《实施条例》',
      '二、加强监管。',
    ]);
    // running text after a row, at the margin or indented as a paragraph (two characters), is its own
    expect(joinBroken([line('1 外商投资企业 商务部 条例', 0, 200, 100), line('各地区要抓紧落实。', 20, 200, 86)], plain)).toEqual([
      '1 外商投资企业 商务部 条例', '各地区要抓紧落实。',
    ]);
  });
});
