/**
 * Exports from the running app in Chromium: the Export dialog saves through the web host (a
 * download), and each file is checked as the analyst would receive it.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { XMLValidator } from 'fast-xml-parser';
import JSZip from 'jszip';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { harnessForFile, screenshot, SCREENSHOTS, settle, type AppPage } from './support';

const suite = harnessForFile();
let app: AppPage | undefined;

async function openDialog(page: Page) {
  page.on('response', (r) => {
    if (r.status() >= 400) app?.errors.push(`HTTP ${r.status()} ${r.url()}`);
  });
  await page.getByRole('button', { name: 'Export' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.waitFor();
  return dialog;
}

/** Clicks an export button and returns the downloaded file's path and suggested name. */
async function download(page: Page, click: () => Promise<void>): Promise<{ path: string; name: string }> {
  const [d] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), click()]);
  const path = await d.path();
  if (!path) throw new Error('download failed');
  return { path, name: d.suggestedFilename() };
}

/** Keeps the HTML of every page the web host hands to the browser's print (its hidden print frame). */
async function capturePrints(page: Page): Promise<void> {
  await page.evaluate(`(() => {
    window.__printed = [];
    new MutationObserver((records) => {
      for (const r of records) for (const n of r.addedNodes) if (n.tagName === 'IFRAME' && n.hasAttribute('data-remit-print')) window.__printed.push(n.srcdoc);
    }).observe(document.body, { childList: true });
  })()`);
}
const printed = (page: Page) => page.evaluate('window.__printed') as Promise<string[]>;

/** What Chromium's print engine makes of a page: its PDF's page count and text, read back with pdf.js. */
async function printToPdf(html: string): Promise<{ pages: number; text: string }> {
  const viewer = await suite.harness().browser.newPage();
  await viewer.setContent(html);
  const bytes = await viewer.pdf({ preferCSSPageSize: true, printBackground: true });
  await viewer.close();
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false }).promise;
  let text = '';
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    text += content.items.map((it) => ('str' in it ? it.str : '')).join('') + '\n';
  }
  const pages = doc.numPages;
  await doc.destroy();
  return { pages, text };
}

const cyWidth = (page: Page) => page.evaluate(() => (window as unknown as { __remit: { cy(): { width(): number; height(): number } } }).__remit.cy()!.width());
const cyHeight = (page: Page) => page.evaluate(() => (window as unknown as { __remit: { cy(): { width(): number; height(): number } } }).__remit.cy()!.height());

