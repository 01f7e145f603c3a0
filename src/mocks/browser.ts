import { DEMO_TENANT_ID, DEMO_TOKEN } from './demo-credentials'
import { createLoanProHandlers } from './handlers'
import { createInPageFetch } from './in-page-fetch'
import { TenantStore } from './tenant-store'

const DELETED_KEY = 'cm.demo.deleted'
const SIZE_KEY = 'cm.demoSize'
const DEFAULT_SIZE = 2500
const MAX_SIZE = 100_000
const DEFAULT_LATENCY_MS = 50

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
  /**
   * The app's `fetch` for the demo: through the service worker once msw runs there, and until
   * then answered on this page by the same handlers (`createInPageFetch`), so that the first
   * requests do not wait for the worker's registration and activation.
   */
  fetch: typeof fetch
  /** Forgets the demo's deletions; the app should reload (or refetch) afterwards. */
  resetDemoData(): void
}

/**
 * Starts the demo tenant: it answers on this page at once, and in its service worker (msw)
 * once that runs. Size from `?demoSize=N` or localStorage `cm.demoSize` (up to 100,000);
 * latency from `?demoLatency=ms`; deletions persist.
 */
export function startDemoTenant(): DemoTenant {
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
  const handlers = createLoanProHandlers(() => store, { baseUrl })
  let workerAnswers = false
  // The page answers meanwhile: the worker (its registration, install and activation, and
  // msw's start and handshake with it) waits until the first page is drawn, off the first
  // answer's way. When it cannot control this page (a hard reload) or cannot start at all (no
  // service workers, a chunk that failed to load), the page goes on answering.
  whenIdle()
    .then(() => import('./demo-worker'))
    .then((demoWorker) => demoWorker.startDemoWorker(handlers))
    .then(
      (started) => {
        workerAnswers = started
      },
      () => undefined,
    )
  const network: typeof fetch = (input, init) => window.fetch(input, init)
  const inPage = createInPageFetch(handlers, network)
  return {
    baseUrl,
    fetch: (input, init) => (workerAnswers ? network(input, init) : inPage(input, init)),
    resetDemoData() {
      deleted.clear()
      localStorage.removeItem(DELETED_KEY)
      store = makeStore([])
    },
  }
}

/** After the page's current work (the first render): an idle moment, or 1 s at most. */
function whenIdle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function')
      requestIdleCallback(() => resolve(), { timeout: 1000 })
    else setTimeout(resolve, 0)
  })
}
