import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import fs from 'node:fs';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

const nodeBuiltins = [
  'node:*',
  'fs',
  'path',
  'os',
  'crypto',
  'child_process',
  'http',
  'https',
  'net',
  'stream',
  'url',
  'util',
  'worker_threads',
];
const pattern = (group, message) => ({ group, message });

// Renderer layers (see docs/architecture.md): app (the shell) -> features -> ui -> data -> db, platform, api.
const root = import.meta.dirname; // paths below are relative to the repo, wherever ESLint runs from
const src = 'renderer/src';
const features = fs
  .readdirSync(`${root}/${src}/features`, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
const featureDirs = features.map((f) => `${src}/features/${f}`);
const throughEntry = 'Import another feature only through its entry (features/<name>/index.ts).';
const layerZones = [
  // A feature reaches another only through that feature's index.ts; the shell too.
  ...features.map((f) => ({
    target: `${src}/features/${f}`,
    from: featureDirs.filter((d) => d !== `${src}/features/${f}`),
    except: ['./index.ts'],
    message: throughEntry,
  })),
  { target: `${src}/app`, from: featureDirs, except: ['./index.ts'], message: throughEntry },
  // The i18n registry reads each feature's strings and nothing else of it.
  {
    target: `${src}/i18n`,
    from: featureDirs,
    except: ['./i18n.ts'],
    message: "i18n/ reads only the features' i18n.ts files.",
  },
  {
    target: [`${src}/features`, `${src}/ui`, `${src}/data`, `${src}/db`, `${src}/platform`, `${src}/api`],
    from: `${src}/app`,
    message: 'app/ is the shell: nothing imports it.',
  },
  {
    target: [`${src}/ui`, `${src}/data`, `${src}/db`, `${src}/platform`, `${src}/api`],
    from: `${src}/features`,
    message: 'ui/, data/, db/, platform/ and api/ serve every feature and import none.',
  },
  {
    target: [`${src}/data`, `${src}/db`, `${src}/platform`, `${src}/api`],
    from: `${src}/ui`,
    message: 'data/, db/, platform/ and api/ hold no UI: they import nothing from ui/.',
  },
  {
    target: [`${src}/db`, `${src}/platform`, `${src}/api`],
    from: `${src}/data`,
    message: 'db/, platform/ and api/ sit below data/.',
  },
  // The HTTP client (api/) stands on shared/api alone: the sync client and the platform build on it.
  {
    target: `${src}/api`,
    from: [`${src}/db`, `${src}/platform`],
    message: 'api/ (the HTTP client) imports only shared/.',
  },
];

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'out',
      'dist',
      'dist-web',
      'release',
      '.data',
      'coverage',
      'test-results',
      'playwright-report',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ['**/*.mjs', '**/*.cjs'], languageOptions: { globals: globals.node } },
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  // Layering (see docs/architecture.md): shared/ is pure; renderer reaches the OS only through src/platform.
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            pattern(nodeBuiltins, 'shared/ is pure: no Node built-ins.'),
            pattern(
              ['electron', 'react', 'react-dom', 'rxdb', 'rxdb/*', 'dexie', 'fastify', 'pg', '@mantine/*'],
              'shared/ imports no framework or I/O.',
            ),
            pattern(
              ['**/renderer/**', '**/server/**', '**/electron/**'],
              'shared/ imports nothing of the other layers.',
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            pattern(nodeBuiltins, 'The renderer has no Node: reach the OS through src/platform.'),
            pattern(
              ['electron', '**/electron/**', '**/server/**'],
              'The renderer reaches the OS only through src/platform.',
            ),
          ],
        },
      ],
    },
  },
  {
    files: [`${src}/**/*.{ts,tsx}`],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: `${root}/tsconfig.web.json` })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: root, zones: layerZones }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  // Tests below ui/ may still use the shared test harness (ui/testing.tsx).
  {
    files: [`${src}/**/*.test.{ts,tsx}`],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        { basePath: root, zones: layerZones.filter((z) => z.from !== `${src}/ui`) },
      ],
    },
  },
  {
    files: ['server/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            pattern(
              ['**/renderer/**', '**/electron/**', 'react', 'react-dom', '@mantine/*'],
              'The server imports only shared/.',
            ),
          ],
        },
      ],
    },
  },
);