describe('export from the app', () => {
  it('PNG of the current view at 2× decodes with the expected size, with title and legend bands', async () => {
    app = await suite.open();
    const { page } = app;
    await settle(page);
    const dialog = await openDialog(page);
    await dialog.getByRole('radio', { name: 'Current view' }).check();
    await dialog.getByRole('radio', { name: '2×' }).check();
    await dialog.getByRole('radio', { name: 'White' }).check();
    const file = await download(page, () => dialog.getByRole('button', { name: 'PNG', exact: true }).click());
    expect(file.name).toMatch(/\.png$/);
    const png = PNG.sync.read(readFileSync(file.path));
    const [w, hgt] = [await cyWidth(page), await cyHeight(page)];
    expect(png.width).toBe(Math.floor(w * 2));
    expect(png.height).toBeGreaterThan(Math.floor(hgt * 2)); // + title band + legend band
    expect(png.height).toBeLessThan(Math.floor(hgt * 2) + 400);
    // white page: the top-left corner is opaque white
    expect([...png.data.subarray(0, 4)]).toEqual([255, 255, 255, 255]);
    await expect(dialog.getByRole('status').textContent()).resolves.toBe('Saved');
    await screenshot(page, 'export-dialog');
  });

  it('PNG of the whole graph with a transparent background has transparent pixels', async () => {
    app = await suite.open();
    const { page } = app;
    const dialog = await openDialog(page);
    await dialog.getByRole('radio', { name: 'Whole graph' }).check();
    await dialog.getByRole('radio', { name: '1×' }).check();
    await dialog.getByRole('radio', { name: 'Transparent' }).check();
    const file = await download(page, () => dialog.getByRole('button', { name: 'PNG', exact: true }).click());
    const png = PNG.sync.read(readFileSync(file.path));
    expect(png.width).toBeGreaterThan(100);
    expect(png.data[3]).toBe(0);
  });

  it('PNG of the whole graph holds the labels of its outermost nodes, the picture grown to fit them', async () => {
    app = await suite.open();
    const { page } = app;
    await settle(page);
    // the nodes' bounding box and the outermost node on each side, from the live view
    const live = await page.evaluate(() => {
      const cy = (window as unknown as { __remit: { cy(): import('cytoscape').Core } }).__remit.cy();
      const nodes = cy.nodes(':visible').filter((n) => !n.hasClass('hidden')).map((n) => ({ id: n.id(), ...(n as import('cytoscape').NodeSingular).position() }));
      const bb = cy.elements(':visible').boundingBox({});
      const most = (f: (p: { x: number; y: number }) => number) => nodes.reduce((a, b) => (f(b) > f(a) ? b : a)).id;
      const ids = [most((p) => -p.x), most((p) => p.x), most((p) => -p.y), most((p) => p.y)];
      return { w: bb.w, h: bb.h, outermost: ids.map((id) => nodes.find((n) => n.id === id)!) };
    });
    const dialog = await openDialog(page);
    await dialog.getByRole('radio', { name: 'Whole graph' }).check();
    await dialog.getByRole('radio', { name: '1×' }).check();
    await dialog.getByRole('radio', { name: 'White' }).check();
    const file = await download(page, () => dialog.getByRole('button', { name: 'PNG', exact: true }).click());
    const png = PNG.sync.read(readFileSync(file.path));
    mkdirSync(SCREENSHOTS, { recursive: true });
    copyFileSync(file.path, join(SCREENSHOTS, 'export-whole-graph.png'));
    // the labels of the outermost nodes hang beyond the nodes' bounding box: the picture is wider than the nodes
    expect(png.width).toBeGreaterThan(live.w + 20);

    interface Box { x1: number; y1: number; x2: number; y2: number }
    const record = await page.evaluate(() => (window as unknown as { __remit: { cy(): import('cytoscape').Core } }).__remit.cy().scratch('remit-last-picture')) as
      { width: number; height: number; graph: Box; scale: number; x0: number; y0: number; labels: { id: string; box: Box }[] };
    expect([record.width, record.height]).toEqual([png.width, png.height]);
    // the outermost node on each side is labelled, unless a label placed first took the room above and below it
    const labelled = new Set(record.labels.map((l) => l.id));
    for (const n of live.outermost) {
      if (labelled.has(n.id)) continue;
      const x = n.x * record.scale + record.x0;
      const y = n.y * record.scale + record.y0;
      const near = (b: Box) => b.x1 < x + 80 && b.x2 > x - 80 && b.y1 < y + 50 && b.y2 > y - 50;
      expect(record.labels.some((l) => near(l.box)), `the outermost node ${n.id} is labelled, or crowded out by a label beside it`).toBe(true);
    }
    expect(live.outermost.filter((n) => labelled.has(n.id)).length).toBeGreaterThanOrEqual(2);
    // every label lies inside the image, and those beyond the nodes' box are drawn there: dark text on white
    const inkIn = (b: Box) => {
      let ink = 0;
      for (let y = Math.floor(b.y1); y < Math.ceil(b.y2); y++) {
        for (let x = Math.floor(b.x1); x < Math.ceil(b.x2); x++) {
          const i = (y * png.width + x) * 4;
          if (png.data[i] + png.data[i + 1] + png.data[i + 2] < 300) ink++;
        }
      }
      return ink;
    };
    const g = record.graph;
    const beyond = record.labels.filter(({ box: b }) => b.x1 < g.x1 || b.x2 > g.x2 || b.y1 < g.y1 || b.y2 > g.y2);
    expect(beyond.length).toBeGreaterThan(0);
    for (const { id, box } of record.labels) {
      expect(box.x1, id).toBeGreaterThanOrEqual(0);
      expect(box.y1, id).toBeGreaterThanOrEqual(0);
      expect(box.x2, id).toBeLessThanOrEqual(png.width);
      expect(box.y2, id).toBeLessThanOrEqual(png.height);
    }
    for (const { id, box } of beyond) expect(inkIn(box), `text of ${id}`).toBeGreaterThan(10);
  });

  it('SVG parses as XML with the graph drawn as text and shapes', async () => {
    app = await suite.open();
    const { page } = app;
    const dialog = await openDialog(page);
    const file = await download(page, () => dialog.getByRole('button', { name: 'SVG', exact: true }).click());
    const svg = readFileSync(file.path, 'utf8');
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).toMatch(/<text[^>]*>[^<]*[\u4e00-\u9fff]/);
    expect(svg.match(/data-kind="agency"/g)?.length).toBeGreaterThan(5);
    expect(svg).toContain('Legend');
  });

  it('PDF of the graph and of the briefing: the browser prints a page holding the vector SVG, text selectable', async () => {
    app = await suite.open();
    const { page } = app;
    await settle(page);
    await capturePrints(page);
    const dialog = await openDialog(page);
    await dialog.getByRole('button', { name: 'PDF', exact: true }).click();
    await dialog.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    const [graphPage] = await printed(page);
    // a print-only document: the graph as SVG with its labels as text, its own @page, no script
    expect(graphPage).toMatch(/@page \{ size: A4 (landscape|portrait)/);
    expect(graphPage).not.toMatch(/<script/i);
    expect(graphPage.match(/<text[ >]/g)?.length).toBeGreaterThan(10);
    const graphPdf = await printToPdf(graphPage);
    expect(graphPdf.pages).toBe(1);
    // the labels come out of the PDF as text, not pixels
    expect(graphPdf.text).toContain('Legend');
    expect(graphPdf.text).toMatch(/科学技术部|科技部/);

    await dialog.getByRole('radio', { name: 'Whole corpus' }).check();
    await dialog.getByRole('button', { name: 'Briefing (PDF)' }).click();
    await expect.poll(async () => (await printed(page)).length).toBe(2);
    const briefPdf = await printToPdf((await printed(page))[1]);
    expect(briefPdf.pages).toBeGreaterThan(1);
    expect(briefPdf.text).toContain('At a glance');
  });

  it('data files download', async () => {
    app = await suite.open();
    const { page } = app;
    const dialog = await openDialog(page);
    const graphml = await download(page, () => dialog.getByRole('button', { name: 'GraphML' }).click());
    expect(XMLValidator.validate(readFileSync(graphml.path, 'utf8'))).toBe(true);
    const csv = await download(page, () => dialog.getByRole('button', { name: 'Responsibilities CSV' }).click());
    const text = readFileSync(csv.path, 'utf8');
    expect(text.startsWith('\uFEFFdocument,item,item_title,agency,agency_as_written,role,quote,scope,deadline,inherited\r\n')).toBe(true);
    expect(text.trimEnd().split('\r\n').length - 1).toBe(71);
  });

  it('briefing HTML opens in Chromium without console errors or scripts; DOCX is a Word package', async () => {
    app = await suite.open();
    const { page } = app;
    const dialog = await openDialog(page);
    await dialog.getByRole('radio', { name: 'Whole corpus' }).check();
    const html = await download(page, () => dialog.getByRole('button', { name: 'Briefing (HTML)' }).click());
    expect(html.name).toMatch(/\.html$/);
    const viewer = await suite.harness().browser.newPage();
    const errors: string[] = [];
    viewer.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && errors.push(`${m.text()} ${JSON.stringify(m.location())}`));
    viewer.on('pageerror', (e) => errors.push(e.message));
    // Downloads are stored without an extension; the browser needs one to render HTML.
    const copy = join(mkdtempSync(join(tmpdir(), 'remit-e2e-')), 'brief.html');
    copyFileSync(html.path, copy);
    await viewer.goto(pathToFileURL(copy).href);
    await expect(viewer.locator('script').count()).resolves.toBe(0);
    await expect(viewer.locator('svg').count()).resolves.toBeGreaterThan(0);
    await expect(viewer.locator('h2').first().textContent()).resolves.toContain('At a glance');
    await viewer.close();
    expect(errors).toEqual([]);

    const docx = await download(page, () => dialog.getByRole('button', { name: 'Briefing (Word)' }).click());
    const zip = await JSZip.loadAsync(readFileSync(docx.path));
    expect(zip.file('word/document.xml')).not.toBeNull();
    expect(Object.keys(zip.files).some((f) => f.endsWith('.png'))).toBe(true);
  });

  it('the brief follows the selection', async () => {
    app = await suite.open();
    const { page } = app;
    const agency = await page.evaluate(() => {
      const api = (window as unknown as { __remit: { getViewState(): Record<string, unknown>; applyViewState(v: Record<string, unknown>): void; cy(): { edges(sel: string): { map<T>(f: (e: { source(): { id(): string } }) => T): T[] } } } }).__remit;
      const id = api.cy().edges('[kind = "leads"]').map((e) => e.source().id()).sort()[0];
      api.applyViewState({ ...api.getViewState(), selection: [id] });
      return id;
    });
    await settle(page, 300);
    const dialog = await openDialog(page);
    const selection = dialog.getByRole('radio', { name: /Current selection \(1\)/ });
    await selection.check();
    const html = await download(page, () => dialog.getByRole('button', { name: 'Briefing (HTML)' }).click());
    const text = readFileSync(html.path, 'utf8');
    expect(text).toContain('Scope: Current selection');
    // one agency section only
    const agencies = text.slice(text.indexOf('<section class="agencies">'), text.indexOf('<section class="platforms">'));
    expect(agencies.match(/<h3>/g)).toHaveLength(1);
    expect(agency).toMatch(/^agency:/);
  });
});

