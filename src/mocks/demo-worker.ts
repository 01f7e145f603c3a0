import type { RequestHandler } from 'msw'
import { setupWorker } from 'msw/browser'

/** The worker script in public/; the app's head start registers the same URL. */
const WORKER_URL = '/mockServiceWorker.js'

/**
 * msw's `worker.start` reloads the page when it finds its worker registered but not in
 * control of the page, which it takes for a hard reload. The app registers the worker before
 * this code runs (from <head>, and in `startDemo`), so on a cold load the worker may still be
 * installing here: wait until it takes control (it claims the page on activation).
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
 * Starts msw in the demo's service worker with the page's handlers: once it resolves, the
 * page's requests go through the worker (and show on the Network panel). A chunk of its own
 * (msw's worker client, ~25 KB gzip), loaded after the first page is drawn.
 */
export async function startDemoWorker(handlers: readonly RequestHandler[]): Promise<void> {
  const worker = setupWorker(...handlers)
  await untilWorkerControls()
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: WORKER_URL },
  })
}
