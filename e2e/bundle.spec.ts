import { test, expect } from './fixtures'

// msw and the demo tenant must be a lazy chunk: a live or proxied connection never downloads
// them. Read what the page loads up front (the entry script and its modulepreloads). The entry
// may name the worker script's URL (demo mode registers it at once, before msw arrives), but
// holds none of msw's code.
test('the initial JS holds no msw code', async ({ request }) => {
  const html = await (await request.get('/customers')).text()
  const urls = [
    ...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="([^"]+)"/g),
  ].map((match) => match[1] ?? '')
  expect(urls.length).toBeGreaterThan(0)
  for (const url of urls) {
    const code = await (await request.get(url)).text()
    expect(code, url).not.toContain('MOCK_ACTIVATE')
    expect(code, url).not.toContain('setupWorker')
    expect(code, url).not.toContain('msw')
  }
})
