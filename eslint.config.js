// Layering by runtime (after VS Code): core/ runs anywhere, so it may not import a host;
// renderer/ runs in a sandboxed page, so it may not import Electron or Node.
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'url', 'util', 'stream', 'events', 'buffer', 'worker_threads', 'http', 'https', 'net'];

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'coverage/**'] },
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parser: tseslint.parser },
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: {},
  },
  {
    files: ['core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: [...nodeBuiltins, 'electron', 'electron/*', 'react', 'react-dom', 'react-dom/*', 'cytoscape', 'cytoscape-*'], message: 'core/ is pure TypeScript: no Node, Electron, DOM or UI imports.' },
          { group: ['../electron/*', '../renderer/*', '../cli/*', '../../electron/*', '../../renderer/*', '../../cli/*'], message: 'core/ may not depend on a host layer.' },
        ],
      }],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'process', 'require', 'Buffer', 'localStorage'],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      'no-restricted-imports': ['error', {
        patterns: [
          { group: [...nodeBuiltins, 'electron', 'electron/*'], message: 'renderer/ runs in a sandboxed page: talk to the host through renderer/host.' },
          { group: ['../electron/*', '../../electron/*'], allowTypeImports: true, message: 'renderer/ may only import types from electron/.' },
        ],
      }],
    },
  },
);
