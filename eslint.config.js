// Layering by runtime (after VS Code): core/ runs anywhere, so it may not import a host; renderer/ runs in a sandboxed
// page, so it may not import Electron or Node; electron/ and renderer/ meet only in contract/ (the IPC contract and the
// host types). Each folder's rule is a glob over the whole folder, and the `remit/layers` rule below resolves every
// import (static, `export … from`, dynamic `import()`, `require()`, `import x = require()`, type imports) to the folder
// it lands in, so depth does not matter; a dynamic import whose name is computed cannot be checked, and is refused.
import { builtinModules } from 'node:module';
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const root = dirname(fileURLToPath(import.meta.url));

/** Node's own modules, with and without `node:`, and their subpaths (fs/promises). */
const NODE = [...builtinModules.filter((m) => !m.startsWith('_')), 'node:*'];
const UI = ['react', 'react-dom', 'react/*', 'react-dom/*', 'cytoscape', 'cytoscape-*'];
const ELECTRON = ['electron', 'electron/*'];
/** Packages that need a DOM (jspdf, svg2pdf.js) or native code (@resvg/resvg-js), or that are tools. */
const HOST_PACKAGES = ['jspdf', 'svg2pdf.js', '@resvg/*', 'playwright-core', 'vite', 'esbuild', 'electron-builder'];

/**
 * Per folder: the folders of this repository it may import from, and the packages it may not import.
 * Folders not listed (test/, the config files at the top) may import anything.
 */
const LAYERS = {
  core: { folders: ['core'], packages: [...NODE, ...ELECTRON, ...UI, ...HOST_PACKAGES], why: 'core/ is pure TypeScript: it runs in Node, a Web Worker and Electron alike' },
  contract: { folders: ['contract'], packages: ['*'], why: 'contract/ is types and limits that electron/ and renderer/ share' },
  cli: { folders: ['cli', 'core'], packages: [...ELECTRON, ...UI], why: 'cli/ is the command line, on Node' },
  bench: { folders: ['bench', 'core', 'contract', 'cli'], packages: [...ELECTRON, ...UI], why: 'bench/ measures the product, not its tests' },
  electron: { folders: ['electron', 'core', 'contract'], packages: [...UI], why: 'electron/ is the shell: it meets the page only in contract/' },
  renderer: { folders: ['renderer', 'core', 'contract'], packages: [...NODE, ...ELECTRON], why: 'renderer/ runs in a sandboxed page: the host only through renderer/host and contract/' },
  scripts: { folders: ['scripts', 'core'], packages: [...ELECTRON, ...UI], why: 'scripts/ are Node tools that generate core data' },
};

/** Shell-style pattern (`node:*`, `react/*`) → whether the module name matches it. */
const matches = (pattern, name) =>
  pattern.endsWith('*') ? name.startsWith(pattern.slice(0, -1)) : name === pattern || name.startsWith(`${pattern}/`);

const layers = {
  meta: {
    type: 'problem',
    schema: [{ type: 'string' }],
    messages: {
      folder: '{{why}}: it may not import {{target}}/ ({{source}}).',
      package: '{{why}}: it may not import {{source}}.',
      computed: '{{why}}: an import whose module name is computed cannot be checked; name the module.',
    },
  },
  create(context) {
    const layer = LAYERS[context.options[0]];
    const from = dirname(context.filename);
    const check = (node, source) => {
      if (typeof source !== 'string') {
        context.report({ node, messageId: 'computed', data: { why: layer.why } });
        return;
      }
      if (source.startsWith('.') || source.startsWith('/')) {
        const target = relative(root, resolve(from, source)).split(sep)[0];
        if (target !== '..' && !layer.folders.includes(target)) context.report({ node, messageId: 'folder', data: { why: layer.why, target, source } });
      } else if (layer.packages.some((p) => matches(p, source))) {
        context.report({ node, messageId: 'package', data: { why: layer.why, source } });
      }
    };
    /** `require(…)`, `require.resolve(…)`, `module.require(…)`: a call that loads or locates a module by name. */
    const isRequire = (callee) =>
      (callee.type === 'Identifier' && callee.name === 'require') ||
      (callee.type === 'MemberExpression' && !callee.computed && ((callee.object.type === 'Identifier' && callee.object.name === 'require' && callee.property.name === 'resolve') ||
        (callee.object.type === 'Identifier' && callee.object.name === 'module' && callee.property.name === 'require')));
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => check(node, staticString(node.source)),
      TSImportType: (node) => check(node, node.argument?.literal?.value ?? node.argument?.value),
      TSImportEqualsDeclaration: (node) => node.moduleReference.type === 'TSExternalModuleReference' && check(node, staticString(node.moduleReference.expression)),
      CallExpression: (node) => {
        // a require() of a computed name is left to the host-global rules: CommonJS shims (electron/offline-require.cjs) need one
        const source = staticString(node.arguments[0]);
        if (isRequire(node.callee) && source !== undefined) check(node, source);
      },
    };
  },
};

