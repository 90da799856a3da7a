/**
 * `npm run bench:ui` (after a build): how fast the explorer becomes usable.
 *  - seed: navigation → interactive seed graph (target ≤ 1 s)
 *  - synthetic 5,000 nodes / 20,000 edges (`?bench=synthetic`, no parsing): first render (≤ 3 s), layout time,
 *    and the longest main-thread block while it loads (≤ 200 ms), from a 'longtask' observer and a rAF gap monitor.
 *  - documents along the app's real path (Open → worker read → add → transfer → page import → canvas idle) for 1, 60
 *    and 1,000 distinct documents (bench/corpus.ts), then one more document added and one removed.
 *    BENCH_DOC_COUNTS=1,60 chooses the sizes; BENCH_ONLY=documents runs this part alone.
 *  - hover and click on 10,000 nodes / 40,000 edges: input event → next painted frame (≤ 100 ms; bench/ui-highlight.ts).
 *    BENCH_ONLY=highlight runs this part alone.
 *  - the responsibility Matrix with 60 documents: tab → table, scrolling across, the document filter (bench/ui-matrix.ts).
 *    BENCH_ONLY=matrix runs this part alone.
 */
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { distDir, startServer } from '../cli/serve';
import { CHROMIUM_ARGS } from './chromium';
import { distinctCorpus, loadSources } from './corpus';
import { highlightLatency } from './ui-highlight';
import { matrixRender } from './ui-matrix';

const N = Number(process.env.BENCH_NODES ?? 5000);
const M = Number(process.env.BENCH_EDGES ?? 20000);

interface Change { kind: string; files: number; read: number; add: number; prepare: number; transfer: number; import: number; total: number; nodes: number; edges: number }
interface Timings { changes?: Change[]; graphReceived?: number; interactive?: number; layoutMs?: number; renderMs?: number; layouts?: { layout: string; ms: number }[]; worker?: Record<string, number> }
interface Blocks { longest: number; count: number; rafGap: number; tasks: [number, number][] }

// Runs in the page before any script: records long tasks and the longest gap between animation frames.
const MONITOR = `(() => {
  const b = { longest: 0, count: 0, rafGap: 0, tasks: [] };
  window.__blocks = b;
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) { b.count++; b.longest = Math.max(b.longest, e.duration); b.tasks.push([Math.round(e.startTime), Math.round(e.duration)]); } })
      .observe({ type: 'longtask', buffered: true });
  } catch {}
  let last = performance.now();
  const tick = (t) => { b.rafGap = Math.max(b.rafGap, t - last); last = t; requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
})();`;

async function measure(page: Page, url: string, timeout: number, settleMs = 1000): Promise<{ t: Timings; blocks: Blocks; wall: number }> {
  const started = Date.now();
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]', { timeout });
  const wall = Date.now() - started;
  // Blocks are counted until a while after the graph is shown: redraws and texture caching that follow it count too.
  await page.waitForTimeout(settleMs);
  const t = await page.evaluate(() => ({ ...(window as unknown as { __remit: { timings: Timings } }).__remit.timings }));
  const blocks = await page.evaluate(() => ({ ...(window as unknown as { __blocks: Blocks }).__blocks }));
  return { t, blocks, wall };
}

/** The longest tasks as "duration@start" (ms from navigation), so that a regression can be traced to its phase. */
const worst = (b: Blocks, n = 4) => [...b.tasks].sort((x, y) => y[1] - x[1]).slice(0, n).map(([at, d]) => `${d}@${at}`).join(', ');

const ms = (v: number | undefined) => (v === undefined ? 'n/a' : `${Math.round(v)} ms`);
const verdict = (v: number | undefined, target: number) => (v !== undefined && v <= target ? 'ok' : 'OVER');

