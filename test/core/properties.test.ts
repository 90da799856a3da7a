import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decode, DecodeError } from '../../core/decode';
import { parseDocument } from '../../core/parse/document';
import { readDocument } from '../../core/read';
import type { ParsedDocument } from '../../core/model';

const SEED = readFileSync(new URL('../../seeds/2023-guokefagui-31-western-science-city.txt', import.meta.url), 'utf8');
const GOV05 = readFileSync(new URL('../fixtures/corpus/gov-05.txt', import.meta.url), 'utf8');

/** Pieces of the genre, so that random documents exercise headers, outlines and annotations. */
const FRAGMENTS = [
  '一、', '二、', '十一、', '（一）', '（二）', '（十七）', '1.', '2．', '3、', '（1）', '第一章', '第一条', '1.2亿', '9. I类',
  '（', '）', '(', ')', '、', '，', '。', '：', '；', '负责', '牵头', '会同', '有关部门', '等', '和', '下同', '排在第一位的部门为牵头部门',
  '科技部', '重庆市', '工业和信息化部', '人力资源社', '会保障部', '各省级人民政府', '由', '制定', '总体要求', '加快建设西部科学城',
  '标 题：', '发文字号：', '公文种类： 通知', '成文日期： 2023年03月31日', '国发〔2019〕3号', '2023年3月31日', '国务院', '附件', '注：',
  '\n', '\n', '\n\n', ' ', '\u3000', '\u00a0', '“', '”', 'GB', '50180', '。\n',
];
const genreText = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 80 }).map((parts) => parts.join(''));

/** The parts of a parse that must not depend on how the text was encoded or laid out. */
const essence = (d: ParsedDocument) => ({ text: d.text, meta: d.meta, items: d.items, annotations: d.annotations, warnings: d.warnings });

function expectValid(d: ParsedDocument): void {
  for (const item of d.items) {
    expect(d.text.slice(item.start, item.end)).toBe(item.text);
    expect(item.start <= item.ownEnd && item.ownEnd <= item.end).toBe(true);
  }
  expect(new Set(d.items.map((i) => i.path)).size).toBe(d.items.length);
  for (const a of d.annotations) {
    expect(d.text.slice(a.start, a.end)).toBe(a.quote);
    for (const b of a.bodies) expect(d.text.slice(b.start, b.end)).toBe(b.asWritten);
  }
}

describe('decode + parseDocument on arbitrary input', () => {
  it('never throw on arbitrary bytes except DecodeError', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
      try {
        expectValid(readDocument(bytes, 'x.txt'));
      } catch (e) {
        if (!(e instanceof DecodeError)) throw e;
      }
    }), { numRuns: 400 });
  });

  it('never throw on arbitrary strings, and are deterministic', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => {
      const a = parseDocument(s, 'x.txt');
      expectValid(a);
      expect(parseDocument(s, 'x.txt')).toEqual(a);
    }), { numRuns: 300 });
  });

  it('never throw on genre-shaped text, and are deterministic', () => {
    fc.assert(fc.property(genreText, (s) => {
      const a = parseDocument(s, 'x.txt');
      expectValid(a);
      expect(parseDocument(s, 'x.txt')).toEqual(a);
    }), { numRuns: 500 });
  });

  it('decode either returns text or throws DecodeError with a code', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
      try {
        const r = decode(bytes);
        expect(typeof r.text).toBe('string');
      } catch (e) {
        expect(e).toBeInstanceOf(DecodeError);
        expect(['empty', 'binary', 'not_text']).toContain((e as DecodeError).code);
      }
    }), { numRuns: 300 });
  });
});

describe('layout variants give the same result', () => {
  const variants: Array<[string, (s: string) => string]> = [
    ['a UTF-8 BOM', (s) => `\ufeff${s}`],
    ['CRLF line ends', (s) => s.replace(/\n/g, '\r\n')],
    ['CR line ends', (s) => s.replace(/\n/g, '\r')],
    ['full-width spaces and indentation', (s) => s.replace(/ /g, '\u3000').replace(/^/gm, '\u3000\u3000')],
    ['trailing spaces and NBSP', (s) => s.replace(/ /g, '\u00a0').replace(/\n/g, '  \n')],
  ];

  it.each(variants)('genre-shaped text with %s', (_name, vary) => {
    fc.assert(fc.property(genreText, (s) => {
      expect(essence(parseDocument(vary(s), 'x.txt'))).toEqual(essence(parseDocument(s, 'x.txt')));
    }), { numRuns: 300 });
  });

  it.each(variants)('the seed and gov-05 with %s', (_name, vary) => {
    for (const text of [SEED, GOV05]) {
      expect(essence(parseDocument(vary(text), 'x.txt'))).toEqual(essence(parseDocument(text, 'x.txt')));
    }
  });

  it('normalisation is idempotent on genre-shaped text', () => {
    fc.assert(fc.property(genreText, (s) => {
      const once = parseDocument(s, 'x.txt');
      expect(essence(parseDocument(once.text, 'x.txt'))).toEqual(essence(once));
    }), { numRuns: 300 });
  });
});

describe('encodings of the same document give the same result', () => {
  const utf8 = readDocument(new TextEncoder().encode(SEED), 'seed.txt');
  const same = (d: ParsedDocument) => ({ meta: d.meta, items: d.items, annotations: d.annotations });

  it.each([
    ['GBK', 'gb18030', () => iconv.encode(SEED, 'gbk')],
    ['GB18030', 'gb18030', () => iconv.encode(SEED, 'gb18030')],
    ['UTF-16 LE with BOM', 'utf-16le', () => iconv.encode(SEED, 'utf-16le', { addBOM: true })],
    ['UTF-16 BE with BOM', 'utf-16be', () => Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(SEED, 'utf-16be')])],
    ['UTF-8 with BOM', 'utf-8', () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SEED, 'utf8')])],
  ])('%s', (_name, encoding, encode) => {
    const doc = readDocument(new Uint8Array(encode()), 'seed.txt');
    expect(doc.encoding).toBe(encoding);
    expect(same(doc)).toEqual(same(utf8));
    expect(doc.annotations.reduce((n, a) => n + a.bodies.length, 0)).toBe(71);
  });
});
