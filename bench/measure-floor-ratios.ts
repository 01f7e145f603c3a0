import type { Browser } from '@playwright/test'
import type { FakeTenant } from './lib/fake-tenant.ts'
import { formatSummary, type Figure } from './lib/figure.ts'
import { APP_SIDE, FLOOR_SIDE } from './lib/side-by-side-probe.ts'
import { loadAndOpenFirstRow, type LoadRun } from './lib/side-by-side-run.ts'
import { summarize, type Summary } from './lib/stats.ts'

/** The app's two ways to a tenant, each compared with the floor on the fake tenant. */
export type AppVariant = 'proxy' | 'demo'
const VARIANTS: readonly AppVariant[] = ['proxy', 'demo']
export const CPU_RATES = [1, 4] as const
type Side = 'floor' | AppVariant

export interface FloorPlan {
  floorOrigin: string
  proxyOrigin: string
  demoOrigin: string
  tenant: FakeTenant
  /** The page every load starts from (lib/arrival-page.ts). */
  arrivalUrl: string
  demoSize: number
  runs: number
  /** Loads of the floor and the proxy at 1× whose search answer comes after the page is drawn. */
  settledRuns: number
  /** Judge the ratios against their targets (not in a smoke run: its sizes are too small). */
  judge: boolean
  log: (line: string) => void
}

const VARIANT_LABEL: Record<AppVariant, string> = {
  proxy: '`npm start` → fake',
  demo: 'demo tenant',
}

type Metric = 'firstRowMs' | 'detailMs' | 'jsBytes' | 'heapBytes'
const METRICS: Record<Metric, { label: string; unit: 'ms' | 'KB' | 'MB' }> = {
  firstRowMs: { label: 'Navigation → first customer row', unit: 'ms' },
  detailMs: { label: 'Row → overview content', unit: 'ms' },
  jsBytes: { label: 'List-page JS (gzip)', unit: 'KB' },
  heapBytes: { label: 'JS heap after GC on the list', unit: 'MB' },
}

/** Targets of issue 18 (app ÷ floor); a missing entry is reported without a target. */
const TARGETS: Partial<Record<`${Metric}:${AppVariant}:${number}`, number>> = {
  'firstRowMs:proxy:1': 1.3,
  'firstRowMs:proxy:4': 1.3,
  'firstRowMs:demo:1': 1.6,
  'detailMs:proxy:1': 2.0,
  'jsBytes:proxy:1': 1.1,
  'heapBytes:proxy:1': 1.3,
}
const ANSWER_TO_ROWS_LIMIT_MS = 40
/**
 * How long the fake holds every answer back in the settled loads: both pages have drawn
 * (the app its skeleton, the floor its shell) long before, so the figure is the rendering of
 * the rows alone, as when a person changes page or sort.
 */
const SETTLED_ANSWER_DELAY_MS = 1500

function urlFor(side: Side, plan: FloorPlan): string {
  if (side === 'floor') {
    const { tenant } = plan
    const params = new URLSearchParams({
      api: tenant.baseUrl,
      token: tenant.token,
      tenant: tenant.tenantId,
    })
    return `${plan.floorOrigin}/customers?${params.toString()}`
  }
  if (side === 'proxy') return `${plan.proxyOrigin}/customers`
  // Latency 0, like the fake behind the floor and the proxy.
  return `${plan.demoOrigin}/customers?demoSize=${String(plan.demoSize)}&demoLatency=0`
}

function once(
  browser: Browser,
  side: Side,
  plan: FloorPlan,
  rate: number,
  // `from`: the page the load starts from; null for Playwright's about:blank.
  { openRow = true, from = plan.arrivalUrl }: { openRow?: boolean; from?: string | null } = {},
): Promise<LoadRun> {
  return side === 'floor'
    ? loadAndOpenFirstRow(
        browser,
        urlFor(side, plan),
        FLOOR_SIDE,
        openRow ? 'table tbody tr' : null,
        rate,
        from ?? undefined,
      )
    : loadAndOpenFirstRow(
        browser,
        urlFor(side, plan),
        APP_SIDE,
        openRow ? 'table[aria-label="Customers"] tbody tr a[href^="/customers/"]' : null,
        rate,
        from ?? undefined,
      )
}

const scaled = (value: number, unit: 'ms' | 'KB' | 'MB') =>
  unit === 'KB' ? value / 1024 : unit === 'MB' ? value / 2 ** 20 : value

function absolute(summary: Summary, unit: 'ms' | 'KB' | 'MB'): string {
  const digits = unit === 'ms' ? 0 : 1
  return formatSummary(summary, unit, digits, scaled(1, unit))
}

