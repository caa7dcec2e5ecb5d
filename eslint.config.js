import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const layers = [
  'catalog',
  'engine',
  'state',
  'url',
  'embed',
  'features',
  'ui',
  'app',
  'lib',
];

/** A no-restricted-paths zone: files in `target` may not import from `from`. */
const zone = (target, from, message) => ({
  target: `./src/${target}`,
  from: from.map((f) => `./src/${f}`),
  message,
});

const others = (...allowed) => layers.filter((l) => !allowed.includes(l));

// Layer rules (ADR-15, convention 1), one way: catalog → engine → state → url/embed → features → app.
const layerZones = [
  zone(
    'catalog',
    others('catalog', 'lib'),
    'catalog may import only zod and lib/.',
  ),
  zone(
    'engine',
    others('engine', 'catalog', 'lib'),
    'engine is pure: catalog types and lib/assert-never only.',
  ),
  zone(
    'state',
    ['url', 'embed', 'features', 'ui', 'app'],
    'state may not import url, embed, features, ui or app.',
  ),
  zone(
    'url',
    ['features', 'ui', 'app', 'embed'],
    'url may not import features, ui, app or embed.',
  ),
  zone(
    'embed',
    ['features', 'ui', 'app'],
    'embed may not import features, ui or app.',
  ),
  zone('ui', others('ui', 'lib'), 'ui primitives know nothing of the app.'),
  zone('lib', others('lib'), 'lib is a leaf.'),
  zone('features', ['app'], 'features may not import app.'),
];

export default defineConfig([
  globalIgnores([
    'dist',
    'dist-*',
    'coverage',
    'test-results',
    'playwright-report',
    'e2e-artifacts',
  ]),
  {
    files: ['**/*.{ts,tsx,js}'],
    extends: [
      js.configs.recommended,
      tseslint.configs.recommended,
      reactHooks.configs.flat.recommended,
    ],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [
        createTypeScriptImportResolver({ alwaysTryTypes: true }),
      ],
    },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: { 'import-x/no-default-export': 'error' },
  },
  // Features never import each other.
  {
    files: ['src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./(?!\\.\\.)[^/]+|^@/features/|/features/',
              message:
                'features never import each other; compose them in app/.',
            },
            {
              // catalog/import is the importers' own entry (lazy, with the price-import dialog).
              regex:
                '(engine|url|embed|state)/(?!index).+|catalog/(?!index|import$).+',
              message: 'import a layer only through its index.ts.',
            },
          ],
        },
      ],
    },
  },
  // The engine is pure, total and deterministic.
  {
    files: ['src/engine/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: ['react', 'react-dom', 'zustand', 'zod', 'recharts'].map(
            (name) => ({
              name,
              message: 'the engine is framework-free.',
            }),
          ),
          patterns: [
            {
              group: ['../catalog', '../catalog/*', '@/catalog', '@/catalog/*'],
              allowTypeImports: true,
              message:
                'the engine takes the catalog as an argument; import its types only.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'document',
          'localStorage',
          'sessionStorage',
          'fetch',
          'navigator',
          'performance',
        ].map((name) => ({
          name,
          message: 'the engine is pure: no browser globals or I/O.',
        })),
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'no clock in the engine.',
        },
        {
          selector: "NewExpression[callee.name='Date']",
          message: 'no clock in the engine.',
        },
        {
          selector:
            "CallExpression[callee.object.name='Math'][callee.property.name='random']",
          message: 'no randomness in the engine; pass a seeded generator.',
        },
      ],
    },
  },
  {
    files: ['**/*.config.{ts,js}', 'scripts/**/*-reporter.ts'],
    rules: { 'import-x/no-default-export': 'off' },
  },
]);
