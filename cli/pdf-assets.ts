/** The CMaps and standard fonts pdf.js needs, read from the installed pdfjs-dist package (never from a network). */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PdfAssets } from '../core/read';

const FOLDERS = { cMapUrl: 'cmaps', standardFontDataUrl: 'standard_fonts' } as const;
let root: string | undefined;

/**
 * The package folder, looked up on first use: from this module, else from the working directory (the CLI may run as
 * a bundle copied elsewhere, where only the project's node_modules has the package).
 */
function packageRoot(): string {
  if (root !== undefined) return root;
  for (const from of [import.meta.url, join(process.cwd(), 'package.json')]) {
    try {
      root = dirname(createRequire(from).resolve('pdfjs-dist/package.json'));
      return root;
    } catch {
      // try the next place
    }
  }
  throw new Error('pdfjs-dist is not installed: its CMaps and fonts cannot be read');
}

export const nodePdfAssets: PdfAssets = {
  async load(kind, file) {
    // a plain file name only: pdf.js names files, it never needs a path
    if (!/^[\w.-]+$/.test(file)) throw new Error(`not a pdf.js data file: ${file}`);
    return new Uint8Array(await readFile(join(packageRoot(), FOLDERS[kind], file)));
  },
};
