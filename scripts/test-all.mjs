// Runs every check in order and ends with one line `N passed, N failed` (CI reads that line).
// Tests are counted from the reporters' JSON; a failing check (typecheck, lint, build) counts
// as one failure. Exits non-zero on any failure or when no test ran.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'

const REPORTS = '.test-reports'
rmSync(REPORTS, { recursive: true, force: true })
mkdirSync(REPORTS, { recursive: true })

const only = process.argv.slice(2)
const steps = [
  { name: 'typecheck', cmd: 'npx tsc -b' },
  { name: 'lint', cmd: 'npx eslint . --max-warnings 0' },
  { name: 'format', cmd: 'npx prettier --check . --log-level warn' },
  {
    name: 'unit',
    cmd: `npx vitest run --reporter=default --reporter=json --outputFile=${REPORTS}/vitest.json`,
  },
  { name: 'build', cmd: 'npx vite build --logLevel warn' },
  { name: 'bench-smoke', cmd: 'node scripts/bench-smoke.mjs', optional: true },
  { name: 'e2e', cmd: 'npx playwright test' },
  { name: 'e2e-live', cmd: 'npx playwright test -c playwright.live.config.ts' },
].filter((step) => only.length === 0 || only.includes(step.name))

let passed = 0
let failed = 0
const lines = []

function countVitest() {
  const file = `${REPORTS}/vitest.json`
  if (!existsSync(file)) return null
  const report = JSON.parse(readFileSync(file, 'utf8'))
  return {
    passed: report.numPassedTests ?? 0,
    failed: (report.numFailedTests ?? 0) + (report.numRuntimeErrorTestSuites ?? 0),
  }
}

function countPlaywright(name = 'playwright.json') {
  const file = `${REPORTS}/${name}`
  if (!existsSync(file)) return null
  const { stats } = JSON.parse(readFileSync(file, 'utf8'))
  // A flaky test passed on retry: count it as passed, and say so.
  return {
    passed: (stats.expected ?? 0) + (stats.flaky ?? 0),
    failed: stats.unexpected ?? 0,
    flaky: stats.flaky ?? 0,
  }
}

for (const step of steps) {
  if (step.optional && !existsSync(step.cmd.split(' ')[1] ?? '')) continue
  console.log(`\n▶ ${step.name}: ${step.cmd}`)
  const started = Date.now()
  const result = spawnSync(step.cmd, {
    shell: true,
    stdio: 'inherit',
    env: { ...process.env, FORCE_COLOR: '0' },
  })
  const ok = result.status === 0
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  const counts =
    step.name === 'unit'
      ? countVitest()
      : step.name === 'e2e'
        ? countPlaywright()
        : step.name === 'e2e-live'
          ? countPlaywright('playwright-live.json')
          : null
  if (counts) {
    passed += counts.passed
    failed += counts.failed
    if (!ok && counts.failed === 0) failed += 1 // the runner failed outside any test
    lines.push(
      `${step.name}: ${counts.passed} passed, ${counts.failed} failed${counts.flaky ? ` (${counts.flaky} flaky)` : ''} in ${seconds}s`,
    )
  } else {
    if (!ok) failed += 1
    lines.push(`${step.name}: ${ok ? 'ok' : 'FAILED'} in ${seconds}s`)
  }
}

console.log('\nSummary')
for (const line of lines) console.log(`  ${line}`)
console.log(`${passed} passed, ${failed} failed`)
process.exit(failed > 0 || passed === 0 ? 1 : 0)
