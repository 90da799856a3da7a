/**
 * The application menu as data. Clicks either send a HostCommand to the page (which owns the
 * action) or call one of the few actions main owns (recent files, About, quit).
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { HostCommand } from '../contract/host';

export interface MenuActions {
  send(command: HostCommand): void;
  openRecent(path: string): void;
  clearRecent(): void;
  showAbout(): void;
}

export interface MenuContext {
  platform: NodeJS.Platform | string;
  isDev: boolean;
  appName: string;
  recent: readonly string[];
  actions: MenuActions;
}

const EXPORTS: ReadonlyArray<[string, HostCommand]> = [
  ['PNG Image…', 'export:png'],
  ['SVG Image…', 'export:svg'],
  ['PDF…', 'export:pdf'],
  ['GraphML…', 'export:graphml'],
  ['GEXF…', 'export:gexf'],
  ['JSON…', 'export:json'],
  ['CSV (nodes and edges)…', 'export:csv'],
  ['Responsibilities CSV…', 'export:responsibilities'],
  ['Cypher (Neo4j)…', 'export:cypher'],
  ['Briefing (HTML)…', 'export:brief-html'],
  ['Briefing (DOCX)…', 'export:brief-docx'],
];

/** Shows the file name first so long paths stay recognisable in a narrow menu. */
export function recentLabel(path: string): string {
  const parts = path.split(/[\\/]/).filter((part) => part.length > 0);
  const name = parts.pop() ?? path;
  const folder = parts.length > 0 ? parts[parts.length - 1] : '';
  // '&' would be read as a mnemonic marker on Windows and Linux
  return (folder ? `${name} — ${folder}` : name).replace(/&/g, '&&');
}

export function buildMenuTemplate(ctx: MenuContext): MenuItemConstructorOptions[] {
  const { actions } = ctx;
  const isMac = ctx.platform === 'darwin';
  const cmd = (label: string, command: HostCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => actions.send(command),
  });
  const about: MenuItemConstructorOptions = { label: `About ${ctx.appName}`, click: () => actions.showAbout() };

  const recentItems: MenuItemConstructorOptions[] =
    ctx.recent.length === 0
      ? [{ label: 'No Recent Files', enabled: false }]
      : [
          ...ctx.recent.map((path): MenuItemConstructorOptions => ({ label: recentLabel(path), toolTip: path, click: () => actions.openRecent(path) })),
          { type: 'separator' },
          { label: 'Clear Recent', click: () => actions.clearRecent() },
        ];

  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      cmd('Open Documents…', 'open-documents', 'CmdOrCtrl+O'),
      cmd('Open Folder…', 'open-folder', 'Shift+CmdOrCtrl+O'),
      cmd('Open Workspace…', 'open-workspace', 'Alt+CmdOrCtrl+O'),
      { label: 'Open Recent', submenu: recentItems },
      { type: 'separator' },
      cmd('Save Workspace', 'save-workspace', 'CmdOrCtrl+S'),
      cmd('Save Workspace As…', 'save-workspace-as', 'Shift+CmdOrCtrl+S'),
      { type: 'separator' },
      { label: 'Export', submenu: EXPORTS.map(([label, command]) => cmd(label, command)) },
      ...(isMac ? [] : [{ type: 'separator' } as MenuItemConstructorOptions, { label: 'E&xit', role: 'quit', accelerator: 'Ctrl+Q' } as MenuItemConstructorOptions]),
    ],
  };

  // Undo/Redo belong to the graph view; text fields keep cut/copy/paste through the native roles.
  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      cmd('Undo', 'edit:undo', 'CmdOrCtrl+Z'),
      cmd('Redo', 'edit:redo', isMac ? 'Shift+Cmd+Z' : 'Ctrl+Y'),
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      { type: 'separator' },
      cmd('Find…', 'edit:find', 'CmdOrCtrl+F'),
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      {
        label: 'Layout',
        submenu: [
          cmd('Force-Directed', 'layout:force', 'CmdOrCtrl+1'),
          cmd('Concentric', 'layout:concentric', 'CmdOrCtrl+2'),
          cmd('Tree (Document Outline)', 'layout:tree', 'CmdOrCtrl+3'),
          cmd('Responsibility Matrix', 'layout:responsibility', 'CmdOrCtrl+4'),
        ],
      },
      {
        label: 'Language',
        submenu: [cmd('English', 'lang:en'), cmd('中文', 'lang:zh')],
      },
      {
        label: 'Labels',
        submenu: [cmd('Chinese', 'labels:zh'), cmd('English', 'labels:en'), cmd('Chinese and English', 'labels:both')],
      },
      {
        label: 'Theme',
        submenu: [cmd('Light', 'theme:light'), cmd('Dark', 'theme:dark')],
      },
      { type: 'separator' },
      cmd('Zoom In', 'view:zoom-in', 'CmdOrCtrl+='),
      cmd('Zoom Out', 'view:zoom-out', 'CmdOrCtrl+-'),
      cmd('Fit Graph', 'view:fit', 'CmdOrCtrl+0'),
      { type: 'separator' },
      { role: 'togglefullscreen' },
      ...(ctx.isDev
        ? [{ type: 'separator' } as MenuItemConstructorOptions, { role: 'reload' } as MenuItemConstructorOptions, { role: 'toggleDevTools' } as MenuItemConstructorOptions]
        : []),
    ],
  };

  const help: MenuItemConstructorOptions = { label: '&Help', role: 'help', submenu: [about] };

  const template: MenuItemConstructorOptions[] = [file, edit, view];
  if (isMac) {
    template.unshift({
      label: ctx.appName,
      submenu: [about, { type: 'separator' }, { role: 'services' }, { type: 'separator' }, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, { type: 'separator' }, { role: 'quit' }],
    });
    template.push({ role: 'windowMenu' });
  }
  template.push(help);
  return template;
}

/** Text of the About dialog. */
export function aboutDetail(info: { name: string; version: string; host: string }, corpus: readonly string[]): string {
  const lines = [`${info.name} ${info.version}`, info.host, ''];
  if (corpus.length === 0) lines.push('No documents loaded yet.');
  else {
    lines.push(`Documents loaded this session (${corpus.length}):`);
    const shown = corpus.slice(0, 20);
    for (const name of shown) lines.push(`• ${name}`);
    if (corpus.length > shown.length) lines.push(`… and ${corpus.length - shown.length} more`);
  }
  return lines.join('\n');
}
