/**
 * `npm run bench` (full), `-- --quick` (fewer runs, while developing), `-- --smoke` (tiny sizes,
 * proves every step still works; exits non-zero on breakage, never on a missed target).
 * `-- --only=first-row,csv` runs some steps. Writes bench/results/latest.{json,md} (a full
 * run) or the same files in a scratch folder under the OS temp dir (quick, smoke).
 */
import { rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Browser } from '@playwright/test'
import { measureBundle } from './measure-bundle.ts'
import { measureCsvParse } from './measure-csv-parse.ts'
import { measureFloorRatios } from './measure-floor-ratios.ts'
import { measureFirstRow } from './measure-first-row.ts'
import { measureImportLongTask } from './measure-import-long-task.ts'
import { measureLookups } from './measure-lookups.ts'
import { measureOverview } from './measure-overview.ts'
import { measureRemoval } from './measure-removal.ts'
import { measureSearchKeystroke } from './measure-search-keystroke.ts'
import { startAppServer, type AppServer } from './lib/app-server.ts'
import { startArrivalPage } from './lib/arrival-page.ts'
import { busyLoopSeconds } from './lib/cpu-probe.ts'
import { launchBrowser } from './lib/browser.ts'
import { buildApp } from './lib/build.ts'
import { removalCsv, writeRemovalCsv } from './lib/csv-file.ts'
import { startFakeTenant, type FakeTenant } from './lib/fake-tenant.ts'
import { buildFloor, serveStatic } from './lib/floor-app.ts'
import { notMeasured, type Figure } from './lib/figure.ts'
import { warmFakeSearch } from './lib/node-tenant-port.ts'
import { parseMode, settingsFor } from './lib/modes.ts'
import { machineInfo, toMarkdown, writeReport } from './report.ts'
import { STRICT } from '../src/mocks/strictness.ts'

const FAKE_SHORT_SEARCH_RATE = STRICT.shortSearchRate

const argv = process.argv.slice(2)
const settings = settingsFor(parseMode(argv))
const only = argv
  .find((arg) => arg.startsWith('--only='))
  ?.slice(7)
  .split(',')
const wanted = (step: string) => !only || only.includes(step)
const figures: Figure[] = []
/** Extra markdown after the main table (the app ÷ floor ratio table). */
const sections: string[] = []
const cleanups: Array<() => Promise<unknown>> = []
const began = performance.now()
const log = (line: string) =>
  console.log(`[bench ${((performance.now() - began) / 1000).toFixed(0).padStart(3)} s] ${line}`)

/** Runs one step; a failure becomes a "not measured" row instead of ending the bench. */
async function step(
  name: string,
  fallback: { id: string; label: string; target: string }[],
  work: () => Promise<Figure | Figure[]>,
): Promise<void> {
  if (!wanted(name)) return
  log(`${name}…`)
  try {
    const result = await work()
    figures.push(...(Array.isArray(result) ? result : [result]))
  } catch (error) {
    log(`${name} FAILED: ${error instanceof Error ? error.message : String(error)}`)
    for (const f of fallback) figures.push(notMeasured(f.id, f.label, f.target, error))
  }
}

