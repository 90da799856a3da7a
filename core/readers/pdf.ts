/// <reference path="./pdfjs-worker.d.ts" />
/**
 * PDF through Mozilla's pdf.js (the legacy build, which runs on Node 20 and in a worker without a DOM). pdf.js runs
 * in this thread (its "fake worker"): the caller is already off the page's main thread (the parsing worker, the CLI).
 * CMaps and standard fonts come from `options.pdfAssets`, which the host loads from the app itself; nothing is
 * fetched from a network. Running headers, footers, page numbers and a website's footer are dropped (pdf-furniture.ts);
 * page starts are kept.
 */
import { ReadError } from './errors';
import { keepBuiltins } from './keep-builtins';
import { dropRunning, dropSiteFooter } from './pdf-furniture';
import { continues, joinBroken, pageLines, type PdfLine, type PdfTextItem } from './pdf-lines';
import { textLayout } from './pdf-layout';
import { tableCells } from './pdf-grid';
import { pageRuling, type OperatorList, type PdfOps, type Rule, type VRule } from './pdf-rules';
import { metadataTable } from './pdf-table';
import type { Extracted, PdfAssets, ReadOptions } from './types';

interface PdfPage {
  getTextContent(options?: { includeMarkedContent?: boolean }): Promise<{ items: (PdfTextItem | { type: string })[] }>;
  getViewport(options: { scale: number }): { width: number; height: number };
  getOperatorList(): Promise<OperatorList>;
  cleanup(): void;
}
interface PdfDocument { numPages: number; getPage(n: number): Promise<PdfPage>; getMetadata(): Promise<{ info?: Record<string, unknown> }>; destroy(): Promise<void> }
interface LoadingTask { promise: Promise<PdfDocument>; destroy(): Promise<void> }
interface PdfJs {
  getDocument(src: Record<string, unknown>): LoadingTask;
  GlobalWorkerOptions: { workerSrc: string };
  OPS: PdfOps;
}

/** Fewer visible characters than this in the whole file is a scan without a text layer. */
const MIN_TEXT_CHARS = 20;

// the library, loaded once (a module, not a memory of any file read)
let loaded: Promise<PdfJs> | undefined;

/** pdf.js and its worker code, loaded on the first PDF; the worker code runs in this thread. */
function pdfjs(): Promise<PdfJs> {
  loaded ??= (async () => {
    const [lib, worker] = await keepBuiltins(() => Promise.all([import('pdfjs-dist/legacy/build/pdf.mjs'), import('pdfjs-dist/legacy/build/pdf.worker.mjs')]));
    (globalThis as Record<string, unknown>).pdfjsWorker = worker;
    return lib as unknown as PdfJs;
  })();
  return loaded;
}

/** pdf.js asks for CMaps and fonts through a factory class; this one asks the host's assets. */
function assetFactory(assets: PdfAssets | undefined) {
  return class AppAssets {
    async fetch({ kind, filename }: { kind: string; filename: string }): Promise<Uint8Array> {
      if (!assets || (kind !== 'cMapUrl' && kind !== 'standardFontDataUrl')) throw new Error(`no ${kind} data for ${filename}`);
      return assets.load(kind, filename);
    }
  };
}

function failure(error: unknown): ReadError {
  if (error instanceof ReadError) return error;
  const name = (error as { name?: string })?.name;
  if (name === 'PasswordException') return new ReadError('pdf_encrypted');
  return new ReadError('pdf_damaged');
}

export async function readPdf(bytes: Uint8Array, options: ReadOptions): Promise<Extracted> {
  const lib = await pdfjs();
  const task = lib.getDocument({
    // pdf.js takes the buffer over: give it a copy so the caller's bytes stay usable
    data: bytes.slice(),
    BinaryDataFactory: assetFactory(options.pdfAssets),
    useWorkerFetch: false,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWasm: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  try {
    const doc = await task.promise.catch((error: unknown) => { throw failure(error); });
    const pages: { lines: PdfLine[]; height: number }[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      if (options.signal?.aborted) throw new ReadError('cancelled');
      const page = await doc.getPage(n).catch((error: unknown) => { throw failure(error); });
      const content = await page.getTextContent();
      const items = content.items.filter((i): i is PdfTextItem => 'str' in i);
      pages.push({ lines: pageLines(items), height: page.getViewport({ scale: 1 }).height });
      page.cleanup();
      await options.onProgress?.(n, doc.numPages);
    }
    // the page's furniture, and the website's footer after the document's end when it was printed from a web page
    let kept = dropSiteFooter(dropRunning(pages));
    // a web page printed to PDF: its metadata table gives the metadata, and what stands above it is the site's header
    const table = kept.length > 0 ? metadataTable(kept[0]) : undefined;
    if (table) kept[0] = kept[0].slice(table.endLine + 1);
    // the pages where the text alone leaves a table in doubt (its first or last line, its columns, the rows a centred
    // cell spans: see tableCells) are read again for what they draw, and the tables are read again with their ruling
    const tablePages = new Set<number>();
    const cells = tableCells(kept, [], tablePages);
    if (tablePages.size > 0) {
      const rules: Rule[][] = [];
      const verticals: VRule[][] = [];
      for (const p of tablePages) {
        if (options.signal?.aborted) throw new ReadError('cancelled');
        const page = await doc.getPage(p + 1).catch((error: unknown) => { throw failure(error); });
        ({ rules: rules[p], verticals: verticals[p] } = pageRuling(await page.getOperatorList(), lib.OPS));
        page.cleanup();
      }
      kept = tableCells(kept, rules, undefined, verticals);
    } else kept = cells;
    let text = '';
    const starts: number[] = [];
    let last: PdfLine | undefined;
    // the text block and its paragraph cues are the same on every page: measured over the whole document, a short
    // last page is judged right
    const layout = textLayout(kept);
    for (const lines of kept) {
      // a paragraph running on from the previous page joins it; the page still starts at its first character
      const runsOn = last !== undefined && lines.length > 0 && continues(last, lines[0], layout, false);
      if (text.length > 0 && !runsOn) text += '\n';
      starts.push(text.length);
      text += joinBroken(lines, layout).join('\n');
      if (lines.length > 0) last = lines[lines.length - 1];
    }
    if (text.replace(/\s+/g, '').length < MIN_TEXT_CHARS) throw new ReadError('pdf_no_text');
    const info = (await doc.getMetadata().catch(() => ({ info: undefined }))).info;
    const title = typeof info?.Title === 'string' ? info.Title.trim() : '';
    const meta = { ...(title ? { title } : {}), ...table?.meta };
    return { text, encoding: 'pdf', format: 'pdf', pages: starts, meta };
  } catch (error) {
    throw failure(error);
  } finally {
    await task.destroy().catch(() => undefined);
  }
}
