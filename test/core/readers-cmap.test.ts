import { describe, expect, it } from 'vitest';
import { nodePdfAssets } from '../../cli/pdf-assets';
import { readAnyDocument, readDocument, type PdfAssets } from '../../core/read';
import { CMAP_PDF_LINES, cmapPdf } from '../fixtures/cmap-pdf';

describe('PDF text drawn through a predefined CMap', () => {
  it('reads it with the CMaps the host gives, as the same document as its text', async () => {
    const asked: string[] = [];
    const assets: PdfAssets = { load: (kind, file) => { asked.push(file); return nodePdfAssets.load(kind, file); } };
    const doc = await readAnyDocument(cmapPdf(), 'notice.pdf', { pdfAssets: assets });
    expect(asked).toEqual(expect.arrayContaining(['UniGB-UCS2-H.bcmap', 'Adobe-GB1-UCS2.bcmap']));
    const text = readDocument(new TextEncoder().encode(CMAP_PDF_LINES.join('\n')), 'notice.txt');
    expect(doc.meta.number).toBe('国办发〔2031〕12号');
    expect(doc.meta.title).toBe(text.meta.title);
    expect(doc.items.map((i) => i.path)).toEqual(text.items.map((i) => i.path));
    expect(doc.annotations.flatMap((a) => a.bodies.map((b) => `${a.itemPath} ${b.asWritten} ${b.role}`)))
      .toEqual(text.annotations.flatMap((a) => a.bodies.map((b) => `${a.itemPath} ${b.asWritten} ${b.role}`)));
  });

  it('without the CMaps it fails with a named error, not a library error', async () => {
    await expect(readAnyDocument(cmapPdf(), 'notice.pdf', { pdfAssets: { load: () => Promise.reject(new Error('offline')) } })).rejects.toMatchObject({ name: expect.stringMatching(/ReadError|DecodeError/) });
  });
});
