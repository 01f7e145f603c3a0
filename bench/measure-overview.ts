import type { Browser, Page } from '@playwright/test'
import { freshContext } from './lib/browser.ts'
import { formatSummary, type Figure } from './lib/figure.ts'
import { FIRST_ROW_PROBE, firstRowId } from './lib/first-row-probe.ts'
import { summarize } from './lib/stats.ts'
import { CUSTOMER_SECTIONS } from '../e2e/support/customer-sections.ts'

const TABS = CUSTOMER_SECTIONS

// The selected tab is `label` (a count may follow) and its panel has content, not a skeleton.
// A function without inner named functions: tsx would wrap those in a helper the page lacks.
const tabReady = (label: string) => {
  const tab = document.querySelector('[role="tab"][aria-selected="true"]')
  const panel = document.querySelector('[role="tabpanel"]')
  if (!tab || !panel || !document.querySelector('h1')) return false
  if (!(tab.textContent ?? '').trim().startsWith(label)) return false
  const text = panel.textContent ?? ''
  if (/could not be loaded/.test(text)) throw new Error(`${label} failed to load`)
  return panel.checkVisibility() && text.trim() !== '' && !/Loading/.test(text)
}

async function visitAll(page: Page): Promise<void> {
  for (const label of TABS) {
    const tab = page.getByRole('tab', { name: new RegExp(`^${label}\\b`) })
    await tab.click()
    await page.waitForFunction(tabReady, label, { timeout: 15_000, polling: 'raf' })
  }
}

interface StyleRun {
  /** Requests until the header (shown whole: customer, phone, address) and Details are ready. */
  arrival: number
  firstVisit: number
  revisit: number
  allTabsMs: number
}

async function runStyle(
  browser: Browser,
  appOrigin: string,
  customerId: string,
  style: 'expand' | 'per-object',
): Promise<StyleRun> {
  const context = await freshContext(browser, { 'cm.fetchStyle': style })
  try {
    const page = await context.newPage()
    let requests = 0
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/api/loanpro/')) requests++
    })
    await page.goto(`${appOrigin}/customers/${customerId}`)
    await page.waitForFunction(tabReady, 'Details', { timeout: 15_000, polling: 'raf' })
    const arrival = requests
    await visitAll(page)
    const allTabsMs = Number(await page.evaluate('performance.now()'))
    const firstVisit = requests
    await visitAll(page)
    return { arrival, firstVisit, revisit: requests - firstVisit, allTabsMs }
  } finally {
    await context.close()
  }
}

/** The first customer the list shows: a real id of whatever tenant is behind the app. */
async function firstListedCustomer(browser: Browser, appOrigin: string): Promise<string> {
  const context = await freshContext(browser)
  try {
    await context.addInitScript(FIRST_ROW_PROBE)
    const page = await context.newPage()
    await page.goto(`${appOrigin}/customers`)
    const id = await page.waitForFunction(firstRowId, undefined, { timeout: 30_000 })
    return String(await id.jsonValue())
  } finally {
    await context.close()
  }
}

/** Requests and time for every tab of one customer, in each fetch style (via the proxy). */
export async function measureOverview(
  browser: Browser,
  appOrigin: string,
  runs: number,
): Promise<Figure[]> {
  const customerId = await firstListedCustomer(browser, appOrigin)
  const results: Record<'expand' | 'per-object', StyleRun[]> = { expand: [], 'per-object': [] }
  for (let run = 0; run < runs; run++) {
    for (const style of ['expand', 'per-object'] as const) {
      results[style].push(await runStyle(browser, appOrigin, customerId, style))
    }
  }
  const worst = (list: StyleRun[], key: 'arrival' | 'firstVisit' | 'revisit') =>
    Math.max(...list.map((r) => r[key]))
  const expandTime = summarize(results.expand.map((r) => r.allTabsMs))
  const perObjectTime = summarize(results['per-object'].map((r) => r.allTabsMs))
  const expandRequests = worst(results.expand, 'firstVisit')
  const perFirst = worst(results['per-object'], 'firstVisit')
  const perRevisit = worst(results['per-object'], 'revisit')
  const perArrival = worst(results['per-object'], 'arrival')
  return [
    {
      id: 'overview-expand',
      label: 'Overview, $expand: requests for all 13 tabs / time until every tab was shown ready',
      target: '1 request',
      result: `${String(expandRequests)} request(s) (+${String(worst(results.expand, 'revisit'))} on revisit) / ${formatSummary(expandTime, 's', 2, 1 / 1000)}`,
      met: expandRequests === 1,
      value: { requests: expandRequests, allTabs: expandTime, runs: results.expand },
      note: 'Time: navigation start → 13th tab ready, clicking tab after tab (includes the clicks).',
    },
    {
      id: 'overview-per-object',
      // The header reads Phones and Primary Address itself; their tabs then ask for nothing.
      label: 'Overview, per object: requests visiting all 13 tabs / revisiting them',
      target: '12 / 0 (+1 for the customer; 3 on arrival: customer, Phones, Primary Address)',
      result: `${String(perFirst - 1)} + 1 / ${String(perRevisit)} (on arrival: ${String(perArrival)}; all tabs: ${formatSummary(perObjectTime, 's', 2, 1 / 1000)})`,
      met: perFirst === 13 && perRevisit === 0 && perArrival === 3,
      value: {
        arrival: perArrival,
        firstVisit: perFirst,
        revisit: perRevisit,
        allTabs: perObjectTime,
      },
      note: 'Counted in the browser (page.on("request") to /api/loanpro/): the customer, Phones and Primary Address for the header on arrival, then one per other opened tab.',
    },
  ]
}
