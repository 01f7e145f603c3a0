import type { RequestHandler } from 'msw'
import { setupWorker } from 'msw/browser'

/** msw's worker script in public/ (written by `npx msw init`). */
const WORKER_URL = '/mockServiceWorker.js'

/**
 * msw's `worker.start` reloads the page when it finds its worker registered but not in
 * control of the page, which it takes for a hard reload. So: wait until the worker takes
 * control (on a cold load it is still installing here, and claims the page on activation);
 * false when it never will for this page (a hard reload: active, but not in control), where
 * the page goes on answering by itself instead of reloading.
 */
async function untilWorkerControls(): Promise<boolean> {
  const container = navigator.serviceWorker
  if (container.controller) return true
  // Joins the registration already under way (or starts it).
  const registration = await container.register(WORKER_URL)
  const pending = registration.installing ?? registration.waiting
  if (container.controller) return true
  if (!pending) return false
  return new Promise<boolean>((resolve) => {
    container.addEventListener('controllerchange', () => resolve(true), { once: true })
    pending.addEventListener('statechange', () => {
      if (pending.state === 'redundant') resolve(false)
    })
  })
}

/**
 * Starts msw in the demo's service worker with the page's handlers: once it resolves true,
 * the page's requests go through the worker (and show on the Network panel); false when the
 * worker cannot control this page (a hard reload). A chunk of its own (msw's worker client,
 * ~23 KB gzip), loaded after the first page is drawn.
 */
export async function startDemoWorker(handlers: readonly RequestHandler[]): Promise<boolean> {
  if (!(await untilWorkerControls())) return false
  const worker = setupWorker(...handlers)
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: WORKER_URL },
  })
  return true
}
