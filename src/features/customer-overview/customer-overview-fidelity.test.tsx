import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { DEMO_FIXTURES } from '../../mocks/fixtures'
import { testServer, testTenant } from '../../testing/test-server'
import { loadedPanel, loggedGets, openTab, renderOverview } from './overview-test-helpers'

/* Overview on the strict fake (docs/loanpro-api.md §8): whole collections, linked names. */

const FULL = DEMO_FIXTURES.full.id
const MANY = DEMO_FIXTURES.manyNotes.id
const STYLES = ['per-object', 'expand'] as const

describe('customer overview on the strict fake', () => {
  it.each(STYLES)(
    'reaches all 500 notes of customer 1004 (%s); the tab says 500',
    async (style) => {
      const { user } = renderOverview(`/customers/${MANY}/notes`, style)
      const panel = await loadedPanel()
      await waitFor(() => expect(panel).toHaveTextContent('Showing 50 of 500 notes'))
      expect(screen.getByRole('tab', { name: 'Notes 500' })).toBeInTheDocument()
      // The oldest note (the 500th) is there once every page is shown. The button stays the
      // same element while notes remain: found once (a role query per click, over a list of
      // hundreds of notes, cost this test most of its time).
      const more = within(panel).getByRole('button', { name: 'Show 50 more notes' })
      for (let shown = 50; shown < 500; shown += 50) await user.click(more)
      expect(more).not.toBeInTheDocument()
      // Counted as the list's children: a role query over 500 items costs a second in jsdom.
      expect(within(panel).getByRole('list', { name: 'Notes' }).children).toHaveLength(500)
      expect(panel).toHaveTextContent('Note 1 of 500')
    },
  )

  it('pages to the end when the tenant ignores nopaging', async () => {
    testServer.use(
      http.get('*', ({ request }) => {
        const url = new URL(request.url)
        if (!url.searchParams.has('nopaging')) return undefined
        url.searchParams.delete('nopaging') // a tenant that does not know the option
        return fetch(new Request(url, request))
      }),
    )
    renderOverview(`/customers/${MANY}/notes`, 'per-object')
    const panel = await loadedPanel()
    await waitFor(() => expect(panel).toHaveTextContent('Showing 50 of 500 notes'))
    expect(screen.getByRole('tab', { name: 'Notes 500' })).toBeInTheDocument()
    const pages = loggedGets().filter((path) => path.includes('/Notes'))
    expect(pages).toHaveLength(10) // 50 at a time, to summary.total
  })

  it('shows the customer when $expand answers 409 but the plain GET finds it', async () => {
    testServer.use(
      http.get('*', ({ request }) =>
        new URL(request.url).searchParams.has('$expand') && !request.url.includes(')/')
          ? HttpResponse.json({ code: '409-OD0001', message: 'Invalid $expand' }, { status: 409 })
          : undefined,
      ),
    )
    const { user } = renderOverview(`/customers/${FULL}/phones`, 'expand')
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Margaret Fullerton' }),
    ).toBeInTheDocument()
    const panel = await loadedPanel()
    expect(within(panel).getByText('(312) 555-0101')).toBeInTheDocument()
    await openTab(user, 'Notes')
    expect(screen.queryByText('Customer not found')).not.toBeInTheDocument()
  })

  it.each(STYLES)('reads names through links, never "Field 10" (%s)', async (style) => {
    const { user } = renderOverview(`/customers/${FULL}/custom-fields`, style)
    const fields = await loadedPanel()
    expect(fields).toHaveTextContent('Loyalty Tier')
    expect(fields).toHaveTextContent('Lead Source')
    expect(fields).not.toHaveTextContent(/Field \d+/)

    const notes = await openTab(user, 'Notes')
    expect(notes).toHaveTextContent('General')
    expect(notes).toHaveTextContent('Dana Servicer')

    const loans = await openTab(user, 'Loans')
    const rows = within(within(loans).getByRole('table', { name: 'Loans' })).getAllByRole('row')
    expect(rows[1]).toHaveTextContent(/Open.*Primary/)
    expect(rows[2]).toHaveTextContent(/Paid Off.*Primary/)
  })

  it.each(STYLES)(
    "takes each loan's status name from LoanSettings/LoanStatus (%s)",
    async (style) => {
      renderOverview(`/customers/${FULL}/loans`, style)
      const loans = await loadedPanel()
      const rows = within(within(loans).getByRole('table', { name: 'Loans' })).getAllByRole('row')
      expect(rows[1]).toHaveTextContent(/L1001-1.*Open/)
      expect(rows[2]).toHaveTextContent(/L1001-2.*Paid Off/)
      const asked = loggedGets().filter((path) => path.includes('Loans'))
      expect(asked).toEqual([
        style === 'expand'
          ? expect.stringContaining('Loans,Loans/LoanSettings,Loans/LoanSettings/LoanStatus,')
          : expect.stringMatching(
              /Customers\(1001\)\/Loans\?.*LoanSettings,LoanSettings\/LoanStatus/,
            ),
      ])
    },
  )

  it.each(STYLES)(
    'still shows the loans, by their flags, when the tenant refuses the status link (%s)',
    async (style) => {
      // A tenant that does not know the three-level path answers 409, as LoanPro does.
      testServer.use(
        http.get('*', ({ request }) =>
          new URL(request.url).searchParams.get('$expand')?.includes('LoanSettings/LoanStatus')
            ? HttpResponse.json({ code: '409-OD0001', message: 'Invalid $expand' }, { status: 409 })
            : undefined,
        ),
      )
      renderOverview(`/customers/${FULL}/loans`, style)
      const loans = await loadedPanel()
      const table = within(loans).getByRole('table', { name: 'Loans' })
      const rows = within(table).getAllByRole('row')
      expect(rows).toHaveLength(3)
      expect(rows[1]).toHaveTextContent(/L1001-1.*Active.*Primary/)
      expect(rows[2]).toHaveTextContent(/L1001-2.*Active.*Primary/)
      expect(loans).not.toHaveTextContent('could not be loaded')
      expect(screen.getByRole('tab', { name: 'Loans 2' })).toBeInTheDocument()
      expect(loggedGets()).toContain('odata.svc/Customers(1001)/Loans?nopaging=true')
    },
  )

  it.each(STYLES)('hides inactive payment accounts until asked (%s)', async (style) => {
    const { user } = renderOverview(`/customers/${FULL}/payment-accounts`, style)
    const panel = await loadedPanel()
    const list = within(panel).getByRole('list', { name: 'Payment accounts' })
    expect(within(list).getAllByRole('listitem')).toHaveLength(2)
    expect(panel).not.toHaveTextContent('Old Savings')
    const toggle = within(panel).getByRole('checkbox', {
      name: 'Show inactive or hidden accounts (1)',
    })
    await user.click(toggle)
    expect(within(list).getAllByRole('listitem')).toHaveLength(3)
    expect(panel).toHaveTextContent(/Old Savings.*Inactive.*Hidden in LoanPro/)
    expect(testTenant().requests.every((r) => r.method === 'GET')).toBe(true)
  })
})
