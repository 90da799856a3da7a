/**
 * Bytes → text. Policy documents arrive as UTF-8 (gov.cn pages), GBK/GB18030 (older Windows tools)
 * or UTF-16 (Word "Unicode text"); anything else is refused with a message an analyst understands.
 */

import { decodeUtf8Strict } from './text/utf8';

export type DecodeErrorCode = 'empty' | 'binary' | 'not_text';

const MESSAGES: Record<DecodeErrorCode, string> = {
  empty: 'The file is empty.',
  binary: 'This looks like a binary file (PDF, image or archive), not text.',
  not_text: 'This file is not readable text in UTF-8, UTF-16 or GBK/GB18030.',
};

export class DecodeError extends Error {
  readonly code: DecodeErrorCode;
  constructor(code: DecodeErrorCode, message = MESSAGES[code]) {
    super(message);
    this.name = 'DecodeError';
    this.code = code;
  }
}

/** File signatures of formats analysts are likely to drop by mistake. */
const MAGIC: number[][] = [
  [0x25, 0x50, 0x44, 0x46], // %PDF
  [0x50, 0x4b, 0x03, 0x04], // ZIP, DOCX, XLSX
  [0x50, 0x4b, 0x05, 0x06], // empty ZIP
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0x47, 0x49, 0x46, 0x38], // GIF
  [0xff, 0xd8, 0xff], // JPEG
  [0xd0, 0xcf, 0x11, 0xe0], // OLE2: DOC, XLS, WPS
  [0x1f, 0x8b], // gzip
  [0x37, 0x7a, 0xbc, 0xaf], // 7z
  [0x52, 0x61, 0x72, 0x21], // RAR
  [0x42, 0x4d], // BMP (checked with more bytes below)
  [0x49, 0x49, 0x2a, 0x00], // TIFF
  [0x4d, 0x4d, 0x00, 0x2a], // TIFF
  [0x7f, 0x45, 0x4c, 0x46], // ELF
  [0x4d, 0x5a], // EXE
];

/** Sample size for statistical checks; enough to judge, small enough to stay linear and fast. */
const SAMPLE = 8192;
/** Share of control characters above which decoded text is considered garbage. */
const CONTROL_RATIO = 0.05;

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  if (bytes.length < sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (bytes[i] !== sig[i]) return false;
  return true;
}

function isMagic(bytes: Uint8Array): boolean {
  for (const sig of MAGIC) {
    if (!startsWith(bytes, sig)) continue;
    // "BM" and "MZ" also begin ordinary text; require the binary fields that follow.
    if (sig.length === 2 && sig[0] === 0x42) return bytes.length > 14 && bytes[6] === 0 && bytes[7] === 0;
    if (sig.length === 2 && sig[0] === 0x4d) return bytes.length > 64 && bytes.slice(2, 64).some((b) => b === 0);
    return true;
  }
  return false;
}

/**
 * High bytes of the UTF-16 code units Chinese policy text is made of: 0x00 (ASCII digits, Latin, line breaks),
 * 0x20–0x27 (“”—…, ①, ─), 0x30–0x33 (、。〔〕《》), 0x4E–0x9F (the unified ideographs), 0xD8–0xDF (surrogates of rarer
 * ideographs) and 0xFE–0xFF (，：（）０–９). A byte picked at random is one of them 41 % of the time.
 */
const CHINESE_HIGH = new Uint8Array(256);
for (const [lo, hi] of [[0x00, 0x00], [0x20, 0x27], [0x30, 0x33], [0x4e, 0x9f], [0xd8, 0xdf], [0xfe, 0xff]]) {
  for (let b = lo; b <= hi; b++) CHINESE_HIGH[b] = 1;
}

/**
 * UTF-16 without a BOM, told by the pattern of its high bytes: at one parity (odd for LE, even for BE) nearly every
 * byte is the high byte of a character Chinese text uses (CHINESE_HIGH), while at the other parity the low bytes fall
 * anywhere. Zero bytes alone do not tell: Chinese UTF-16 has only ~4 % of them (its ASCII), and none at all when it
 * has no ASCII. When both parities pass (ASCII letters are in 0x4E–0x7A too), the one holding the zeros is the high
 * byte. `strict` asks more, for bytes that hold no zero byte and might be GB18030 instead.
 */
