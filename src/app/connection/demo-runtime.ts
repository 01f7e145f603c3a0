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

/** The demo's worker script; must match `serviceWorker.url` in src/mocks/browser.ts. */
const DEMO_WORKER_URL = '/mockServiceWorker.js'

/**
 * Registers the demo's service worker at once, so that it downloads, installs and activates
 * while the msw chunk is still loading; msw's `worker.start` then finds the registration.
 * A built page's head script (`startDemoEarly`) usually did so already; this covers the dev
 * server and a switch to the demo in Settings.
 */
function registerDemoWorkerEarly(): void {
  if (!('serviceWorker' in navigator)) return
  navigator.serviceWorker.register(DEMO_WORKER_URL).catch(() => undefined)
}

/**
 * Resolves as soon as the credentials are known (a tiny chunk), while the worker keeps
 * starting: the app renders and loads its route code in parallel instead of after it. The
 * worker's registration, the msw chunk and the credentials all start at once.
 */
export function startDemo(): Promise<DemoRuntime> {
  if (started) return started
  registerDemoWorkerEarly()
  const tenant = import('../../mocks/browser').then((demo) => demo.startDemoTenant())
  // A failure reaches the requests through `ready` (each page explains it inline).
  tenant.catch(() => undefined)
  started = import('../../mocks/demo-credentials')
    .then((credentials) => ({
      connection: {
        baseUrl: new URL(DEMO_BASE_PATH, window.location.origin).href,
        tenantId: credentials.DEMO_TENANT_ID,
        token: credentials.DEMO_TOKEN,
      },
      ready: tenant.then(() => undefined),
      resetDemoData: () => void tenant.then((demo) => demo.resetDemoData()),
    }))
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