/** The string a module name spells when it is written out: a literal, or a template literal with nothing put in. */
function staticString(node) {
  if (node?.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node?.type === 'TemplateLiteral' && node.expressions.length === 0) return node.quasis[0].value.cooked;
  return undefined;
}

const remit = { rules: { layers } };

const HOST_GLOBALS = ['window', 'document', 'navigator', 'process', 'require', 'module', 'Buffer', 'localStorage', 'self', 'global', '__dirname', '__filename'];
/** Node's globals, which the page (renderer/) does not have. */
const NODE_GLOBALS = ['process', 'require', 'module', 'Buffer', 'global', '__dirname', '__filename'];
/** `globalThis.process` and the like: the same host globals reached through globalThis. */
const viaGlobalThis = HOST_GLOBALS.map((property) => ({ object: 'globalThis', property, message: 'a host global: core/ runs in Node, a Web Worker and Electron alike.' }));

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'coverage/**'] },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mts'],
    languageOptions: { parser: tseslint.parser },
    plugins: { '@typescript-eslint': tseslint.plugin, remit },
    rules: {},
  },
  ...Object.keys(LAYERS).map((folder) => ({
    files: [`${folder}/**/*.{ts,tsx,mts,cts,js,mjs,cjs}`],
    plugins: { remit },
    rules: { 'remit/layers': ['error', folder] },
  })),
  {
    files: ['core/**/*.{ts,tsx,mts,cts,js,mjs,cjs}', 'contract/**/*.{ts,tsx,mts,cts,js,mjs,cjs}'],
    rules: {
      'no-restricted-globals': ['error', ...HOST_GLOBALS.map((name) => ({ name, message: 'a host global: core/ and contract/ run in Node, a Web Worker and Electron alike.' }))],
      'no-restricted-properties': ['error', ...viaGlobalThis],
    },
  },
  {
    files: ['core/**/*.tsx', 'core/**/*.jsx', 'contract/**/*.tsx'],
    rules: { 'no-restricted-syntax': ['error', { selector: 'Program', message: 'core/ and contract/ hold no JSX: UI belongs in renderer/.' }] },
  },
  {
    // the page (and its worker) has no Node, and meets the host only through renderer/host
    files: ['renderer/**/*.{ts,tsx,mts,cts,js,mjs,cjs}'],
    rules: {
      'no-restricted-globals': ['error', ...NODE_GLOBALS.map((name) => ({ name, message: 'a Node global: renderer/ runs in a sandboxed page.' }))],
      'no-restricted-properties': ['error', ...NODE_GLOBALS.map((property) => ({ object: 'globalThis', property, message: 'a Node global: renderer/ runs in a sandboxed page.' }))],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx,mts,cts,js,mjs,cjs}'],
    ignores: ['renderer/host/**'],
    rules: {
      'no-restricted-properties': ['error',
        ...NODE_GLOBALS.map((property) => ({ object: 'globalThis', property, message: 'a Node global: renderer/ runs in a sandboxed page.' })),
        ...['window', 'globalThis', 'self'].map((object) => ({ object, property: 'remit', message: 'the host bridge: reach it through renderer/host.' }))],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
);
