import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { nodePdfAssets } from '../../cli/pdf-assets';
import { DEFAULT_MAX_BYTES, readInputs } from '../../cli/inputs';
import { DecodeError, ReadError, readAnyDocument } from '../../core';

// What cannot be read is named, and nothing else is lost.
const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../fixtures/formats/${name}`, import.meta.url)));
const read = (bytes: Uint8Array, name: string) => readAnyDocument(bytes, name, { pdfAssets: nodePdfAssets });

async function failure(promise: Promise<unknown>): Promise<ReadError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(ReadError);
  return error as ReadError;
}

/** A one-page PDF whose page holds only an image: what a scanner produces. */
function scannedPdf(): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 4 >>\nstream\n\x00\xff\xff\x00\nendstream',
    '<< /Length 27 >>\nstream\nq 200 0 0 200 0 0 cm /Im1 Do Q\nendstream',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => { offsets.push(body.length); body += `${i + 1} 0 obj\n${o}\nendobj\n`; });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Uint8Array.from(body, (c) => c.charCodeAt(0));
}

/** A zip whose central directory says its document part unpacks to `size` bytes. */
function zipDeclaring(size: number): Uint8Array {
  const zip = zipSync({ 'word/document.xml': strToU8('<w:document><w:body><w:p><w:r><w:t>x</w:t></w:r></w:p></w:body></w:document>') });
  const view = new DataView(zip.buffer);
  for (let i = zip.length - 22; i >= 0; i--) {
    if (view.getUint32(i, true) !== 0x02014b50) continue; // central directory entry
    view.setUint32(i + 24, size, true);
  }
  return zip;
}

describe('files that cannot be read get a named error', () => {
  it('a scanned PDF without a text layer', async () => {
    const e = await failure(read(scannedPdf(), 'scan.pdf'));
    expect(e.code).toBe('pdf_no_text');
    expect(e.message).toBe('The PDF has no text layer — scanned image; OCR is not supported.');
  });

  it('a password-protected PDF', async () => {
    expect((await failure(read(fixture('encrypted.pdf'), 'locked.pdf'))).code).toBe('pdf_encrypted');
  });

  it('a truncated PDF', async () => {
    const whole = fixture('gov-11.office.pdf');
    expect((await failure(read(whole.slice(0, 2000), 'cut.pdf'))).code).toBe('pdf_damaged');
  });

  it('a truncated .docx', async () => {
    const whole = fixture('gov-05.docx');
    expect((await failure(read(whole.slice(0, Math.floor(whole.length / 2)), 'cut.docx'))).code).toBe('docx_damaged');
  });

  it('a zip bomb, refused before it is unpacked', async () => {
    const e = await failure(read(zipDeclaring(2 ** 31), 'bomb.docx'));
    expect(e.code).toBe('too_large');
    expect(e.message).toMatch(/more than 64 MB/);
  });

  it('a zip that is no Word file', async () => {
    expect((await failure(read(zipSync({ 'a.txt': strToU8('hello') }), 'a.docx'))).code).toBe('unsupported');
  });

  it('a damaged .doc', async () => {
    const whole = fixture('gov-05.doc');
    const cut = whole.slice(0, 4096);
    expect(['doc_damaged', 'unsupported']).toContain((await failure(read(cut, 'cut.doc'))).code);
  });

  it('a web page with no document in it', async () => {
    const html = '<html><head><title>首页</title></head><body><ul class="nav"><li><a href="/">首页</a></li><li><a href="/n">新闻</a></li></ul></body></html>';
    expect((await failure(read(new TextEncoder().encode(html), 'nav.html'))).code).toBe('html_no_document');
  });

  it('an empty file', async () => {
    expect((await failure(read(new Uint8Array(0), 'empty.pdf'))).code).toBe('empty');
  });

  it('a read cancelled before it starts', async () => {
    expect((await failure(readAnyDocument(fixture('gov-11.office.pdf'), 'x.pdf', { signal: { aborted: true } }))).code).toBe('cancelled');
  });

  it('a PDF read cancelled half-way stops between pages', async () => {
    const signal = { aborted: false };
    const pages: number[] = [];
    const e = await failure(readAnyDocument(fixture('gov-15.office.pdf'), 'x.pdf', { signal, onProgress: (done) => { pages.push(done); if (done === 2) signal.aborted = true; } }));
    expect(e.code).toBe('cancelled');
    expect(pages).toEqual([1, 2]);
  }, 60_000);
});

describe('one file that cannot be read loses nothing else', () => {
  it('the CLI reads every other file of the folder and names the one it could not read', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(`${tmpdir()}/remit-readers-`);
    writeFileSync(`${dir}/a.docx`, fixture('gov-05.docx'));
    writeFileSync(`${dir}/b.pdf`, fixture('gov-05.docx').slice(0, 100)); // a zip named .pdf, cut short
    writeFileSync(`${dir}/c.html`, fixture('gov-15.html'));
    writeFileSync(`${dir}/d.pdf`, scannedPdf());
    writeFileSync(`${dir}/notes.xlsx`, 'not picked up from a folder');
    const { documents, failures } = await readInputs([dir], { maxBytes: DEFAULT_MAX_BYTES });
    expect(documents.map((d) => d.fileName)).toEqual(['a.docx', 'c.html']);
    expect(failures.map((f) => [f.path.slice(dir.length + 1), f.reason])).toEqual([
      ['b.pdf', 'The Word (.docx) file is damaged or truncated and cannot be read.'],
      ['d.pdf', 'The PDF has no text layer — scanned image; OCR is not supported.'],
    ]);
  }, 60_000);
});

describe('no byte sequence makes a reader throw anything but a named error', () => {
  const named = (e: unknown): boolean => e instanceof ReadError || e instanceof DecodeError;
  const HEADS: [string, number[]][] = [
    ['pdf', [...'%PDF-1.7\n'].map((c) => c.charCodeAt(0))],
    ['docx', [0x50, 0x4b, 0x03, 0x04]],
    ['doc', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
    ['html', [...'<!DOCTYPE html><html><body>'].map((c) => c.charCodeAt(0))],
    ['text', []],
  ];
  for (const [kind, head] of HEADS) {
    it(`${kind}: random bytes after the signature`, async () => {
      await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), async (tail) => {
        const bytes = Uint8Array.from([...head, ...tail]);
        try {
          await read(bytes, `x.${kind}`);
        } catch (e) {
          if (!named(e)) throw e;
        }
      }), { numRuns: kind === 'pdf' ? 40 : 100 });
    }, 120_000);
  }

  it('real files cut or corrupted anywhere', async () => {
    const files = ['gov-05.docx', 'gov-05.doc', 'gov-11.office.pdf', 'gov-05.html'].map((n) => [n, fixture(n)] as const);
    await fc.assert(fc.asyncProperty(fc.nat(files.length - 1), fc.double({ min: 0, max: 1, noNaN: true }), fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }), async (which, cut, flips) => {
      const [name, whole] = files[which];
      const bytes = whole.slice(0, Math.max(1, Math.floor(whole.length * cut)));
      for (const [at, value] of flips) bytes[Math.floor(at * (bytes.length - 1))] = value;
      try {
        await read(bytes, name);
      } catch (e) {
        if (!named(e)) throw e;
      }
    }), { numRuns: 40 });
  }, 180_000);
});
