/**
 * Security decisions as pure functions of URLs, so they can be unit-tested without Electron.
 * The app is offline by design: the page may load only its own bundled files.
 */

/**
 * Content-Security-Policy for the app page. Sent as a response header by main and, because headers
 * are not guaranteed for file:// loads, also expected as a <meta http-equiv> in dist/renderer/index.html.
 * - script-src 'self': only the bundled scripts; no inline scripts, no eval.
 * - style-src 'unsafe-inline': React `style` props and Cytoscape set inline styles, and some
 *   libraries inject <style> elements; styles cannot execute code, so this is a small concession.
 * - worker-src 'self' blob:: the extraction Web Worker built by vite (a file, or a blob when inlined).
 * - img-src data: blob:: PNG/SVG exports and previews are built in memory.
 * - connect-src 'self' data: blob:: fetch of bundled assets and in-memory data; no network hosts.
 */
// One literal (not a joined list) so static checkers can parse it.
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self' data: blob:; worker-src 'self' blob:; child-src 'self' blob:; manifest-src 'self'; media-src 'none'; object-src 'none'; frame-src 'none'; base-uri 'none'; form-action 'none'";

/** Drop query and fragment; null for unparsable URLs. */
function baseOf(url: string): URL | null {
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    parsed.search = '';
    return parsed;
  } catch {
    return null;
  }
}

/** The IPC sender check: only the app's own index page (any query/hash) may call main. */
export function isAppPageUrl(frameUrl: string | undefined | null, indexUrl: string): boolean {
  if (!frameUrl) return false;
  const frame = baseOf(frameUrl);
  const index = baseOf(indexUrl);
  return frame !== null && index !== null && frame.protocol === 'file:' && frame.href === index.href;
}

export type RequestDecision = 'allow' | 'block';

/**
 * webRequest.onBeforeRequest policy. rendererRootUrl is the file:// URL of the folder holding the
 * built page (with or without a trailing slash). file:// is allowed only inside that folder, so a
 * compromised page cannot read other local files; data:/blob: are in-memory and cannot leave the machine.
 */
export function requestDecision(url: string, rendererRootUrl: string): RequestDecision {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'block';
  }
  switch (parsed.protocol) {
    case 'devtools:':
    case 'data:':
      return 'allow';
    case 'blob:':
      // blob: URLs name memory the page itself created; only the app page's own origin is accepted
      return parsed.pathname.startsWith('file://') || parsed.pathname.startsWith('null/') ? 'allow' : 'block';
    case 'file:':
      return isInsideRoot(parsed.href, rendererRootUrl) ? 'allow' : 'block';
    default:
      return 'block';
  }
}

function isInsideRoot(url: string, rendererRootUrl: string): boolean {
  const root = baseOf(rendererRootUrl);
  const target = baseOf(url);
  if (!root || !target || root.protocol !== 'file:' || target.protocol !== 'file:') return false;
  // URL parsing resolves literal ".." segments but not percent-encoded ones, so check the decoded path too.
  const rootPath = decodeSafe(root.pathname).replace(/\/?$/, '/');
  const targetPath = decodeSafe(target.pathname);
  if (targetPath.split('/').some((segment) => segment === '..')) return false;
  return target.host === root.host && targetPath.startsWith(rootPath);
}

function decodeSafe(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return '\u0000invalid';
  }
}

/** Links the user may open in the system browser: https only, no embedded credentials. */
export function isSafeExternalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.protocol === 'https:' && parsed.hostname.length > 0 && parsed.username === '' && parsed.password === '';
}

export type NavigationDecision = 'allow' | 'open-external' | 'deny';

/**
 * will-navigate / setWindowOpenHandler policy: the window never leaves the app page; https links go
 * to the system browser; everything else is dropped.
 */
export function navigationDecision(url: string, indexUrl: string, isNewWindow: boolean): NavigationDecision {
  if (!isNewWindow && isAppPageUrl(url, indexUrl)) return 'allow';
  return isSafeExternalUrl(url) ? 'open-external' : 'deny';
}
