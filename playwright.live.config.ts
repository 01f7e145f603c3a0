import { defineConfig } from '@playwright/test'
import {
  DEMO_PORT,
  FAKE_PORT,
  FAKE_TENANT,
  FAKE_TOKEN,
  LIVE_INSTANCE,
  PREVIEW_PORT,
  PROXY_PORT,
} from './e2e/live/live-env'
import { CHROMIUM_ARGS, TEST_CHROMIUM_PATH } from './e2e/support/chromium'

/**
 * Live-mode journeys: the production server proxies to the fake LoanPro tenant over real HTTP,
 * with the token held by the server only. A second, CSP-free copy of the build (vite preview)
 * serves the browser-connection journey, because the production CSP only allows https tenants.
 */
export default defineConfig({
  testDir: './e2e/live',
  // Every server on a free port picked for this run, none reused; the global setup refuses to
  // start unless the fake tenant and this run's own servers answer there.
  globalSetup: './e2e/live/global-setup.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // Own artifacts folder: other suites empty test-results/ when they start.
  outputDir: '.test-reports/live-artifacts',
  reporter: [['list'], ['json', { outputFile: '.test-reports/playwright-live.json' }]],
  use: {
    baseURL: `http://localhost:${PROXY_PORT}`,
    // A failed journey keeps its trace (actions, DOM snapshots, network), without the
    // screencast: its frames cost about a fifth of the suite's CPU (gpu and browser processes).
    trace: { mode: 'retain-on-failure', screenshots: false },
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: TEST_CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
  },
  // Started in order: the production server builds dist/ when stale, before vite preview serves it.
  webServer: [
    {
      command:
        `npx tsx scripts/fake-server.ts --port ${FAKE_PORT} --count 2500 --latency 0 ` +
        `--token ${FAKE_TOKEN} --tenant ${FAKE_TENANT} --seed 1`,
      // Any answer counts as up: the API itself demands credentials, the control API does not.
      url: `http://127.0.0.1:${FAKE_PORT}/__fake/requests`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: 'node scripts/start.mjs',
      env: {
        CM_INSTANCE: LIVE_INSTANCE,
        PORT: String(PROXY_PORT),
        HOST: '127.0.0.1',
        LOANPRO_API_BASE: `http://127.0.0.1:${FAKE_PORT}/api/public/api/1/`,
        LOANPRO_TENANT_ID: FAKE_TENANT,
        LOANPRO_API_TOKEN: FAKE_TOKEN,
      },
      url: `http://localhost:${PROXY_PORT}`,
      reuseExistingServer: false,
      timeout: 180_000,
    },
    {
      command: `npx vite preview --port ${PREVIEW_PORT} --strictPort --host 127.0.0.1`,
      url: `http://127.0.0.1:${PREVIEW_PORT}`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      // `npm start` with no LoanPro variables: the demo tenant.
      command: 'node scripts/start.mjs',
      env: {
        CM_INSTANCE: LIVE_INSTANCE,
        PORT: String(DEMO_PORT),
        HOST: '127.0.0.1',
        LOANPRO_API_BASE: '',
        LOANPRO_TENANT_ID: '',
        LOANPRO_API_TOKEN: '',
      },
      url: `http://localhost:${DEMO_PORT}`,
      reuseExistingServer: false,
      timeout: 180_000,
    },
  ],
})
