// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Packages the pure core must never import: HTTP, channel SDKs, mail, the database client. */
const forbiddenInCore = [
  'express',
  'twilio',
  'wechaty',
  'wechaty-puppet-mock',
  'nodemailer',
  '@prisma/client',
  '@prisma/adapter-better-sqlite3',
  '@prisma/adapter-pg',
  'better-sqlite3',
  'pg',
  'pino',
  'prom-client',
];

export default tseslint.config(
  { ignores: ['node_modules', 'data', 'generated', 'coverage', 'src/generated'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  // Plain JavaScript entry points (the flow worker's bootstrap) are outside the TypeScript project.
  {
    files: ['**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: { URL: 'readonly', process: 'readonly', console: 'readonly' },
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: forbiddenInCore.map((name) => ({ name, message: 'src/core stays pure: no HTTP, SDK or database.' })),
          patterns: [
            {
              group: ['**/store/**', '**/http/**', '**/channels/**', '**/dispatch/**', '**/generated/**'],
              message: 'src/core must not depend on adapters.',
            },
            {
              group: ['node:fs', 'node:net', 'node:http', 'node:https', 'fs', 'net', 'http', 'https'],
              message: 'src/core does no I/O.',
            },
          ],
        },
      ],
    },
  },
  {
    // Tests read untyped JSON bodies (supertest's res.body is any): allow member access on it.
    files: ['tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // Progressive-enhancement scripts served to browsers.
    files: ['src/channels/*/static/**/*.js', 'src/console/static/**/*.js'],
    languageOptions: {
      globals: {
        document: 'readonly',
        navigator: 'readonly',
        window: 'readonly',
        fetch: 'readonly',
        setInterval: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        EventSource: 'readonly',
      },
    },
  },
);
