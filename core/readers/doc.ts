/**
 * Word 97-2003 (.doc): the OLE2 container is opened with SheetJS's cfb; the text is then read as Word stores it
 * ([MS-DOC] §2.4.1): the File Information Block names the table stream and the piece table (Clx), whose pieces are
 * runs of the main document's characters, each either UTF-16 or "compressed" to one Windows-1252 byte. Word's control
 * characters become line breaks, and field codes are dropped while their results are kept.
 */
import { ReadError, orNamed } from './errors';
import type { Extracted } from './types';

interface CfbEntry { name: string; content: ArrayLike<number> }
interface CfbModule {
  read(data: Uint8Array, options: { type: 'buffer' }): { FileIndex: CfbEntry[] };
  find(container: { FileIndex: CfbEntry[] }, path: string): CfbEntry | null;
}

const WORD_IDENT = 0xa5ec;
/** FibBase flags: the table stream is 1Table; the file is encrypted or obfuscated. */
const F_WHICH_TABLE = 0x0200;
const F_ENCRYPTED = 0x0100;
/** Offsets in the FIB (Word 97 and later): ccpText in FibRgLw97, fcClx/lcbClx in FibRgFcLcb97. */
const CCP_TEXT = 0x4c;
const FC_CLX = 0x01a2;
const LCB_CLX = 0x01a6;

const u16 = (b: Uint8Array, at: number): number => b[at] | (b[at + 1] << 8);
const u32 = (b: Uint8Array, at: number): number => (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;

function bytesOf(entry: CfbEntry | null): Uint8Array | undefined {
  if (!entry) return undefined;
  return entry.content instanceof Uint8Array ? entry.content : Uint8Array.from(entry.content);
}

/** The piece table: character positions and, for each piece, where its text lies in the WordDocument stream. */
function pieces(table: Uint8Array, fcClx: number, lcbClx: number): { cps: number[]; fcs: number[]; compressed: boolean[] } {
  let at = fcClx;
  const end = fcClx + lcbClx;
  if (end > table.length) throw new ReadError('doc_damaged');
  // skip Prc entries (property modifiers), then the Pcdt
  while (at < end && table[at] === 0x01) at += 3 + u16(table, at + 1);
  if (at >= end || table[at] !== 0x02) throw new ReadError('doc_damaged');
  const lcb = u32(table, at + 1);
  at += 5;
  if (at + lcb > table.length || lcb < 4) throw new ReadError('doc_damaged');
  const n = Math.floor((lcb - 4) / 12);
  const cps: number[] = [];
  for (let i = 0; i <= n; i++) cps.push(u32(table, at + 4 * i));
  const fcs: number[] = [];
  const compressed: boolean[] = [];
  const pcds = at + 4 * (n + 1);
  for (let i = 0; i < n; i++) {
    const fc = u32(table, pcds + 8 * i + 2);
    const isCompressed = (fc & 0x40000000) !== 0;
    compressed.push(isCompressed);
    fcs.push(isCompressed ? (fc & 0x3fffffff) / 2 : fc);
  }
  return { cps, fcs, compressed };
}

/** Word's control characters → text: paragraph ends break lines, cell ends leave a blank line; field instructions are dropped. */
function clean(raw: string): string {
  let out = '';
  let fieldDepth = 0;
  /** per open field: whether its instruction part is over (after 0x14), so its result is kept */
  const showing: boolean[] = [];
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 0x13) { fieldDepth++; showing.push(false); continue; }
    if (c === 0x14) { if (fieldDepth > 0) showing[fieldDepth - 1] = true; continue; }
    if (c === 0x15) { if (fieldDepth > 0) { fieldDepth--; showing.pop(); } continue; }
    if (fieldDepth > 0 && !showing[fieldDepth - 1]) continue;
    // a cell (or row) end is a blank line, as the plain text of the genre sets table cells apart: normalising then
    // never joins two cells (core/parse/task-tables.ts reads them as cells)
    if (c === 0x07) out += '\n\n';
    else if (c === 0x0d || c === 0x0b || c === 0x0c) out += '\n';
    else if (c === 0x09) out += '\t';
    else if (c === 0x1e) out += '-';
    else if (c < 0x20) continue; // pictures (0x01), footnote marks (0x02), soft hyphens (0x1f), other anchors
    else out += raw[i];
  }
  return out;
}

/**
 * cfb is a UMD file that exports itself only where a global `require` exists; a browser bundle (the parsing worker)
 * has none, so a stub is put there while the module is first evaluated. cfb calls `require` only to read files from
 * disk, which the readers never ask of it.
 */
async function loadCfb(): Promise<CfbModule> {
  const scope = globalThis as Record<string, unknown>;
  const stub = scope.require === undefined;
  if (stub) scope.require = () => { throw new Error('require is not available here'); };
  try {
    const mod = (await import('cfb')) as unknown as CfbModule & { default?: CfbModule };
    const found = [mod, mod.default].find((m) => typeof m?.read === 'function' && typeof m.find === 'function');
    if (!found) throw new ReadError('unsupported', 'The reader of Word 97-2003 files could not be loaded.');
    return found;
  } finally {
    if (stub) delete scope.require;
  }
}

export async function readDoc(bytes: Uint8Array): Promise<Extracted> {
  const CFB = await loadCfb();
  const container = await orNamed('doc_damaged', () => CFB.read(bytes, { type: 'buffer' }));
  const word = bytesOf(CFB.find(container, 'WordDocument'));
  if (!word) {
    const names = container.FileIndex.map((e) => e.name);
    if (names.includes('EncryptedPackage')) throw new ReadError('doc_encrypted');
    throw new ReadError('unsupported', 'This Office file is not a Word document (it may be a spreadsheet or a presentation).');
  }
  return orNamed('doc_damaged', () => {
    if (word.length < LCB_CLX + 4 || u16(word, 0) !== WORD_IDENT) throw new ReadError('doc_damaged');
    const flags = u16(word, 0x0a);
    if (flags & F_ENCRYPTED) throw new ReadError('doc_encrypted');
    const table = bytesOf(CFB.find(container, flags & F_WHICH_TABLE ? '1Table' : '0Table'));
    if (!table) throw new ReadError('doc_damaged');
    const ccpText = u32(word, CCP_TEXT);
    const { cps, fcs, compressed } = pieces(table, u32(word, FC_CLX), u32(word, LCB_CLX));
    const cp1252 = new TextDecoder('windows-1252');
    const utf16 = new TextDecoder('utf-16le');
    let raw = '';
    for (let i = 0; i < fcs.length && cps[i] < ccpText; i++) {
      const count = Math.min(cps[i + 1], ccpText) - cps[i];
      if (count <= 0) continue;
      const from = fcs[i];
      const to = from + (compressed[i] ? count : 2 * count);
      if (to > word.length) throw new ReadError('doc_damaged');
      raw += (compressed[i] ? cp1252 : utf16).decode(word.subarray(from, to));
    }
    return { text: clean(raw), encoding: 'doc', format: 'doc' };
  });
}
