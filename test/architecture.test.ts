import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layering rules live in eslint.config.js; these tests make sure they keep biting, from every folder and at any
// depth, for every way of importing, and that the allowed imports still pass.
const eslint = new ESLint();
// (a CommonJS file cannot hold an export statement)
const ruleIds = async (code: string, filePath: string): Promise<(string | null)[]> =>
  (await eslint.lintText(filePath.endsWith('.cjs') ? code : `${code}\nexport const z = 1;\n`, { filePath }))[0].messages.map((m) => m.ruleId);

/** [folder, a file in it at some depth, an import it must not make, how] */
const WRONG: [string, string, string][] = [
  ['core/example.ts', "import { readFileSync } from 'node:fs';", 'a Node builtin'],
  ['core/example.ts', "import { readFileSync } from 'fs';", 'a Node builtin without node:'],
  ['core/graph/deep/example.ts', "import { join } from 'path/posix';", 'a Node builtin subpath, deep in core'],
  ['core/example.ts', "import { app } from 'electron';", 'Electron'],
  ['core/example.ts', "import React from 'react';", 'React'],
  ['core/example.ts', "import cytoscape from 'cytoscape';", 'Cytoscape'],
  ['core/example.ts', "import { jsPDF } from 'jspdf';", 'a DOM library'],
  ['core/example.ts', "import { x } from '../renderer/App';", 'the page'],
  ['core/graph/deep/example.ts', "import { x } from '../../../renderer/App';", 'the page, from a deep file'],
  ['core/graph/deep/example.ts', "import { x } from '../../../cli/io';", 'the CLI, from a deep file'],
  ['core/example.ts', "export { x } from '../electron/main';", 'a re-export from the shell'],
  ['core/example.ts', "export const f = () => import('node:fs');", 'a dynamic import of a Node builtin'],
  ['core/example.ts', "export const f = () => import('../electron/main');", 'a dynamic import of the shell'],
  ['core/example.ts', "type B = import('../renderer/host/types').Host;\nexport type { B };", 'a type import of the page'],
  ['contract/example.ts', "import { x } from '../renderer/App';", 'the page, from the contract'],
  ['contract/example.ts', "import { x } from '../core/model';", 'core, from the contract'],
  ['cli/example.ts', "import { app } from 'electron';", 'Electron, from the CLI'],
  ['cli/sub/example.ts', "import { x } from '../../renderer/App';", 'the page, from the CLI'],
  ['bench/example.ts', "import { x } from '../test/e2e/support';", 'test code, from the bench'],
  ['bench/deep/example.ts', "import { x } from '../../test/core/seed';", 'test code, from a deep bench file'],
  ['bench/example.ts', "import { x } from '../renderer/App';", 'the page, from the bench'],
  ['electron/example.ts', "import type { Host } from '../renderer/host/types';", 'the page\'s types, from the shell'],
  ['electron/sub/example.ts', "import { x } from '../../renderer/App';", 'the page, from a deep shell file'],
  ['electron/example.mjs', "import { x } from '../renderer/App';", 'the page, from a shell script'],
  ['electron/example.ts', "import React from 'react';", 'React, from the shell'],
  ['renderer/example.ts', "import { ipcRenderer } from 'electron';", 'Electron, from the page'],
  ['renderer/example.ts', "import { readFileSync } from 'node:fs';", 'a Node builtin, from the page'],
  ['renderer/panels/deep/example.tsx', "import { x } from '../../../electron/main';", 'the shell, from a deep page file'],
  ['renderer/example.ts', "import type { X } from '../electron/main';", 'a type of the shell, from the page'],
  ['renderer/example.ts', "export const f = () => import('node:path');", 'a dynamic import of a Node builtin, from the page'],
  // every way of naming a module, from every folder
  ['core/example.ts', 'export const f = () => import(`node:fs`);', 'a dynamic import named by a template literal'],
  ['core/example.ts', "const name = 'node:fs';\nexport const f = () => import(name);", 'a dynamic import of a computed name'],
  ['core/deep/example.ts', "import fs = require('fs');\nexport { fs };", 'import = require()'],
  ['contract/example.ts', "export const f = () => import('../renderer/App');", 'a dynamic import of the page, from the contract'],
  ['contract/example.ts', "import type { Attributes } from 'graphology-types';\nexport type { Attributes };", 'a package, from the contract'],
  ['contract/deep/example.ts', "type B = import('../../electron/main').X;\nexport type { B };", 'a type import of the shell, from the contract'],
  ['cli/example.ts', "export const f = () => import('../renderer/App');", 'a dynamic import of the page, from the CLI'],
  ['cli/example.ts', "const r = require('../electron/main');\nexport { r };", 'require() of the shell, from the CLI'],
  ['cli/example.ts', "import React from 'react';", 'React, from the CLI'],
  ['bench/example.ts', "export const f = () => import('../test/core/seed');", 'a dynamic import of test code, from the bench'],
  ['bench/example.ts', "export const p = require.resolve('../test/core/seed');", 'require.resolve() of test code, from the bench'],
  ['bench/example.ts', "export const f = () => import('../electron/main');", 'a dynamic import of the shell, from the bench'],
  ['electron/example.ts', "export const f = () => import('../renderer/App');", 'a dynamic import of the page, from the shell'],
  ['electron/example.cjs', "module.exports = require('../renderer/App');", 'require() of the page, from a CommonJS shell file'],
  ['electron/example.ts', "import x = require('../renderer/App');\nexport { x };", 'import = require() of the page, from the shell'],
  ['renderer/example.ts', "export const f = () => import(`../electron/main`);", 'a dynamic import of the shell named by a template literal, from the page'],
  ['renderer/example.ts', "type T = import('../cli/io').X;\nexport type { T };", 'a type import of the CLI, from the page'],
  ['scripts/example.ts', "import { x } from '../renderer/App';", 'the page, from a script'],
];

