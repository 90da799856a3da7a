import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nodePdfAssets } from '../../cli/pdf-assets';
import { readAnyDocument, readDocument } from '../../core';
import { layoutNormal, sameTextOnceLaidOut } from '../../core/graph/same-text';
import { seedText } from './seed';

const root = new URL('../fixtures/', import.meta.url);
const bytes = (path: string): Uint8Array => new Uint8Array(readFileSync(new URL(path, root)));
const plain = (id: string): string => readDocument(bytes(`corpus/${id}.txt`), `${id}.txt`).text;
const formatted = async (file: string): Promise<string> => (await readAnyDocument(bytes(`formats/${file}`), file, { pdfAssets: nodePdfAssets })).text;

const seed = seedText();
const lines = seed.split('\n');
/** Lines that open an item of the outline, hold two sentences and end with an annotation: where a revision would change something. */
const items = lines.map((l, i) => [l, i] as const).filter(([l]) => /^（[一二三四五六七八九十]+）/.test(l) && /。[^。]+。/.test(l) && /负责）$/.test(l)).map(([, i]) => i);
const annotation = (line: string): string => /（[^（）]*负责）$/.exec(line)![0];

describe('layoutNormal', () => {
  it('folds full-width forms, drops spaces within lines and empty lines, keeps where lines break', () => {
    expect(layoutNormal('２０２５年　目标：\r\n\r\n  第 一 条 ，ＡＢＣ\n')).toBe('2025年目标:\n第一条,ABC');
  });
});

describe('the same text laid out another way', () => {
  it('is the same: spaces, line breaks, full-width forms, the title repeated, page numbers and a site footer', () => {
    const title = lines[0];
    const laidOut = seed
      .replaceAll('。', '。\n')
      .replaceAll('，', '， ')
      .replace(/2/g, '２')
      .replace('\n', `\n${title}\n`)
      .replace(/\n(?=（三）)/, '\n- 3 -\n')
      .concat('\n网站地图|联系我们|版权所有：中国政府网\n');
    expect(sameTextOnceLaidOut(seed, laidOut)).toEqual({ same: true });
  });

  it('is the same with one glyph a PDF font maps to a neighbouring ideograph, and punctuation set after its neighbour', () => {
    const glyph = seed.replace('实验室', '实騐室');
    expect(sameTextOnceLaidOut(seed, glyph).same).toBe(true);
    const closing = annotation(lines[items[0]]);
    expect(sameTextOnceLaidOut(seed, seed.replace(`。${closing}`, `${closing}。`).replace('）。', '。）')).same).toBe(true);
  });

  it('is the same when the characters of an item are read in another order (a table read row by row)', () => {
    // an item of three sentences read as three lines, the last two in the other order (the label stays first)
    const k = items.find((i) => lines[i].split('。').length >= 4)!;
    const [first, second, ...rest] = lines[k].split('。');
    const reordered = [...lines];
    reordered.splice(k, 1, `${first}。`, rest.join('。'), `${second}。`);
    expect(sameTextOnceLaidOut(seed, reordered.join('\n')).same).toBe(true);
  });

  it('is each of the ../shared formats of a document, the web page printed to PDF with its footer and a misread glyph included', async () => {
    for (const [id, file] of [['gov-05', 'gov-05.html'], ['gov-05', 'gov-05.docx'], ['gov-05', 'gov-05.doc'], ['gov-05', 'gov-05.chromium.pdf'], ['gov-11', 'gov-11.office.pdf'], ['gov-10', 'gov-10.office.pdf']]) {
      expect(sameTextOnceLaidOut(plain(id), await formatted(file)), file).toEqual({ same: true });
    }
  });
});

describe('a text that really differs', () => {
  const differs = (changed: string): void => {
    expect(changed).not.toBe(seed);
    expect(sameTextOnceLaidOut(seed, changed).same).toBe(false);
  };

  it('differs, without a diff, when it ends a different number of sentences (no layout adds or drops one)', () => {
    const extra = lines.map((l, i) => (i === items[0] ? l.replace('。', '。另行部署。') : l)).join('\n');
    expect(sameTextOnceLaidOut(seed, extra)).toEqual({ same: false, reason: 'sentences differ' });
    // full-width ！？； are the ASCII marks once laid out: a PDF's half-width forms are still the same text
    expect(sameTextOnceLaidOut('一、加强领导！落实责任？明确分工；\n', '一、加强领导!落实责任?明确分工;\n').same).toBe(true);
  });

  it('differs by a body dropped from an annotation, a body added, or the order of two bodies', () => {
    differs(seed.replace('（重庆市、四川省、科技部、国资委牵头负责）', '（重庆市牵头负责）'));
    differs(seed.replace('（重庆市、四川省、科技部、国资委牵头负责）', '（重庆市、四川省、科技部、国资委、财政部牵头负责）'));
    differs(seed.replace('重庆市、四川省', '四川省、重庆市'));
  });

  it('differs by one agency, one digit, one sentence, one heading or one annotation line', () => {
    differs(seed.replace('科技部', '工信部'));
    // one ideograph, as a misread glyph would be, but inside an annotation: another body
    differs(seed.replace('（重庆市、四川省、科技部、国资委牵头负责）', '（重庆市、四川省、科技厅、国资委牵头负责）'));
    differs(seed.replace(/20(\d\d)年/, (_m, y: string) => `20${Number(y) + 1}年`));
    differs(seed.replace('。\n', '。要加强组织领导。\n'));
    differs(seed.replace('。\n', '。\n（九）加强组织领导\n'));
    differs(seed.replace('。\n', '。\n（科技部负责）\n'));
  });

  it('differs when annotations trade places between items, or a sentence moves to another item', () => {
    const [i, j] = items;
    const swapped = [...lines];
    swapped[i] = lines[i].replace(annotation(lines[i]), annotation(lines[j]));
    swapped[j] = lines[j].replace(annotation(lines[j]), annotation(lines[i]));
    differs(swapped.join('\n'));
    const sentence = /。([^。]+。)/.exec(lines[i])![1];
    const moved = [...lines];
    moved[i] = lines[i].replace(sentence, '');
    moved[j] = lines[j].replace(annotation(lines[j]), `${sentence}${annotation(lines[j])}`);
    differs(moved.join('\n'));
  });

  it('differs from another document of the same family, in any format', async () => {
    expect(sameTextOnceLaidOut(plain('gov-05'), await formatted('gov-11.docx')).same).toBe(false);
    expect(sameTextOnceLaidOut(plain('gov-15'), plain('gov-05')).same).toBe(false);
  });
});
