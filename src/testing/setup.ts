import '@testing-library/jest-dom/vitest'
import 'fake-indexeddb/auto'
import { cleanup } from '@testing-library/react'
import { afterAll, afterEach, beforeAll } from 'vitest'
import { testServer, resetTestTenant } from './test-server'

// jsdom does no layout: give elements a size so TanStack Virtual renders rows.
if (typeof HTMLElement !== 'undefined') {
  Object.defineProperties(HTMLElement.prototype, {
    clientHeight: { configurable: true, get: () => 800 },
    clientWidth: { configurable: true, get: () => 1200 },
    offsetHeight: { configurable: true, get: () => 800 },
    offsetWidth: { configurable: true, get: () => 1200 },
  })
}

beforeAll(() => testServer.listen({ onUnhandledRequest: 'error' }))
afterEach(() => {
  cleanup()
  testServer.resetHandlers()
  resetTestTenant()
})
afterAll(() => testServer.close())
