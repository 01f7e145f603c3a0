import { test as base, expect, type APIRequestContext, type Page } from '@playwright/test'
import { FAKE_BASE, FAKE_ORIGIN, FAKE_TENANT, FAKE_TOKEN } from './live-env'

/** The fault knobs of the fake tenant's control API (`POST /__fake/faults`). */
export interface FaultKnobs {
  latencyMs: number
  failure5xxRate: number
  rate429: number
  retryAfterSeconds: number | null
  timeoutRate: number
  truncateRate: number
  dropRate: number
  faultAfterDeleteRate: number
  faultAfterDeleteKind: 'server-error' | 'rate-limit' | 'timeout' | 'truncate' | 'drop'
  hangMs: number
  seed: number
}

export interface LoggedRequest {
  method: string
  path: string
  query: string
  customerId?: number
  status?: number
  fault?: string
}

export interface FakeLog {
  requests: LoggedRequest[]
  deleteCounts: Record<string, number>
  deletedIds: number[]
}

/**
 * Each control request on a connection of its own: a kept-alive socket left idle past the fake
 * server's keep-alive timeout (a test that starts a server in between) was reused as the server
 * closed it, and the request log read failed with ECONNRESET.
 */
const CONTROL = { headers: { connection: 'close' } }

/** Drives the fake tenant over its control API. */
export class FakeTenant {
  constructor(private readonly request: APIRequestContext) {}

  async reset(): Promise<void> {
    const response = await this.request.post(`${FAKE_ORIGIN}/__fake/reset`, CONTROL)
    expect(response.ok(), 'fake tenant reset').toBe(true)
  }

  async faults(knobs: Partial<FaultKnobs>): Promise<void> {
    const response = await this.request.post(`${FAKE_ORIGIN}/__fake/faults`, {
      ...CONTROL,
      data: knobs,
    })
    expect(response.ok(), 'fake tenant faults').toBe(true)
  }

  async log(): Promise<FakeLog> {
    const response = await this.request.get(`${FAKE_ORIGIN}/__fake/requests`, CONTROL)
    expect(response.ok(), 'fake tenant request log').toBe(true)
    return (await response.json()) as FakeLog
  }
}

interface LiveFixtures {
  fake: FakeTenant
  /** Console errors matching one of these are expected (e.g. a failed load under a fault). */
  allowedConsoleErrors: RegExp[]
  /** Expects console errors like this one in the current test. */
  allowConsoleError: (pattern: RegExp) => void
  consoleErrors: string[]
  tokenWatch: void
}

/** Chromium logs every non-2xx fetch; fault journeys expect those and nothing else. */
export const FAILED_RESOURCE = /^Failed to load resource/

export const test = base.extend<LiveFixtures>({
  allowedConsoleErrors: [[], { option: true }],
  allowConsoleError: async ({ allowedConsoleErrors }, use) => {
    await use((pattern) => allowedConsoleErrors.push(pattern))
  },
  // A clean tenant (data, faults, request log) for every test.
  fake: async ({ request }, use) => {
    const fake = new FakeTenant(request)
    await fake.reset()
    await use(fake)
    await fake.reset()
  },
  consoleErrors: [
    async ({ page, allowedConsoleErrors }, use) => {
      const errors: string[] = []
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text())
      })
      page.on('pageerror', (error) => errors.push(error.message))
      await use(errors)
      // Filtered at the end, so that a test may allow an error after it happened.
      const unexpected = errors.filter((text) => !allowedConsoleErrors.some((re) => re.test(text)))
      expect(unexpected, 'console errors').toEqual([])
    },
    { auto: true },
  ],
  // In every journey: the token is in no URL the browser asked for and no console line.
  tokenWatch: [
    async ({ page }, use) => {
      const leaks: string[] = []
      page.on('request', (request) => {
        if (request.url().includes(FAKE_TOKEN)) leaks.push(`request URL ${request.url()}`)
      })
      page.on('console', (message) => {
        if (message.text().includes(FAKE_TOKEN)) leaks.push(`console ${message.type()}`)
      })
      await use()
      expect(leaks, 'token leaks').toEqual([])
    },
    { auto: true },
  ],
})

export { expect }
// The same axe check as the demo journeys (serious and critical violations).
export { expectNoAxeViolations } from '../fixtures'

/** Types into the list's search box and waits until the URL carries the search. */
export async function searchFor(page: Page, text: string) {
  const box = page.getByRole('searchbox', { name: 'Search customers' })
  await box.fill(text)
  await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(text)
}

export function customersTable(page: Page) {
  return page.getByRole('table', { name: 'Customers' })
}

/** Settings → LoanPro tenant, filled with the fake's base URL and tenant id (not connected yet). */
export async function fillBrowserConnection(page: Page, origin: string, token: string) {
  await page.goto(`${origin}/settings`)
  await page
    .getByRole('radiogroup', { name: 'Connection' })
    .getByRole('radio', { name: 'LoanPro tenant' })
    .check()
  await page.getByRole('textbox', { name: 'Base URL' }).fill(FAKE_BASE)
  await page.getByRole('textbox', { name: 'Tenant ID' }).fill(FAKE_TENANT)
  await page.getByLabel('API token').fill(token)
}
