/**
 * BrowserWindow options in one pure factory so the security-relevant webPreferences are reviewed
 * (and unit-tested) in one place.
 */
import type { BrowserWindowConstructorOptions } from 'electron';

export interface WindowOptionsInput {
  preloadPath: string;
  isDev: boolean;
  title?: string;
  /** light/dark background shown before the page paints, to avoid a white flash */
  darkBackground?: boolean;
  iconPath?: string;
}

export function createWindowOptions(input: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 820,
    minWidth: 720,
    minHeight: 480,
    title: input.title ?? 'Remit',
    show: false,
    backgroundColor: input.darkBackground ? '#16181d' : '#fafaf7',
    ...(input.iconPath ? { icon: input.iconPath } : {}),
    webPreferences: {
      preload: input.preloadPath,
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
      // middle-click would otherwise open links in a new window without going through the open handler
      disableBlinkFeatures: 'Auxclick',
      safeDialogs: true,
      spellcheck: false,
      devTools: input.isDev,
    },
  };
}
