/**
 * Applies the policies of policy.ts to Electron: session-wide request filtering, CSP header,
 * permissions, downloads, navigation and new windows. Called once, before any window loads.
 */
import { app, shell, type Session, type WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY, isSafeExternalUrl, navigationDecision, requestDecision } from './policy';

export interface SecurityContext {
  session: Session;
  /** file:// URL of the app page */
  indexUrl: string;
  /** file:// URL of the folder holding the built page */
  rendererRootUrl: string;
}

export function hardenSession({ session, indexUrl, rendererRootUrl }: SecurityContext): void {
  session.webRequest.onBeforeRequest((details, callback) => {
    const decision = requestDecision(details.url, rendererRootUrl);
    if (decision === 'block') console.warn(`[remit] blocked request: ${details.url.slice(0, 200)}`);
    callback({ cancel: decision === 'block' });
  });

  // Not every Electron version routes file:// responses through this hook, so the page also
  // carries the same policy in a <meta> tag; when both apply the browser enforces both.
  session.webRequest.onHeadersReceived((details, callback) => {
    if (details.resourceType !== 'mainFrame' && details.resourceType !== 'subFrame') return callback({});
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });

  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);

  // Exports go through host.saveFile; a stray <a download> of in-memory data still gets the OS
  // save dialog, but nothing from a URL that could reach outside the app.
  session.on('will-download', (event, item) => {
    const url = item.getURL();
    if (!url.startsWith('blob:') && !url.startsWith('data:')) event.preventDefault();
  });

  app.on('web-contents-created', (_event, contents) => guardContents(contents, indexUrl));
}

function guardContents(contents: WebContents, indexUrl: string): void {
  contents.on('will-navigate', (event, url) => {
    const decision = navigationDecision(url, indexUrl, false);
    if (decision === 'allow') return;
    event.preventDefault();
    if (decision === 'open-external') void openExternalSafely(url);
  });
  contents.on('will-redirect', (event, url) => {
    if (navigationDecision(url, indexUrl, false) !== 'allow') event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    if (navigationDecision(url, indexUrl, true) === 'open-external') void openExternalSafely(url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

export async function openExternalSafely(url: string): Promise<void> {
  if (!isSafeExternalUrl(url)) return;
  try {
    await shell.openExternal(url);
  } catch (error) {
    console.warn(`[remit] could not open ${url}: ${String(error)}`);
  }
}