/** All runs, interleaved: per run and CPU rate, the floor, then the app each way (order rotates). */
async function collect(browser: Browser, plan: FloorPlan) {
  const runs: Record<number, Record<Side, LoadRun[]>> = {}
  for (const rate of CPU_RATES) runs[rate] = { floor: [], proxy: [], demo: [] }
  const order: Side[] = ['floor', 'proxy', 'demo']
  // One load of each side first, not counted: a cold browser and cold servers pay extra once.
  for (const side of order) await once(browser, side, plan, 1)
  for (let run = 0; run < plan.runs; run++) {
    for (const rate of CPU_RATES) {
      const rotated = [...order.slice(run % 3), ...order.slice(0, run % 3)]
      for (const side of rotated) {
        const result = await once(browser, side, plan, rate)
        runs[rate]?.[side].push(result)
      }
      const last = (side: Side) => runs[rate]?.[side].at(-1)?.firstRowMs.toFixed(0)
      plan.log(
        `  run ${String(run + 1)} at ${String(rate)}×: first row floor ${last('floor') ?? '?'} ms, proxy ${last('proxy') ?? '?'} ms, demo ${last('demo') ?? '?'} ms`,
      )
    }
  }
  return runs
}

type Pairs = Record<'floor' | 'proxy', LoadRun[]>

/** Search answer → 25 rows painted, from the answer itself. */
const answerToRows = (load: LoadRun) => load.rowsMs - load.answerEndMs

/**
 * `plan.settledRuns` loads each of the floor and the app through the proxy at 1×, without a
 * click, the order alternating; `from` as for `once` (null: Playwright's about:blank).
 */
async function collectPairs(
  browser: Browser,
  plan: FloorPlan,
  from: string | null,
  describe?: (runs: Pairs, run: number) => string,
): Promise<Pairs> {
  const runs: Pairs = { floor: [], proxy: [] }
  for (let run = 0; run < plan.settledRuns; run++) {
    const order = run % 2 === 0 ? (['floor', 'proxy'] as const) : (['proxy', 'floor'] as const)
    for (const side of order) {
      runs[side].push(await once(browser, side, plan, 1, { openRow: false, from }))
    }
    if (describe) plan.log(describe(runs, run))
  }
  return runs
}

/** collectPairs with every answer held back, so that both pages have drawn before it. */
async function collectSettled(browser: Browser, plan: FloorPlan): Promise<Pairs> {
  await plan.tenant.setLatency(SETTLED_ANSWER_DELAY_MS)
  try {
    return await collectPairs(browser, plan, plan.arrivalUrl, (runs, run) => {
      const last = (side: 'floor' | 'proxy') => {
        const load = runs[side].at(-1)
        return load ? answerToRows(load).toFixed(0) : '?'
      }
      return `  settled run ${String(run + 1)}: answer → 25 rows floor ${last('floor')} ms, proxy ${last('proxy')} ms`
    })
  } finally {
    await plan.tenant.setLatency(0)
  }
}

/** Run by run app ÷ floor of `metric` (loads paired by index), and each side's own values. */
function paired(
  appRuns: readonly LoadRun[],
  floorRuns: readonly LoadRun[],
  metric: Metric,
): { ratio: Summary; app: Summary; floor: Summary } {
  return {
    ratio: summarize(appRuns.map((r, i) => r[metric] / (floorRuns[i]?.[metric] ?? Number.NaN))),
    app: summarize(appRuns.map((r) => r[metric])),
    floor: summarize(floorRuns.map((r) => r[metric])),
  }
}

function fromBlankFigure(runs: Pairs): Figure {
  const { ratio, app, floor } = paired(runs.proxy, runs.floor, 'firstRowMs')
  return {
    id: 'floor-firstRowMs-proxy-1x-from-blank',
    label: `Navigation → first customer row ÷ floor, from about:blank instead of another site, ${VARIANT_LABEL.proxy}, 1× CPU`,
    target: 'reported',
    result: formatSummary(ratio, '×', 2),
    met: null,
    value: { ratio, app, floor },
    note: `app ${absolute(app, 'ms')}; floor ${absolute(floor, 'ms')}`,
  }
}

