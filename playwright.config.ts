import { defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './e2e/support/chromium'

const PORT = 4173

/** Journeys on the demo tenant, against the production build served by the production server. */
export default defineConfig({
  testDir: './e2e',
  testIgnore: ['**/live/**'],
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: '.test-reports/playwright.json' }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
  },
  webServer: {
    // The production server (security headers, CSP) on the demo tenant: no LOANPRO_* variables.
    command: `npx vite build --logLevel warn && npx tsx server/main.ts`,
    env: {
      CM_SKIP_BUILD: '1',
      PORT: String(PORT),
      HOST: '127.0.0.1',
      LOANPRO_API_BASE: '',
      LOANPRO_TENANT_ID: '',
      LOANPRO_API_TOKEN: '',
    },
    url: `http://localhost:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
})
