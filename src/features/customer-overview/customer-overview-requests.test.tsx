import { act, screen, waitFor, within } from '@testing-library/react'
import { Suspense, use } from 'react'
import { http } from 'msw'
import { describe, expect, it } from 'vitest'
import { DEMO_FIXTURES } from '../../mocks/fixtures'
import { resolveLoanProRequest } from '../../mocks/handlers'
import { TEST_API_BASE, testServer, testTenant } from '../../testing/test-server'
import { renderWithProviders } from '../../testing/render-with-providers'
import {
  chooseFetchStyle,
  loadedPanel,
  loggedGets,
  OVERVIEW_PATH,
  OverviewRoute,
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

const never = new Promise<never>(() => undefined)

/** Holds its Suspense boundary back for good: what renders beside it is never committed. */
function NeverReady() {
  use(never)
  return null
}

describe('customer overview: requests per fetch style', () => {
  it.each([
    ['per-object', [CUSTOMER, PHONES, `${CUSTOMER}/PrimaryAddress`]],
    ['expand', [expect.stringMatching(/^odata\.svc\/Customers\(\d+\)\?\$expand=/)]],
  ] as const)(
    '%s: the arrival requests start while the page renders, before it is committed',
    async (style, expected) => {
      chooseFetchStyle(style)
      // Awaited: React wants an act that suspends awaited.
      await act(async () => {
        renderWithProviders(
          <Suspense fallback={<p>Held back</p>}>
            <OverviewRoute />
            <NeverReady />
          </Suspense>,
          { route: `/customers/${FULL}`, path: OVERVIEW_PATH },
        )
        await Promise.resolve()
      })
      await waitFor(() => expect(loggedGets().sort()).toEqual(expected))
      expect(screen.getByText('Held back')).toBeInTheDocument()
      expect(screen.queryByRole('tablist')).not.toBeInTheDocument()
    },
  )

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

  it('per object: the customer and what the header shows, then one request per opened tab, none on revisit', async () => {
    const { user } = renderOverview(`/customers/${FULL}/phones`, 'per-object')
    expect(await screen.findByText('(312) 555-0101', { selector: 'td' })).toBeInTheDocument()
    await screen.findByRole('heading', { level: 1, name: 'Margaret Fullerton' })
    expect(loggedGets().sort()).toEqual([CUSTOMER, PHONES, `${CUSTOMER}/PrimaryAddress`])
    await openTab(user, 'Employer')
    await openTab(user, 'Payment Accounts')
    expect(loggedGets().slice(3)).toEqual([
      `${CUSTOMER}/Employer`,
      `${CUSTOMER}/PaymentAccounts?$expand=CheckingAccount,CreditCard&nopaging=true`,
    ])
    await openTab(user, 'Phones')
    await openTab(user, 'Primary Address')
    await openTab(user, 'Details')
    await openTab(user, 'Employer')
    expect(loggedGets()).toHaveLength(5)
  })

  it('per object: visiting all 13 tabs asks for the customer and each of the 12 objects once', async () => {
    const { user } = renderOverview(`/customers/${FULL}`, 'per-object')
    await visitAllTabs(user)
    const gets = loggedGets()
    expect(gets).toHaveLength(13)
    expect(new Set(gets).size).toBe(13)
  })

  it('per object: hovering a tab prefetches it once', async () => {
    const { user } = renderOverview(`/customers/${FULL}`, 'per-object')
    await loadedPanel()
    await user.hover(screen.getByRole('tab', { name: /^Notes/ }))
    await waitFor(() => expect(loggedGets()).toContain(NOTES))
    await openTab(user, 'Notes')
    expect(loggedGets().sort()).toEqual([CUSTOMER, NOTES, PHONES, `${CUSTOMER}/PrimaryAddress`])
  })

  it('$expand without an object: it alone is asked for, quietly', async () => {
    dropFromExpand('Phones')
    const { user } = renderOverview(`/customers/${FULL}`, 'expand')
    await loadedPanel()
    const heading = await screen.findByRole('heading', { level: 1, name: 'Margaret Fullerton' })
    expect(heading.closest('header')).toHaveTextContent('(312) 555-0101')
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
    expect(gets.slice(1).sort()).toEqual([CUSTOMER, NOTES, PHONES, `${CUSTOMER}/PrimaryAddress`])
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

  it('reads the fetch style itself: switching it in Developer tools sends the $expand request', async () => {
    const { user } = renderOverview(`/customers/${FULL}/phones`, 'per-object')
    await loadedPanel()
    expect(loggedGets().some((get) => get.includes('$expand='))).toBe(false)
    await user.click(screen.getByRole('button', { name: 'Developer tools' }))
    const styles = screen.getByRole('radiogroup', { name: 'Fetch style' })
    await user.click(within(styles).getByRole('radio', { name: '$expand' }))
    expect(localStorage.getItem('cm.fetchStyle')).toBe('expand')
    await waitFor(() =>
      expect(loggedGets()).toContainEqual(
        expect.stringMatching(new RegExp(`^odata\\.svc/Customers\\(${FULL}\\)\\?\\$expand=`)),
      ),
    )
    expect(loggedGets().filter((get) => get.startsWith(PHONES))).toHaveLength(1)
  })

  it('shows the request that fed a tab behind Developer tools, without the token', async () => {
    const perObject = renderOverview(`/customers/${FULL}/phones`, 'per-object')
    await loadedPanel()
    expect(screen.queryByRole('button', { name: 'Show request' })).not.toBeInTheDocument()
    const tools = screen.getByRole('button', { name: 'Developer tools' })
    expect(tools).toHaveAttribute('aria-expanded', 'false')
    await perObject.user.click(tools)
    await perObject.user.click(await screen.findByRole('button', { name: 'Show request' }))
    expect(
      screen.getByText(`${TEST_API_BASE}${CUSTOMER}/Phones`, { exact: false }),
    ).toBeInTheDocument()
    perObject.unmount()
    const expand = renderOverview(`/customers/${FULL}/phones`, 'expand')
    await expand.user.click(await screen.findByRole('button', { name: 'Developer tools' }))
    await expand.user.click(await screen.findByRole('button', { name: 'Show request' }))
    const code = screen.getByText(/\$expand=/)
    expect(code).toHaveTextContent(`GET ${TEST_API_BASE}${CUSTOMER}?$expand=PrimaryAddress,`)
    expect(document.body.textContent).not.toContain('test-token')
  })
})
