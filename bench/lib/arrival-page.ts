import { createServer } from 'node:http'

export interface ArrivalPage {
  /** A blank page on another site than the pages measured (`localhost`, not `127.0.0.1`). */
  url: string
  stop(): Promise<void>
}

/**
 * Where every measured load comes from. A person arrives at the app from another site or the
 * new-tab page, and Chromium commits the app in a renderer of its own either way. Playwright's
 * fresh page is `about:blank` instead, whose renderer Chromium reuses for the next page unless
 * that page asks for a browsing-context-group of its own, as the app's
 * `Cross-Origin-Opener-Policy: same-origin` does: from `about:blank` the floor (no such header)
 * skipped the renderer start that the app paid (same run, 10 loads each: floor 288 → 312 ms,
 * app 415 → 404 ms when both came from another site).
 */
export async function startArrivalPage(): Promise<ArrivalPage> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
    response.end('<!doctype html><title>Elsewhere</title>')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  if (!address || typeof address === 'string') throw new Error('The arrival page has no port.')
  return {
    url: `http://localhost:${String(address.port)}/`,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
