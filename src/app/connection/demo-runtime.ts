import type { ApiConnection } from '../../api/connection'
import { DEMO_BASE_PATH } from './connection-settings'

/**
 * The one place app code loads the demo tenant: dynamic imports, so msw and the generator are
 * a lazy chunk that a live or proxied connection never downloads.
 */
export interface DemoRuntime {
  connection: ApiConnection
  /**
   * Settles when the demo can answer (its code loaded: it answers on this page until its
   * service worker takes over); requests wait for it (see `demoFetch`).
   */
  ready: Promise<void>
  resetDemoData: () => void
}

let started: Promise<DemoRuntime> | null = null

/** The demo tenant's own `fetch` per runtime (see `demoFetch`). */
const tenantFetches = new WeakMap<DemoRuntime, Promise<typeof fetch>>()

/**
 * Resolves as soon as the credentials are known (a tiny chunk), while the demo's code loads:
 * the app renders and loads its route code in parallel instead of after it. The demo answers
 * on this page as soon as its code has run; its service worker starts once the first page is
 * drawn (src/mocks/browser.ts).
 */
export function startDemo(): Promise<DemoRuntime> {
  if (started) return started
  const tenant = import('../../mocks/browser').then((demo) => demo.startDemoTenant())
  // A failure reaches the requests through `ready` (each page explains it inline).
  tenant.catch(() => undefined)
  started = import('../../mocks/demo-credentials')
    .then((credentials) => {
      const runtime: DemoRuntime = {
        connection: {
          baseUrl: new URL(DEMO_BASE_PATH, window.location.origin).href,
          tenantId: credentials.DEMO_TENANT_ID,
          token: credentials.DEMO_TOKEN,
        },
        ready: tenant.then(() => undefined),
        resetDemoData: () => void tenant.then((demo) => demo.resetDemoData()),
      }
      tenantFetches.set(
        runtime,
        tenant.then((demo) => demo.fetch),
      )
      return runtime
    })
    .catch((error: unknown) => {
      started = null // let a later attempt (a reload of Settings) try again
      throw error
    })
  return started
}

/**
 * `fetch` that holds demo requests until the demo can answer them, and hands them to it: on
 * this page until its worker runs, then through the worker (the network, as any page's).
 */
export function demoFetch(demo: DemoRuntime): typeof fetch {
  const answer = tenantFetches.get(demo) ?? demo.ready.then(() => window.fetch.bind(window))
  return (input, init) => answer.then((tenantFetch) => tenantFetch(input, init))
}
