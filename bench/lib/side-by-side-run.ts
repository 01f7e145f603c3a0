import { gzipSync } from 'node:zlib'
import type { Browser, Page, Response } from '@playwright/test'
import { freshContext, heapAfterGc } from './browser.ts'
import { sideBySideProbe, watchProbeMarks, type ProbeSides } from './side-by-side-probe.ts'

/** One cold load of the list, then a click on the first row: what a side-by-side run yields. */
export interface LoadRun {
  /** Navigation start → first customer row painted. */
  firstRowMs: number
  /** Navigation start → 25 rows painted. */
  rowsMs: number
  /**
   * Search answer → 25 rows painted: from the later of the answer and the last script the
   * page loaded before its rows (the app asks in parallel with its code, so its answer may
   * come before the page can render it) to the rows painted. What rendering costs.
   */
  answerToRowsMs: number
  /** When the search request started (ms since navigation start). */
  searchStartMs: number
  /** When the search answer ended and when the page first painted (ms since navigation start). */
  answerEndMs: number
  firstPaintMs: number
  /** Click on the first row → the detail's first content painted (NaN when no row is clicked). */
  detailMs: number
  /** gzip bytes of every script the list page loaded until its first row. */
  jsBytes: number
  /** JS heap (V8 + ArrayBuffer stores) on the list after a forced GC. */
  heapBytes: number
}

const TIMEOUT_MS = 60_000

async function gzipBytes(responses: readonly Response[]): Promise<number> {
  let total = 0
  for (const response of responses) {
    const body = await response.body().catch(() => null)
    if (body) total += gzipSync(body).length
  }
  return total
}

// Functions without inner named functions: tsx would wrap those in a helper the page lacks.
const searchTiming = (rowsAt: number) => {
  const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[]
  // The demo answers its first requests on the page until its worker runs: a measure each.
  const searches = [
    ...entries.map((entry) => [entry.name, entry.startTime, entry.responseEnd] as const),
    ...performance
      .getEntriesByType('measure')
      .map((entry) => [entry.name, entry.startTime, entry.startTime + entry.duration] as const),
  ]
    .filter(([name]) => name.includes('Autopal.Search'))
    .sort((a, b) => a[1] - b[1])
  const first = searches[0]
  const codeReady = Math.max(
    0,
    ...entries
      .filter((entry) => entry.initiatorType === 'script' || /\.js(\?|$)/.test(entry.name))
      .map((entry) => entry.responseEnd)
      .filter((end) => end < rowsAt),
  )
  const paint = performance.getEntriesByName('first-contentful-paint')[0]
  return first
    ? [first[1], Math.max(first[2], codeReady), first[2], paint ? paint.startTime : NaN]
    : null
}

const scriptsAskedBefore = (at: number) =>
  (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
    .filter((entry) => entry.startTime < at && /\.m?js$/.test(new URL(entry.name).pathname))
    .map((entry) => entry.name)

/** Click on the first row → the detail's first content painted. */
async function openFirstRow(
  page: Page,
  painted: ReturnType<typeof watchProbeMarks>,
  clickRow: string,
): Promise<number> {
  await page.evaluate('window.__bArmClick()')
  await page.locator(clickRow).first().click()
  const detail = await painted('Detail', TIMEOUT_MS)
  return detail - Number(await page.evaluate('window.__bClickAt'))
}

/**
 * Loads `url` in a fresh context at `cpuRate`× CPU throttle (CDP), and measures it with the
 * probe both sides share. `clickRow` is the element of the first row a person clicks (null:
 * no click, the load only). `from` is the page the load starts from (lib/arrival-page.ts);
 * without it, Playwright's `about:blank`.
 */
export async function loadAndOpenFirstRow(
  browser: Browser,
  url: string,
  sides: ProbeSides,
  clickRow: string | null,
  cpuRate: number,
  from?: string,
): Promise<LoadRun> {
  const context = await freshContext(browser)
  try {
    await context.addInitScript(sideBySideProbe(sides))
    const page = await context.newPage()
    if (from) await page.goto(from)
    const cdp = await context.newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate })
    // Only noted while the page loads; bodies are read and weighed once the rows are painted:
    // reading a body (CDP) and a synchronous gzip in this process, which also serves the pages,
    // would weigh on the load being measured.
    const scripts: Response[] = []
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(response)
    })
    const painted = watchProbeMarks(page)
    await page.goto(url)
    // Nothing is evaluated in the page until its rows are painted (see watchProbeMarks).
    const firstRow = await painted('FirstRow', TIMEOUT_MS)
    const rows = await painted('Rows', TIMEOUT_MS)
    // The scripts the page asked for before its first row was painted (by the page's clock:
    // this process may learn of the row later, when more has loaded).
    const askedBeforeRow = new Set(await page.evaluate(scriptsAskedBefore, firstRow))
    const loadedByFirstRow = scripts.filter((response) => askedBeforeRow.has(response.url()))
    const jsBytes = await gzipBytes(loadedByFirstRow)
    const search = await page.evaluate(searchTiming, rows)
    if (!search) throw new Error(`No search request was seen on ${new URL(url).pathname}.`)
    // Let what the page does right after its first rows (a prefetch, an idle warm-up) settle.
    await page.waitForTimeout(300 * cpuRate)
    const heapBytes = await heapAfterGc(page)
    const detailMs = clickRow === null ? Number.NaN : await openFirstRow(page, painted, clickRow)
    await cdp.detach()
    return {
      firstRowMs: firstRow,
      rowsMs: rows,
      answerToRowsMs: rows - (search[1] ?? 0),
      searchStartMs: search[0] ?? 0,
      answerEndMs: search[2] ?? 0,
      firstPaintMs: search[3] ?? Number.NaN,
      detailMs,
      jsBytes,
      heapBytes,
    }
  } finally {
    await context.close()
  }
}
