// Lint also enforces the layers of docs/architecture.md §1: shared/ is pure, renderer/ never reaches Node.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const nodeModules = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'http', 'url', 'stream', 'worker_threads'];
const pattern = (group, message) => ({ group, message });
const nodeGlobals = ['process', 'Buffer', 'require', '__dirname', '__filename', 'global', 'module', 'exports', 'setImmediate'];

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'dist-*', 'test-results', 'playwright-report', 'out'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    // Unit tests beside the code run in Node and may read the corpus from disk.
    ignores: ['shared/**/*.test.ts'],
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            pattern(nodeModules, 'shared/ is pure TypeScript: no Node modules.'),
            pattern(['electron', 'electron/*'], 'shared/ must not import Electron.'),
            pattern(['react', 'react-dom', 'react/*', 'react-dom/*', 'zustand', 'zustand/*'], 'shared/ must not import React.'),
            pattern(['**/electron/**', '**/renderer/**'], 'shared/ imports nothing from the app layers.'),
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'localStorage', ...nodeGlobals].map((name) => ({
          name,
          message: 'shared/ runs in Node and the browser: no DOM or Node globals.',
        })),
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    // Unit tests beside the code run in Node (jsdom) and may use its helpers.
    ignores: ['renderer/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...nodeGlobals.map((name) => ({ name, message: 'renderer/ runs in the page: no Node globals, go through the API client.' })),
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            pattern(nodeModules, 'renderer/ never sees Node: go through the API client.'),
            pattern(['electron', 'electron/*', '**/electron/**'], 'renderer/ talks to the main process only through the API.'),
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [pattern(['**/renderer/**'], 'electron/ must not import the renderer.')],
          paths: [{ name: 'electron', importNames: ['ipcMain'], message: 'ipcMain only in electron/main/ipc.ts, where every handler goes through the guard.' }],
        },
      ],
    },
  },
  {
    // The file service, exporters, server and CLI run in plain Node (tests, nianbao serve): only the
    // Electron process itself may import Electron.
    files: ['electron/**/*.ts'],
    ignores: ['electron/main/**', 'electron/preload/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            pattern(['**/renderer/**'], 'electron/ must not import the renderer.'),
            pattern(['electron', 'electron/*'], 'Only electron/main and electron/preload import Electron.'),
          ],
        },
      ],
    },
  },
  {
    files: ['electron/main/ipc.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [pattern(['**/renderer/**'], 'electron/ must not import the renderer.')] }],
    },
  },
);
