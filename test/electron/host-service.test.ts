import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createWorkspace, serializeWorkspace } from '../../core/workspace';
import type { HostCommand } from '../../contract/host';

/** Scripted dialogs: each test queues the answers the "user" gives. */
const ui = vi.hoisted(() => ({
  open: [] as Array<string[] | undefined>,
  save: [] as Array<string | undefined>,
  saveDialogs: [] as Array<{ title?: string; defaultPath?: string }>,
  messages: [] as Array<{ message: string; detail?: string }>,
  documentsDir: '',
}));

vi.mock('electron', () => ({
  app: {
    getName: () => 'Remit',
    getVersion: () => '0.1.0',
    getPath: () => ui.documentsDir,
    addRecentDocument: () => undefined,
    clearRecentDocuments: () => undefined,
  },
  dialog: {
    showOpenDialog: async () => {
      const paths = ui.open.shift();
      return { canceled: !paths, filePaths: paths ?? [] };
    },
    showSaveDialog: async (options: { title?: string; defaultPath?: string }) => {
      ui.saveDialogs.push(options);
      const filePath = ui.save.shift();
      return { canceled: !filePath, filePath };
    },
    showMessageBox: async (options: { message: string; detail?: string }) => {
      ui.messages.push(options);
      return { response: 0 };
    },
  },
}));

const { HostService } = await import('../../electron/host-service');

