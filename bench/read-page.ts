/**
 * The readers in the page (web host, Chromium), for `npm run bench:read`: how soon the parsing worker is ready and
 * how big its script is (the readers' code is not in it), and a 300-page PDF read in the page — pages per second,
 * the progress the status line shows, the longest main-thread block while reading (a 'longtask' observer and a
 * frame-gap monitor; target ≤ 100 ms), and how soon Cancel stops a read half-way.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { distDir, startServer } from '../cli/serve';
import { CHROMIUM_ARGS } from './chromium';

interface Blocks { longest: number; count: number; rafGap: number; tasks: [number, number][] }

// Runs in the page before any script: the longest task and the longest gap between animation frames, from `reset()` on.
const MONITOR = `(() => {
  const b = { longest: 0, count: 0, rafGap: 0, tasks: [] };
  window.__readBlocks = b;
  window.__readBlocksReset = () => { b.longest = 0; b.count = 0; b.rafGap = 0; b.tasks = []; last = performance.now(); };
  new PerformanceObserver((list) => { for (const e of list.getEntries()) { b.count++; b.longest = Math.max(b.longest, e.duration); b.tasks.push([Math.round(e.startTime), Math.round(e.duration)]); } }).observe({ type: 'longtask' });
  let last = performance.now();
  const tick = (t) => { b.rafGap = Math.max(b.rafGap, t - last); last = t; requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
})();`;

const blocks = (page: Page) => page.evaluate(() => ({ ...(window as unknown as { __readBlocks: Blocks }).__readBlocks }));
const statusText = (page: Page) => page.evaluate(() => [...document.querySelectorAll('[role=status]')].map((e) => e.textContent ?? '').join(' | '));
const READING = /page (\d+) of (\d+)/;

/** Given by path: a file given as bytes is rebuilt inside the page by the test driver, a long task of its own. */
async function openPdf(page: Page, path: string): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('toolbar').getByRole('button', { name: 'Open', exact: true }).click()]);
  await chooser.setFiles(path);
}

/** The pages the status line showed, sampled until `done` says the read is over. */
async function watchProgress(page: Page, done: (status: string) => boolean, timeout: number): Promise<{ seen: Set<number>; ms: number; readEnd: number }> {
  const seen = new Set<number>();
  const started = Date.now();
  let readEnd = 0;
  for (;;) {
    const status = await statusText(page);
    const m = READING.exec(status);
    if (m) { seen.add(Number(m[1])); readEnd = await page.evaluate(() => performance.now()); }
    if (done(status)) return { seen, ms: Date.now() - started, readEnd };
    if (Date.now() - started > timeout) throw new Error(`no end of reading after ${timeout} ms: ${status}`);
    await page.waitForTimeout(25);
  }
}

async function benchInPage(pdf: string, pages: number): Promise<void> {
  const worker = readdirSync(join(distDir, 'assets')).find((f) => /^worker-.*\.js$/.test(f));
  if (!worker) throw new Error('dist/renderer is missing: run `npm run build` first.');
  const parts = readdirSync(join(distDir, 'assets')).filter((f) => f.startsWith('part-'));
  const kb = (f: string) => statSync(join(distDir, 'assets', f)).size / 1024;
  const server = await startServer({ port: 0 });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, reducedMotion: 'reduce' });
    await context.addInitScript(MONITOR);
    const page = await context.newPage();
    const ready: number[] = [];
    for (let i = 0; i < Number(process.env.BENCH_START_RUNS ?? 4); i++) {
      await page.goto(server.url);
      await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
      const t = await page.evaluate(() => (window as unknown as { __remit: { timings: { worker?: Record<string, number> } } }).__remit.timings.worker?.evaluated);
      if (i > 0 && t !== undefined) ready.push(t); // the first load warms Chromium up
    }
    ready.sort((a, b) => a - b);
    console.log(`In the page (Chromium, web host)`);
    console.log(`  worker script ${kb(worker).toFixed(0)} KB; readers' parts apart: ${parts.length} files, ${parts.reduce((n, f) => n + kb(f), 0).toFixed(0)} KB (pdf.js ${kb(parts.find((f) => f.startsWith('part-pdf-')) ?? worker).toFixed(0)} KB)`);
    console.log(`  worker ready (evaluated) ${ready.map((t) => `${Math.round(t)} ms`).join(', ')} from navigation (median ${Math.round(ready[Math.floor(ready.length / 2)])} ms)`);

    if (process.env.BENCH_START_ONLY === '1') return;
    await page.goto(`${server.url}?empty`);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
    await page.evaluate(() => (window as unknown as { __readBlocksReset(): void }).__readBlocksReset());
    await openPdf(page, pdf);
    const read = await watchProgress(page, (s) => !READING.test(s) && /1 document|could not be read/.test(s), 600_000);
    const b = await blocks(page);
    console.log(`  ${pages}-page PDF read in the page: ${(read.ms / 1000).toFixed(1)} s (${(pages / (read.ms / 1000)).toFixed(1)} pages/s, to the graph), ` +
      `progress shown for ${read.seen.size} distinct pages (last ${Math.max(0, ...read.seen)})`);
    const during = b.tasks.filter(([at]) => at <= read.readEnd);
    const taking = b.tasks.filter(([at]) => at > read.readEnd);
    const list = (ts: [number, number][]) => ts.map(([at, d]) => `${d}@${at}`).join(', ') || 'none';
    console.log(`  longest main-thread block while reading ${Math.max(0, ...during.map(([, d]) => d))} ms (target ≤ 100 ms; long tasks ${list(during)})`);
    console.log(`  then taking the graph in: ${list(taking)} (longest frame gap over the whole ${Math.round(b.rafGap)} ms)`);

    // Cancel half-way: the read stops and nothing is added
    await page.goto(`${server.url}?empty`);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
    await openPdf(page, pdf);
    await page.waitForFunction((re) => new RegExp(re).test([...document.querySelectorAll('[role=status]')].map((e) => e.textContent ?? '').join(' ')), 'page ([3-9]\\d|\\d{3}) of', { timeout: 600_000 });
    const at = READING.exec(await statusText(page))?.[1];
    const clicked = Date.now();
    await page.getByRole('button', { name: 'Cancel', exact: true }).first().click();
    const stopped = await watchProgress(page, (s) => !READING.test(s), 60_000);
    const after = await statusText(page);
    console.log(`  Cancel at page ${at}: reading stopped ${Date.now() - clicked} ms after the click; status then: "${after.replace(/\s+/g, ' ').slice(0, 120)}"`);
    void stopped;
    await context.close();
  } finally {
    await browser.close();
    await server.close();
  }
}

const file = process.argv[2];
if (!file) throw new Error('usage: tsx bench/read-page.ts FILE.pdf (npm run bench:read makes a 300-page one)');
await benchInPage(file, Number(/-(\d+)-pages\.pdf$/.exec(file)?.[1] ?? 0) || 300);
