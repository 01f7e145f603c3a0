// Runs every check and ends with one line `N passed, N failed` (CI reads that line).
// Tests are counted from the reporters' JSON; a failing check (typecheck, lint, build) counts
// as one failure. Exits non-zero on any failure or when no test ran.
// Six lanes run side by side from the start, so that the browser journeys begin as soon as
// the build exists, and the checks that only need CPU fill in beside them:
//   1. build → demo journeys → team journeys
//   2. component tests (two Vitest workers: with one, this lane was the long pole while the
//      machine had a core to spare)
//   3. typecheck and lint
//   4. (once the build is done) the proxied journeys, one Playwright worker, mostly waiting
//   5. the server-run fail-over test (real PostgreSQL): mostly waiting on its fake tenant's
//      latency and its instances' leases, so it runs beside everything from the start; then
//      the bench smoke run, the format check and knip
//   6. unit tests in Node and the app's logic tests, many of which wait on child processes and
//      servers (after the proxied journeys, they and the format check ended the run alone)
// Each step's CPU seconds are listed (scripts/step-cpu.mjs): the sum is the suite's real cost,
// whatever the machine's other load did to the wall time.
// Each step's output is printed whole when it ends, so parallel output never interleaves.
import { spawn } from 'node:child_process'
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { relative } from 'node:path'
import { stripVTControlCharacters } from 'node:util'
import { watchCpu } from './step-cpu.mjs'

const REPORTS = '.test-reports'
rmSync(REPORTS, { recursive: true, force: true })
mkdirSync(REPORTS, { recursive: true })

const only = process.argv.slice(2)
/** `needs`: a step that must have passed first (the browser suites serve the build). */
const lanes = [
  [
    // The manifest is for the bench smoke run, which weighs this build instead of making its
    // own (the server never serves dot folders such as .vite/).
    { name: 'build', cmd: 'npx vite build --manifest --logLevel warn && npm run build:server' },
    {
      name: 'e2e',
      cmd: 'npx playwright test',
      needs: 'build',
      count: () => countPlaywright(),
    },
    {
      name: 'e2e-team',
      cmd: 'npx playwright test -c playwright.team.config.ts',
      needs: 'build',
      count: () => countPlaywright('playwright-team.json'),
    },
  ],
  [
    {
      name: 'unit-ui',
      cmd:
        'npx vitest run --project ui --project ui-isolated --maxWorkers=2 ' +
        `--reporter=default --reporter=json --outputFile=${REPORTS}/vitest.json`,
      count: () => countVitest(),
    },
  ],
  [
    // `tsc -b` and `eslint . --max-warnings 0` sharing one TypeScript program per tsconfig.
    { name: 'typecheck+lint', cmd: 'node scripts/typecheck-and-lint.mjs' },
  ],
  [
    {
      name: 'e2e-live',
      cmd: 'npx playwright test -c playwright.live.config.ts',
      needs: 'build',
      count: () => countPlaywright('playwright-live.json'),
    },
  ],
  [
    {
      name: 'failover',
      cmd:
        'npx vitest run --project failover ' +
        `--reporter=default --reporter=json --outputFile=${REPORTS}/vitest-failover.json`,
      count: () => countVitest('vitest-failover.json'),
    },
    { name: 'bench-smoke', cmd: 'node scripts/bench-smoke.mjs', needs: 'build', optional: true },
    { name: 'format', cmd: 'npx prettier --check . --log-level warn' },
    { name: 'knip', cmd: 'npx knip' },
  ],
  [
    {
      name: 'unit-node',
      cmd:
        'npx vitest run --project node --project memory --project logic ' +
        `--reporter=default --reporter=json --outputFile=${REPORTS}/vitest-node.json`,
      count: () => countVitest('vitest-node.json'),
    },
  ],
]
  .map((lane) => lane.filter((step) => only.length === 0 || only.includes(step.name)))
  .filter((lane) => lane.length > 0)

/** Settles with whether each step passed; a step not in this run counts as not built here. */
const outcomes = new Map()
const settled = (name) => {
  if (!outcomes.has(name)) {
    let resolve
    const promise = new Promise((r) => (resolve = r))
    outcomes.set(name, { promise, resolve })
  }
  return outcomes.get(name)
}
const selected = new Set(lanes.flat().map((step) => step.name))

let passed = 0
let failed = 0
let cpuTotal = 0
const lines = []
/** The failed and flaky tests by name: CI shows only the end of the output, where these go. */
const named = []
const started = Date.now()

