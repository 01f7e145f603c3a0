import { screen, waitFor, within } from '@testing-library/react'
import { http } from 'msw'
import { describe, expect, it } from 'vitest'
import { DEMO_FIXTURES } from '../../mocks/fixtures'
import { resolveLoanProRequest } from '../../mocks/handlers'
import { TEST_API_BASE, testServer, testTenant } from '../../testing/test-server'
import {
  loadedPanel,
  loggedGets,
  openTab,
  renderOverview,
  visitAllTabs,
} from './overview-test-helpers'

const FULL = DEMO_FIXTURES.full.id
const CUSTOMER = `odata.svc/Customers(${FULL})`
// Collections ask for every item (LoanPro pages at 50 otherwise) and for their links' names.
const PHONES = `${CUSTOMER}/Phones?nopaging=true`
const NOTES = `${CUSTOMER}/Notes?$expand=Category,Author&nopaging=true`

/** The fake tenant's answer to the `$expand` request, without `object`. */
function dropFromExpand(object: string) {
  testServer.use(
    http.get('*', async ({ request }) => {
      const url = new URL(request.url)
      if (!url.pathname.endsWith(`Customers(${FULL})`) || !url.searchParams.has('$expand'))
        return undefined
      const response = await resolveLoanProRequest(testTenant(), request, {
        baseUrl: TEST_API_BASE,
      })
      if (!response) return undefined
      const body = (await response.json()) as { d: Record<string, unknown> }
      delete body.d[object]
      return Response.json(body)
    }),
  )
}

describe('customer overview: requests per fetch style', () => {
  it('$expand: one request fills the header and every tab', async () => {
    const { user } = renderOverview(`/customers/${FULL}`, 'expand')
    await visitAllTabs(user)
    const gets = loggedGets()
    expect(gets).toHaveLength(1)
    expect(gets[0]).toMatch(new RegExp(`^odata\\.svc/Customers\\(${FULL}\\)\\?\\$expand=`))
    for (const path of [
      'Phones',
      'Notes',
      'PaymentAccounts/CheckingAccount',
      'PaymentAccounts/CreditCard',
    ]) {
      expect(gets[0]).toContain(path)
    }
    expect(
      screen.getByRole('heading', { level: 1, name: 'Margaret Fullerton' }),
    ).toBeInTheDocument()
  })

  it('per object: the customer plus one request per opened tab, none on revisit', async () => {
    const { user } = renderOverview(`/customers/${FULL}/phones`, 'per-object')
    expect(await screen.findByText('(312) 555-0101', { selector: 'td' })).toBeInTheDocument()
    expect(loggedGets().sort()).toEqual([CUSTOMER, PHONES])
    await openTab(user, 'Employer')
    await openTab(user, 'Payment Accounts')
    expect(loggedGets()).toEqual([
      expect.any(String),
      expect.any(String),
      `${CUSTOMER}/Employer`,
      `${CUSTOMER}/PaymentAccounts?$expand=CheckingAccount,CreditCard&nopaging=true`,
    ])
    await openTab(user, 'Phones')
    await openTab(user, 'Details')
    await openTab(user, 'Employer')
    expect(loggedGets()).toHaveLength(4)
  })

  it('per object: hovering a tab prefetches it once', async () => {
    const { user } = renderOverview(`/customers/${FULL}`, 'per-object')
    await loadedPanel()
    await user.hover(screen.getByRole('tab', { name: /^Notes/ }))
    await waitFor(() => expect(loggedGets()).toContain(NOTES))
    await openTab(user, 'Notes')
    expect(loggedGets()).toEqual([CUSTOMER, NOTES])
  })

  it('$expand without an object: that tab alone asks for it, quietly', async () => {
    dropFromExpand('Phones')
    const { user } = renderOverview(`/customers/${FULL}`, 'expand')
    await loadedPanel()
    expect(screen.getByRole('link', { name: 'Show phones' })).toBeInTheDocument()
    const panel = await openTab(user, 'Phones')
    expect(within(panel).getByText('(312) 555-0101')).toBeInTheDocument()
    await openTab(user, 'Notes')
    expect(loggedGets()).toHaveLength(2)
    expect(loggedGets()[1]).toBe(PHONES)
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it('$expand failing: the header and tabs fall back to their own requests, quietly', async () => {
    testTenant().faults.failNext(1, 'server-error', { path: /^odata\.svc\/Customers\(\d+\)$/ })
    renderOverview(`/customers/${FULL}/notes`, 'expand')
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Margaret Fullerton' }),
    ).toBeInTheDocument()
    const panel = await loadedPanel()
    expect(within(panel).getByText('Welcome call')).toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    const gets = loggedGets()
    expect(gets[0]).toContain('$expand=')
    expect(gets.slice(1).sort()).toEqual([CUSTOMER, NOTES])
  })

  it('one failing tab shows Retry and leaves the rest of the page working', async () => {
    testTenant().faults.failNext(1, 'server-error', { path: `${CUSTOMER}/Phones` })
    const { user } = renderOverview(`/customers/${FULL}/phones`, 'per-object')
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Phones could not be loaded')
    expect(
      screen.getByRole('heading', { level: 1, name: 'Margaret Fullerton' }),
    ).toBeInTheDocument()
    await user.click(within(alert).getByRole('button', { name: 'Retry' }))
    expect(await screen.findByText('(312) 555-0101', { selector: 'td' })).toBeInTheDocument()
    const employer = await openTab(user, 'Employer')
    expect(within(employer).getByText('Lakeside Logistics')).toBeInTheDocument()
  })

  it('shows the request that fed a tab, without the token', async () => {
    const perObject = renderOverview(`/customers/${FULL}/phones`, 'per-object')
    await perObject.user.click(await screen.findByRole('button', { name: 'Show request' }))
    expect(
      screen.getByText(`${TEST_API_BASE}${CUSTOMER}/Phones`, { exact: false }),
    ).toBeInTheDocument()
    perObject.unmount()
    const expand = renderOverview(`/customers/${FULL}/phones`, 'expand')
    await expand.user.click(await screen.findByRole('button', { name: 'Show request' }))
    const code = screen.getByText(/\$expand=/)
    expect(code).toHaveTextContent(`GET ${TEST_API_BASE}${CUSTOMER}?$expand=PrimaryAddress,`)
    expect(document.body.textContent).not.toContain('test-token')
  })
})
