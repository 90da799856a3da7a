// Finds the Electron executable without throwing: installs made with ELECTRON_SKIP_BINARY_DOWNLOAD=1
// have the npm package but no binary, and `require('electron')` then throws.
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';

const require = createRequire(import.meta.url);

/** @returns {{ ok: true, path: string } | { ok: false, reason: string }} */
export function findElectronBinary() {
  let binary;
  try {
    binary = require('electron');
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { ok: false, reason: message };
  }
  if (typeof binary !== 'string' || !existsSync(binary)) {
    return { ok: false, reason: `no executable at ${String(binary)}` };
  }
  return { ok: true, path: binary };
}

export const MISSING_ELECTRON_HELP = [
  'The Electron binary is not installed (node_modules/electron has no dist/ folder),',
  'probably because dependencies were installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1.',
  'Get it with:  npm rebuild electron   (or reinstall without ELECTRON_SKIP_BINARY_DOWNLOAD).',
  'The web version needs no binary:  npm run build && npm run web',
].join('\n');