const DOC_COUNTS = (process.env.BENCH_DOC_COUNTS ?? '1,60,1000').split(',').map(Number);
const timingsOf = (page: Page) => page.evaluate(() => ({ ...(window as unknown as { __remit: { timings: Timings } }).__remit.timings }));
const changeCount = async (page: Page) => (await timingsOf(page)).changes?.length ?? 0;
const idle = (page: Page) => page.waitForSelector('[data-testid=graph-canvas][data-idle=true]', { state: 'attached', timeout: 600_000 });

/** Opens files through the Open button and the file chooser, as a user would; the change's timings and the wall time to an idle canvas. */
async function openThroughUi(page: Page, files: { name: string; text: string }[]): Promise<{ change: Change; wall: number }> {
  const before = await changeCount(page);
  const started = Date.now();
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('toolbar').getByRole('button', { name: 'Open', exact: true }).click()]);
  await chooser.setFiles(files.map((f) => ({ name: f.name, mimeType: 'text/plain', buffer: Buffer.from(f.text) })));
  await page.waitForFunction((n) => ((window as unknown as { __remit: { timings: Timings } }).__remit.timings.changes?.length ?? 0) > n, before, { timeout: 600_000 });
  await page.waitForTimeout(50);
  await idle(page);
  return { change: (await timingsOf(page)).changes!.at(-1)!, wall: Date.now() - started };
}

const row = (label: string, c: Change, wall?: number) =>
  `  ${label.padEnd(26)} read ${ms(c.read).padStart(8)}  add ${ms(c.add).padStart(8)}  prepare ${ms(c.prepare).padStart(8)}  transfer ${ms(c.transfer).padStart(8)}  import ${ms(c.import).padStart(8)}  = ${ms(c.total).padStart(8)}` +
  (wall === undefined ? '' : `  (to idle canvas ${ms(wall)})`) + `  [${c.nodes} nodes, ${c.edges} edges]`;

/** The app's real path for distinct documents: open N into an empty app, then add one and remove one. */
async function documentsPath(browser: import('playwright-core').Browser): Promise<void> {
  const max = Math.max(...DOC_COUNTS);
  const docs = distinctCorpus(loadSources(), max + 1);
  console.log(`Documents along the app's path (distinct documents; ${(docs.slice(0, max).reduce((n, d) => n + Buffer.byteLength(d.text), 0) / 1e6).toFixed(1)} MB for ${max})`);
  for (const n of DOC_COUNTS) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(`${(globalThis as unknown as { __benchUrl: string }).__benchUrl}?empty`);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
    const first = await openThroughUi(page, docs.slice(0, n));
    console.log(row(`open ${n}`, first.change, first.wall));
    const more = await openThroughUi(page, [docs[max]]);
    console.log(row(`  then add 1`, more.change, more.wall));
    // Remove the added document, as its details panel's Remove button does.
    const before = await changeCount(page);
    const started = Date.now();
    await page.evaluate((name) => (window as unknown as { __remit: { removeDocuments(names: string[]): Promise<void> } }).__remit.removeDocuments([name]), docs[max].name);
    await page.waitForFunction((k) => ((window as unknown as { __remit: { timings: Timings } }).__remit.timings.changes?.length ?? 0) > k, before, { timeout: 600_000 });
    await idle(page);
    console.log(row('  then remove 1', (await timingsOf(page)).changes!.at(-1)!, Date.now() - started));
    await context.close();
  }
}

