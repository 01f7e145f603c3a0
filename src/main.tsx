// The base sheets first: every component's own rules come after them in the one entry sheet
// and refine them (a danger button's colours over `.button`'s).
import './app/styles/tokens.css'
import './app/styles/base.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { createAppQueryClient } from './api/query-defaults'
import { App } from './app/app'
import { prefetchLandingData } from './app/boot-prefetch'
import { createConnectionClient } from './app/connection/connection-context'
import {
  readConnectionSettings,
  type ConnectionSettings,
} from './app/connection/connection-settings'
import { startDemo, type DemoRuntime } from './app/connection/demo-runtime'
import { hasEarlySearch } from './app/connection/early-search'
import { loadCustomerRoute, preloadLandingRoute } from './app/router'
import { afterPaintWhenIdle } from './lib/after-next-paint'
import { warmLocaleData } from './lib/locale-warm-up'
import { openLocalStorage } from './lib/storage'
import { drawBootRowsInTwoSteps } from './features/customers-list/first-screen-rows'
// Last, where the overview's own sheet used to be added: the same cascade, no wait on a sheet.
import './features/customer-overview/overview-styles'

/**
 * The demo tenant answers on this page's main thread (msw's handlers, on the page until its
 * worker takes over): a skeleton rendered before the answer holds the answer up by the whole
 * render and its layout (4× CPU: ~750 ms). So the demo's first render waits for the demo's
 * code and the answer, up to this long.
 */
const DEMO_FIRST_RENDER_WAIT_MS = 1000

/**
 * Through the server, the list's search was sent from <head> (early-search.ts) and its answer
 * is often in, or about to be, when the code has run: the first render waits for it this long
 * at most, so that the page renders and lays out once, with its rows, instead of empty and then
 * again (4× CPU: ~250 ms for the empty page's render and layout).
 */
const EARLY_SEARCH_FIRST_RENDER_WAIT_MS = 250

/**
 * Everything the first page needs starts at once, in parallel: the demo tenant (demo mode),
 * the landing page's code, and its data request; the first render waits for the code (so the
 * page renders without suspending). The demo answers on this thread, so there the render waits
 * for the answer (briefly); so it does through a server when the search was sent from <head>
 * (it is then usually in). Otherwise the page renders while the answer is on its way, and then
 * only its rows are left to draw.
 */
async function boot() {
  const root = createRoot(document.getElementById('root') as HTMLElement)
  let connection: ConnectionSettings = readConnectionSettings()
  const demoStarting = connection.kind === 'demo' ? startDemo() : null
  const landingCode = preloadLandingRoute(window.location.pathname).catch(() => undefined)
  let demo: DemoRuntime | null = null
  if (demoStarting) {
    try {
      // Resolves with the credentials (a tiny chunk); requests wait for the worker themselves.
      demo = await demoStarting
    } catch {
      // Without a service worker (an old browser, a private window that forbids it) the demo
      // cannot run; Settings still lets the person connect a real tenant.
      connection = { kind: 'demo' }
    }
  }
  const queryClient = createAppQueryClient()
  const early = hasEarlySearch()
  const landingData = prefetchLandingData(
    queryClient,
    createConnectionClient(connection, demo),
    window.location,
  )
  // The storage the list's column choice is read from opens while the page waits anyway. (The
  // locale data was loaded by the head script while the entry downloaded, where the first paint
  // needs it: lib/locale-warm-up.ts.)
  if (demo !== null || early) setTimeout(openLocalStorage, 0)
  // A failed chunk load surfaces in the route's error boundary when the page renders.
  await landingCode
  if (demo) {
    await Promise.race([demo.ready.then(() => landingData, noop), delay(DEMO_FIRST_RENDER_WAIT_MS)])
  } else if (early) {
    await Promise.race([landingData, delay(EARLY_SEARCH_FIRST_RENDER_WAIT_MS)])
  }
  drawBootRowsInTwoSteps()
  root.render(
    <StrictMode>
      <App queryClient={queryClient} connection={connection} demo={demo} />
    </StrictMode>,
  )
  preloadOverviewOnIntent()
  // The head script leaves the locale data alone when the list's first rows need none
  // (lib/locale-warm-up.ts): it is loaded once they are painted, before an overview needs it.
  afterPaintWhenIdle(() => warmLocaleData())
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

function noop(): void {}

/**
 * The overview's code starts loading when a pointer or the focus reaches a link to it (a
 * row's ID link), before the click: not on idle, which would weigh on every list page.
 */
function preloadOverviewOnIntent(): void {
  const onIntent = (event: Event) => {
    if (!(event.target instanceof Element)) return
    if (!event.target.closest('a[href^="/customers/"]')) return
    document.removeEventListener('pointerover', onIntent)
    document.removeEventListener('focusin', onIntent)
    void loadCustomerRoute().catch(() => undefined)
  }
  document.addEventListener('pointerover', onIntent)
  document.addEventListener('focusin', onIntent)
}

void boot()
