import { http } from 'msw'
import type { ApiConnection } from '../api/connection'
import { createFakeTenantServer } from '../mocks/node'
import type { TenantStore, TenantStoreOptions } from '../mocks/tenant-store'

export const TEST_API_BASE = 'https://demo.loanpro.test/api/public/api/1/'
/**
 * The test tenant's customer search, for a test's own handler: a RegExp, as msw reads
 * parentheses in a path string as pattern syntax.
 */
export const TEST_SEARCH_URL = new RegExp(
  `^${TEST_API_BASE.replace(/[.]/g, '\\.')}Customers/Autopal\\.Search\\(\\)`,
)
export const TEST_TENANT_ID = '5200000'
export const TEST_TOKEN = 'test-token'

export const TEST_CONNECTION: ApiConnection = {
  baseUrl: TEST_API_BASE,
  tenantId: TEST_TENANT_ID,
  token: TEST_TOKEN,
}

/** The shared test tenant: 300 customers with the fixtures, no latency, no faults. */
export const TEST_TENANT_OPTIONS: TenantStoreOptions = {
  count: 300,
  seed: 1,
  token: TEST_TOKEN,
  tenantId: TEST_TENANT_ID,
}

const fake = createFakeTenantServer(TEST_TENANT_OPTIONS, { baseUrl: TEST_API_BASE })

/** msw/node server; setup.ts starts it with `onUnhandledRequest: 'error'`. */
export const testServer = fake.server

/** The store answering now: assert on its request log, turn its fault knobs. */
export function testTenant(): TenantStore {
  return fake.store()
}

/** A fresh test tenant (setup.ts calls this after each test); options override the defaults. */
export function resetTestTenant(options: Partial<TenantStoreOptions> = {}): TenantStore {
  return fake.reset({ ...TEST_TENANT_OPTIONS, ...options })
}

/**
 * Holds the tenant's answers to GET requests whose URL contains `urlPart` until `answered()`
 * (called per request, when it arrives) settles; the tenant then answers them as usual.
 */
export function holdGetAnswers(urlPart: string, answered: () => Promise<unknown>): void {
  testServer.use(
    http.get('*', async ({ request }) => {
      if (request.url.includes(urlPart)) await answered()
      return undefined
    }),
  )
}
