import type { Browser } from '@playwright/test'
import { freshContext } from './lib/browser.ts'
import { formatSummary, type Figure } from './lib/figure.ts'
import { FIRST_ROW_PROBE, firstRowAt } from './lib/first-row-probe.ts'
import { repeat } from './lib/stats.ts'

const LIMIT_MS = 1000

/** Navigation start → first customer row visible, demo tenant in the browser, cold each run. */
export async function measureFirstRow(
  browser: Browser,
  appOrigin: string,
  demoSize: number,
  runs: number,
): Promise<Figure> {
  const summary = await repeat(runs, async () => {
    const context = await freshContext(browser)
    try {
      await context.addInitScript(FIRST_ROW_PROBE)
      const page = await context.newPage()
      await page.goto(`${appOrigin}/customers?demoSize=${String(demoSize)}`)
      const handle = await page.waitForFunction(firstRowAt, undefined, {
        timeout: 60_000,
        polling: 50,
      })
      return Number(await handle.jsonValue())
    } finally {
      await context.close()
    }
  })
  return {
    id: 'first-row',
    label: `Navigation start → first customer row visible (demo tenant, ${demoSize.toLocaleString('en-US')} customers)`,
    target: `≤ ${(LIMIT_MS / 1000).toFixed(1)} s`,
    result: formatSummary(summary, 's', 2, 1 / 1000),
    met: summary.median <= LIMIT_MS,
    value: summary,
    note: 'Fresh context each run (service worker installs, demo data generated in the page).',
  }
}