let dir: string;
let commands: HostCommand[];
let recentChanges: number;
let services: Array<InstanceType<typeof HostService>> = [];
const make = () => {
  const service = new HostService({
    getWindow: () => undefined,
    seedsDir: path.join(__dirname, '..', '..', 'seeds'),
    userDataDir: path.join(dir, 'userData'),
    send: (c) => commands.push(c),
    pushDocuments: () => undefined,
    pushRemoved: () => undefined,
    onRecentChanged: () => recentChanges++,
  });
  services.push(service);
  return service;
};
const workspaceText = (name = 'a.txt') =>
  serializeWorkspace(createWorkspace([{ name, text: '一、总则' }], { theme: 'dark' }, new Date('2026-11-27T12:00:00Z')));

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'remit-host-'));
  ui.open = [];
  ui.save = [];
  ui.saveDialogs = [];
  ui.messages = [];
  ui.documentsDir = dir;
  commands = [];
  recentChanges = 0;
});
afterEach(async () => {
  await Promise.all(services.map((s) => s.dispose()));
  services = [];
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('HostService workspaces', () => {
  it('a damaged workspace opens with a clear message and is never overwritten without Save As', async () => {
    const damaged = path.join(dir, 'damaged.remit');
    const original = '{"format":"remit-workspace","version":1,"documents":[{"name":"a.txt","te';
    fs.writeFileSync(damaged, original);
    const service = make();

    ui.open.push([damaged]);
    expect(await service.openWorkspace()).toBeNull();
    expect(ui.messages[0].message).toBe('Cannot open damaged.remit');
    expect(ui.messages[0].detail).toMatch(/damaged or incomplete/);

    // the page tries to save over it: main asks instead, suggesting another name; the user cancels
    ui.save.push(undefined);
    expect(await service.saveWorkspace({ text: workspaceText(), path: damaged })).toEqual({ saved: false });
    expect(ui.saveDialogs[0].defaultPath).toBe(path.join(dir, 'damaged (recovered).remit'));
    expect(fs.readFileSync(damaged, 'utf8')).toBe(original);

    // the user picks another file: written there, the damaged one untouched
    const other = path.join(dir, 'other.remit');
    ui.save.push(other);
    expect(await service.saveWorkspace({ text: workspaceText(), path: damaged })).toEqual({ saved: true, path: other });
    expect(fs.readFileSync(damaged, 'utf8')).toBe(original);
    expect(fs.readFileSync(other, 'utf8')).toBe(workspaceText());
  });

  it('a foreign or newer file gets the parser’s message', async () => {
    const foreign = path.join(dir, 'graph.json');
    fs.writeFileSync(foreign, '{"nodes":[]}');
    const newer = path.join(dir, 'newer.remit');
    fs.writeFileSync(newer, '{"format":"remit-workspace","version":99}');
    const service = make();
    ui.open.push([foreign], [newer]);
    expect(await service.openWorkspace()).toBeNull();
    expect(await service.openWorkspace()).toBeNull();
    expect(ui.messages.map((m) => m.detail)).toEqual([expect.stringMatching(/not a Remit workspace/), expect.stringMatching(/newer version of Remit/)]);
  });

  it('a good workspace opens, and later saves go straight to it (atomically) without a dialog', async () => {
    const file = path.join(dir, 'good.remit');
    fs.writeFileSync(file, workspaceText('old.txt'));
    const service = make();
    ui.open.push([file]);
    const opened = await service.openWorkspace();
    expect(opened).toEqual({ name: 'good.remit', path: file, text: workspaceText('old.txt') });
    expect(service.corpusNames()).toEqual(['old.txt']);
    expect(await service.saveWorkspace({ text: workspaceText('new.txt'), path: file })).toEqual({ saved: true, path: file });
    expect(ui.saveDialogs).toEqual([]);
    expect(fs.readFileSync(file, 'utf8')).toBe(workspaceText('new.txt'));
    expect(fs.readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect(service.recentList()[0]).toBe(file);
  });

  it('a path the user never picked is not written without a dialog', async () => {
    const service = make();
    const sneaky = path.join(dir, 'sneaky.remit');
    ui.save.push(undefined);
    expect(await service.saveWorkspace({ text: workspaceText(), path: sneaky })).toEqual({ saved: false });
    expect(fs.existsSync(sneaky)).toBe(false);
  });

  it('refuses to save something that is not a workspace', async () => {
    await expect(make().saveWorkspace({ text: 'garbage' })).rejects.toThrow(/not a workspace/);
  });

  it('recovery is returned once and cleared by a save that followed it', async () => {
    const service = make();
    await service.storeRecovery(workspaceText('unsaved.txt'));
    expect(await make().takeRecovery()).toBe(workspaceText('unsaved.txt'));
    expect(await service.takeRecovery()).toBeNull();

    await service.storeRecovery(workspaceText('unsaved.txt'));
    ui.save.push(path.join(dir, 'saved.remit'));
    await service.saveWorkspace({ text: workspaceText('unsaved.txt') });
    expect(await service.takeRecovery()).toBeNull();
  });
});

describe('HostService documents, recent files, seeds', () => {
  it('loads the seeds and opens documents; recent entries re-open through the page’s open call', async () => {
    const service = make();
    const seeds = await service.loadSeeds();
    expect(seeds.length).toBeGreaterThan(0);

    const doc = path.join(dir, '通知.txt');
    fs.writeFileSync(doc, '各省、自治区、直辖市人民政府');
    ui.open.push([doc]);
    const opened = await service.openDocuments();
    expect(opened.map((f) => f.name)).toEqual(['通知.txt']);
    expect(service.recentList()).toEqual([doc]);
    expect(service.corpusNames()).toEqual([...seeds.map((f) => f.name), '通知.txt']);

    // recent menu click: command goes to the page, and its openDocuments gets the file without a dialog
    service.openRecent(doc);
    expect(commands).toEqual(['open-documents']);
    expect((await service.openDocuments()).map((f) => f.path)).toEqual([doc]);
    expect(ui.open).toEqual([]);

    // a vanished recent file is dropped with a message
    fs.rmSync(doc);
    service.openRecent(doc);
    expect(service.recentList()).toEqual([]);
    expect(ui.messages.at(-1)?.message).toBe('File not found');
  });

  it('opens a folder (txt only) and remembers it', async () => {
    const folder = path.join(dir, 'corpus');
    fs.mkdirSync(folder);
    fs.writeFileSync(path.join(folder, 'a.txt'), 'a');
    fs.writeFileSync(path.join(folder, 'README.md'), 'r');
    const service = make();
    ui.open.push([folder]);
    expect((await service.openFolder()).map((f) => f.name)).toEqual(['a.txt']);
    expect(service.recentList()).toEqual([folder + path.sep]);
  });

  it('cancelled dialogs return nothing', async () => {
    const service = make();
    ui.open.push(undefined, undefined, undefined);
    expect(await service.openDocuments()).toEqual([]);
    expect(await service.openFolder()).toEqual([]);
    expect(await service.openWorkspace()).toBeNull();
    ui.save.push(undefined);
    expect(await service.saveFile({ suggestedName: 'g.png', data: new Uint8Array(1), mime: 'image/png' })).toEqual({ saved: false });
  });

  it('exports are written where the user chose', async () => {
    const service = make();
    const target = path.join(dir, 'graph.svg');
    ui.save.push(target);
    expect(await service.saveFile({ suggestedName: 'graph.svg', data: '<svg/>', mime: 'image/svg+xml' })).toEqual({ saved: true, path: target });
    expect(fs.readFileSync(target, 'utf8')).toBe('<svg/>');
    expect(ui.saveDialogs[0].defaultPath).toBe(path.join(dir, 'graph.svg'));
  });

  it('recent list persists across restarts', async () => {
    const doc = path.join(dir, 'x.txt');
    fs.writeFileSync(doc, 'x');
    const first = make();
    ui.open.push([doc]);
    await first.openDocuments();
    await first.dispose();
    expect(make().recentList()).toEqual([doc]);
  });

  it('appInfo names the runtime', () => {
    expect(make().appInfo()).toMatchObject({ name: 'Remit', version: '0.1.0', host: expect.stringMatching(/^Electron .* \(Chromium .*, Node .*\)$/) });
  });
});
