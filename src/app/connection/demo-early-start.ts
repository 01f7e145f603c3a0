/**
 * The demo's head start, run as a tiny classic script from `<head>` (the build serialises this
 * function: see vite-demo-early-start.ts) while the app's own entry is still downloading: on
 * the demo connection it registers the service worker and preloads the demo's code, so that
 * both are ready when the entry's `startDemo` asks for them (300 ms later on a cold load).
 *
 * Self-contained on purpose (no imports, no outer names): it runs before any module. Its test
 * holds its choice of connection equal to `readConnectionSettings`; a miss costs only speed
 * (startDemo registers and imports anyway).
 */
export function startDemoEarly(
  demoCode: readonly string[],
  workerUrl: string,
  win: Pick<Window, 'document' | 'navigator' | 'localStorage' | 'sessionStorage'> = window,
): boolean {
  const serviceWorker = win.navigator.serviceWorker as ServiceWorkerContainer | undefined
  if (!serviceWorker) return false
  // connection-settings.ts: the server's proxy says so in a meta tag; a browser connection
  // needs its token (sessionStorage), without which the app falls back to the demo.
  const meta = win.document.querySelector('meta[name="customer-manager-connection"]')
  if (meta?.getAttribute('content') === 'proxy') return false
  try {
    if (
      win.localStorage.getItem('cm.connection.kind') === 'browser' &&
      win.sessionStorage.getItem('cm.connection.token')
    )
      return false
  } catch {
    // Storage refused: the app reads no settings either, and runs the demo.
  }
  serviceWorker.register(workerUrl).catch(() => undefined)
  for (const href of demoCode) {
    const link = win.document.createElement('link')
    link.rel = 'modulepreload'
    link.href = href
    // Tells these preloads from the ones Vite adds when the entry imports the demo.
    link.setAttribute('data-demo-early-start', '')
    win.document.head.appendChild(link)
  }
  return true
}
