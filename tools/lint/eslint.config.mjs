// ESLint for the whole repository, with typescript-eslint's typed rules (each file is
// checked with the tsconfig of its runtime). Run from the repository root: npm run lint.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

// DESIGN.md's import direction, as import patterns each folder may not use.
const ELECTRON = { group: ['**/electron/**'], message: 'shared/ and renderer/ do not import electron/ (the renderer may import its types only).', allowTypeImports: false };
const RENDERER = { group: ['**/renderer/**'], message: 'Nothing outside renderer/ imports the renderer.' };
const NO_NODE = 'This folder runs without Node (DOM only, or no runtime at all).';
const NODE_MODULES = { group: ['node:*'], message: NO_NODE };
const NODE_PATHS = ['fs', 'path', 'better-sqlite3', 'electron'].map((name) => ({ name, message: NO_NODE }));

export default tseslint.config(
  {
    ignores: ['dist/**', 'node_modules/**', 'tools/**', '.bench-cache/**', 'test-results/**', 'coverage/**', '**/*.mjs', '**/*.cjs', '**/*.js'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parserOptions: {
        project: ['./tsconfig.shared.json', './tsconfig.node.json', './tsconfig.dom.json', './tsconfig.dom-tests.json', './tsconfig.e2e.json'],
        tsconfigRootDir: root,
      },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { prefer: 'type-imports', fixStyle: 'separate-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-control-regex': 'off',
    },
  },
  {
    files: ['renderer/**/*.tsx', 'renderer/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['electron/**/*.ts', 'shared/**/*.ts', 'renderer/**/*.ts', 'renderer/**/*.tsx'],
    ignores: ['**/*.test.ts', '**/*.test.tsx', '**/testing/**', 'electron/db/table-rows.ts'], // table-rows.ts is generated from the migrations
    rules: {
      'max-lines': ['error', { max: 400, skipBlankLines: true, skipComments: true }],
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true, IIFEs: true }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { paths: NODE_PATHS, patterns: [ELECTRON, RENDERER, NODE_MODULES] }] },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { paths: NODE_PATHS, patterns: [{ ...ELECTRON, allowTypeImports: true }, NODE_MODULES] }] },
  },
  {
    files: ['electron/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [RENDERER] }] },
  },
);
