/**
 * Part of `npm run bench:ui` (BENCH_ONLY=matrix runs it alone): the responsibility Matrix with 60 distinct documents
 * open (bench/corpus.ts; BENCH_MATRIX_DOCS changes the count). Measured in the page: a click on the Matrix tab to
 * the frame painted with the table (the matrix computed, the rows and columns in view rendered); scrolling across
 * the table, a step of one screen at a time, each to its painted frame; choosing one document in the Matrix's
 * document filter and back to all. Target: the table within 500 ms, a scroll step within a frame or two (≤ 50 ms).
 */
import type { Browser } from 'playwright-core';
import { distinctCorpus, loadSources } from './corpus';

const DOCS = Number(process.env.BENCH_MATRIX_DOCS ?? 60);

// Runs in the page: `act` then two animation frames and a task, so that the figure includes the frame's rendering.
const TIMED = `window.__timed = (act) => new Promise((resolve) => {
  const t0 = performance.now();
  act();
  requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0)));
});`;

const ms = (v: number) => `${Math.round(v)} ms`;

export async function matrixRender(browser: Browser, url: string): Promise<void> {
  const docs = distinctCorpus(loadSources(), DOCS);
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  try {
    await page.goto(`${url}?empty`);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
    await page.evaluate(TIMED);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('toolbar').getByRole('button', { name: 'Open', exact: true }).click()]);
    await chooser.setFiles(docs.map((d) => ({ name: d.name, mimeType: 'text/plain', buffer: Buffer.from(d.text) })));
    await page.getByTestId('status').filter({ hasText: `${DOCS} documents` }).waitFor({ timeout: 600_000 });
    // the graph laid out and drawn first: its work in the background is not the Matrix's
    await page.waitForSelector('[data-testid=graph-canvas][data-idle=true]', { state: 'attached', timeout: 600_000 });
    await page.waitForTimeout(1500);
    const open = await page.evaluate(() => (window as unknown as { __timed(act: () => void): Promise<number> }).__timed(() => {
      [...document.querySelectorAll<HTMLElement>('[role=tab]')].find((t) => t.textContent === 'Matrix')!.click();
    }));
    const size = await page.evaluate(() => ({
      caption: document.querySelector('.rp-caption')?.textContent ?? '',
      cells: document.querySelectorAll('.rp-table td, .rp-table th').length,
      width: document.querySelector('.rp-matrix-scroll')!.scrollWidth,
    }));
    console.log(`Matrix with ${DOCS} documents: ${size.caption}; ${size.cells} cells rendered of a table ${size.width} px wide`);
    console.log(`  Matrix tab → table painted      ${ms(open)}  (target ≤ 500 ms: ${open <= 500 ? 'ok' : 'OVER'})`);
    const steps = await page.evaluate(async () => {
      const el = document.querySelector('.rp-matrix-scroll') as HTMLElement;
      const timed = (window as unknown as { __timed(act: () => void): Promise<number> }).__timed;
      const out: number[] = [];
      for (let x = el.clientWidth; x < el.scrollWidth - el.clientWidth && out.length < 40; x += el.clientWidth) out.push(await timed(() => { el.scrollLeft = x; }));
      return out;
    });
    const sorted = [...steps].sort((a, b) => a - b);
    console.log(`  scroll one screen across        median ${ms(sorted[Math.floor(sorted.length / 2)] ?? 0)}, worst ${ms(sorted.at(-1) ?? 0)} over ${steps.length} steps  (target ≤ 50 ms: ${(sorted.at(-1) ?? 0) <= 50 ? 'ok' : 'OVER'})`);
    const filter = page.getByTestId('matrix-document');
    const value = await filter.locator('option').nth(1).getAttribute('value');
    const one = await page.evaluate((v) => (window as unknown as { __timed(act: () => void): Promise<number> }).__timed(() => {
      const s = document.querySelector('[data-testid=matrix-document]') as HTMLSelectElement;
      s.value = v!;
      s.dispatchEvent(new Event('change', { bubbles: true }));
    }), value);
    const all = await page.evaluate(() => (window as unknown as { __timed(act: () => void): Promise<number> }).__timed(() => {
      const s = document.querySelector('[data-testid=matrix-document]') as HTMLSelectElement;
      s.value = '';
      s.dispatchEvent(new Event('change', { bubbles: true }));
    }));
    console.log(`  document filter: one ${ms(one)}, back to all ${ms(all)}`);
  } finally {
    await context.close();
  }
}
