// Quick check that the benchmark still runs end to end: tiny sizes, one run each. It took
// 142 s beside the other test-all lanes on a busy machine: hence the generous limit.
// Fails when a step breaks (a figure could not be measured), never on a missed target.
// Real figures: `npm run bench` (not part of CI).
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

// Its figures are not judged, so it may run on the test suites' cheaper browser, Chromium's
// headless shell (e2e/support/chromium.ts), when installed and no browser was chosen.
const HEADLESS_SHELL = '/usr/lib/chromium/chromium-headless-shell'
const env = { ...process.env }
if (!env.BENCH_CHROMIUM && !env.CHROMIUM_PATH && existsSync(HEADLESS_SHELL)) {
  env.BENCH_CHROMIUM = HEADLESS_SHELL
}

// test-all's build lane made dist/ with a manifest moments ago: weigh and serve that build.
if (env.CM_E2E_PREBUILT && !env.BENCH_APP_DIST) env.BENCH_APP_DIST = 'dist'

const result = spawnSync(process.execPath, ['--import', 'tsx', 'bench/run.ts', '--smoke'], {
  stdio: 'inherit',
  env,
  timeout: 300_000,
})
if (result.error) console.error(`bench smoke could not run: ${result.error.message}`)
process.exit(result.status ?? 1)
