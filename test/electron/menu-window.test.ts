import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import type { HostCommand } from '../../contract/host';
import { aboutDetail, buildMenuTemplate, recentLabel, type MenuActions } from '../../electron/menu-template';
import { HOST_COMMANDS } from '../../electron/validate';
import { createWindowOptions } from '../../electron/window-options';

function setup(platform: string, isDev = false, recent: string[] = []) {
  const log: string[] = [];
  const actions: MenuActions = {
    send: (c: HostCommand) => log.push(`send:${c}`),
    openRecent: (p) => log.push(`recent:${p}`),
    clearRecent: () => log.push('clear'),
    showAbout: () => log.push('about'),
  };
  const template = buildMenuTemplate({ platform, isDev, appName: 'Remit', recent, actions });
  return { template, log };
}

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

const click = (item: MenuItemConstructorOptions) => (item.click as unknown as () => void)();
const byLabel = (items: MenuItemConstructorOptions[], label: string) => {
  const found = flatten(items).find((i) => i.label === label);
  if (!found) throw new Error(`no menu item ${label}`);
  return found;
};

describe('menu template', () => {
  for (const platform of ['linux', 'win32', 'darwin']) {
    it(`${platform}: every item that sends, sends a valid HostCommand, and every command but About has an item`, () => {
      const { template, log } = setup(platform);
      for (const item of flatten(template)) if (item.click) click(item);
      const sent = log.filter((l) => l.startsWith('send:')).map((l) => l.slice(5));
      for (const command of sent) expect(HOST_COMMANDS).toContain(command);
      const expected = HOST_COMMANDS.filter((c) => c !== 'help:about');
      expect(new Set(sent)).toEqual(new Set(expected));
      expect(log).toContain('about');
    });
  }

  it('has the usual accelerators', () => {
    const { template } = setup('linux');
    const accel = (label: string) => byLabel(template, label).accelerator;
    expect(accel('Open Documents…')).toBe('CmdOrCtrl+O');
    expect(accel('Open Folder…')).toBe('Shift+CmdOrCtrl+O');
    expect(accel('Save Workspace')).toBe('CmdOrCtrl+S');
    expect(accel('Save Workspace As…')).toBe('Shift+CmdOrCtrl+S');
    expect(accel('Undo')).toBe('CmdOrCtrl+Z');
    expect(accel('Redo')).toBe('Ctrl+Y');
    expect(accel('Find…')).toBe('CmdOrCtrl+F');
    expect(accel('Zoom In')).toBe('CmdOrCtrl+=');
    expect(accel('Zoom Out')).toBe('CmdOrCtrl+-');
    expect(accel('Fit Graph')).toBe('CmdOrCtrl+0');
    const accelerators = flatten(template).map((i) => i.accelerator).filter(Boolean);
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });

  it('Export lists the eleven formats in order', () => {
    const { template, log } = setup('linux');
    const exportMenu = byLabel(template, 'Export').submenu as MenuItemConstructorOptions[];
    exportMenu.forEach(click);
    expect(log).toEqual([
      'send:export:png', 'send:export:svg', 'send:export:pdf', 'send:export:graphml', 'send:export:gexf', 'send:export:json',
      'send:export:csv', 'send:export:responsibilities', 'send:export:cypher', 'send:export:brief-html', 'send:export:brief-docx',
    ]);
  });

  it('devtools and reload only in development', () => {
    const roles = (isDev: boolean) => flatten(setup('linux', isDev).template).map((i) => i.role);
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(false)).not.toContain('reload');
    expect(roles(true)).toContain('toggleDevTools');
  });

  it('recent files open through main; the list can be cleared', () => {
    const { template, log } = setup('linux', false, ['/home/u/政策/a&b.txt', 'C:\\w\\x.remit']);
    const recent = byLabel(template, 'Open Recent').submenu as MenuItemConstructorOptions[];
    expect(recent[0].label).toBe('a&&b.txt — 政策');
    expect(recent[1].label).toBe('x.remit — w');
    click(recent[0]);
    click(byLabel(template, 'Clear Recent'));
    expect(log).toEqual(['recent:/home/u/政策/a&b.txt', 'clear']);
    const empty = byLabel(setup('linux').template, 'Open Recent').submenu as MenuItemConstructorOptions[];
    expect(empty).toEqual([{ label: 'No Recent Files', enabled: false }]);
  });

  it('macOS gets the app menu first and no Exit in File; others quit from File', () => {
    const mac = setup('darwin').template;
    expect(mac[0].label).toBe('Remit');
    expect(flatten(mac).some((i) => i.label === 'E&xit')).toBe(false);
    const linux = setup('linux').template;
    expect(byLabel(linux, 'E&xit').role).toBe('quit');
    expect(linux.map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
  });

  it('recentLabel', () => {
    expect(recentLabel('/a/b/c.txt')).toBe('c.txt — b');
    expect(recentLabel('/docs/')).toBe('docs');
    expect(recentLabel('x')).toBe('x');
  });

  it('About lists versions and the corpus', () => {
    const text = aboutDetail({ name: 'Remit', version: '0.1.0', host: 'Electron 41.7.1 (Chromium 1, Node 2)' }, ['a.txt', 'b.txt']);
    expect(text).toContain('Remit 0.1.0');
    expect(text).toContain('Electron 41.7.1');
    expect(text).toContain('Documents loaded this session (2):\n• a.txt\n• b.txt');
    const many = aboutDetail({ name: 'R', version: '1', host: 'h' }, Array.from({ length: 25 }, (_, i) => `${i}.txt`));
    expect(many).toContain('… and 5 more');
    expect(aboutDetail({ name: 'R', version: '1', host: 'h' }, [])).toContain('No documents loaded yet.');
  });
});

describe('window options', () => {
  it('follow the Electron security checklist', () => {
    const options = createWindowOptions({ preloadPath: '/app/dist/electron/preload.cjs', isDev: false });
    expect(options.webPreferences).toMatchObject({
      preload: '/app/dist/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
      devTools: false,
    });
    expect(options.webPreferences?.enableBlinkFeatures).toBeUndefined();
    expect(options.webPreferences?.additionalArguments).toBeUndefined();
    expect(options.show).toBe(false);
  });

  it('devtools only in development', () => {
    expect(createWindowOptions({ preloadPath: 'p', isDev: true }).webPreferences?.devTools).toBe(true);
  });
});