async function main(): Promise<void> {
  if (!existsSync(join(distDir, 'index.html'))) throw new Error('dist/renderer is missing: run `npm run build` first (npm run bench:ui does).');
  const server = await startServer({ port: 0 });
  (globalThis as unknown as { __benchUrl: string }).__benchUrl = server.url;
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    if (process.env.BENCH_ONLY === 'documents') {
      await documentsPath(browser);
      return;
    }
    if (process.env.BENCH_ONLY === 'highlight') {
      await highlightLatency(browser, server.url);
      return;
    }
    if (process.env.BENCH_ONLY === 'matrix') {
      await matrixRender(browser, server.url);
      return;
    }
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await context.addInitScript(MONITOR);
    const page = await context.newPage();

    // Warm-up so that the first figure does not include Chromium's own start-up.
    await measure(page, server.url, 30_000);
    const seed = await measure(page, server.url, 30_000);
    console.log('Seed document');
    console.log(`  navigation → interactive graph   ${ms(seed.t.interactive)}  (target ≤ 1000 ms: ${verdict(seed.t.interactive, 1000)})`);
    console.log(`  worker: ready ${ms(seed.t.worker?.evaluated)}, parsed+built ${ms(seed.t.worker?.built)}, fcose placed ${ms(seed.t.worker?.placed)} (from navigation)`);
    console.log(`  longest main-thread block        ${ms(seed.blocks.longest)} (${seed.blocks.count} long tasks; longest frame gap ${ms(seed.blocks.rafGap)})`);
    console.log(`  (machine load average now: ${loadavg()[0].toFixed(1)} on ${cpus().length} cores; figures scale with it)`);

    const big = await measure(page, `${server.url}?bench=synthetic&n=${N}&m=${M}`, 120_000, 3000);
    const placed = big.t.worker?.placed;
    const firstRender = big.t.interactive !== undefined && placed !== undefined ? big.t.interactive - placed : undefined;
    console.log(`Synthetic graph: ${N} nodes / ${M} edges`);
    console.log(`  navigation → graph from worker   ${ms(big.t.graphReceived)}  (generated in the worker, no parsing)`);
    console.log(`  ForceAtlas2 placement (worker)   ${ms(placed !== undefined && big.t.worker?.keyed !== undefined ? placed - big.t.worker.keyed : undefined)}  (off the main thread)`);
    console.log(`  first render (placed → on screen) ${ms(firstRender)}  (target ≤ 3000 ms: ${verdict(firstRender, 3000)})`);
    console.log(`  navigation → interactive         ${ms(big.t.interactive)}`);
    console.log(`  longest main-thread block        ${ms(big.blocks.longest)}  (target ≤ 200 ms: ${verdict(big.blocks.longest, 200)}; ${big.blocks.count} long tasks; longest frame gap ${ms(big.blocks.rafGap)})`);
    console.log(`    longest tasks (ms@start): ${worst(big.blocks)}; placed at ${ms(placed)}, ready at ${ms(big.t.interactive)}`);

    // A full force re-layout of the big graph (worker ForceAtlas2) and of the tree layout (computed on the page).
    for (const [name, label] of [['force', 'Force'], ['tree', 'Document tree'], ['concentric', 'Concentric'], ['responsibility', 'Responsibility']] as const) {
      await page.evaluate(() => {
        const b = (window as unknown as { __blocks: Blocks }).__blocks;
        b.longest = 0; b.count = 0; b.rafGap = 0; b.tasks = [];
      });
      const before = await page.evaluate(() => (window as unknown as { __remit: { timings: Timings } }).__remit.timings.layouts?.length ?? 0);
      await page.getByLabel('Layout', { exact: true }).selectOption(name);
      if (name === 'force') {
        // force is already selected: ask for a re-run instead
        await page.getByRole('button', { name: 'Re-run layout' }).click();
      }
      await page.waitForFunction((n) => ((window as unknown as { __remit: { timings: Timings } }).__remit.timings.layouts?.length ?? 0) > n, before, { timeout: 120_000 });
      const t = await page.evaluate(() => (window as unknown as { __remit: { timings: Timings } }).__remit.timings.layouts!.at(-1)!);
      await page.waitForTimeout(500);
      const blocks = await page.evaluate(() => ({ ...(window as unknown as { __blocks: Blocks }).__blocks }));
      console.log(`  ${label.padEnd(14)} layout          ${ms(t.ms)}  (longest block ${ms(blocks.longest)}; longest tasks ${worst(blocks, 3)})`);
    }
    await context.close();

    await highlightLatency(browser, server.url);

    await matrixRender(browser, server.url);

    await documentsPath(browser);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack ?? error.message : error);
  process.exit(1);
});
