// Builds what the Electron shell runs: the renderer (vite, when missing or stale) and the main and
// preload bundles (esbuild). Used by `npm start`, `npm run build:electron` and `npm run dist`.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const rendererIndex = join(repoRoot, 'dist', 'renderer', 'index.html');

/** Newest modification time under the given paths (files or folders), ignoring generated folders. */
function newestMtime(paths) {
  let newest = 0;
  const visit = (p) => {
    if (!existsSync(p)) return;
    const stat = statSync(p);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(p)) if (entry !== 'node_modules' && entry !== 'dist') visit(join(p, entry));
    } else newest = Math.max(newest, stat.mtimeMs);
  };
  paths.forEach(visit);
  return newest;
}

export function rendererIsStale() {
  if (!existsSync(rendererIndex)) return true;
  const inputs = ['renderer', 'core', 'seeds', 'vite.config.ts', 'package.json', 'build/icon.svg', 'build/icon.png'].map((p) => join(repoRoot, p));
  return newestMtime(inputs) > statSync(rendererIndex).mtimeMs;
}

export function buildRenderer({ force = false } = {}) {
  if (!force && !rendererIsStale()) {
    console.log('remit: renderer is up to date (dist/renderer)');
    return;
  }
  console.log('remit: building the renderer (npm run build)…');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['run', 'build'], { cwd: repoRoot, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) {
    console.error('remit: the renderer build failed (see above).');
    process.exit(result.status ?? 1);
  }
}

export async function bundleElectron() {
  const outdir = join(repoRoot, 'dist', 'electron');
  mkdirSync(outdir, { recursive: true });
  const common = {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['electron'],
    sourcemap: 'linked',
    logLevel: 'warning',
    outExtension: { '.js': '.cjs' },
    outdir,
    absWorkingDir: repoRoot,
  };
  await build({ ...common, entryPoints: { main: join(repoRoot, 'electron', 'main.ts') } });
  // The sandboxed preload may only require('electron') and a few Node builtins; esbuild inlines the rest.
  await build({ ...common, entryPoints: { preload: join(repoRoot, 'electron', 'preload.ts') } });
  const icon = join(repoRoot, 'build', 'icon.png');
  if (existsSync(icon)) copyFileSync(icon, join(outdir, 'icon.png'));
  console.log('remit: bundled dist/electron/main.cjs and dist/electron/preload.cjs');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildRenderer();
  await bundleElectron();
}
