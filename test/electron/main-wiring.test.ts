/**
 * Runs the real bundled main process (dist form, built by esbuild) against a fake `electron`
 * module, so the wiring — handlers, window options, session hardening, menu — is checked on
 * machines without an Electron binary. The smoke test covers the real thing where one exists.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import Module, { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { INVOKE_CHANNELS } from '../../contract/ipc';

const repoRoot = path.join(__dirname, '..', '..');
const indexUrl = pathToFileURL(path.join(repoRoot, 'dist', 'renderer', 'index.html')).href;
type Fn = (...args: any[]) => any;

const rec = {
  handlers: new Map<string, Fn>(),
  appEvents: new Map<string, Fn>(),
  windows: [] as Array<{ options: any; loaded?: string; sent: Array<[string, unknown]> }>,
  beforeRequest: undefined as Fn | undefined,
  headersReceived: undefined as Fn | undefined,
  permissionRequest: undefined as Fn | undefined,
  permissionCheck: undefined as Fn | undefined,
  menu: undefined as any,
  external: [] as string[],
  messages: [] as unknown[],
  sandboxEnabled: false,
};

function fakeElectron(userData: string) {
  class BrowserWindow {
    static all: BrowserWindow[] = [];
    static getAllWindows = () => BrowserWindow.all;
    record: (typeof rec.windows)[number];
    webContents: { send: Fn; on: Fn };
    constructor(options: unknown) {
      this.record = { options, sent: [] };
      rec.windows.push(this.record);
      this.webContents = { send: (channel: string, payload: unknown) => this.record.sent.push([channel, payload]), on: () => undefined };
      BrowserWindow.all.push(this);
    }
    once() {}
    on() {}
    show() {}
    isMinimized() { return false; }
    async loadFile(file: string) { this.record.loaded = file; }
  }
  return {
    app: {
      isPackaged: false,
      getAppPath: () => repoRoot,
      enableSandbox: () => (rec.sandboxEnabled = true),
      setName: () => undefined,
      getName: () => 'Remit',
      getVersion: () => '0.1.0',
      requestSingleInstanceLock: () => true,
      on: (event: string, fn: Fn) => rec.appEvents.set(event, fn),
      whenReady: () => Promise.resolve(),
      getPath: () => userData,
      addRecentDocument: () => undefined,
      clearRecentDocuments: () => undefined,
      quit: () => undefined,
      exit: () => undefined,
    },
    BrowserWindow,
    session: {
      defaultSession: {
        webRequest: {
          onBeforeRequest: (fn: Fn) => (rec.beforeRequest = fn),
          onHeadersReceived: (fn: Fn) => (rec.headersReceived = fn),
        },
        setPermissionRequestHandler: (fn: Fn) => (rec.permissionRequest = fn),
        setPermissionCheckHandler: (fn: Fn) => (rec.permissionCheck = fn),
        setDevicePermissionHandler: () => undefined,
        on: () => undefined,
      },
    },
    Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: (m: unknown) => (rec.menu = m) },
    ipcMain: { handle: (channel: string, fn: Fn) => rec.handlers.set(channel, fn), removeHandler: (c: string) => rec.handlers.delete(c) },
    dialog: {
      showMessageBox: async (...args: unknown[]) => { rec.messages.push(args); return { response: 0 }; },
      showErrorBox: (...args: unknown[]) => rec.messages.push(args),
    },
    shell: { openExternal: async (url: string) => { rec.external.push(url); } },
  };
}

let tmp: string;
const ModuleWithLoad = Module as unknown as { _load: Fn };
let originalLoad: Fn;

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'remit-main-'));
  await build({
    entryPoints: [path.join(repoRoot, 'electron', 'main.ts')],
    bundle: true, platform: 'node', format: 'cjs', target: 'node20', external: ['electron'],
    outfile: path.join(tmp, 'main.cjs'), logLevel: 'error',
  });
  const electron = fakeElectron(path.join(tmp, 'userData'));
  originalLoad = ModuleWithLoad._load;
  ModuleWithLoad._load = function (request: string, ...rest: unknown[]) {
    if (request === 'electron') return electron;
    return originalLoad.call(this, request, ...rest);
  };
  createRequire(import.meta.url)(path.join(tmp, 'main.cjs'));
  await new Promise((resolve) => setTimeout(resolve, 50));
}, 60_000);

afterAll(() => {
  ModuleWithLoad._load = originalLoad;
  fs.rmSync(tmp, { recursive: true, force: true });
});

const fromPage = { senderFrame: { url: indexUrl, parent: null } };

describe('main process wiring (fake Electron)', () => {
  it('enables the sandbox for all renderers and registers exactly the contracted channels', () => {
    expect(rec.sandboxEnabled).toBe(true);
    expect([...rec.handlers.keys()].sort()).toEqual([...INVOKE_CHANNELS].sort());
  });

  it('creates one hardened window with the bundled preload, loading the local index', () => {
    expect(rec.windows).toHaveLength(1);
    const prefs = rec.windows[0].options.webPreferences;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, devTools: true });
    expect(prefs.preload).toBe(path.join(tmp, 'preload.cjs'));
    const index = path.join(repoRoot, 'dist', 'renderer', 'index.html');
    if (fs.existsSync(index)) expect(rec.windows[0].loaded).toBe(index);
    else expect(rec.messages).toHaveLength(1); // explains that the renderer must be built
  });

  it('filters requests: the app folder yes, the network and other files no', () => {
    const decide = (url: string) => {
      let cancel: boolean | undefined;
      rec.beforeRequest!({ url }, (r: { cancel: boolean }) => (cancel = r.cancel));
      return cancel;
    };
    expect(decide(indexUrl)).toBe(false);
    expect(decide('https://example.org/')).toBe(true);
    expect(decide(pathToFileURL(path.join(repoRoot, 'package.json')).href)).toBe(true);
  });

  it('adds the CSP header to the page and denies every permission', () => {
    let headers: Record<string, string[]> | undefined;
    rec.headersReceived!({ resourceType: 'mainFrame', responseHeaders: {} }, (r: { responseHeaders: Record<string, string[]> }) => (headers = r.responseHeaders));
    expect(headers?.['Content-Security-Policy'][0]).toMatch(/^default-src 'none'; script-src 'self'/);
    let granted: boolean | undefined;
    rec.permissionRequest!({}, 'media', (ok: boolean) => (granted = ok));
    expect(granted).toBe(false);
    expect(rec.permissionCheck!()).toBe(false);
  });

  it('guards every web contents: no navigation away, no new windows, https to the browser', () => {
    const events = new Map<string, Fn>();
    let openHandler: Fn | undefined;
    rec.appEvents.get('web-contents-created')!({}, { on: (e: string, fn: Fn) => events.set(e, fn), setWindowOpenHandler: (fn: Fn) => (openHandler = fn) });
    let prevented = 0;
    const event = { preventDefault: () => prevented++ };
    events.get('will-navigate')!(event, 'https://www.gov.cn/');
    events.get('will-navigate')!(event, 'file:///etc/passwd');
    events.get('will-navigate')!(event, indexUrl);
    expect(prevented).toBe(2);
    expect(openHandler!({ url: 'https://www.gov.cn/x' })).toEqual({ action: 'deny' });
    expect(openHandler!({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(rec.external).toEqual(['https://www.gov.cn/', 'https://www.gov.cn/x']);
    events.get('will-attach-webview')!(event);
    expect(prevented).toBe(3);
  });

  it('answers the page, and only the page', async () => {
    const info = await rec.handlers.get('remit:app-info')!(fromPage, undefined);
    expect(info).toMatchObject({ name: 'Remit', version: '0.1.0' });
    await expect(rec.handlers.get('remit:app-info')!({ senderFrame: { url: 'https://evil.example/', parent: null } }, undefined)).rejects.toThrow(/not the Remit page/);
    const seeds = await rec.handlers.get('remit:load-seeds')!(fromPage, undefined);
    expect(seeds.length).toBeGreaterThan(0);
    expect(seeds[0].bytes).toBeInstanceOf(Uint8Array);
  });

  it('menu clicks reach the page as commands', () => {
    const items = (menu: any[]): any[] => menu.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? items(i.submenu) : [])]);
    items(rec.menu).find((i) => i.label === 'Fit Graph').click();
    expect(rec.windows[0].sent).toEqual([['remit:command', 'view:fit']]);
  });
});