function countVitest(name = 'vitest.json') {
  const file = `${REPORTS}/${name}`
  if (!existsSync(file)) return null
  const report = JSON.parse(readFileSync(file, 'utf8'))
  for (const result of report.testResults ?? []) {
    const where = relative(process.cwd(), result.name)
    const failures = (result.assertionResults ?? []).filter((test) => test.status === 'failed')
    for (const test of failures)
      named.push(`FAILED ${where} › ${test.fullName}: ${firstLine(test.failureMessages?.[0])}`)
    if (result.status === 'failed' && failures.length === 0)
      named.push(`FAILED ${where}: ${firstLine(result.message)}`)
  }
  return {
    passed: report.numPassedTests ?? 0,
    failed: (report.numFailedTests ?? 0) + (report.numRuntimeErrorTestSuites ?? 0),
  }
}

function countPlaywright(name = 'playwright.json') {
  const file = `${REPORTS}/${name}`
  if (!existsSync(file)) return null
  const { stats, suites } = JSON.parse(readFileSync(file, 'utf8'))
  const walk = (suite) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status !== 'unexpected' && test.status !== 'flaky') continue
        // A timeout's first error names no step; the others say which call was waiting.
        const failure = test.results?.find((result) => result.errors?.length)
        const error = (failure?.errors ?? []).map((e) => firstLine(e.message)).join(' | ')
        const label = test.status === 'flaky' ? 'FLAKY (passed on retry)' : 'FAILED'
        named.push(`${label} ${spec.file}:${spec.line} › ${spec.title}: ${error}`)
      }
    }
    for (const child of suite.suites ?? []) walk(child)
  }
  for (const suite of suites ?? []) walk(suite)
  // A flaky test passed on retry: count it as passed, and say so.
  return {
    passed: (stats.expected ?? 0) + (stats.flaky ?? 0),
    failed: stats.unexpected ?? 0,
    flaky: stats.flaky ?? 0,
  }
}

/** A failure message's first line, without colour codes, short enough for one line. */
function firstLine(message = '') {
  const line = stripVTControlCharacters(message).trim().split('\n')[0] ?? ''
  return line.length > 160 ? `${line.slice(0, 159)}…` : line
}

/** Runs one step with its output in a log file, printed when it ends; resolves its exit status. */
function run(step, prebuilt) {
  const log = `${REPORTS}/${step.name}.log`
  return new Promise((resolve) => {
    const out = createWriteStream(log)
    const child = spawn(step.cmd, {
      shell: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      // The browser suites share the build made in lane 1 instead of building again.
      env: { ...process.env, FORCE_COLOR: '0', CM_E2E_PREBUILT: prebuilt ? '1' : '' },
    })
    const cpu = watchCpu(child.pid)
    child.stdout.pipe(out, { end: false })
    child.stderr.pipe(out, { end: false })
    child.on('close', (code) => out.end(() => resolve({ code: code ?? 1, cpu: cpu.stop() })))
  }).then(({ code, cpu }) => {
    console.log(`\n▶ ${step.name}: ${step.cmd}`)
    process.stdout.write(readFileSync(log, 'utf8'))
    return { code, cpu }
  })
}

async function runLane(lane) {
  for (const step of lane) {
    if (step.optional && !existsSync(step.cmd.split(' ')[1] ?? '')) continue
    // Without the build step in this run (e.g. `test-all e2e`), the suite builds for itself.
    const prebuilt = step.needs && selected.has(step.needs) && (await settled(step.needs).promise)
    if (step.needs && selected.has(step.needs) && !prebuilt) {
      failed += 1
      lines.push(`${step.name}: NOT RUN (${step.needs} failed)`)
      settled(step.name).resolve(false)
      continue
    }
    const began = Date.now()
    const { code, cpu } = await run(step, prebuilt)
    const ok = code === 0
    settled(step.name).resolve(ok)
    if (cpu !== null) cpuTotal += cpu
    const seconds = `${((Date.now() - began) / 1000).toFixed(1)}s${cpu === null ? '' : ` (CPU ${cpu.toFixed(0)}s)`}`
    const at = ((Date.now() - started) / 1000).toFixed(0)
    const counts = step.count?.() ?? null
    if (counts) {
      passed += counts.passed
      failed += counts.failed
      if (!ok && counts.failed === 0) failed += 1 // the runner failed outside any test
      const flaky = counts.flaky ? ` (${counts.flaky} flaky)` : ''
      lines.push(
        `${step.name}: ${counts.passed} passed, ${counts.failed} failed${flaky} in ${seconds} (done at ${at}s)`,
      )
    } else {
      if (!ok) failed += 1
      lines.push(`${step.name}: ${ok ? 'ok' : 'FAILED'} in ${seconds} (done at ${at}s)`)
    }
  }
}

await Promise.all(lanes.map(runLane))

console.log(
  `\nSummary (${((Date.now() - started) / 1000).toFixed(0)} s in all, ${cpuTotal.toFixed(0)} s of CPU)`,
)
for (const line of lines) console.log(`  ${line}`)
for (const line of named) console.log(`  ${line}`)
console.log(`${passed} passed, ${failed} failed`)
process.exit(failed > 0 || passed === 0 ? 1 : 0)
