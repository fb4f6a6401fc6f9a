// ESLint flat config: type-checked TypeScript rules, the Office add-ins plugin, and the
// layer rule of docs/architecture.md (core <- adapters <- taskpane / cli).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import officeAddins from 'eslint-plugin-office-addins';
import prettier from 'eslint-config-prettier';

const officeAddinsRules = Object.fromEntries(
  officeAddins.configs.recommended
    .flatMap((c) => Object.entries(c.rules ?? {}))
    .filter(([name]) => name.startsWith('office-addins/')),
);

const coreMessage =
  'The pure core (src/core) imports nothing from office-js, exceljs, React or Node: see docs/architecture.md.';

export default tseslint.config(
  {
    ignores: ['node_modules/**', 'dist/**', 'dist-e2e/**', 'demo-output/**', 'coverage/**', 'test-output/**', 'bench-output/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'office-addins': officeAddins },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // The Office add-in rules (load before read, sync after load, no sync in loops …) are
    // heuristics on names like `range` and `cell`: they apply to the code that talks to Office.js.
    // The plugin's recommended config is a flat-config array; its office-addins rules are taken out of it.
    files: ['src/adapters/office/**/*.ts', 'src/taskpane/**/*.ts', 'src/taskpane/**/*.tsx', 'test/office-fake/**/*.ts'],
    rules: officeAddinsRules,
  },
  {
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: {
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
      },
    },
    rules: {
      ...tseslint.configs.disableTypeChecked.rules,
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['exceljs', 'react', 'react-dom', 'fs', 'path', 'os', 'zlib', 'crypto', 'stream', 'child_process'].map(
            (name) => ({ name, message: coreMessage }),
          ),
          patterns: [
            { group: ['node:*', '@fluentui/*', '@microsoft/*', 'office-*', '**/adapters/**', '**/cli/**', '**/taskpane/**'], message: coreMessage },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'Office', message: coreMessage },
        { name: 'Excel', message: coreMessage },
        { name: 'document', message: coreMessage },
        { name: 'window', message: coreMessage },
        { name: 'process', message: coreMessage },
        { name: 'Buffer', message: coreMessage },
      ],
    },
  },
  {
    files: ['src/adapters/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/cli/**', '**/taskpane/**', 'react', 'react-dom', '@fluentui/*'], message: 'Adapters are below the front ends: see docs/architecture.md.' }] },
      ],
    },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/taskpane/**', '**/adapters/office/**', 'react', 'react-dom', '@fluentui/*'], message: 'The CLI and the task pane never import each other: see docs/architecture.md.' }] },
      ],
    },
  },
  {
    files: ['src/taskpane/**/*.ts', 'src/taskpane/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/cli/**', 'fs', 'path', 'node:*'], message: 'The task pane never imports the CLI or Node: see docs/architecture.md.' }] },
      ],
    },
  },
  prettier,
);