describe('layer rules (eslint.config.js)', () => {
  it.each(WRONG)('%s rejects %s (%s)', async (file, code) => {
    expect(await ruleIds(code, file)).toContain('remit/layers');
  });

  it.each([
    ['core/example.ts', "const r = require('node:fs');\nexport { r };"],
    ['core/graph/deep/example.ts', "const r = require('../../../renderer/App');\nexport { r };"],
  ])('%s rejects require() (%s)', async (file, code) => {
    const ids = await ruleIds(code, file);
    expect(ids).toContain('remit/layers');
    expect(ids).toContain('no-restricted-globals');
  });

  it.each([
    'export const w = window.innerWidth;',
    'export const d = document.title;',
    'export const p = process.env.HOME;',
    'export const b = Buffer.from("x");',
    'export const s = self.postMessage;',
  ])('core rejects the host global in %s', async (code) => {
    expect(await ruleIds(code, 'core/graph/deep/example.ts')).toContain('no-restricted-globals');
  });

  it.each([
    'export const p = globalThis.process.env.HOME;',
    'export const d = globalThis.document;',
    'export const b = globalThis.Buffer;',
  ])('core rejects the host global reached through globalThis in %s', async (code) => {
    expect(await ruleIds(code, 'core/example.ts')).toContain('no-restricted-properties');
  });

  it.each([
    'export const p = process.env.HOME;',
    'export const w = window.location;',
    'export const b = globalThis.Buffer;',
  ])('contract rejects the host global in %s', async (code) => {
    expect(await ruleIds(code, 'contract/example.ts')).toEqual(expect.arrayContaining([expect.stringMatching(/^no-restricted-(globals|properties)$/)]));
  });

  it.each([
    ['export const p = process.env.HOME;', 'no-restricted-globals'],
    ['export const b = Buffer.from("x");', 'no-restricted-globals'],
    ['export const d = __dirname;', 'no-restricted-globals'],
    ['export const p = globalThis.process;', 'no-restricted-properties'],
    ['export const r = window.remit;', 'no-restricted-properties'],
    ['export const r = globalThis.remit;', 'no-restricted-properties'],
  ])('renderer rejects %s outside renderer/host', async (code, rule) => {
    expect(await ruleIds(code, 'renderer/panels/deep/example.ts')).toContain(rule);
  });

  it('renderer/host may reach the host bridge, but has no Node either', async () => {
    expect(await ruleIds('export const r = window.remit;', 'renderer/host/example.ts')).toEqual([]);
    expect(await ruleIds('export const p = globalThis.process;', 'renderer/host/example.ts')).toContain('no-restricted-properties');
  });

  it('core rejects a .tsx file', async () => {
    expect(await ruleIds('export const y = 2;', 'core/graph/View.tsx')).toContain('no-restricted-syntax');
  });

  it.each([
    ['core/graph/deep/example.ts', "import { x } from '../../model';\nimport Graph from 'graphology';\nexport { x, Graph };"],
    ['contract/example.ts', "import type { HostFile } from './host';\nexport type { HostFile };"],
    ['cli/example.ts', "import { readFileSync } from 'node:fs';\nimport { buildGraph } from '../core/graph';\nexport { readFileSync, buildGraph };"],
    ['bench/example.ts', "import { buildGraph } from '../core/graph';\nimport { startServer } from '../cli/serve';\nexport { buildGraph, startServer };"],
    ['electron/example.ts', "import { app } from 'electron';\nimport type { HostFile } from '../contract/host';\nimport { LIMITS } from '../contract/ipc';\nexport { app, LIMITS };\nexport type { HostFile };"],
    ['renderer/panels/deep/example.tsx', "import React from 'react';\nimport { buildGraph } from '../../../core/graph';\nimport type { RemitBridge } from '../../../contract/ipc';\nexport { React, buildGraph };\nexport type { RemitBridge };"],
    ['scripts/example.ts', "import { writeFileSync } from 'node:fs';\nimport { x } from '../core/model';\nexport { writeFileSync, x };"],
    ['electron/example.ts', "export const f = () => import(`../core/model`);"],
    ['test/example.ts', "import { x } from '../renderer/App';\nimport { y } from '../electron/main';\nimport { readFileSync } from 'node:fs';\nexport { x, y, readFileSync };"],
  ])('%s may import what its layer allows', async (file, code) => {
    expect(await ruleIds(code, file)).toEqual([]);
  });
});

describe('the source tree keeps the rules (belt and braces for files ESLint might skip)', () => {
  const filesUnder = (dir: string): string[] => {
    const out: string[] = [];
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) out.push(...filesUnder(full));
      else out.push(full);
    }
    return out;
  };

  it('core/ holds TypeScript only, no .tsx', () => {
    expect(filesUnder('core').filter((f) => !f.endsWith('.ts') && !f.endsWith('.json'))).toEqual([]);
  });

  it('no file in core/ or contract/ imports a host module', () => {
    const offenders = [...filesUnder('core'), ...filesUnder('contract')]
      .filter((f) => /(from\s+|import\(\s*|require\(\s*)['"](node:|fs['"/]|path['"/]|electron|react|cytoscape|(\.\.\/)+(renderer|electron|cli|bench|test)\/)/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('electron/ does not import renderer/, nor renderer/ electron/', () => {
    const crossing = (dir: string, other: string) =>
      filesUnder(dir).filter((f) => new RegExp(`['"](\\.\\./)+${other}/`).test(readFileSync(f, 'utf8')));
    expect(crossing('electron', 'renderer')).toEqual([]);
    expect(crossing('renderer', 'electron')).toEqual([]);
  });
});
