/// <reference types="vitest/config" />
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

// Tests: two projects so that each file pays only for what it uses. Server and script tests
// run in plain Node with no setup (no jsdom, no fake tenant, no Testing Library); app tests get
// jsdom and the shared setup. Neither re-creates its environment and modules per file
// (isolate: false): the setup resets the fake tenant, handlers and DOM after every test, and no
// test mocks modules, so sharing is safe and saves most of the per-file start-up cost.
export default defineConfig({
  plugins: [react()],
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
          name: 'app',
          environment: 'jsdom',
          setupFiles: ['./src/testing/setup.ts'],
          include: ['src/**/*.test.{ts,tsx}'],
          isolate: false,
        },
      },
    ],
  },
})
