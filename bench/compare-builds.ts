/**
 * A/B of built apps against the floor in one run (interleaved, fresh context per load):
 *   node --import tsx bench/compare-builds.ts --runs=5 --rates=1,4 A=/tmp/dist-a B=/tmp/dist-b
 * Each dist folder is a `vite build` output. Every build is served by the production server
 * twice (proxy to the fake at latency 0, and demo); the floor is built as in `npm run bench`.
 * Prints, per build and side, the median (min–max) of the per-run ratios build ÷ floor. For
 * measuring what one change buys; `npm run bench` stays the record.
 */
import { startAppServer, type AppServer } from './lib/app-server.ts'
import { startArrivalPage } from './lib/arrival-page.ts'
import { launchBrowser } from './lib/browser.ts'
import { startFakeTenant } from './lib/fake-tenant.ts'
import { buildFloor, serveStatic } from './lib/floor-app.ts'
import { APP_SIDE, FLOOR_SIDE } from './lib/side-by-side-probe.ts'
import { loadAndOpenFirstRow, type LoadRun } from './lib/side-by-side-run.ts'
import { summarize } from './lib/stats.ts'

const args = process.argv.slice(2)
const option = (name: string, fallback: string) =>
  args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback
const runs = Number(option('runs', '3'))
const rates = option('rates', '1').split(',').map(Number)
const sides = option('sides', 'proxy,demo').split(',')
const demoSize = Number(option('demo-size', '100000'))
const builds = args.filter((a) => !a.startsWith('--')).map((a) => a.split('='))

const APP_ROW = 'table[aria-label="Customers"] tbody tr a[href^="/customers/"]'
type Metric = 'firstRowMs' | 'answerToRowsMs' | 'detailMs' | 'jsBytes' | 'heapBytes'
const METRICS: Metric[] = ['firstRowMs', 'answerToRowsMs', 'detailMs', 'jsBytes', 'heapBytes']

async function main() {
  const tenant = await startFakeTenant(100_000, 0)
  // Whole answers: the floor shows one request's rows and cannot fill a short page.
  await tenant.setShortSearchRate(0)
  const servers: Array<{ label: string; proxy: AppServer; demo: AppServer }> = []
  const floor = await serveStatic(await buildFloor(console.log))
  for (const [label, dist] of builds) {
    if (!label || !dist) throw new Error('Pass builds as LABEL=DIST.')
    servers.push({
      label,
      proxy: await startAppServer(dist, tenant),
      demo: await startAppServer(dist),
    })
  }
  const browser = await launchBrowser()
  const arrival = await startArrivalPage()
  const floorUrl = `${floor.origin}/customers?${new URLSearchParams({ api: tenant.baseUrl, token: tenant.token, tenant: tenant.tenantId }).toString()}`
  type Load = { key: string; run: () => Promise<LoadRun> }
  const loads = (rate: number): Load[] => [
    {
      key: 'floor',
      run: () =>
        loadAndOpenFirstRow(browser, floorUrl, FLOOR_SIDE, 'table tbody tr', rate, arrival.url),
    },
    ...servers.flatMap((s) =>
      sides.map((side) => ({
        key: `${s.label} ${side}`,
        run: () =>
          loadAndOpenFirstRow(
            browser,
            side === 'proxy'
              ? `${s.proxy.origin}/customers`
              : `${s.demo.origin}/customers?demoSize=${String(demoSize)}&demoLatency=0`,
            APP_SIDE,
            APP_ROW,
            rate,
            arrival.url,
          ),
      })),
    ),
  ]
  try {
    for (const load of loads(1)) await load.run().catch(() => null)
    for (const rate of rates) {
      const results = new Map<string, LoadRun[]>()
      for (let run = 0; run < runs; run++) {
        const list = loads(rate)
        const rotated = [...list.slice(run % list.length), ...list.slice(0, run % list.length)]
        for (const load of rotated) {
          const result = await load.run().catch((error: unknown) => {
            console.log(`${load.key}: ${String(error).split('\n')[0] ?? ''}`)
            return null
          })
          if (result) results.set(load.key, [...(results.get(load.key) ?? []), result])
        }
        console.log(
          `run ${String(run + 1)} ${String(rate)}×: ` +
            [...results]
              .map(([k, v]) => `${k} ${v.at(-1)?.firstRowMs.toFixed(0) ?? '?'}`)
              .join(', '),
        )
      }
      const floorRuns = results.get('floor') ?? []
      console.log(`\n## ${String(rate)}× CPU (${String(runs)} runs)`)
      for (const [key, list] of results) {
        const cells = METRICS.map((metric) => {
          const abs = summarize(list.map((r) => r[metric]))
          const ratio = summarize(list.map((r, i) => r[metric] / (floorRuns[i]?.[metric] ?? NaN)))
          const scale = metric === 'jsBytes' ? 1024 : metric === 'heapBytes' ? 2 ** 20 : 1
          return `${metric} ${(abs.median / scale).toFixed(1)} (${ratio.median.toFixed(2)}× ${ratio.min.toFixed(2)}–${ratio.max.toFixed(2)})`
        })
        console.log(`${key.padEnd(14)} ${cells.join(' | ')}`)
      }
    }
  } finally {
    await browser.close()
    for (const s of servers) {
      await s.proxy.stop()
      await s.demo.stop()
    }
    await floor.stop()
    await arrival.stop()
    await tenant.stop()
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
