import '@testing-library/jest-dom/vitest'
import 'fake-indexeddb/auto'
import { IDBFactory } from 'fake-indexeddb'
import { cleanup, configure } from '@testing-library/react'
import { afterAll, afterEach, beforeAll } from 'vitest'
import { runsLeftBehind } from '../features/customer-import/use-import-engine'
import { forgetListPlace } from '../lib/last-list-place'
import { testServer, resetTestTenant } from './test-server'

// One limit for every waitFor/findBy: a wait ends when its condition holds, so a long limit
// costs a passing test nothing, while the default 1 s (or 5 s, later 15 s: a search typed in the
// selection test at load 10) failed sound tests on a busy machine. Below the jsdom projects' test
// timeout, so a failure names what it waited for.
configure({ asyncUtilTimeout: 30_000 })

// jsdom does no layout: give elements a size so TanStack Virtual renders rows.
if (typeof HTMLElement !== 'undefined') {
  Object.defineProperties(HTMLElement.prototype, {
    clientHeight: { configurable: true, get: () => 800 },
    clientWidth: { configurable: true, get: () => 1200 },
    offsetHeight: { configurable: true, get: () => 800 },
    offsetWidth: { configurable: true, get: () => 1200 },
  })
}

// Files of the shared projects (vite.config.ts) run one after another in one environment:
// each starts as an isolated file would, with empty storage, a new IndexedDB and jsdom's own
// Blob URL functions (tests stub them, some without a way back).
const BLOB_URL_APIS = ['createObjectURL', 'revokeObjectURL'] as const
const blobUrlApis = BLOB_URL_APIS.map((name) => Object.getOwnPropertyDescriptor(URL, name))

function restoreBlobUrlApis() {
  BLOB_URL_APIS.forEach((name, index) => {
    const original = blobUrlApis[index]
    if (original) Object.defineProperty(URL, name, original)
    else Reflect.deleteProperty(URL, name)
  })
}

beforeAll(() => {
  if (typeof localStorage !== 'undefined') localStorage.clear()
  if (typeof sessionStorage !== 'undefined') sessionStorage.clear()
  globalThis.indexedDB = new IDBFactory()
  testServer.listen({ onUnhandledRequest: 'error' })
})
// An import run of a test that ended early (a failed assertion) is paused when its page
// unmounts, and its requests in flight finish first: they must land in that test's tenant, not
// in the next test's (a run deleting on into the next tenant turned one failure into two).
const RUNS_SETTLE_LIMIT_MS = 10_000

afterEach(async () => {
  cleanup()
  let limit: ReturnType<typeof setTimeout> | undefined
  await Promise.race([
    runsLeftBehind(),
    new Promise((resolve) => (limit = setTimeout(resolve, RUNS_SETTLE_LIMIT_MS))),
  ])
  clearTimeout(limit)
  testServer.resetHandlers()
  resetTestTenant()
  forgetListPlace()
  restoreBlobUrlApis()
})
afterAll(() => testServer.close())
