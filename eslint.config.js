import js from '@eslint/js'
import globals from 'globals'
import { createNodeResolver, importX } from 'eslint-plugin-import-x'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import reactHooks from 'eslint-plugin-react-hooks'
import tseslint from 'typescript-eslint'

/** docs/design.md#layers-and-import-rules, enforced: app → features → api → lib. */
const FEATURES = ['customers-list', 'customer-overview', 'customer-delete', 'customer-import']
const restrict = (/** @type {string[]} */ groups, /** @type {string} */ message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: groups, message }] }],
})
const noAppCode = ['**/app/**']
const noMocks = ['**/mocks/**', '**/testing/**', '**/*.test-double']
/** Tests, their helpers and test doubles (`*.test-double.ts`: fakes and stubs tests share). */
const testCode = ['**/*.test.{ts,tsx}', '**/*test-helpers.{ts,tsx}', '**/*.test-double.ts']

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-server',
      'node_modules',
      'public/mockServiceWorker.js',
      'test-results',
      'playwright-report',
      'bench/results',
      '.test-reports',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
    },
  },
  // No import cycles anywhere (tests, server, scripts included). import-x follows relative
  // imports with its own parser; this costs a few seconds of CPU on top of the typed lint.
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs'] }),
      ],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  // Import direction. Tests may reach the fake tenant and the render helpers.
  {
    files: ['src/lib/**', 'src/components/**'],
    ignores: testCode,
    rules: restrict(
      [...noAppCode, '**/features/**', '**/api/**', ...noMocks],
      'lib and components know nothing of customers, the app or the API.',
    ),
  },
  {
    files: ['src/api/**'],
    ignores: testCode,
    rules: restrict(
      [...noAppCode, '**/features/**', '**/components/**', ...noMocks],
      'api depends on lib only.',
    ),
  },
  ...FEATURES.map((feature) => ({
    files: [`src/features/${feature}/**`],
    ignores: testCode,
    rules: restrict(
      [...noAppCode, ...noMocks, ...FEATURES.filter((f) => f !== feature).map((f) => `**/${f}/**`)],
      'A feature uses api, components and lib; features never import each other (the routes compose them).',
    ),
  })),
  {
    files: ['src/features/customer-import/engine/**'],
    ignores: testCode,
    rules: restrict(
      [...noAppCode, ...noMocks, '**/components/**', 'react', 'react-dom'],
      'The import engine is plain TypeScript without React.',
    ),
  },
  {
    files: ['src/mocks/**'],
    ignores: testCode,
    rules: restrict(
      [...noAppCode, '**/features/**', '**/components/**', '**/testing/**'],
      'The fake tenant may use api types and the nested-object table only.',
    ),
  },
  {
    files: ['src/app/**', 'src/main.tsx'],
    ignores: ['**/*.test.{ts,tsx}', '**/*.test-double.ts', 'src/app/connection/demo-runtime.ts'],
    rules: restrict(
      noMocks,
      'App code never imports the fake tenant except through connection/demo-runtime.ts.',
    ),
  },
  {
    files: ['e2e/**'],
    rules: restrict(
      ['**/src/**'],
      'End-to-end tests are black box: they import nothing from src/.',
    ),
  },
  {
    files: [
      '**/*.test.{ts,tsx}',
      '**/*.test-double.ts',
      'e2e/**',
      'bench/**',
      'scripts/**',
      'server/**',
    ],
    rules: {
      '@typescript-eslint/no-floating-promises': 'off',
      '@typescript-eslint/unbound-method': 'off',
      // expect.any() and friends are typed any by design.
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
)
