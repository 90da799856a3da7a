import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const here = import.meta.dirname;

/**
 * The same bundle runs over http (web mode) and from file:// inside Electron. Chromium refuses ES-module scripts on
 * file:// pages (origin "null" fails the CORS check), so the entry is built as one classic IIFE script and the
 * page loads it with `defer` instead of `type="module"`.
 */
function classicScript(): Plugin {
  return {
    name: 'remit-classic-script',
    apply: 'build',
    enforce: 'post',
    transformIndexHtml(html) {
      return html.replace(/<script type="module" crossorigin src=/g, '<script defer src=').replace(/<link rel="modulepreload"[^>]*>/g, '');
    },
  };
}

/** The app icon is drawn by the Electron side (build/icon.*); until it exists a placeholder from renderer/assets is used. */
function appIcon(): Plugin {
  const pick = (name: string): string | undefined => {
    for (const p of [resolve(here, 'build', name), resolve(here, 'renderer/assets', name)]) if (existsSync(p)) return p;
    return undefined;
  };
  return {
    name: 'remit-app-icon',
    apply: 'build',
    generateBundle() {
      for (const name of ['icon.svg', 'icon.png']) {
        const file = pick(name);
        if (file) this.emitFile({ type: 'asset', fileName: name, source: readFileSync(file) });
      }
    },
  };
}

export default defineConfig({
  root: resolve(here, 'renderer'),
  base: './',
  publicDir: false,
  define: { __REMIT_VERSION__: JSON.stringify(JSON.parse(readFileSync(resolve(here, 'package.json'), 'utf8')).version) },
  plugins: [react(), classicScript(), appIcon()],
  worker: { format: 'iife' },
  build: {
    outDir: resolve(here, 'dist/renderer'),
    emptyOutDir: true,
    target: 'chrome120',
    chunkSizeWarningLimit: 4000,
    reportCompressedSize: false,
    rollupOptions: {
      output: { format: 'iife', codeSplitting: false, entryFileNames: 'assets/[name]-[hash].js' },
    },
  },
  server: { fs: { allow: [here] } },
});
