// `npm start`: build what is missing or stale, then launch Electron on the repo. Where the Electron binary is not
// installed (its download failed or was skipped: it is an optional dependency), serve the same UI on
// http://127.0.0.1 instead (cli/serve.ts), say where, and open the browser when there is one.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, join } from 'node:path';
import { findElectronBinary } from './binary.mjs';
import { buildRenderer, bundleElectron, repoRoot } from './bundle.mjs';

const args = process.argv.slice(2);
const electron = findElectronBinary();
buildRenderer();
if (electron.ok) {
  await bundleElectron();
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE; // would start Node instead of the app
  const child = spawn(electron.path, ['.', ...args], { cwd: repoRoot, stdio: 'inherit', env });
  child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
} else {
  console.log(`remit: no Electron binary here (${electron.reason}), so the same UI is served to your browser instead.`);
  console.log('remit: for the desktop app, install it with `npm rebuild electron` where its download host is reachable.');
  serve(args.includes('--port') || args.some((a) => a.startsWith('--port=')) ? args : [...args, '--port', '4173'], true);
}

/** Runs cli/serve.ts (under tsx); on a busy default port, once more on a free one. Opens the browser at the URL. */
function serve(serveArgs, retryOnBusyPort) {
  const tsx = createRequire(import.meta.url).resolve('tsx/cli');
  const child = spawn(process.execPath, [tsx, join(repoRoot, 'cli', 'serve.ts'), ...serveArgs], { cwd: repoRoot, stdio: ['inherit', 'pipe', 'pipe'] });
  let stderr = '';
  child.stdout.on('data', (chunk) => {
    process.stdout.write(chunk);
    const url = /https?:\/\/\S+/.exec(String(chunk))?.[0];
    if (url) openBrowser(url);
  });
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
    process.stderr.write(chunk);
  });
  child.on('exit', (code, signal) => {
    if (code !== 0 && retryOnBusyPort && /EADDRINUSE/.test(stderr)) {
      console.log('remit: port 4173 is taken; serving on a free port instead.');
      serve(serveArgs.map((a, i) => (serveArgs[i - 1] === '--port' ? '0' : a)), false);
      return;
    }
    process.exit(signal ? 1 : (code ?? 0));
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
}

/** The platform's way to open a URL, if it has one; a missing or failing opener is never an error. */
function openBrowser(url) {
  const opener =
    process.platform === 'darwin' ? ['open', [url]]
    : process.platform === 'win32' ? ['cmd', ['/c', 'start', '""', url]]
    : (process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && onPath('xdg-open') ? ['xdg-open', [url]]
    : undefined;
  if (!opener) {
    console.log(`remit: open ${url} in a browser.`);
    return;
  }
  try {
    const child = spawn(opener[0], opener[1], { stdio: 'ignore', detached: true, windowsHide: true });
    child.on('error', () => console.log(`remit: open ${url} in a browser.`));
    child.unref();
  } catch {
    console.log(`remit: open ${url} in a browser.`);
  }
}

function onPath(command) {
  return (process.env.PATH ?? '').split(delimiter).some((dir) => dir && existsSync(join(dir, command)));
}
