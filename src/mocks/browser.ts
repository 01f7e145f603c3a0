import { setupWorker } from 'msw/browser'
import { DEMO_TENANT_ID, DEMO_TOKEN } from './demo-credentials'
import { createLoanProHandlers } from './handlers'
import { TenantStore } from './tenant-store'

const DELETED_KEY = 'cm.demo.deleted'
const SIZE_KEY = 'cm.demoSize'
const DEFAULT_SIZE = 2500
const MAX_SIZE = 100_000
const DEFAULT_LATENCY_MS = 50
/** Long enough for the first page to render; short of a person's first search. */
const WARM_UP_AFTER_MS = 1500

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
  // Cheap: documents are built on demand, so the first page is answered at once.
  let store = makeStore(deleted)
  const worker = setupWorker(...createLoanProHandlers(() => store, { baseUrl }))
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: '/mockServiceWorker.js' },
  })
  // The rest of the index is built while the page is idle, so a first search finds it ready;
  // not before the first page has rendered, whose own work it would compete with.
  let stopWarmUp = () => clearTimeout(warmUpTimer)
  const warmUpTimer = setTimeout(() => {
    stopWarmUp = store.warmUp(whenIdle)
  }, WARM_UP_AFTER_MS)
  return {
    baseUrl,
    resetDemoData() {
      deleted.clear()
      localStorage.removeItem(DELETED_KEY)
      stopWarmUp()
      store = makeStore([])
      stopWarmUp = store.warmUp(whenIdle)
    },
  }
}

/** Runs a slice when the page has nothing else to do (a timer where idle callbacks are missing). */
function whenIdle(slice: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(slice)
  else setTimeout(slice, 1)
}
