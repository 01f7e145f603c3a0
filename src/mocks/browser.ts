import { setupWorker } from 'msw/browser'
import { DEMO_TENANT_ID, DEMO_TOKEN } from './demo-credentials'
import { createLoanProHandlers } from './handlers'
import { TenantStore } from './tenant-store'

const DELETED_KEY = 'cm.demo.deleted'
const SIZE_KEY = 'cm.demoSize'
const DEFAULT_SIZE = 2500
const MAX_SIZE = 100_000
const DEFAULT_LATENCY_MS = 50
/** The worker script in public/; the app's head start registers the same URL. */
const WORKER_URL = '/mockServiceWorker.js'

function readNumber(raw: string | null | undefined, fallback: number, max: number): number {
  const n = raw ? Number.parseInt(raw, 10) : Number.NaN
  return Number.isFinite(n) && n >= 0 ? Math.min(n, max) : fallback
}

function readDeleted(): number[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(DELETED_KEY) ?? '[]')
    return Array.isArray(parsed) ? parsed.filter((v): v is number => Number.isInteger(v)) : []
  } catch {
    return []
  }
}

export interface DemoTenant {
  baseUrl: string
  /** Forgets the demo's deletions; the app should reload (or refetch) afterwards. */
  resetDemoData(): void
}

/**
 * msw's `worker.start` reloads the page when it finds its worker registered but not in
 * control of the page, which it takes for a hard reload. The app registers the worker before
 * this code runs (from <head>, and in `startDemo`), so on a cold load the worker is usually
 * still installing here: wait until it takes control (it claims the page on activation).
 */
async function untilWorkerControls(): Promise<void> {
  const container = navigator.serviceWorker
  if (container.controller) return
  // Joins the registration already under way (or starts it).
  const registration = await container.register(WORKER_URL)
  const pending = registration.installing ?? registration.waiting
  if (!pending || container.controller) return
  await new Promise<void>((resolve) => {
    container.addEventListener('controllerchange', () => resolve(), { once: true })
    pending.addEventListener('statechange', () => {
      if (pending.state === 'redundant') resolve()
    })
  })
}

/**
 * Starts the demo tenant in a service worker. Size from `?demoSize=N` or localStorage
 * `cm.demoSize` (up to 100,000); latency from `?demoLatency=ms`; deletions persist.
 */
export async function startDemoTenant(): Promise<DemoTenant> {
  const params = new URLSearchParams(location.search)
  const count = readNumber(
    params.get('demoSize') ?? localStorage.getItem(SIZE_KEY),
    DEFAULT_SIZE,
    MAX_SIZE,
  )
  const latencyMs = readNumber(params.get('demoLatency'), DEFAULT_LATENCY_MS, 60_000)
  const baseUrl = `${location.origin}/demo-api/api/public/api/1/`
  const deleted = new Set(readDeleted())
  const makeStore = (deletedIds: Iterable<number>) =>
    new TenantStore({
      count,
      seed: 1,
      token: DEMO_TOKEN,
      tenantId: DEMO_TENANT_ID,
      faults: { latencyMs },
      deletedIds,
      onDelete(id) {
        deleted.add(id)
        localStorage.setItem(DELETED_KEY, JSON.stringify([...deleted]))
      },
    })
  // Cheap: documents are built on demand, so the first page is answered at once. The search
  // index (text per field, sort orders) is built by the first search that needs it, not on
  // every page load: the status options and filters, the id order and the pages need none.
  let store = makeStore(deleted)
  const worker = setupWorker(...createLoanProHandlers(() => store, { baseUrl }))
  await untilWorkerControls()
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: WORKER_URL },
  })
  return {
    baseUrl,
    resetDemoData() {
      deleted.clear()
      localStorage.removeItem(DELETED_KEY)
      store = makeStore([])
    },
  }
}
