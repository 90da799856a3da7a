import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { RemitBridge } from '../../contract/ipc';
import { INVOKE_CHANNELS } from '../../contract/ipc';
import { createElectronHost } from '../../renderer/host/electronHost';

const exposed: Record<string, unknown> = {};
const invokes: Array<[string, unknown]> = [];
const listeners = new Map<string, Set<(...args: unknown[]) => void>>();

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) },
  ipcRenderer: {
    invoke: async (channel: string, arg: unknown) => {
      invokes.push([channel, arg]);
      if (channel === 'remit:open-workspace' || channel === 'remit:take-recovery') return null;
      return channel;
    },
    on: (channel: string, fn: (...args: unknown[]) => void) => {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel)!.add(fn);
    },
    removeListener: (channel: string, fn: (...args: unknown[]) => void) => listeners.get(channel)?.delete(fn),
  },
}));

let bridge: RemitBridge;
beforeAll(async () => {
  await import('../../electron/preload');
  bridge = exposed.remit as RemitBridge;
});

describe('preload bridge', () => {
  it('exposes exactly one frozen object with named methods and nothing of Electron', () => {
    expect(Object.keys(exposed)).toEqual(['remit']);
    expect(Object.isFrozen(bridge)).toBe(true);
    expect(Object.keys(bridge).sort()).toEqual([
      'appInfo', 'loadSeeds', 'onCommand', 'onDocumentsChanged', 'onDocumentsRemoved', 'openDocuments', 'openFolder', 'openWorkspace',
      'printToPdf', 'recentFiles', 'saveFile', 'saveWorkspace', 'storeRecovery', 'takeRecovery',
    ]);
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
    expect(JSON.stringify(Object.keys(bridge))).not.toMatch(/ipc|invoke|send|require/i);
  });

  it('each method calls its contracted channel with a plain argument', async () => {
    invokes.length = 0;
    const bytes = new Uint8Array([1]);
    await bridge.openDocuments();
    await bridge.openFolder();
    await bridge.loadSeeds();
    await bridge.saveFile('g.png', bytes, 'image/png');
    await bridge.printToPdf('<p>x</p>', 'brief.pdf');
    await bridge.openWorkspace();
    await bridge.saveWorkspace('{}');
    await bridge.saveWorkspace('{}', '/w.remit');
    await bridge.storeRecovery('{}');
    await bridge.takeRecovery();
    await bridge.recentFiles();
    await bridge.appInfo();
    expect(invokes).toEqual([
      ['remit:open-documents', undefined],
      ['remit:open-folder', undefined],
      ['remit:load-seeds', undefined],
      ['remit:save-file', { suggestedName: 'g.png', data: bytes, mime: 'image/png' }],
      ['remit:print-pdf', { html: '<p>x</p>', suggestedName: 'brief.pdf', landscape: false }],
      ['remit:open-workspace', undefined],
      ['remit:save-workspace', { text: '{}' }],
      ['remit:save-workspace', { text: '{}', path: '/w.remit' }],
      ['remit:store-recovery', '{}'],
      ['remit:take-recovery', undefined],
      ['remit:recent-files', undefined],
      ['remit:app-info', undefined],
    ]);
    expect(new Set(invokes.map(([c]) => c))).toEqual(new Set(INVOKE_CHANNELS));
  });

  it('events reach listeners without the Electron event, and unsubscribe works', () => {
    const got: unknown[] = [];
    const off = bridge.onCommand((c) => got.push(c));
    const emit = (channel: string, payload: unknown) => listeners.get(channel)?.forEach((fn) => fn({ sender: 'secret' }, payload));
    emit('remit:command', 'view:fit');
    off();
    emit('remit:command', 'view:zoom-in');
    expect(got).toEqual(['view:fit']);
    expect(() => bridge.onDocumentsChanged('nope' as never)).toThrow(TypeError);
    const removed: string[][] = [];
    const offRemoved = bridge.onDocumentsRemoved((paths) => removed.push(paths));
    emit('remit:documents-removed', ['/docs/a.txt']);
    offRemoved();
    emit('remit:documents-removed', ['/docs/b.txt']);
    expect(removed).toEqual([['/docs/a.txt']]);
  });
});

describe('renderer electronHost adapter', () => {
  it('implements Host over the bridge, mapping null to undefined', async () => {
    const host = createElectronHost(bridge);
    expect(host.kind).toBe('electron');
    expect(await host.openWorkspace()).toBeUndefined();
    expect(await host.takeRecovery()).toBeUndefined();
    expect(await host.recentFiles()).toBe('remit:recent-files');
    const seen: string[] = [];
    const off = host.onCommand((c) => seen.push(c));
    listeners.get('remit:command')?.forEach((fn) => fn({}, 'theme:dark'));
    off();
    expect(seen).toEqual(['theme:dark']);
  });

  it('refuses to start without the bridge', () => {
    expect(() => createElectronHost(undefined)).toThrow(/window.remit is missing/);
  });
});
