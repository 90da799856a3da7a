// `npm run dist`: installers for the host platform with electron-builder, using the Electron binary
// already in node_modules (no download of Electron itself).
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { findElectronBinary, MISSING_ELECTRON_HELP } from './binary.mjs';
import { buildRenderer, bundleElectron, repoRoot } from './bundle.mjs';

const electron = findElectronBinary();
if (!electron.ok) {
  console.error('Cannot build installers: ' + MISSING_ELECTRON_HELP.charAt(0).toLowerCase() + MISSING_ELECTRON_HELP.slice(1));
  process.exit(1);
}

buildRenderer({ force: true });
await bundleElectron();

// electron-builder wants the folder holding the Electron distribution (on macOS, Electron.app's parent).
const distDir = join(repoRoot, 'node_modules', 'electron', 'dist');
const builder = join(repoRoot, 'node_modules', '.bin', process.platform === 'win32' ? 'electron-builder.cmd' : 'electron-builder');
const result = spawnSync(builder, ['--config', 'electron-builder.yml', `-c.electronDist=${distDir}`, ...process.argv.slice(2)], {
  cwd: repoRoot,
  stdio: 'inherit',
  shell: process.platform === 'win32',
});
if (result.status !== 0) {
  console.error('\nremit: electron-builder failed (see above). Installers are written to release/ when it succeeds.');
  process.exit(result.status ?? 1);
}
console.log(`remit: installers written to ${join(repoRoot, 'release')} (Electron ${dirname(electron.path)})`);
