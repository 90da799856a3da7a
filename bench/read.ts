/**
 * npm run bench:read — throughput of the readers on this machine, from the bytes of a file to a parsed document:
 * pages per second for PDF (a 100-page text PDF: target under 2 s on one core), MB/s for web pages, .docx and .doc.
 * The inputs are the dev documents in ../shared/corpus-formats; the 100-page PDF is made from their LibreOffice
 * exports with qpdf (Debian package `qpdf`) and cached in node_modules/.cache/remit.
 * Wall time depends on whoever else uses the machine; user CPU time of this process is the "one core" figure.
 * BENCH_RUNS sets the timed runs (the best is reported, after one untimed run that loads each reader's code).
 * Then, after `npm run build`, the same in the page (bench/read-page.ts): the worker's start and a 300-page PDF.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { readAnyDocument } from '../core/read';
import { nodePdfAssets } from '../cli/pdf-assets';

const FORMATS = process.env.REMIT_FORMATS ?? '../shared/corpus-formats';
const CACHE = 'node_modules/.cache/remit';
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const PDF_PAGES = 100;
const PAGE_PDF_PAGES = 300;

const files = (dir: string): { name: string; bytes: Uint8Array }[] =>
  readdirSync(join(FORMATS, dir)).sort().map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(FORMATS, dir, name))) }));

/** A PDF of running text of `pages` pages: the LibreOffice exports, repeated until there are enough pages. */
function textPdf(pages: number): Uint8Array | undefined {
  const out = join(CACHE, `bench-${pages}-pages.pdf`);
  if (!existsSync(out)) {
    mkdirSync(CACHE, { recursive: true });
    const parts = readdirSync(join(FORMATS, 'office-pdf')).sort().map((f) => join(FORMATS, 'office-pdf', f));
    const joined = join(CACHE, `bench-joined-${pages}.pdf`);
    try {
      // the ten exports hold about 35 pages together
      const copies = Math.ceil(pages / 30);
      execFileSync('qpdf', ['--empty', '--pages', ...Array.from({ length: copies }, () => parts).flat(), '--', joined]);
      execFileSync('qpdf', ['--empty', '--pages', joined, `1-${pages}`, '--', out]);
    } catch {
      console.log(`qpdf is not installed (apt-get install qpdf): the ${pages}-page PDF is skipped`);
      return undefined;
    }
  }
  return new Uint8Array(readFileSync(out));
}

interface Timing { wall: number; user: number }

async function timed(fn: () => Promise<unknown>): Promise<Timing> {
  const c = process.cpuUsage();
  const t = performance.now();
  await fn();
  return { wall: performance.now() - t, user: process.cpuUsage(c).user / 1000 };
}

async function bench(label: string, inputs: { name: string; bytes: Uint8Array }[], unit: 'MB' | 'pages', amount: number): Promise<void> {
  const readAll = async () => { for (const f of inputs) await readAnyDocument(f.bytes, f.name, { pdfAssets: nodePdfAssets }); };
  const first = await timed(readAll); // loads the reader's code
  let best: Timing = { wall: Infinity, user: Infinity };
  for (let i = 0; i < RUNS; i++) {
    const t = await timed(readAll);
    if (t.user < best.user) best = t;
  }
  const rate = (ms: number) => (amount / (ms / 1000)).toFixed(unit === 'MB' ? 2 : 1);
  console.log(`${label.padEnd(28)} ${String(inputs.length).padStart(3)} files  ${amount.toFixed(unit === 'MB' ? 2 : 0).padStart(7)} ${unit}   ` +
    `${rate(best.user).padStart(7)} ${unit}/s (user CPU ${best.user.toFixed(0)} ms, wall ${best.wall.toFixed(0)} ms; first run with loading ${first.wall.toFixed(0)} ms)`);
}

const mb = (fs: { bytes: Uint8Array }[]) => fs.reduce((n, f) => n + f.bytes.length, 0) / 1024 / 1024;
const html = files('html');
const docx = files('docx');
const doc = files('doc');
await bench('HTML (gov.cn pages)', html, 'MB', mb(html));
await bench('DOCX', docx, 'MB', mb(docx));
await bench('DOC (Word 97-2003)', doc, 'MB', mb(doc));
const pdf = textPdf(PDF_PAGES);
if (pdf) await bench(`PDF, ${PDF_PAGES} pages (LibreOffice)`, [{ name: 'hundred.pdf', bytes: pdf }], 'pages', PDF_PAGES);
const chromium = files('pdf');
await bench('PDF (Chromium prints, Type 3)', chromium, 'pages', 45);

// In the page: the worker's start, and a 300-page PDF read without blocking the page (BENCH_PAGE=0 skips it)
const big = process.env.BENCH_PAGE === '0' ? undefined : textPdf(PAGE_PDF_PAGES);
if (big) {
  // run apart, through tsx as bench:ui is: the web server and Chromium are not part of this bundle
  if (existsSync('dist/renderer/index.html')) execFileSync('node', ['--import', 'tsx', 'bench/read-page.ts', join(CACHE, `bench-${PAGE_PDF_PAGES}-pages.pdf`)], { stdio: 'inherit' });
  else console.log('dist/renderer is missing (npm run build): the in-page figures are skipped');
}