/** Answer → rows when the page had drawn before the answer: what rendering the rows costs. */
function settledFigure(runs: Pairs, judge: boolean): Figure {
  // From the answer itself: a chunk the app loads later (the navigation's run badge, a second
  // after its first paint) may end after the held answer, and is no part of drawing the rows.
  const app = summarize(runs.proxy.map(answerToRows))
  const floor = summarize(runs.floor.map(answerToRows))
  const appFirst = summarize(runs.proxy.map((r) => r.firstRowMs - r.answerEndMs))
  const floorFirst = summarize(runs.floor.map((r) => r.firstRowMs - r.answerEndMs))
  // A load whose answer came before its first paint measured the page's code too.
  const early = [...runs.proxy, ...runs.floor].filter((r) => !(r.answerEndMs > r.firstPaintMs))
  return {
    id: 'settled-answer-to-rows-proxy-1x',
    label: `Search answer → 25 rows painted, page drawn before the answer (held ${String(SETTLED_ANSWER_DELAY_MS)} ms), ${VARIANT_LABEL.proxy}, 1× CPU`,
    target: `≤ ${String(ANSWER_TO_ROWS_LIMIT_MS)} ms`,
    result: formatSummary(app, 'ms'),
    met: judge ? app.median <= ANSWER_TO_ROWS_LIMIT_MS && early.length === 0 : null,
    value: { app, floor, appFirstRow: appFirst, floorFirstRow: floorFirst },
    note:
      `floor ${formatSummary(floor, 'ms')}; answer → first row: app ${formatSummary(appFirst, 'ms')}, floor ${formatSummary(floorFirst, 'ms')}` +
      (early.length > 0
        ? `; ${String(early.length)} load(s) had their answer before the first paint`
        : ''),
  }
}

export interface FloorComparison {
  figures: Figure[]
  /** The compact ratio table (markdown), for latest.md and the README. */
  table: string
}

/**
 * The app beside the floor in the same run, with the same probe: each figure as the
 * per-run ratio app ÷ floor (median, min–max), absolute values as context.
 */
export async function measureFloorRatios(
  browser: Browser,
  plan: FloorPlan,
): Promise<FloorComparison> {
  const runs = await collect(browser, plan)
  const settled = await collectSettled(browser, plan)
  // How the bench loaded pages before lib/arrival-page.ts: reported beside the main figure.
  const fromBlank = await collectPairs(browser, plan, null)
  const figures: Figure[] = []
  const matrix: string[] = []
  for (const metric of Object.keys(METRICS) as Metric[]) {
    const { label, unit } = METRICS[metric]
    const cells: string[] = []
    for (const variant of VARIANTS) {
      for (const rate of CPU_RATES) {
        const { ratio, app, floor } = paired(
          runs[rate]?.[variant] ?? [],
          runs[rate]?.floor ?? [],
          metric,
        )
        const limit = TARGETS[`${metric}:${variant}:${rate}`]
        const met = limit === undefined || !plan.judge ? null : ratio.median <= limit
        cells.push(`${formatSummary(ratio, '×', 2)}${met === false ? ' **NO**' : ''}`)
        figures.push({
          id: `floor-${metric}-${variant}-${String(rate)}x`,
          label: `${label} ÷ floor, ${VARIANT_LABEL[variant]}, ${String(rate)}× CPU`,
          target: limit === undefined ? 'reported' : `≤ ${limit.toFixed(1)}×`,
          result: formatSummary(ratio, '×', 2),
          met,
          value: { ratio, app, floor },
          note: `app ${absolute(app, unit)}; floor ${absolute(floor, unit)}`,
        })
      }
    }
    matrix.push(`| ${label} | ${cells.join(' | ')} |`)
  }
  for (const variant of VARIANTS) {
    for (const rate of CPU_RATES) {
      const app = summarize((runs[rate]?.[variant] ?? []).map((r) => r.answerToRowsMs))
      const floor = summarize((runs[rate]?.floor ?? []).map((r) => r.answerToRowsMs))
      const start = summarize((runs[rate]?.[variant] ?? []).map((r) => r.searchStartMs))
      const floorStart = summarize((runs[rate]?.floor ?? []).map((r) => r.searchStartMs))
      // Reported: at latency 0 the app's answer is in before its code has run, so this is
      // mostly the page's own start (the settled figure below is the rendering alone).
      figures.push({
        id: `answer-to-rows-${variant}-${String(rate)}x`,
        label: `Search answer (and page code) → 25 rows painted, ${VARIANT_LABEL[variant]}, ${String(rate)}× CPU`,
        target: 'reported',
        result: formatSummary(app, 'ms'),
        met: null,
        value: { app, floor, searchStart: start, floorSearchStart: floorStart },
        note: `floor ${formatSummary(floor, 'ms')}; search request sent at ${start.median.toFixed(0)} ms (floor ${floorStart.median.toFixed(0)} ms)`,
      })
    }
  }
  figures.push(settledFigure(settled, plan.judge), fromBlankFigure(fromBlank))
  const table = [
    `App ÷ floor, same run, median (min–max over ${String(plan.runs)} runs):`,
    '',
    `| figure | ${VARIANTS.flatMap((v) => CPU_RATES.map((r) => `${VARIANT_LABEL[v]}, ${String(r)}×`)).join(' | ')} |`,
    `|---|${VARIANTS.flatMap(() => CPU_RATES.map(() => '---')).join('|')}|`,
    ...matrix,
    '',
  ].join('\n')
  return { figures, table }
}
