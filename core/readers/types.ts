import type { DocumentMeta } from '../model';
import type { DocumentFormat } from './sniff';

/** What a reader hands to the parser: the text as written, where its pages start, and metadata found beside it. */
export interface Extracted {
  text: string;
  /** the character set the text was decoded from, or the container format (pdf, docx, doc) */
  encoding: string;
  format: DocumentFormat;
  /** offsets in `text` where pages 1, 2, … start (PDF only) */
  pages?: number[];
  /** metadata the file states outside the body (the policy library's table, the Word file's properties) */
  meta?: Partial<DocumentMeta>;
}

/** Loads the data files pdf.js needs (CMaps, standard fonts) from the app itself, never from a network. */
export interface PdfAssets {
  /** `kind` is `cMapUrl` or `standardFontDataUrl`, `file` a name such as `UniGB-UCS2-H.bcmap` or `FoxitSans.pfb` */
  load(kind: 'cMapUrl' | 'standardFontDataUrl', file: string): Promise<Uint8Array>;
}

export interface ReadOptions {
  /** cancels a long read; the read then fails with ReadError('cancelled') */
  signal?: { readonly aborted: boolean };
  /** pages read so far of a PDF; the read waits for a returned promise (a host can yield to its event loop there) */
  onProgress?: (done: number, total: number) => void | Promise<void>;
  pdfAssets?: PdfAssets;
}
