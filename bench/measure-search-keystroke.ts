import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Browser } from '@playwright/test'
import { PROJECT_ROOT } from './lib/build.ts'
import { freshContext } from './lib/browser.ts'
import { formatSummary, type Figure } from './lib/figure.ts'
import { FIRST_ROW_PROBE, firstRowAt, firstRowId } from './lib/first-row-probe.ts'
import { summarize } from './lib/stats.ts'
import { settleNetwork } from './lib/page-settle.ts'

interface Sample {
  total: number
  /** Last input → the search request left (debounce + app). */
  beforeRequest: number
  /** Request start → response end (proxy + fake latency + fake search). */
  request: number
  /** Response end → new first row in the DOM (parse + render). */
  render: number
}

// The search request the keystroke caused, timed on the page's own clock.
const BREAKDOWN = `(() => {
  const typed = window.__cmLastInputAt
  const shown = window.__cmFirstRowAt
  const hits = performance.getEntriesByType('resource')
    .filter((e) => e.name.includes('Autopal.Search') && e.startTime >= typed && e.responseEnd <= shown + 1)
  const last = hits[hits.length - 1]
  return [typed, shown, last ? last.startTime : typed, last ? last.responseEnd : shown]
})()`

const BUDGET_AFTER_DEBOUNCE_MS = 150
// Common first names of the generated tenant: each changes the first row of the list.
const WORDS = ['Patricia', 'Jennifer', 'Barbara', 'Jessica', 'Sandra', 'Elizabeth', 'Nancy']
const LAST_INPUT = `document.addEventListener('input', (event) => { window.__cmLastInputAt = event.timeStamp }, true)`

/** The list's debounce, read from its source so that the figure follows the code. */
export async function readSearchDebounce(): Promise<number> {
  const file = path.join(PROJECT_ROOT, 'src/features/customers-list/customer-search-box.tsx')
  const match = /SEARCH_DEBOUNCE_MS\s*=\s*(\d+)/.exec(await readFile(file, 'utf8'))
  if (!match?.[1]) throw new Error('SEARCH_DEBOUNCE_MS not found in customer-search-box.tsx.')
  return Number(match[1])
}

/**
 * Last keystroke → the table's first row is a new match, through the production server's
 * proxy to the fake tenant (real network latency). Fresh context and page per run.
 */
export async function measureSearchKeystroke(
  browser: Browser,
  appOrigin: string,
  label: { count: number; latencyMs: number },
  runs: number,
): Promise<Figure> {
  const debounce = await readSearchDebounce()
  const samples: Sample[] = []
  for (let run = 0; run < runs; run++) {
    const context = await freshContext(browser)
    try {
      await context.addInitScript(FIRST_ROW_PROBE)
      await context.addInitScript(LAST_INPUT)
      const page = await context.newPage()
      await page.goto(`${appOrigin}/customers`)
      const first = await page.waitForFunction(firstRowId, undefined, {
        timeout: 30_000,
      })
      // Let the next page's prefetch settle so that it does not share the measured time.
      await settleNetwork(page)
      await page.evaluate(`window.__cmFirstRowReset(${JSON.stringify(await first.jsonValue())})`)
      const box = page.getByRole('searchbox', { name: 'Search customers' })
      await box.click()
      await page.keyboard.type(WORDS[run % WORDS.length] ?? 'Mary', { delay: 40 })
      await page.waitForFunction(firstRowAt, undefined, { timeout: 30_000 })
      const [typed, shown, sent, answered] = await page.evaluate<number[]>(BREAKDOWN)
      const t = { typed: typed ?? 0, shown: shown ?? 0, sent: sent ?? 0, answered: answered ?? 0 }
      samples.push({
        total: t.shown - t.typed,
        beforeRequest: t.sent - t.typed,
        request: t.answered - t.sent,
        render: t.shown - t.answered,
      })
    } finally {
      await context.close()
    }
  }
  const summary = summarize(samples.map((x) => x.total))
  const part = (key: keyof Sample) => summarize(samples.map((x) => x[key])).median.toFixed(0)
  const overDebounce = summarize(summary.samples.map((ms) => ms - debounce))
  return {
    id: 'search-keystroke',
    label: `Keystroke → table shows the new matches (${label.count.toLocaleString('en-US')} customers, fake latency ${String(label.latencyMs)} ms, via the proxy)`,
    target: `≤ debounce + ${String(BUDGET_AFTER_DEBOUNCE_MS)} ms`,
    result: `${formatSummary(summary, 'ms')}; minus debounce ${String(debounce)} ms: ${overDebounce.median.toFixed(0)} ms`,
    met: overDebounce.median <= BUDGET_AFTER_DEBOUNCE_MS,
    value: { ...summary, debounceMs: debounce, medianMinusDebounce: overDebounce.median, samples },
    note:
      `Debounce ${String(debounce)} ms (SEARCH_DEBOUNCE_MS), from the last input event. Medians: ` +
      `input → request sent ${part('beforeRequest')} ms, request ${part('request')} ms ` +
      `(proxy + fake), response → row ${part('render')} ms.`,
  }
}
