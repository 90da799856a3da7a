import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { decode, DecodeError } from '../../core/decode';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const SAMPLE = '国务院关于促进综合保税区高水平开放高质量发展的若干意见\n国发〔2019〕3号\n一、指导思想\n';

function codeOf(bytes: Uint8Array): string | undefined {
  try { decode(bytes); return undefined; } catch (e) { return e instanceof DecodeError ? e.code : 'other'; }
}

describe('decode', () => {
  it('reads plain UTF-8', () => {
    expect(decode(utf8(SAMPLE))).toEqual({ text: SAMPLE, encoding: 'utf-8' });
  });

  it('drops a UTF-8 BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(SAMPLE)]);
    expect(decode(bytes)).toEqual({ text: SAMPLE, encoding: 'utf-8' });
  });

  it('reads UTF-16 LE and BE with a BOM', () => {
    expect(decode(new Uint8Array(iconv.encode(SAMPLE, 'utf-16le', { addBOM: true })))).toEqual({ text: SAMPLE, encoding: 'utf-16le' });
    const be = new Uint8Array([0xfe, 0xff, ...iconv.encode(SAMPLE, 'utf-16be')]);
    expect(decode(be)).toEqual({ text: SAMPLE, encoding: 'utf-16be' });
  });

  it('recognises BOM-less UTF-16 LE of mostly ASCII text', () => {
    const s = 'Section 1. Overview\n1. Scope (科技部负责)\n';
    expect(decode(new Uint8Array(iconv.encode(s, 'utf-16le')))).toEqual({ text: s, encoding: 'utf-16le' });
  });

  it('falls back to GB18030 for GBK bytes', () => {
    const gbk = new Uint8Array(iconv.encode(SAMPLE, 'gbk'));
    expect(decode(gbk)).toEqual({ text: SAMPLE, encoding: 'gb18030' });
  });

  it('refuses empty input with a plain message', () => {
    expect(codeOf(new Uint8Array())).toBe('empty');
    expect(() => decode(new Uint8Array())).toThrow('The file is empty.');
  });

  it.each([
    ['PDF', [0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37]],
    ['ZIP/DOCX', [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]],
    ['PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
    ['GIF', [0x47, 0x49, 0x46, 0x38, 0x39, 0x61]],
    ['JPEG', [0xff, 0xd8, 0xff, 0xe0]],
    ['DOC', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]],
  ])('refuses %s files as binary', (_name, head) => {
    const bytes = new Uint8Array([...head, ...utf8('some trailing bytes')]);
    expect(codeOf(bytes)).toBe('binary');
    expect(() => decode(bytes)).toThrow(/binary file/);
  });

  it('refuses text with NUL bytes as binary', () => {
    expect(codeOf(new Uint8Array([0x41, 0x00, 0x00, 0x00, 0x42, 0x43, 0x00, 0x01]))).toBe('binary');
  });

  it('refuses control-character soup as not text', () => {
    const bytes = new Uint8Array(200).map((_, i) => (i % 3 === 0 ? 0x01 : 0x41));
    expect(codeOf(bytes)).toBe('not_text');
  });

  it('keeps text with a few stray control characters, judging only the opening sample', () => {
    const stray = `${'科技创新'.repeat(50)}\u0007\u001b${'规划'.repeat(50)}`;
    expect(decode(utf8(stray)).text).toBe(stray);
    // 5 % of the opening 8,192 characters is the limit; what follows the sample is not judged
    const atLimit = `${'\u0001'.repeat(409)}${'甲'.repeat(8192 - 409)}${'\u0001'.repeat(5000)}`;
    expect(decode(utf8(atLimit)).text).toBe(atLimit);
    expect(codeOf(utf8(`${'\u0001'.repeat(410)}${'甲'.repeat(8192 - 410)}`))).toBe('not_text');
    expect(codeOf(utf8(`甲乙\ufffd${'\u0085'.repeat(3)}`))).toBe('not_text');
  });

  it('does not mistake text beginning with BM or MZ for an image or program', () => {
    expect(decode(utf8('BM25 ranking notes')).text).toBe('BM25 ranking notes');
    expect(decode(utf8('MZ series')).text).toBe('MZ series');
  });
});
