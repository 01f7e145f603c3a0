import { test, expect } from './fixtures'

// The demo tenant's start-up on a cold load (a new context: no service worker yet). Its code
// loads from <head> while the entry downloads and answers the first requests on the page; its
// service worker starts once the first page is drawn and then answers, and msw's start must not
// take the worker still installing for a hard reload (it would reload the page).
test('a cold demo load preloads the demo code from <head>, answers, and never reloads', async ({
  page,
}) => {
  const documents: string[] = []
  page.on('request', (request) => {
    if (request.resourceType() === 'document') documents.push(request.url())
  })
  await page.goto('/customers')
  await expect(
    page.getByRole('table', { name: 'Customers' }).getByRole('link').first(),
  ).toBeVisible()
  // Preloaded by the head script (Vite's own preloads, added when the entry imports the demo,
  // carry no mark), and fetched once: the entry's import found it.
  const preloaded = await page.evaluate(() =>
    [...document.querySelectorAll('link[rel="modulepreload"][data-demo-early-start]')].map((link) =>
      new URL((link as HTMLLinkElement).href).pathname.replace(/-[\w-]{8}\.js$/, ''),
    ),
  )
  expect(preloaded).toEqual(['/assets/browser', '/assets/demo-credentials'])
  const fetched = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((entry) => /\/assets\/(browser|demo-credentials)-[\w-]+\.js$/.test(entry.name)),
  )
  expect(fetched).toHaveLength(2)
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller?.scriptURL))
    .toMatch(/\/mockServiceWorker\.js$/)
  // Then the worker answers the page's requests: the fake's 401 for a request without
  // credentials, where the server itself knows no such path.
  await expect
    .poll(() =>
      page.evaluate(async () => {
        const response = await fetch('/demo-api/api/public/api/1/odata.svc/Customers(1001)')
        return response.status
      }),
    )
    .toBe(401)
  expect(documents).toHaveLength(1)
})
