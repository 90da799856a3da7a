// `npm start`: build what is missing or stale, then launch Electron on the repo.
import { spawn } from 'node:child_process';
import { findElectronBinary, MISSING_ELECTRON_HELP } from './binary.mjs';
import { buildRenderer, bundleElectron, repoRoot } from './bundle.mjs';

const electron = findElectronBinary();
if (!electron.ok) {
  console.error(MISSING_ELECTRON_HELP);
  process.exit(1);
}

buildRenderer();
await bundleElectron();

const env = { ...process.env };
delete env.ELECTRON_RUN_AS_NODE; // would start Node instead of the app
const child = spawn(electron.path, ['.', ...process.argv.slice(2)], { cwd: repoRoot, stdio: 'inherit', env });
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
