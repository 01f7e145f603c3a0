import { test, expect } from './fixtures'

// The demo tenant's start-up on a cold load (a new context: no service worker yet). Its code
// and worker start from <head> while the entry downloads, and msw's start must not take the
// worker still installing for a hard reload (it would reload the page).
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
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(
    /\/mockServiceWorker\.js$/,
  )
  expect(documents).toHaveLength(1)
})
