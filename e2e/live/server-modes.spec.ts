import { test, expect } from './live-fixtures'
import { DEMO_PORT, FAKE_TOKEN, PROXY_PORT } from './live-env'

// `npm start` serves the demo with no LoanPro variables and proxies with all three.

test('with no LoanPro variables the server serves the demo tenant', async ({ page, request }) => {
  const demo = `http://localhost:${DEMO_PORT}`
  const html = await (await request.get(`${demo}/customers`)).text()
  expect(html).toContain('<meta name="customer-manager-connection" content="demo">')
  const api = await request.get(`${demo}/api/loanpro/odata.svc/Customers(1001)`)
  expect(api.status()).toBe(404)

  await page.goto(`${demo}/customers`)
  await expect(page.getByRole('status').filter({ hasText: /\d customers/ })).toBeVisible()
})

test('with the three variables it proxies with the credentials added by the server', async ({
  request,
}) => {
  const proxy = `http://localhost:${PROXY_PORT}`
  const html = await (await request.get(`${proxy}/customers`)).text()
  expect(html).toContain('<meta name="customer-manager-connection" content="proxy">')
  expect(html).not.toContain(FAKE_TOKEN)

  // No Authorization header from this client: the server supplies it.
  const customer = await request.get(`${proxy}/api/loanpro/odata.svc/Customers(1001)`)
  expect(customer.status()).toBe(200)
  expect(customer.headers()['content-security-policy']).toContain('sandbox')
  const body = (await customer.json()) as { d?: { firstName?: string } }
  expect(body.d?.firstName).toBe('Margaret')

  // The proxy spends the token for the app only: a cross-site caller is refused.
  const crossSite = await request.get(`${proxy}/api/loanpro/odata.svc/Customers(1001)`, {
    headers: { Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' },
  })
  expect(crossSite.status()).toBe(403)
})
