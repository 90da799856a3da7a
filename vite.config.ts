import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { basename, extname, resolve } from 'node:path';
import { build as esbuild, type BuildOptions, type Plugin as EsbuildPlugin } from 'esbuild';
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

const LAZY_RUNTIME = '\0remit-lazy-runtime';
const LAZY_PLACEHOLDER = /__REMIT_LAZY_FILE_(\d+)__/g;

/**
 * `import('…')` in the page's code loads that module on first use, as a classic script of its own. A classic IIFE
 * build cannot split code (see classicScript), so rolldown would inline every dynamic import into the first script:
 * the exporters, docx and (then) jsPDF made it 3 MB. Here each
 * dynamically imported module is bundled apart (esbuild, IIFE, its dependencies included) into
 * assets/lazy-NAME-HASH.js, which registers its exports on `globalThis.__remitLazy`, and the call becomes a load of
 * that script, next to the first one. Classic scripts load from file:// as from http, and the page's CSP
 * (script-src 'self') allows them. A lazily loaded module has its own copy of what it shares with the first script:
 * core keeps no module state (see core/graph/context.ts), so two copies cannot disagree.
 */
function classicLazyChunks(define: Record<string, string>): Plugin {
  const modules: string[] = []; // resolved ids, by index
  const files: string[] = [];
  const sources: { fileName: string; code: string }[] = [];
  return {
    name: 'remit-classic-lazy-chunks',
    apply: 'build',
    enforce: 'post',
    resolveId: (id) => (id === LAZY_RUNTIME ? id : null),
    load(id) {
      if (id !== LAZY_RUNTIME) return null;
      return `
        const base = document.currentScript && document.currentScript.src ? document.currentScript.src : location.href;
        const loading = new Map();
        export function loadLazy(key, file) {
          let promise = loading.get(key);
          if (!promise) {
            promise = new Promise((resolve, reject) => {
              const script = document.createElement('script');
              script.src = new URL(file, base).href;
              script.onload = () => {
                const exports = globalThis.__remitLazy && globalThis.__remitLazy[key];
                if (exports) resolve(exports);
                else reject(new Error('The part of Remit in ' + file + ' did not register itself.'));
              };
              script.onerror = () => {
                loading.delete(key);
                reject(new Error('Could not load the part of Remit in ' + file + '.'));
              };
              document.head.append(script);
            });
            loading.set(key, promise);
          }
          return promise;
        }`;
    },
    async transform(code, id) {
      const path = id.split('?')[0];
      if (id.startsWith('\0') || path.includes('/node_modules/') || !/\.(ts|tsx|js|mjs)$/.test(path) || !code.includes('import(')) return null;
      const calls = [...code.matchAll(/\bimport\(\s*(['"])([^'"]+)\1\s*\)/g)];
      if (calls.length === 0) return null;
      let out = '';
      let from = 0;
      for (const call of calls) {
        const resolved = await this.resolve(call[2], id);
        if (!resolved || resolved.external) continue;
        let index = modules.indexOf(resolved.id);
        if (index < 0) index = modules.push(resolved.id) - 1;
        out += code.slice(from, call.index) + `__remitLoadLazy('lazy-${index}', '__REMIT_LAZY_FILE_${index}__')`;
        from = call.index + call[0].length;
      }
      if (from === 0) return null;
      return { code: `import { loadLazy as __remitLoadLazy } from '${LAZY_RUNTIME}';\n${out}${code.slice(from)}`, map: null };
    },
    async buildEnd(error) {
      if (error) return;
      for (const [index, entry] of modules.entries()) {
        const code = await classicBundle(entry, define, {
          globalName: '__remitLazyChunk',
          footer: { js: `(globalThis.__remitLazy ||= {})['lazy-${index}'] = __remitLazyChunk;` },
        });
        const name = basename(entry, extname(entry)).replace(/[^a-zA-Z0-9-]/g, '') || 'module';
        const hash = createHash('sha256').update(code).digest('base64url').slice(0, 8);
        files[index] = `lazy-${name}-${hash}.js`;
        sources.push({ fileName: `assets/${files[index]}`, code });
      }
    },
    // The first script lives in assets/ too, so a file name is all a load needs.
    renderChunk: (code) => (code.includes('__REMIT_LAZY_FILE_') ? { code: code.replace(LAZY_PLACEHOLDER, (_m, i: string) => files[Number(i)]), map: null } : null),
    generateBundle() {
      for (const { fileName, code } of sources) this.emitFile({ type: 'asset', fileName, source: code });
    },
  };
}

/**
 * `import url from 'x?url&inline'` (Vite's inline asset URL) for the bundles esbuild makes here, which know no such
 * suffix: the file becomes a data URL in the bundle, as Vite would inline it. pdf.js's CMaps come in this way.
 */
const inlineUrlAssets: EsbuildPlugin = {
  name: 'remit-inline-url-assets',
  setup(build) {
    build.onResolve({ filter: /\?url&inline$/ }, async (args) => {
      const found = await build.resolve(args.path.slice(0, -'?url&inline'.length), { resolveDir: args.resolveDir, kind: args.kind, importer: args.importer });
      return found.errors.length > 0 ? { errors: found.errors } : { path: found.path, namespace: 'remit-inline-url' };
    });
    build.onLoad({ filter: /.*/, namespace: 'remit-inline-url' }, (args) => ({
      contents: `export default ${JSON.stringify(`data:application/octet-stream;base64,${readFileSync(args.path).toString('base64')}`)};`,
      loader: 'js',
    }));
  },
};

/** One module and its dependencies as a minified classic script (IIFE), as the lazy parts and the worker are built. */
async function classicBundle(entry: string, define: Record<string, string>, extra: BuildOptions = {}): Promise<string> {
  const result = await esbuild({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
    define: { ...define, 'import.meta.url': 'undefined' },
    plugins: [inlineUrlAssets],
    logLevel: 'error',
    ...extra,
  });
  const [output] = result.outputFiles ?? [];
  if (!output) throw new Error(`esbuild wrote nothing for ${entry}`);
  return output.text;
}

const WORKER_PREFIX = '\0remit-worker:';
const PART_NAMESPACE = 'remit-worker-part';
const PART_HOST = resolve(here, 'renderer/worker/parts/host.ts');
const PART_SERVE = resolve(here, 'renderer/worker/parts/serve.ts');

/** The names a module exports (read from the module alone, without bundling it). */
async function exportNames(path: string): Promise<string[]> {
  const result = await esbuild({ entryPoints: [path], bundle: false, write: false, format: 'esm', metafile: true, logLevel: 'error' });
  return Object.values(result.metafile.outputs).flatMap((o) => o.exports);
}

/**
 * The readers' parts of the parsing worker (pdf.js and its CMaps, the Word readers, the web page reader, OpenCC) as
 * scripts of their own, loaded on the first file of their kind, so that the worker starts with the text parser
 * only. Each `import('…')` in the worker's code becomes a part: assets/part-NAME-HASH.js, a classic script that
 * registers the part's text on `globalThis.__remitParts` — the program of a worker that serves the module's exports
 * (renderer/worker/parts/serve.ts), or an asset's data URL (a CMap). In the worker's bundle the import becomes a
 * module of calls into that worker (parts/host.ts). The worker, started from a blob, can neither importScripts from
 * file:// (Electron; Chromium has no file loader for workers) nor from a blob (the page's CSP, script-src 'self'),
 * so the page loads a part's script for it, as a <script> (allowed from file:// as from http), and hands it the
 * text. A part bundles its own dependencies, its own dynamic imports included; errors cross by name and code
 * (core/readers/errors.ts).
 */
function workerParts(define: Record<string, string>, emitted: { fileName: string; code: string }[]): EsbuildPlugin {
  const built = new Map<string, Promise<string>>(); // resolved path → the module that stands for it in the worker
  const part = (path: string): Promise<string> => {
    let module = built.get(path);
    if (!module) {
      module = (async () => {
        const key = `part:${path.slice(here.length)}`;
        const asset = path.endsWith('?url&inline') ? path.slice(0, -'?url&inline'.length) : undefined;
        const text = asset
          ? `data:application/octet-stream;base64,${readFileSync(asset).toString('base64')}`
          : await classicBundle(path, define, {
            entryPoints: [],
            stdin: { contents: `import * as m from ${JSON.stringify(path)};\nimport { serve } from ${JSON.stringify(PART_SERVE)};\nserve(m);`, resolveDir: here, loader: 'ts' },
          });
        const code = `(globalThis.__remitParts ||= {})[${JSON.stringify(key)}] = ${JSON.stringify(text)};\n`;
        const name = basename(asset ?? path).replace(/\.(m?js|ts|bcmap)$/, '').replace(/[^a-zA-Z0-9-]/g, '') || 'module';
        const file = `part-${name}-${createHash('sha256').update(code).digest('base64url').slice(0, 8)}.js`;
        emitted.push({ fileName: `assets/${file}`, code });
        const args = (...more: string[]) => [key, file, ...more].map((a) => JSON.stringify(a)).join(', ');
        if (asset) return `import { partData } from ${JSON.stringify(PART_HOST)};\nexport default partData(${args()});`;
        const names = await exportNames(path);
        return `import { remoteFunction } from ${JSON.stringify(PART_HOST)};\n` + names.map((n) => `export const ${n} = remoteFunction(${args(n)});`).join('\n');
      })();
      built.set(path, module);
    }
    return module;
  };
  return {
    name: 'remit-worker-parts',
    setup(build) {
      build.onResolve({ filter: /.*/ }, async (args) => {
        if (args.kind !== 'dynamic-import') return null;
        const inline = args.path.endsWith('?url&inline');
        const found = await build.resolve(inline ? args.path.slice(0, -'?url&inline'.length) : args.path, { resolveDir: args.resolveDir, kind: 'import-statement', importer: args.importer });
        if (found.errors.length > 0) return { errors: found.errors };
        return { path: inline ? `${found.path}?url&inline` : found.path, namespace: PART_NAMESPACE };
      });
      build.onLoad({ filter: /.*/, namespace: PART_NAMESPACE }, async (args) => ({ contents: await part(args.path), loader: 'js', resolveDir: here }));
    },
  };
}

/**
 * The parsing worker (`import W from './x.worker?worker&inline'`) as a classic script of its own beside the page's:
 * Vite would inline the worker's whole bundle (core, graphology, Cytoscape for its layouts, pinyin tables: 1 MB) into
 * the first script as a string. Here it is bundled apart (esbuild, IIFE) into assets/worker-HASH.js, which only holds
 * the code as a string in `globalThis.__remitWorkerSource`; the page loads it with `defer` before its own script
 * (deferred scripts run in order), and `new W()` starts a worker from a blob of that string, as Vite's inline workers
 * do, so it works from file:// (Electron) as from http. The download runs in parallel with the page's, and the page's
 * main thread no longer parses 1 MB it only hands on. The readers' parts stay out of it (workerParts); the page
 * loads them from where this script is (`__remitWorkerBase`).
 */
function classicWorkerScript(define: Record<string, string>): Plugin {
  const entries: string[] = [];
  const scripts: { fileName: string; code: string }[] = [];
  let script: { fileName: string; code: string } | undefined;
  return {
    name: 'remit-classic-worker-script',
    apply: 'build',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!source.endsWith('?worker&inline') || !importer) return null;
      const resolved = await this.resolve(source.slice(0, -'?worker&inline'.length), importer, { skipSelf: true });
      return resolved ? WORKER_PREFIX + resolved.id : null;
    },
    load(id) {
      if (!id.startsWith(WORKER_PREFIX)) return null;
      if (!entries.includes(id.slice(WORKER_PREFIX.length))) entries.push(id.slice(WORKER_PREFIX.length));
      if (entries.length > 1) this.error('one parsing worker is supported: its script is loaded before the page');
      return `
        const source = globalThis.__remitWorkerSource;
        export default function WorkerWrapper(options) {
          if (typeof source !== 'string') throw new Error('The parsing worker\\'s script did not load.');
          // the worker revokes its blob's URL once it runs (as Vite's inline workers do): revoked here, it might not load
          const blob = new Blob(['(self.URL || self.webkitURL).revokeObjectURL(self.location.href);', source], { type: 'text/javascript;charset=utf-8' });
          return new Worker(URL.createObjectURL(blob), { name: options && options.name });
        }`;
    },
    async buildEnd(error) {
      if (error || entries.length === 0) return;
      scripts.length = 0;
      const worker = await classicBundle(entries[0], define, { plugins: [workerParts(define, scripts), inlineUrlAssets] });
      // document.currentScript is this deferred script while it runs: its URL says where assets/ is (parts/page.ts)
      const code = `globalThis.__remitWorkerSource = ${JSON.stringify(worker)};\nglobalThis.__remitWorkerBase = document.currentScript && document.currentScript.src || location.href;\n`;
      script = { fileName: `assets/worker-${createHash('sha256').update(code).digest('base64url').slice(0, 8)}.js`, code };
    },
    generateBundle() {
      if (script) this.emitFile({ type: 'asset', fileName: script.fileName, source: script.code });
      for (const part of scripts) this.emitFile({ type: 'asset', fileName: part.fileName, source: part.code });
    },
    transformIndexHtml: {
      order: 'post',
      handler: (html) => (script ? html.replace(/<script defer src=/, `<script defer src="./${script.fileName}"></script>\n    $&`) : html),
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

const define = { __REMIT_VERSION__: JSON.stringify(JSON.parse(readFileSync(resolve(here, 'package.json'), 'utf8')).version) };

export default defineConfig({
  root: resolve(here, 'renderer'),
  base: './',
  publicDir: false,
  define,
  plugins: [classicWorkerScript(define), react(), classicScript(), classicLazyChunks(define), appIcon()],
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
