/** The CMaps and standard fonts pdf.js needs, read from the installed pdfjs-dist package (never from a network). */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PdfAssets } from '../core/read';

const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const FOLDERS = { cMapUrl: 'cmaps', standardFontDataUrl: 'standard_fonts' } as const;

export const nodePdfAssets: PdfAssets = {
  async load(kind, file) {
    // a plain file name only: pdf.js names files, it never needs a path
    if (!/^[\w.-]+$/.test(file)) throw new Error(`not a pdf.js data file: ${file}`);
    return new Uint8Array(await readFile(join(root, FOLDERS[kind], file)));
  },
};
