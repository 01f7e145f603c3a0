/// <reference types="vitest/config" />
import { defineConfig } from 'vite'
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { demoEarlyStart } from './vite-demo-early-start.ts'
import { earlySearch } from './vite-early-search.ts'
import { precompress } from './vite-precompress.ts'

// Tests: projects so that each file pays only for what it uses.
// - node: server, scripts and bench tests in plain Node, with no setup (no jsdom, no fake
//   tenant, no Testing Library), sharing one worker context (isolate: false).
// - logic and ui: the app's tests with the shared setup, sharing one jsdom environment and
//   their modules across files (isolate: false): an isolated file pays again for
//   jsdom, the setup and the imports. The setup starts every file as an isolated one would
//   (empty storage, a new IndexedDB, no remembered list place, jsdom's Blob URL functions) and
//   resets the fake tenant and handlers after every test.
// - ui-isolated: component tests that need fresh module state (the lazily loaded delete
//   dialog, the import engine's journal cache and tab locks, the list's once-per-document
//   sample rows): they share one environment too,
//   and each file imports the app's modules afresh (src/testing/fresh-modules.ts). One child
//   process per file cost 7 jsdom environments, setups and imports: about 25 s of CPU.
const ISOLATED_UI = [
  'src/features/customer-import/**/*.test.tsx',
  'src/app/routes/import-route.test.tsx',
  'src/app/routes/customers-route.test.tsx',
  'src/features/customer-delete/delete-customer-button.test.tsx',
  'src/features/customers-list/rows-warm-up.test.tsx',
]

const FAILOVER_TEST = 'server/team/runs-failover.test.ts'
const MEMORY_TEST = 'server/proxy-streaming.test.ts'

export default defineConfig(({ command }) => ({
  // Assets are gzipped once here, so the server does not gzip them per request.
  // The demo tenant's worker and code start from <head> (demo connection only); so does the
  // list's first search through the server's proxy (proxy connection only).
  plugins: [react(), demoEarlyStart(), earlySearch(), precompress()],
  // The demo's msw needs no cookie jar in the browser (see the stub): keeps its chunk small.
  // React Router's package points every bundler at its development build (its exports have no
  // "production" condition); the built app takes the production one, without dev warnings.
  resolve:
    command === 'build'
      ? {
          alias: [
            {
              find: 'tough-cookie',
              replacement: fileURLToPath(
                new URL('./src/mocks/msw-cookie-jar-stub.ts', import.meta.url),
              ),
            },
            {
              find: /^react-router$/,
              replacement: fileURLToPath(
                new URL('./node_modules/react-router/dist/production/index.mjs', import.meta.url),
              ),
            },
          ],
        }
      : {},
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: true },
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Everything the entry loads statically (the shell and the list, the landing page) in
        // one chunk: rolldown would otherwise split out each module a lazy chunk shares with it
        // (react, the API readers, the formatters: 5 more requests before the first render).
        codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] },
      },
    },
  },
  test: {
    globals: true,
    restoreMocks: true,
    // Generous for a busy machine: beside the browser suites and other jobs on 2 slow cores,
    // CPU-bound tests ran 10–13× slower than alone (3 s → 42 s). A passing test never waits
    // for it.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'threads',
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['server/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
          exclude: [FAILOVER_TEST, MEMORY_TEST],
          isolate: false,
        },
      },
      {
        // Reads the process's memory: in a process of its own, so that no other file's leftovers
        // (PGlite's WASM heap, a run worker's timers) count as the proxy's growth.
        extends: true,
        test: { name: 'memory', environment: 'node', include: [MEMORY_TEST], pool: 'forks' },
      },
      {
        // Real PostgreSQL and three processes for ~1-2 min: its own project, so that test-all
        // can run it in another lane than the unit tests.
        extends: true,
        test: { name: 'failover', environment: 'node', include: [FAILOVER_TEST] },
      },
      {
        extends: true,
        test: {
          name: 'logic',
          environment: 'jsdom',
          setupFiles: ['./src/testing/setup.ts'],
          include: ['src/**/*.test.ts'],
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'ui',
          environment: 'jsdom',
          setupFiles: ['./src/testing/setup.ts'],
          include: ['src/**/*.test.tsx'],
          exclude: ISOLATED_UI,
          isolate: false,
          // Child processes, as before: some page tests misbehave in worker threads.
          pool: 'forks',
        },
      },
      {
        extends: true,
        test: {
          name: 'ui-isolated',
          environment: 'jsdom',
          setupFiles: ['./src/testing/fresh-modules.ts', './src/testing/setup.ts'],
          include: ISOLATED_UI,
          isolate: false,
          pool: 'forks',
        },
      },
    ],
  },
}))