function sniffUtf16(bytes: Uint8Array, strict: boolean): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes.length % 2 !== 0) return undefined;
  const n = Math.min(bytes.length, SAMPLE) & ~1;
  const pairs = n / 2;
  if (pairs < (strict ? 8 : 2)) return undefined;
  let highEven = 0;
  let highOdd = 0;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < n; i += 2) {
    const a = bytes[i];
    const b = bytes[i + 1];
    highEven += CHINESE_HIGH[a];
    highOdd += CHINESE_HIGH[b];
    if (a === 0) zeroEven++;
    if (b === 0) zeroOdd++;
  }
  const need = pairs * (strict ? 0.97 : 0.9);
  const le = highOdd >= need;
  const be = highEven >= need;
  if (strict && le && be) return undefined;
  if (le && (!be || zeroOdd > zeroEven)) return 'utf-16le';
  if (be && (!le || zeroEven > zeroOdd)) return 'utf-16be';
  return undefined;
}

function tryDecode(label: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Code units that do not occur in text: C0 controls other than tab, line feed, form feed and CR; DEL; C1; U+FFFD. */
const NOT_TEXT = new Uint8Array(0x10000);
for (let c = 0; c < 0x20; c++) if (c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) NOT_TEXT[c] = 1;
for (let c = 0x7f; c < 0xa0; c++) NOT_TEXT[c] = 1;
NOT_TEXT[0xfffd] = 1;

/** The same code units as NOT_TEXT, for one native search that clears the common case of none at all. */
const ANY_NOT_TEXT = /[\0-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd]/;

function looksLikeText(text: string): boolean {
  const n = Math.min(text.length, SAMPLE);
  if (n === 0) return true;
  if (!ANY_NOT_TEXT.test(n < text.length ? text.slice(0, n) : text)) return true;
  let bad = 0;
  for (let i = 0; i < n; i++) bad += NOT_TEXT[text.charCodeAt(i)];
  return bad / n <= CONTROL_RATIO;
}

function accept(text: string, encoding: string): { text: string; encoding: string } {
  if (!looksLikeText(text)) throw new DecodeError('not_text');
  return { text, encoding };
}

export function decode(bytes: Uint8Array): { text: string; encoding: string } {
  if (bytes.length === 0) throw new DecodeError('empty');
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    return accept(new TextDecoder('utf-8').decode(bytes), 'utf-8');
  }
  if (startsWith(bytes, [0xff, 0xfe])) return accept(new TextDecoder('utf-16le').decode(bytes), 'utf-16le');
  if (startsWith(bytes, [0xfe, 0xff])) return accept(new TextDecoder('utf-16be').decode(bytes), 'utf-16be');
  if (isMagic(bytes)) throw new DecodeError('binary');
  // Text in UTF-8 or GBK has no zero byte at all: one native search settles most files without counting.
  if (bytes.subarray(0, SAMPLE).indexOf(0) >= 0) {
    const utf16 = sniffUtf16(bytes, false);
    const text = utf16 && tryDecode(utf16, bytes);
    if (utf16 && text !== undefined) return accept(text, utf16);
    throw new DecodeError('binary');
  }
  const utf8 = decodeUtf8Strict(bytes);
  if (utf8 !== undefined) return accept(utf8, 'utf-8');
  // Chinese UTF-16 with no ASCII at all has no zero byte either; GB18030 would take its bytes for other characters.
  const utf16 = sniffUtf16(bytes, true);
  const wide = utf16 && tryDecode(utf16, bytes);
  if (utf16 && wide !== undefined) return accept(wide, utf16);
  const gb = tryDecode('gb18030', bytes);
  if (gb !== undefined) return accept(gb, 'gb18030');
  throw new DecodeError('not_text');
}
