/**
 * End-to-end smoke test of the desktop shell: launches the real Electron app with playwright-core.
 * Runs only where an Electron binary is installed (and, on Linux, a display exists); otherwise it
 * is reported as skipped with the reason.
 */
import { afterAll, describe, expect, it } from 'vitest';
import * as path from 'node:path';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import { findElectronBinary } from '../../electron/binary.mjs';

const repoRoot = path.join(__dirname, '..', '..');
const binary = findElectronBinary();
const noDisplay = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const skipReason = !binary.ok ? `no Electron binary (${binary.reason})` : noDisplay ? 'no display (run under xvfb-run)' : undefined;
if (skipReason) console.log(`Electron smoke test skipped: ${skipReason}`);

describe('Electron shell smoke test', () => {
  let app: ElectronApplication | undefined;
  let page: Page;

  afterAll(async () => {
    await app?.close();
  });

  it.skipIf(skipReason !== undefined)('opens the window, loads the seeds, and keeps the page sandboxed', { timeout: 240_000 }, async () => {
    const { buildRenderer, bundleElectron } = await import('../../electron/bundle.mjs');
    buildRenderer();
    await bundleElectron();

    const env = { ...process.env } as Record<string, string>;
    delete env.ELECTRON_RUN_AS_NODE;
    app = await _electron.launch({ executablePath: (binary as { path: string }).path, args: [repoRoot], cwd: repoRoot, env });
    page = await app.firstWindow();
    expect(page.url()).toMatch(/^file:\/\/.*\/dist\/renderer\/index\.html/);

    await page.waitForFunction(() => /\d+ nodes/.test(document.body.innerText), null, { timeout: 120_000 });

    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
    expect(await page.evaluate(() => Object.keys((window as unknown as { remit: object }).remit).sort())).toEqual([
      'appInfo', 'loadSeeds', 'onCommand', 'onDocumentsChanged', 'onDocumentsRemoved', 'openDocuments', 'openFolder', 'openWorkspace',
      'recentFiles', 'saveFile', 'saveWorkspace', 'storeRecovery', 'takeRecovery',
    ]);

    // Electron no longer reports effective webPreferences, so check their effects: the bridge is a
    // contextBridge proxy (isolated world), and the page has no Node globals (checked above).
    expect(await page.evaluate(() => String((window as unknown as { remit: { appInfo: unknown } }).remit.appInfo))).toMatch(/native code/);
    expect(await page.evaluate(() => typeof (globalThis as { Buffer?: unknown }).Buffer)).toBe('undefined');
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);

    // the request filter keeps the page off the network and out of other local files
    const blocked = await page.evaluate(async () => {
      const attempt = (url: string) => fetch(url).then(() => 'loaded', () => 'blocked');
      return [await attempt('https://example.org/'), await attempt('file:///etc/hostname')];
    });
    expect(blocked).toEqual(['blocked', 'blocked']);

    const info = await page.evaluate(() => (window as unknown as { remit: { appInfo(): Promise<{ name: string; host: string }> } }).remit.appInfo());
    expect(info.name).toBe('Remit');
    expect(info.host).toMatch(/^Electron \d+/);
  });
});
