/**
 * Shared end-to-end harness: the static server on a free port, Chromium through playwright-core, a console-error
 * collector (any console error or page error fails the test) and screenshots under test-results/screenshots.
 */
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../bench/chromium';
import { projectRoot, startServer, type RunningServer } from '../../cli/serve';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';

export const SCREENSHOTS = join(projectRoot, 'test-results/screenshots');

export { CHROMIUM_ARGS };

export interface Harness {
  server: RunningServer;
  browser: Browser;
  url: string;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  const server = await startServer({ port: 0 });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  return {
    server,
    browser,
    url: server.url,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

export interface AppPage {
  context: BrowserContext;
  page: Page;
  /** console errors and uncaught page errors seen so far */
  errors: string[];
  close(): Promise<void>;
}

export async function openApp(h: Harness, opts: { query?: string; colorScheme?: 'light' | 'dark'; locale?: string; waitReady?: boolean } = {}): Promise<AppPage> {
  // Reduced motion: the app then skips its transition animations, which keeps the suite quick and deterministic.
  const context = await h.browser.newContext({ viewport: { width: 1440, height: 900 }, colorScheme: opts.colorScheme ?? 'light', locale: opts.locale ?? 'en-US', acceptDownloads: true, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') errors.push(`console.${msg.type()}: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  await page.goto(h.url + (opts.query ?? ''));
  if (opts.waitReady !== false) await waitReady(page);
  return { context, page, errors, close: () => context.close() };
}

export async function waitReady(page: Page): Promise<void> {
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
}

/** The status line's "N nodes · M edges" as numbers. */
export async function statusCounts(page: Page): Promise<{ nodes: number; edges: number }> {
  const text = (await page.getByRole('status').filter({ hasText: /nodes|节点/ }).first().textContent()) ?? '';
  const m = text.replace(/,/g, '').match(/(\d+)\s*(?:nodes|个节点)\s*·\s*(\d+)\s*(?:edges|条边)/);
  if (!m) throw new Error(`status line not understood: ${text}`);
  return { nodes: Number(m[1]), edges: Number(m[2]) };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const file = join(SCREENSHOTS, `${name}.png`);
  // The pointer rests on the status line so that no hover highlight colours the picture.
  await page.mouse.move(700, 890);
  await page.waitForTimeout(200);
  await page.screenshot({ path: file });
  return file;
}

/** Waits until layouts and their animations have finished (the canvas's data-idle), plus a frame or two. */
export async function settle(page: Page, ms = 150): Promise<void> {
  await page.waitForTimeout(50);
  await page.waitForSelector('[data-testid=graph-canvas][data-idle=true]', { state: 'attached', timeout: 30_000 });
  await page.waitForTimeout(ms);
}

/**
 * The life cycle of a test file whose tests each open their own page: one server and Chromium for the file, and the
 * page a test opened (`open`) closed after it, the test failing on any console error or warning the page logged.
 */
export function harnessForFile(): { harness: () => Harness; open: (opts?: Parameters<typeof openApp>[1]) => Promise<AppPage> } {
  let h: Harness | undefined;
  let app: AppPage | undefined;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });
  afterEach(async () => {
    const errors = app?.errors ?? [];
    await app?.close();
    app = undefined;
    expect(errors, 'console errors or warnings').toEqual([]);
  });
  const harness = (): Harness => {
    if (!h) throw new Error('the harness starts before the tests');
    return h;
  };
  return { harness, open: async (opts) => (app = await openApp(harness(), opts)) };
}

/**
 * The life cycle of a test file whose tests walk through one page in order: one server, Chromium and page for the
 * file, opened before the tests and closed after them, the file failing on any console error or warning the page
 * logged.
 */
export function appForFile(): { harness: () => Harness; app: () => AppPage } {
  let h: Harness | undefined;
  let page: AppPage | undefined;
  beforeAll(async () => {
    h = await startHarness();
    page = await openApp(h);
  });
  afterAll(async () => {
    const errors = page?.errors ?? [];
    await page?.close();
    await h?.close();
    expect(errors, 'console errors or warnings').toEqual([]);
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the app opens before the tests');
    return value;
  };
  return { harness: () => started(h), app: () => started(page) };
}

/** The dev corpus's plain-text documents (test/fixtures/corpus), in name order. */
const DEV_CORPUS = join(projectRoot, 'test/fixtures/corpus');
export const devCorpusFiles = (): string[] => readdirSync(DEV_CORPUS).filter((f) => f.endsWith('.txt')).sort().map((f) => join(DEV_CORPUS, f));

/** Chooses the dev corpus in the file chooser of the toolbar's Open (an empty canvas offers another Open). */
export async function chooseDevCorpus(page: Page): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open', exact: true }).first().click();
  await (await chooser).setFiles(devCorpusFiles());
}
