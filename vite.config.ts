/// <reference types="vitest/config" />
import { defineConfig } from 'vite'
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { landingPreload } from './vite-landing-preload'

export default defineConfig(({ command }) => ({
  // The list is the landing page: its lazy chunk downloads beside the entry, not after it.
  plugins: [react(), landingPreload('src/app/routes/customers-route.tsx')],
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
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/testing/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'server/**/*.test.ts', 'scripts/**/*.test.ts'],
    restoreMocks: true,
    testTimeout: 20_000,
  },
}))
