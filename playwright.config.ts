import { defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS, TEST_CHROMIUM_PATH } from './e2e/support/chromium'
import { freePorts, runInstance } from './e2e/support/free-ports'

// Its own server on a free port, never one found running: with `npm start` left on 4173 in
// proxy mode, reusing it would delete customers of a real tenant. The global setup checks
// that the server answering is this run's demo server before any journey starts.
const { APP: PORT } = freePorts('MAIN', ['APP'])
const INSTANCE = runInstance('MAIN')

/** Journeys on the demo tenant, against the production build served by the production server. */
export default defineConfig({
  testDir: './e2e',
  testIgnore: ['**/live/**', '**/team/**'],
  globalSetup: './e2e/support/global-setup.ts',
  // Two workers, one spec file each at a time: every journey has its own browser context and
  // with it its own demo tenant (in the page's service worker), so none sees another's deletions.
  fullyParallel: false,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  // A guard against hangs, not a speed check: on a busy 2-core CI machine journeys with axe
  // checks took 50–72 s (an axe run on a page costs 2 s alone and 8 s or more under load).
  timeout: 120_000,
  // Not a speed check either. The demo tenant answers in the page (MSW), so on a CPU-starved
  // CI machine (every suite runs at once on 2 cores) the first search after a load, which
  // finishes the demo's search index, took over 10 s to settle; a wait that fails still fails,
  // only later.
  expect: { timeout: 30_000 },
  reporter: [['list'], ['json', { outputFile: '.test-reports/playwright.json' }]],
  use: {
    baseURL: `http://localhost:${String(PORT)}`,
    // A failed journey keeps its trace (actions, DOM snapshots, network), without the
    // screencast: its frames cost about a fifth of the suite's CPU (gpu and browser processes).
    // On CI only the retry records one: tracing every first attempt (a DOM snapshot in the
    // page at each action) cost 8–15 % of the suite's CPU, on a machine where every suite runs
    // at once and a starved page is what makes a journey fail.
    trace: {
      mode: process.env.CI ? 'on-first-retry' : 'retain-on-failure',
      screenshots: false,
    },
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: TEST_CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
  },
  webServer: {
    // The production server (security headers, CSP), compiled as `npm start` runs it, on the
    // demo tenant: no LOANPRO_* variables.
    // CM_E2E_PREBUILT: test-all built dist/ and dist-server/ moments ago.
    command: process.env.CM_E2E_PREBUILT
      ? 'node dist-server/main.js'
      : 'npx vite build --logLevel warn && npm run build:server && node dist-server/main.js',
    env: {
      CM_SKIP_BUILD: '1',
      CM_INSTANCE: INSTANCE,
      PORT: String(PORT),
      HOST: '127.0.0.1',
      LOANPRO_API_BASE: '',
      LOANPRO_TENANT_ID: '',
      LOANPRO_API_TOKEN: '',
    },
    url: `http://localhost:${String(PORT)}`,
    reuseExistingServer: false,
    timeout: 120_000,
  },
})
