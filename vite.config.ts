/// <reference types="vitest/config" />
import { defineConfig } from 'vite'
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { landingPreload } from './vite-landing-preload'
import { precompress } from './vite-precompress'

// Tests: three projects so that each file pays only for what it uses.
// - node: server, scripts and bench tests in plain Node, with no setup (no jsdom, no fake
//   tenant, no Testing Library), sharing one worker context (isolate: false).
// - logic: the app's non-UI tests (*.test.ts) with the shared setup, also sharing their
//   environment and modules across files: the setup resets the fake tenant and handlers after
//   every test, and none of these files mocks modules or relies on a fresh module.
// - ui: component and page tests (*.test.tsx), isolated per file in child processes, because
//   some rely on fresh module state (a lazily loaded dialog, the import engine's journal cache,
//   tab locks) or misbehave in worker threads.
export default defineConfig(({ command }) => ({
  // The list is the landing page: its lazy chunk downloads beside the entry, not after it.
  // Assets are gzipped once here, so the server does not gzip them per request.
  plugins: [react(), landingPreload('src/app/routes/customers-route.tsx'), precompress()],
  // The demo's msw needs no cookie jar in the browser (see the stub): keeps its chunk small.
  resolve:
    command === 'build'
      ? {
          alias: {
            'tough-cookie': fileURLToPath(
              new URL('./src/mocks/msw-cookie-jar-stub.ts', import.meta.url),
            ),
          },
        }
      : {},
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: true },
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: true },
  test: {
    globals: true,
    restoreMocks: true,
    testTimeout: 20_000,
    pool: 'threads',
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['server/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
          isolate: false,
        },
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
          // Child processes, as before: some page tests misbehave in worker threads.
          pool: 'forks',
        },
      },
    ],
  },
}))
