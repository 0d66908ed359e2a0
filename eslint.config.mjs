import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      '.tmp/**',
      'dist/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': 'off',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/main/register/**',
                '**/main/services/**',
                '**/main/electron/**',
                '**/main/cli/**',
              ],
              message: 'The renderer reaches the register only through the API.',
            },
            {
              group: ['node:*', 'electron', 'better-sqlite3'],
              message: 'No Node or Electron in the renderer.',
            },
          ],
        },
      ],
    },
  },
  {
    // The domain core is pure: no I/O, no Electron, no Node built-ins.
    files: ['main/domain/**/*.ts', 'main/contract/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'node:*',
                'electron',
                'better-sqlite3',
                'exceljs',
                '**/register/**',
                '**/services/**',
              ],
              message: 'The domain core is pure TypeScript.',
            },
          ],
        },
      ],
    },
  },
  {
    // Only the shell (and the preload) may import Electron.
    files: ['main/register/**/*.ts', 'main/services/**/*.ts', 'main/cli/**/*.ts', 'tests/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: 'Electron belongs in main/electron only.' }] },
      ],
    },
  },
);
