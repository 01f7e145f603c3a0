/**
 * The demo's head start, run as a tiny classic script from `<head>` (the build serialises this
 * function: see vite-demo-early-start.ts) before the app's own entry has arrived: on the demo
 * connection it preloads the demo's code, so that it is there when the entry's `startDemo`
 * asks for it. The demo answers on the page at first; its service worker is registered later,
 * once the first page is drawn (src/mocks/demo-worker.ts), so that its start-up does not
 * compete with the page's.
 *
 * Self-contained on purpose (no imports, no outer names): it runs before any module. Its test
 * holds its choice of connection equal to `readConnectionSettings`; a miss costs only speed
 * (startDemo imports anyway).
 */
export function startDemoEarly(
  demoCode: readonly string[],
  win: Pick<Window, 'document' | 'localStorage' | 'sessionStorage'> = window,
): boolean {
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
