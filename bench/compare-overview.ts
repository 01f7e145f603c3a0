/**
 * A/B of "row → overview content" alone, beside the floor, in one run:
 *   node --import tsx bench/compare-overview.ts --runs=8 [--rate=1] A=/tmp/dist-a B=/tmp/dist-b
 * Each load (interleaved, fresh context): the list, then a click on the first row's link as in
 * `npm run bench`. Per build: click → overview painted (median, min–max, ratio to the floor of
 * the same run), and when the last LoanPro answer of the overview ended, relative to the click:
 * what the data costs against what the code and the rendering cost.
 */
import type { Browser } from '@playwright/test'
import { startAppServer } from './lib/app-server.ts'
import { freshContext, launchBrowser } from './lib/browser.ts'
import { startFakeTenant } from './lib/fake-tenant.ts'
import { buildFloor, serveStatic } from './lib/floor-app.ts'
import {
  APP_SIDE,
  FLOOR_SIDE,
  watchProbeMarks,
  sideBySideProbe,
  type ProbeSides,
} from './lib/side-by-side-probe.ts'
import { summarize } from './lib/stats.ts'

const args = process.argv.slice(2)
const option = (name: string, fallback: string) =>
  args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback
const runs = Number(option('runs', '6'))
const rate = Number(option('rate', '1'))
const builds = args.filter((a) => !a.startsWith('--')).map((a) => a.split('='))

interface ClickRun {
  detailMs: number
  /** Last answer to a data request that ended before the paint, ms after the click. */
  dataMs: number
}

// No inner named functions: tsx would wrap them in a helper the page lacks.
const lastAnswer = (clickAt: number) =>
  Math.max(
    0,
    ...(performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .filter((e) => /Customers\(\d+\)/.test(e.name) && e.responseEnd > clickAt - 1000)
      .map((e) => e.responseEnd - clickAt),
  )

async function once(
  browser: Browser,
  url: string,
  sides: ProbeSides,
  clickRow: string,
): Promise<ClickRun> {
  const context = await freshContext(browser)
  try {
    await context.addInitScript(sideBySideProbe(sides))
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate })
    const painted = watchProbeMarks(page)
    await page.goto(url)
    await painted('Rows')
    await page.waitForTimeout(300 * rate)
    await page.evaluate('window.__bArmClick()')
    await page.locator(clickRow).first().click()
    const detail = await painted('Detail')
    const clickAt = Number(await page.evaluate('window.__bClickAt'))
    const dataMs = await page.evaluate(lastAnswer, clickAt)
    return { detailMs: detail - clickAt, dataMs }
  } finally {
    await context.close()
  }
}

async function main() {
  const tenant = await startFakeTenant(100_000, 0)
  await tenant.setShortSearchRate(0)
  const floor = await serveStatic(await buildFloor(console.log))
  const servers = []
  for (const [label, dist] of builds) {
    if (!label || !dist) throw new Error('Pass builds as LABEL=DIST.')
    servers.push({ label, server: await startAppServer(dist, tenant) })
  }
  const browser = await launchBrowser()
  const floorQuery = new URLSearchParams({
    api: tenant.baseUrl,
    token: tenant.token,
    tenant: tenant.tenantId,
  })
  const loads = [
    {
      key: 'floor',
      run: () =>
        once(
          browser,
          `${floor.origin}/customers?${floorQuery.toString()}`,
          FLOOR_SIDE,
          'table tbody tr',
        ),
    },
    ...servers.map(({ label, server }) => ({
      key: label,
      run: () =>
        once(
          browser,
          `${server.origin}/customers`,
          APP_SIDE,
          'table[aria-label="Customers"] tbody tr a[href^="/customers/"]',
        ),
    })),
  ]
  const results = new Map<string, Array<ClickRun | null>>()
  try {
    for (const load of loads) await load.run().catch(() => null)
    for (let run = 0; run < runs; run++) {
      const rotated = [...loads.slice(run % loads.length), ...loads.slice(0, run % loads.length)]
      for (const load of rotated) {
        const result = await load.run().catch((error: unknown) => {
          console.log(`${load.key}: ${String(error).split('\n')[0] ?? ''}`)
          return null
        })
        results.set(load.key, [...(results.get(load.key) ?? []), result])
      }
      console.log(
        `run ${String(run + 1)}: ` +
          [...results]
            .map(([k, v]) => {
              const last = v.at(-1)
              return `${k} ${last ? `${last.detailMs.toFixed(0)} (data ${last.dataMs.toFixed(0)})` : '?'}`
            })
            .join(', '),
      )
    }
  } finally {
    await browser.close()
    for (const { server } of servers) await server.stop()
    await floor.stop()
    await tenant.stop()
  }
  const floorRuns = results.get('floor') ?? []
  console.log(`\n## row → overview, ${String(rate)}× CPU (${String(runs)} runs)`)
  for (const [key, list] of results) {
    const pairs = list
      .map((r, i) => [r, floorRuns[i]] as const)
      .filter((p): p is readonly [ClickRun, ClickRun] => Boolean(p[0] && p[1]))
    const abs = summarize(pairs.map(([r]) => r.detailMs))
    const data = summarize(pairs.map(([r]) => r.dataMs))
    const ratio = summarize(pairs.map(([r, f]) => r.detailMs / f.detailMs))
    console.log(
      `${key.padEnd(10)} ${abs.median.toFixed(0)} ms (${abs.min.toFixed(0)}–${abs.max.toFixed(0)}), ` +
        `${ratio.median.toFixed(2)}× (${ratio.min.toFixed(2)}–${ratio.max.toFixed(2)}); last answer +${data.median.toFixed(0)} ms`,
    )
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
