import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS, TEST_CHROMIUM_PATH } from './e2e/support/chromium'
import {
  APP_ORIGIN,
  APP_PORT,
  CLIENT_ID,
  CLIENT_SECRET,
  FAKE_PORT,
  FAKE_TENANT,
  FAKE_TOKEN,
  IDP_ISSUER,
  IDP_PORT,
  SESSION_SECRET,
  TEAM_INSTANCE,
} from './e2e/team/team-env'

// The team server's embedded database: a fresh folder per run, made once in the runner's process
// (its workers inherit the variable) and removed when that process ends, after the servers stop:
// each run's database is about 40 MB.
if (!process.env.CM_TEAM_DATA_DIR) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'cm-team-e2e-'))
  process.env.CM_TEAM_DATA_DIR = dataDir
  process.on('exit', () => rmSync(dataDir, { recursive: true, force: true }))
}

/**
 * Team mode: the production server (`npm start`) with sign-in through a local OpenID Connect
 * provider (oidc-provider, on loopback) and roles from its `roles` claim, proxying to the fake
 * LoanPro tenant. Every server on a free port picked for this run.
 */
export default defineConfig({
  testDir: './e2e/team',
  globalSetup: './e2e/team/global-setup.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  outputDir: '.test-reports/team-artifacts',
  reporter: [['list'], ['json', { outputFile: '.test-reports/playwright-team.json' }]],
  use: {
    baseURL: APP_ORIGIN,
    // A failed journey keeps its trace (actions, DOM snapshots, network), without the
    // screencast: its frames cost about a fifth of the suite's CPU (gpu and browser processes).
    trace: { mode: 'retain-on-failure', screenshots: false },
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: TEST_CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  webServer: [
    {
      command:
        `npx tsx scripts/fake-server.ts --port ${String(FAKE_PORT)} --count 2500 --latency 0 ` +
        `--token ${FAKE_TOKEN} --tenant ${FAKE_TENANT} --seed 1`,
      url: `http://127.0.0.1:${String(FAKE_PORT)}/__fake/requests`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command:
        `npx tsx scripts/oidc-test-provider.ts --port ${String(IDP_PORT)} ` +
        `--client-id ${CLIENT_ID} --client-secret ${CLIENT_SECRET} --app ${APP_ORIGIN}`,
      url: `${IDP_ISSUER}/.well-known/openid-configuration`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: 'node scripts/start.mjs',
      env: {
        CM_INSTANCE: TEAM_INSTANCE,
        PORT: String(APP_PORT),
        HOST: '127.0.0.1',
        LOANPRO_API_BASE: `http://127.0.0.1:${String(FAKE_PORT)}/api/public/api/1/`,
        LOANPRO_TENANT_ID: FAKE_TENANT,
        LOANPRO_API_TOKEN: FAKE_TOKEN,
        OIDC_ISSUER: IDP_ISSUER,
        OIDC_CLIENT_ID: CLIENT_ID,
        OIDC_CLIENT_SECRET: CLIENT_SECRET,
        SESSION_SECRET,
        DATA_DIR: process.env.CM_TEAM_DATA_DIR,
      },
      // Answers without a session: the page the IdP's sign-out returns to.
      url: `${APP_ORIGIN}/auth/signed-out`,
      reuseExistingServer: false,
      timeout: 180_000,
    },
  ],
})
