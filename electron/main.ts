/**
 * Electron entry point: lifecycle, the one window, the menu. Everything with logic lives in the
 * modules it imports; this file only wires them together.
 */
import { app, BrowserWindow, dialog, Menu, session } from 'electron';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { HostCommand, HostFile } from '../contract/ipc';
import { registerIpcHandlers } from './ipc-handlers';
import { HostService, handlersFor } from './host-service';
import { aboutDetail, buildMenuTemplate } from './menu-template';
import { hardenSession } from './security';
import { createWindowOptions } from './window-options';

const isDev = !app.isPackaged;
const appRoot = app.getAppPath();
const rendererRoot = path.join(appRoot, 'dist', 'renderer');
const indexPath = path.join(rendererRoot, 'index.html');
const indexUrl = pathToFileURL(indexPath).href;
const rendererRootUrl = pathToFileURL(rendererRoot + path.sep).href;
const seedsDir = app.isPackaged ? path.join(process.resourcesPath, 'seeds') : path.join(appRoot, 'seeds');

app.enableSandbox();
app.setName('Remit');

let mainWindow: BrowserWindow | undefined;
let service: HostService | undefined;

function send(command: HostCommand): void {
  mainWindow?.webContents.send('remit:command', command);
}

function pushDocuments(files: HostFile[]): void {
  mainWindow?.webContents.send('remit:documents-changed', files);
}

function pushRemoved(paths: string[]): void {
  mainWindow?.webContents.send('remit:documents-removed', paths);
}

function rebuildMenu(): void {
  const template = buildMenuTemplate({
    platform: process.platform,
    isDev,
    appName: app.getName(),
    recent: service?.recentList() ?? [],
    actions: {
      send,
      openRecent: (entry) => service?.openRecent(entry),
      clearRecent: () => service?.clearRecent(),
      showAbout: () => void showAbout(),
    },
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

async function showAbout(): Promise<void> {
  if (!service) return;
  const info = service.appInfo();
  const options: Electron.MessageBoxOptions = {
    type: 'info',
    title: `About ${info.name}`,
    message: info.name,
    detail: aboutDetail(info, service.corpusNames()),
    buttons: ['OK'],
  };
  if (mainWindow) await dialog.showMessageBox(mainWindow, options);
  else await dialog.showMessageBox(options);
}

function createWindow(): void {
  // copied beside the bundle by electron/bundle.mjs; installers carry their own icons
  const iconPath = path.join(__dirname, 'icon.png');
  const options = createWindowOptions({
    preloadPath: path.join(__dirname, 'preload.cjs'),
    isDev,
    iconPath: fs.existsSync(iconPath) ? iconPath : undefined,
  });
  // The security flags are pinned again at the call site: a refactor of the factory cannot drop
  // them, and static checkers (electronegativity) can see them.
  const win = new BrowserWindow({
    ...options,
    webPreferences: {
      ...options.webPreferences,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  mainWindow = win;
  win.once('ready-to-show', () => win.show());
  // A crashed page loses nothing that was stored for recovery: reloading lets it take it back.
  win.webContents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit') return;
    void dialog
      .showMessageBox(win, {
        type: 'error',
        message: 'The Remit window stopped unexpectedly.',
        detail: `Reason: ${details.reason}. Reload to continue; your last unsaved work will be offered back.`,
        buttons: ['Reload', 'Quit'],
        defaultId: 0,
      })
      .then(({ response }) => (response === 0 ? win.reload() : app.quit()));
  });
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = undefined;
  });
  if (!fs.existsSync(indexPath)) {
    void dialog.showMessageBox(win, {
      type: 'error',
      message: 'The Remit interface has not been built.',
      detail: `Missing ${indexPath}. Run "npm run build" (or "npm start", which builds it) and try again.`,
    });
    win.show();
    return;
  }
  void win.loadFile(indexPath);
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
  });

  app.whenReady().then(() => {
    hardenSession({ session: session.defaultSession, indexUrl, rendererRootUrl });
    service = new HostService({
      getWindow: () => mainWindow,
      seedsDir,
      userDataDir: app.getPath('userData'),
      send,
      pushDocuments,
      pushRemoved,
      onRecentChanged: () => rebuildMenu(),
    });
    registerIpcHandlers(handlersFor(service), indexUrl);
    rebuildMenu();
    createWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createWindow();
    });
  }).catch((error: unknown) => {
    dialog.showErrorBox('Remit could not start', error instanceof Error ? error.message : String(error));
    app.exit(1);
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('will-quit', () => void service?.dispose());
}
