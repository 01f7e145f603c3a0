import type { ApiConnection } from '../../api/connection'
import { DEMO_BASE_PATH } from './connection-settings'

/**
 * The one place app code loads the demo tenant: dynamic imports, so msw and the generator are
 * a lazy chunk that a live or proxied connection never downloads.
 */
export interface DemoRuntime {
  connection: ApiConnection
  /** Settles when the service worker answers; requests wait for it (see `demoFetch`). */
  ready: Promise<void>
  resetDemoData: () => void
}

let started: Promise<DemoRuntime> | null = null

/**
 * Resolves as soon as the credentials are known (a tiny chunk), while the worker keeps
 * starting: the app renders and loads its route code in parallel instead of after it.
 */
export function startDemo(): Promise<DemoRuntime> {
  started ??= import('../../mocks/demo-credentials')
    .then((credentials) => {
      const tenant = import('../../mocks/browser').then((demo) => demo.startDemoTenant())
      return {
        connection: {
          baseUrl: new URL(DEMO_BASE_PATH, window.location.origin).href,
          tenantId: credentials.DEMO_TENANT_ID,
          token: credentials.DEMO_TOKEN,
        },
        ready: tenant.then(() => undefined),
        resetDemoData: () => void tenant.then((demo) => demo.resetDemoData()),
      }
    })
    .catch((error: unknown) => {
      started = null // let a later attempt (a reload of Settings) try again
      throw error
    })
  return started
}

/** `fetch` that holds demo requests until the worker can answer them. */
export function demoFetch(demo: DemoRuntime): typeof fetch {
  return (input, init) => demo.ready.then(() => fetch(input, init))
}