async function main(): Promise<number> {
  const s = settings
  log(
    `mode ${s.mode}: ${process.env.BENCH_APP_DIST ? `using the build in ${process.env.BENCH_APP_DIST}` : 'building the app'}…`,
  )
  const distDir = await buildApp()
  cleanups.push(() => rm(distDir, { recursive: true, force: true }))
  // Smoke runs only prove the steps work: their machine's load says nothing.
  const busyBefore = s.mode === 'smoke' ? null : await busyLoopSeconds()
  if (busyBefore !== null) log(`CPU probe: busy loop ${busyBefore.toFixed(2)} s`)
  await step('bundle', [{ id: 'initial-js', label: 'Initial JS', target: '≤ 140 KB' }], () =>
    measureBundle(distDir),
  )

  const csvText = removalCsv(s.csvRows)
  const csvPath = await writeRemovalCsv(csvText)
  cleanups.push(() => rm(csvPath, { force: true }))
  log(`starting the fake tenant (${String(s.fakeCount)} customers, ${String(s.fakeLatencyMs)} ms)…`)
  const tenant: FakeTenant = await startFakeTenant(s.fakeCount, s.fakeLatencyMs)
  cleanups.push(() => tenant.stop())
  await warmFakeSearch(tenant)
  const demo: AppServer = await startAppServer(distDir)
  cleanups.push(() => demo.stop())
  const proxy: AppServer = await startAppServer(distDir, tenant)
  cleanups.push(() => proxy.stop())

  const browser: Browser = await launchBrowser()
  cleanups.push(() => browser.close())
  const runs = s.runs.browser
  await step(
    'floor',
    [{ id: 'floor-first-row', label: 'First row ÷ floor', target: '≤ 1.3×' }],
    async () => {
      log('building the floor (../shared/bench-floor)…')
      const floor = await serveStatic(await buildFloor(log))
      cleanups.push(() => floor.stop())
      const arrival = await startArrivalPage()
      cleanups.push(() => arrival.stop())
      // The floor's README: the fake at latency 0, for the floor and the app alike; and whole
      // answers, since the floor shows one request's rows and cannot fill a short page.
      await tenant.setLatency(0)
      await tenant.setShortSearchRate(0)
      try {
        const plan = {
          floorOrigin: floor.origin,
          proxyOrigin: proxy.origin,
          demoOrigin: demo.origin,
          tenant,
          arrivalUrl: arrival.url,
          demoSize: s.demoSize,
          runs: s.runs.floor,
          settledRuns: s.runs.settled,
          judge: s.mode !== 'smoke',
          log,
        }
        const comparison = await measureFloorRatios(browser, plan)
        sections.push(comparison.table)
        return comparison.figures
      } finally {
        await tenant.setShortSearchRate(FAKE_SHORT_SEARCH_RATE)
        await tenant.setLatency(s.fakeLatencyMs)
      }
    },
  )
  await step('first-row', [{ id: 'first-row', label: 'First row', target: '≤ 1.0 s' }], () =>
    measureFirstRow(browser, demo.origin, s.demoSize, runs),
  )
  await step(
    'keystroke',
    [{ id: 'search-keystroke', label: 'Keystroke → matches', target: '≤ debounce + 150 ms' }],
    () =>
      measureSearchKeystroke(
        browser,
        proxy.origin,
        { count: s.fakeCount, latencyMs: s.fakeLatencyMs },
        runs,
      ),
  )
  await step(
    'search-open',
    [{ id: 'search-open', label: 'Search box → customer opened', target: '≤ 1 s' }],
    () =>
      import('./measure-search-open.ts').then((m) =>
        m.measureSearchOpen(browser, proxy.origin, runs),
      ),
  )
  await step(
    'overview',
    [
      { id: 'overview-expand', label: 'Overview, $expand', target: '1 request' },
      { id: 'overview-per-object', label: 'Overview, per object', target: '12 / 0' },
    ],
    () => measureOverview(browser, proxy.origin, Math.max(1, Math.ceil(runs / 2))),
  )
  await step(
    'import',
    [
      { id: 'import-long-task', label: 'Longest main-thread task (import)', target: '≤ 50 ms' },
      {
        id: 'import-lookup-long-task',
        label: 'Longest main-thread task (import tenant check)',
        target: '≤ 50 ms',
      },
      { id: 'import-heap', label: 'JS heap after loading the file', target: 'reported' },
    ],
    () => measureImportLongTask(browser, proxy.origin, csvPath, s.csvRows, s.runs.longTask),
  )
  const chromium = browser.version()
  await browser.close()

  await step('csv', [{ id: 'csv-ratio', label: 'CSV parse ratio', target: '≤ 1.5' }], () =>
    measureCsvParse(csvText, s.csvRows, s.runs.csv),
  )
  let lookup: Awaited<ReturnType<typeof measureLookups>> | null = null
  await step(
    'lookups',
    [{ id: 'tenant-lookups', label: 'Tenant look-ups', target: '≤ 100' }],
    async () => {
      lookup = await measureLookups(tenant, s.lookupIds, s.runs.lookups, s.fakeLatencyMs)
      return lookup.figure
    },
  )
  await step(
    'removal',
    [{ id: 'removal-throughput', label: 'Removal run throughput ratio', target: '≥ 0.9' }],
    async () => {
      const found = lookup ?? (await measureLookups(tenant, s.lookupIds, 1, s.fakeLatencyMs))
      const plan = {
        ids: found.ids,
        lookup: found.lookup,
        rows: s.removalRows,
        runs: s.runs.removal,
      }
      return measureRemoval(tenant, plan, s.removalConcurrency, s.fakeLatencyMs)
    },
  )

  const busyAfter = busyBefore === null ? null : await busyLoopSeconds()
  if (busyAfter !== null) log(`CPU probe: busy loop ${busyAfter.toFixed(2)} s`)
  const report = {
    date: new Date().toISOString(),
    mode: s.mode,
    settings: s,
    machine: {
      ...machineInfo(chromium),
      ...(busyBefore !== null && busyAfter !== null
        ? { busyLoopSeconds: { before: busyBefore, after: busyAfter } }
        : {}),
    },
    durationSeconds: (performance.now() - began) / 1000,
    figures,
    sections,
  }
  // Quick and smoke runs write to a scratch folder: bench/results keeps the full run's figures.
  const resultsDir =
    s.mode !== 'full'
      ? path.join(os.tmpdir(), `cm-bench-${s.mode}`)
      : fileURLToPath(new URL('./results', import.meta.url))
  const written = await writeReport(report, resultsDir)
  console.log(`\n${toMarkdown(report)}`)
  log(`wrote ${written.map((file) => path.basename(file)).join(', ')} to ${resultsDir}`)
  const broken = figures.filter((f) => f.result === 'not measured').length
  return s.mode === 'smoke' && broken > 0 ? 1 : 0
}

async function cleanUp(): Promise<void> {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined)
}

main()
  .then(async (code) => {
    await cleanUp()
    process.exit(code)
  })
  .catch(async (error: unknown) => {
    console.error(
      `Benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    )
    await cleanUp()
    process.exit(1)
  })
