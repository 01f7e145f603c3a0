import type { Browser } from '@playwright/test'
import { freshContext } from './lib/browser.ts'
import { formatSummary, type Figure } from './lib/figure.ts'
import { summarize } from './lib/stats.ts'
import { settleNetwork } from './lib/page-settle.ts'

const TARGET_MS = 1000
// Ids of the generated tenant, one per run: each overview starts cold.
const IDS = [1042, 1107, 1213, 1058, 1166, 1231, 1089]

/** The overview's heading shows the customer (not a skeleton) and holds focus. */
function opened(): boolean {
  const heading = document.querySelector('.overview h1')
  return heading !== null && heading === document.activeElement && heading.textContent.trim() !== ''
}

/**
 * The keyboard path of a daily look-up: in the search box, type an id and press Enter; timed
 * from Enter to the customer's overview open with its name in the focused heading. Through
 * the production server's proxy to the fake tenant. Fresh context and page per run.
 */
export async function measureSearchOpen(
  browser: Browser,
  appOrigin: string,
  runs: number,
): Promise<Figure> {
  const times: number[] = []
  for (let run = 0; run < runs; run++) {
    const context = await freshContext(browser)
    try {
      const page = await context.newPage()
      await page.goto(`${appOrigin}/customers`)
      await page.locator('tbody tr[data-customer-id]').first().waitFor({ timeout: 30_000 })
      await settleNetwork(page)
      await page.keyboard.press('/')
      await page.keyboard.type(String(IDS[run % IDS.length] ?? 1042))
      const started = performance.now()
      await page.keyboard.press('Enter')
      // A function, not a string: the production CSP refuses eval.
      await page.waitForFunction(opened, undefined, { timeout: 30_000, polling: 'raf' })
      times.push(performance.now() - started)
    } finally {
      await context.close()
    }
  }
  const stats = summarize(times)
  return {
    id: 'search-open',
    label: 'Search box → customer opened (type an id, Enter)',
    target: `≤ ${String(TARGET_MS / 1000)} s`,
    result: formatSummary(stats, 's', 2, 1 / 1000),
    met: stats.median <= TARGET_MS,
    value: { timeMs: stats },
    note: 'Enter pressed right after typing (the search is committed by Enter, then the id opens).',
  }
}
