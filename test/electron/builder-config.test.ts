import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { PNG } from 'pngjs';

const root = path.join(__dirname, '..', '..');
const require = createRequire(import.meta.url);
// electron-builder's own loader and schema validation, so a typo in the YAML fails here, not at release time
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config.js');
const { DebugLogger } = require('builder-util/out/DebugLogger.js');

describe('electron-builder configuration', async () => {
  const config = await getConfig(root, path.join(root, 'electron-builder.yml'), null);

  it('passes electron-builder’s schema validation', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('identifies the app and packs only the built app into asar', () => {
    expect(config.appId).toBe('org.remit.explorer');
    expect(config.productName).toBe('Remit');
    expect(config.asar).toBe(true);
    // electron-builder normalises the list into one filter set; electron, an optional dependency, stays out
    expect(config.files).toEqual([{ filter: ['dist/**/*', '!dist/**/*.map', 'package.json', '!**/node_modules/electron{,/**/*}'] }]);
    expect(config.extraResources).toEqual([{ from: 'seeds', to: 'seeds', filter: ['*.txt'] }]);
  });

  it('flips the release fuses', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it('targets AppImage and deb, dmg, nsis', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.win.target).toEqual(['nsis']);
  });

  it('has its icons: an SVG source and 512/256 PNG renderings', () => {
    const svg = fs.readFileSync(path.join(root, 'build', 'icon.svg'), 'utf8');
    expect(svg).toMatch(/^<svg[^>]+viewBox="0 0 512 512"/);
    for (const [file, size] of [['icon.png', 512], ['icon-256.png', 256]] as const) {
      const png = PNG.sync.read(fs.readFileSync(path.join(root, 'build', file)));
      expect([png.width, png.height]).toEqual([size, size]);
      // transparent corners (rounded tile), opaque centre
      expect(png.data[3]).toBe(0);
      expect(png.data[(png.width * (size / 2) + size / 2) * 4 + 3]).toBe(255);
    }
  });

  it('package.json points at the bundled main process and has the scripts', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    expect(pkg.main).toBe('dist/electron/main.cjs');
    for (const script of ['start', 'build:electron', 'dist', 'test:electron-smoke', 'lint:security']) expect(pkg.scripts[script]).toBeTruthy();
  });
});
