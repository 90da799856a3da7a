/**
 * The CMaps pdf.js needs for Chinese PDFs whose fonts use a predefined CMap (UniGB-UCS2-H, GBK-EUC-H, Big5…), bundled
 * with the app: the page runs from file:// in Electron, where nothing can be fetched, so each CMap is built into the
 * worker and decoded only when a PDF asks for it. Standard fonts are not needed to read text: pdf.js carries their
 * metrics, and only warns that it cannot draw them.
 */
import type { PdfAssets } from '../../core/read';

/**
 * Each CMap a Chinese PDF may name, imported (as a data URL) only when asked for. In the built worker each is a part
 * of its own (vite.config.ts, workerParts), whose data URL comes as a promise.
 */
const CMAPS: Record<string, () => Promise<{ default: string | Promise<string> }>> = {
  'Adobe-CNS1-0.bcmap': () => import('pdfjs-dist/cmaps/Adobe-CNS1-0.bcmap?url&inline'),
  'Adobe-CNS1-1.bcmap': () => import('pdfjs-dist/cmaps/Adobe-CNS1-1.bcmap?url&inline'),
  'Adobe-CNS1-2.bcmap': () => import('pdfjs-dist/cmaps/Adobe-CNS1-2.bcmap?url&inline'),
  'Adobe-CNS1-3.bcmap': () => import('pdfjs-dist/cmaps/Adobe-CNS1-3.bcmap?url&inline'),
  'Adobe-CNS1-4.bcmap': () => import('pdfjs-dist/cmaps/Adobe-CNS1-4.bcmap?url&inline'),
  'Adobe-CNS1-5.bcmap': () => import('pdfjs-dist/cmaps/Adobe-CNS1-5.bcmap?url&inline'),
  'Adobe-CNS1-6.bcmap': () => import('pdfjs-dist/cmaps/Adobe-CNS1-6.bcmap?url&inline'),
  'Adobe-CNS1-UCS2.bcmap': () => import('pdfjs-dist/cmaps/Adobe-CNS1-UCS2.bcmap?url&inline'),
  'Adobe-GB1-0.bcmap': () => import('pdfjs-dist/cmaps/Adobe-GB1-0.bcmap?url&inline'),
  'Adobe-GB1-1.bcmap': () => import('pdfjs-dist/cmaps/Adobe-GB1-1.bcmap?url&inline'),
  'Adobe-GB1-2.bcmap': () => import('pdfjs-dist/cmaps/Adobe-GB1-2.bcmap?url&inline'),
  'Adobe-GB1-3.bcmap': () => import('pdfjs-dist/cmaps/Adobe-GB1-3.bcmap?url&inline'),
  'Adobe-GB1-4.bcmap': () => import('pdfjs-dist/cmaps/Adobe-GB1-4.bcmap?url&inline'),
  'Adobe-GB1-5.bcmap': () => import('pdfjs-dist/cmaps/Adobe-GB1-5.bcmap?url&inline'),
  'Adobe-GB1-UCS2.bcmap': () => import('pdfjs-dist/cmaps/Adobe-GB1-UCS2.bcmap?url&inline'),
  'B5pc-H.bcmap': () => import('pdfjs-dist/cmaps/B5pc-H.bcmap?url&inline'),
  'B5pc-V.bcmap': () => import('pdfjs-dist/cmaps/B5pc-V.bcmap?url&inline'),
  'ETen-B5-H.bcmap': () => import('pdfjs-dist/cmaps/ETen-B5-H.bcmap?url&inline'),
  'ETen-B5-V.bcmap': () => import('pdfjs-dist/cmaps/ETen-B5-V.bcmap?url&inline'),
  'GB-EUC-H.bcmap': () => import('pdfjs-dist/cmaps/GB-EUC-H.bcmap?url&inline'),
  'GB-EUC-V.bcmap': () => import('pdfjs-dist/cmaps/GB-EUC-V.bcmap?url&inline'),
  'GBK-EUC-H.bcmap': () => import('pdfjs-dist/cmaps/GBK-EUC-H.bcmap?url&inline'),
  'GBK-EUC-V.bcmap': () => import('pdfjs-dist/cmaps/GBK-EUC-V.bcmap?url&inline'),
  'GBK2K-H.bcmap': () => import('pdfjs-dist/cmaps/GBK2K-H.bcmap?url&inline'),
  'GBK2K-V.bcmap': () => import('pdfjs-dist/cmaps/GBK2K-V.bcmap?url&inline'),
  'GBKp-EUC-H.bcmap': () => import('pdfjs-dist/cmaps/GBKp-EUC-H.bcmap?url&inline'),
  'GBKp-EUC-V.bcmap': () => import('pdfjs-dist/cmaps/GBKp-EUC-V.bcmap?url&inline'),
  'HKscs-B5-H.bcmap': () => import('pdfjs-dist/cmaps/HKscs-B5-H.bcmap?url&inline'),
  'HKscs-B5-V.bcmap': () => import('pdfjs-dist/cmaps/HKscs-B5-V.bcmap?url&inline'),
  'UniCNS-UCS2-H.bcmap': () => import('pdfjs-dist/cmaps/UniCNS-UCS2-H.bcmap?url&inline'),
  'UniCNS-UCS2-V.bcmap': () => import('pdfjs-dist/cmaps/UniCNS-UCS2-V.bcmap?url&inline'),
  'UniCNS-UTF16-H.bcmap': () => import('pdfjs-dist/cmaps/UniCNS-UTF16-H.bcmap?url&inline'),
  'UniCNS-UTF16-V.bcmap': () => import('pdfjs-dist/cmaps/UniCNS-UTF16-V.bcmap?url&inline'),
  'UniGB-UCS2-H.bcmap': () => import('pdfjs-dist/cmaps/UniGB-UCS2-H.bcmap?url&inline'),
  'UniGB-UCS2-V.bcmap': () => import('pdfjs-dist/cmaps/UniGB-UCS2-V.bcmap?url&inline'),
  'UniGB-UTF16-H.bcmap': () => import('pdfjs-dist/cmaps/UniGB-UTF16-H.bcmap?url&inline'),
  'UniGB-UTF16-V.bcmap': () => import('pdfjs-dist/cmaps/UniGB-UTF16-V.bcmap?url&inline'),
};

function fromDataUrl(url: string): Uint8Array {
  const base64 = url.slice(url.indexOf(',') + 1);
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export const workerPdfAssets: PdfAssets = {
  async load(kind, file) {
    const cmap = kind === 'cMapUrl' && Object.hasOwn(CMAPS, file) ? CMAPS[file] : undefined;
    if (!cmap) throw new Error(`${file} is not bundled`);
    return fromDataUrl(await (await cmap()).default);
  },
};
