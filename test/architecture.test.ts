import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layering rule lives in eslint.config.js; these tests make sure it keeps biting.
describe('core/ stays pure', () => {
  const eslint = new ESLint();
  const lint = async (code: string, filePath: string) => (await eslint.lintText(code, { filePath }))[0].messages.map((m) => m.ruleId);

  it.each([
    ["import { readFileSync } from 'node:fs';", 'node builtin'],
    ["import { app } from 'electron';", 'electron'],
    ["import React from 'react';", 'react'],
    ["import cytoscape from 'cytoscape';", 'cytoscape'],
    ["import { x } from '../renderer/App';", 'a host layer'],
  ])('rejects %s (%s)', async (code) => {
    expect(await lint(`${code}\nexport const y = 1;\n`, 'core/example.ts')).toContain('no-restricted-imports');
  });

  it('rejects host globals', async () => {
    expect(await lint('export const w = window.innerWidth;\n', 'core/example.ts')).toContain('no-restricted-globals');
  });

  it('lets the renderer import core but not node or electron', async () => {
    expect(await lint("import { buildGraph } from '../core/graph';\nexport const b = buildGraph;\n", 'renderer/example.ts')).toEqual([]);
    expect(await lint("import { ipcRenderer } from 'electron';\nexport const i = ipcRenderer;\n", 'renderer/example.ts')).toContain('no-restricted-imports');
  });

  it('no file in core/ imports a host module (belt and braces for files ESLint might skip)', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const full = join(dir, name);
        if (statSync(full).isDirectory()) walk(full);
        else if (full.endsWith('.ts')) files.push(full);
      }
    };
    walk('core');
    const offenders = files.filter((f) => /from\s+['"](node:|fs['"]|path['"]|electron|react|cytoscape)/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
