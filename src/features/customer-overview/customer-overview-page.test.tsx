import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { DEMO_FIXTURES } from '../../mocks/fixtures'
import { testTenant } from '../../testing/test-server'
import { loadedPanel, loggedGets, openTab, renderOverview } from './overview-test-helpers'

describe('customer overview: page', () => {
  it('heads the page with the customer and their contact facts', async () => {
    renderOverview(`/customers/${DEMO_FIXTURES.full.id}`, 'expand')
    const header = (
      await screen.findByRole('heading', { level: 1, name: 'Margaret Fullerton' })
    ).closest('header')
    if (!header) throw new Error('no header')
    const text = header.textContent ?? ''
    expect(text).toContain(`ID ${DEMO_FIXTURES.full.id}`)
    expect(text).toContain('(312) 555-0101')
    expect(text).toContain('233 S Wacker Dr, Suite 4400, Chicago, IL 60606')
    expect(text).toMatch(/Created/)
    expect(text).toMatch(/Last update/)
    expect(document.title).toContain('Margaret Fullerton')
  })

  it('uses the company name for a company', async () => {
    renderOverview(`/customers/${DEMO_FIXTURES.company.id}`, 'per-object')
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Acme Freight LLC' }),
    ).toBeInTheDocument()
  })

  it('masks sensitive details until revealed', async () => {
    const { user } = renderOverview(`/customers/${DEMO_FIXTURES.full.id}`, 'per-object')
    const panel = await loadedPanel()
    const reveal = within(panel).getByRole('button', { name: 'Reveal SSN' })
    const masked = reveal.previousElementSibling?.textContent ?? ''
    expect(masked).toMatch(/^•+\d{4}$/)
    await user.click(reveal)
    expect(
      within(panel).getByRole('button', { name: 'Hide SSN' }).previousElementSibling,
    ).toHaveTextContent(/^\d{3}-\d{2}-\d{4}$/)
  })

  it('opens Details for an unknown tab slug', async () => {
    renderOverview(`/customers/${DEMO_FIXTURES.full.id}/nonsense`, 'per-object')
    await loadedPanel()
    expect(screen.getByRole('tab', { name: 'Details' })).toHaveAttribute('aria-selected', 'true')
    expect(screen.getByRole('tabpanel', { name: 'Details' })).toHaveTextContent('Margaret')
  })

  it('pages through 500 notes instead of rendering them all', async () => {
    const { user } = renderOverview(`/customers/${DEMO_FIXTURES.manyNotes.id}/notes`, 'per-object')
    const panel = await loadedPanel()
    const list = within(panel).getByRole('list', { name: 'Notes' })
    expect(within(list).getAllByRole('listitem')).toHaveLength(25)
    expect(panel).toHaveTextContent('Showing 25 of 500 notes')
    await user.click(within(panel).getByRole('button', { name: 'Show 25 more notes' }))
    expect(within(list).getAllByRole('listitem')).toHaveLength(50)
    expect(screen.getByRole('tab', { name: 'Notes 500' })).toBeInTheDocument()
  })

  it.each(['per-object', 'expand'] as const)(
    'says "Customer not found" for an unknown id (%s)',
    async (style) => {
      renderOverview('/customers/987654/phones', style)
      expect(
        await screen.findByRole('heading', { level: 1, name: 'Customer not found' }),
      ).toBeInTheDocument()
      expect(screen.getByRole('link', { name: 'Back to the customer list' })).toHaveAttribute(
        'href',
        '/customers',
      )
      expect(screen.queryByRole('tablist')).not.toBeInTheDocument()
    },
  )

  it('says "Customer not found" for a deleted customer (LoanPro answers 409)', async () => {
    expect(testTenant().deleteCustomer(DEMO_FIXTURES.deletable.id).status).toBe('deleted')
    renderOverview(`/customers/${DEMO_FIXTURES.deletable.id}`, 'expand')
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Customer not found' }),
    ).toBeInTheDocument()
    // The `$expand` 409 alone proves nothing; the plain GET's 409 does.
    expect(loggedGets()).toEqual([
      expect.stringContaining('$expand='),
      `odata.svc/Customers(${DEMO_FIXTURES.deletable.id})`,
    ])
  })

  it('says "Customer not found" for a non-numeric id, without asking LoanPro', async () => {
    renderOverview('/customers/abc', 'per-object')
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Customer not found' }),
    ).toBeInTheDocument()
    expect(loggedGets()).toEqual([])
  })

  it('navigates between tab URLs', async () => {
    const { user, location } = renderOverview(`/customers/${DEMO_FIXTURES.full.id}`, 'per-object')
    await openTab(user, 'Social Profiles')
    expect(location().pathname).toBe(`/customers/${DEMO_FIXTURES.full.id}/social-profiles`)
    await openTab(user, 'Details')
    expect(location().pathname).toBe(`/customers/${DEMO_FIXTURES.full.id}`)
  })
})
