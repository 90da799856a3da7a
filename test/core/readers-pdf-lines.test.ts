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
});
