import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { DEMO_FIXTURES } from '../../mocks/fixtures'
import { SLOW_ANSWER_TEXT } from '../../api/slow-answer'
import { holdGetAnswers, testTenant } from '../../testing/test-server'
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
    expect(text).toMatch(/Updated/)
    expect(document.title).toContain('Margaret Fullerton')
  })

  it('says in words when LoanPro is slow to answer, then shows the customer', async () => {
    let answer = (): void => undefined
    const answered = new Promise<void>((resolve) => (answer = resolve))
    holdGetAnswers('/PrimaryAddress', () => answered)
    renderOverview(`/customers/${DEMO_FIXTURES.full.id}`, 'per-object')
    // The skeleton's status: its words for assistive technology, the rest drawn as bars.
    const said = await screen.findByText(/^Loading customer…/)
    expect(said.closest('[role="status"]')).not.toBeNull()
    // A second after the customer's requests went out, the skeleton says why it is still there:
    // in its status, and in words where the customer's facts will be.
    await waitFor(() =>
      expect(said).toHaveTextContent('Loading customer… LoanPro is slow to answer'),
    )
    // Once, in the header: the Details tab waits for the same requests and leaves it to it.
    expect(screen.getByText(SLOW_ANSWER_TEXT)).toBeVisible()
    answer()
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Margaret Fullerton' }),
    ).toBeInTheDocument()
    expect(screen.queryByText(SLOW_ANSWER_TEXT)).not.toBeInTheDocument()
  })

  it("says on a tab's skeleton when LoanPro is slow with that tab's own answer", async () => {
    let answer = (): void => undefined
    const answered = new Promise<void>((resolve) => (answer = resolve))
    holdGetAnswers('/Employer', () => answered)
    const { user } = renderOverview(`/customers/${DEMO_FIXTURES.full.id}`, 'per-object')
    await screen.findByRole('heading', { level: 1, name: 'Margaret Fullerton' })
    await user.click(screen.getByRole('tab', { name: 'Employer' }))
    const status = within(screen.getByRole('tabpanel')).getByRole('status')
    expect(status).toHaveTextContent(/^Loading Employer…$/)
    // A second after the tab's request went out: in the status, and in words on its first line.
    await waitFor(() =>
      expect(status).toHaveTextContent('Loading Employer… LoanPro is slow to answer'),
    )
    expect(within(status).getByText(SLOW_ANSWER_TEXT)).toBeVisible()
    answer()
    await waitFor(() =>
      expect(within(screen.getByRole('tabpanel')).queryByRole('status')).not.toBeInTheDocument(),
    )
    expect(screen.queryByText(SLOW_ANSWER_TEXT)).not.toBeInTheDocument()
  })

  it('says it once for the page while the header waits too, then on the tab', async () => {
    let answerAddress = (): void => undefined
    const addressAnswered = new Promise<void>((resolve) => (answerAddress = resolve))
    let answerEmployer = (): void => undefined
    const employerAnswered = new Promise<void>((resolve) => (answerEmployer = resolve))
    holdGetAnswers('/PrimaryAddress', () => addressAnswered)
    holdGetAnswers('/Employer', () => employerAnswered)
    renderOverview(`/customers/${DEMO_FIXTURES.full.id}/employer`, 'per-object')
    // The header's skeleton says it; the tab, waiting as long, does not say it again.
    await waitFor(() => expect(screen.getByText(SLOW_ANSWER_TEXT)).toBeVisible())
    expect(within(screen.getByRole('tabpanel')).queryByText(SLOW_ANSWER_TEXT)).toBeNull()
    answerAddress()
    await screen.findByRole('heading', { level: 1, name: 'Margaret Fullerton' })
    // The tab's request has been out for about a second (counted from the request, not from
    // when the tab may say it): its skeleton says so now.
    expect(await within(screen.getByRole('tabpanel')).findByText(SLOW_ANSWER_TEXT)).toBeVisible()
    answerEmployer()
    await waitFor(() => expect(screen.queryByText(SLOW_ANSWER_TEXT)).not.toBeInTheDocument())
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
    expect(within(list).getAllByRole('listitem')).toHaveLength(50)
    expect(panel).toHaveTextContent('Showing 50 of 500 notes')
    await user.click(within(panel).getByRole('button', { name: 'Show 50 more notes' }))
    expect(within(list).getAllByRole('listitem')).toHaveLength(100)
    expect(screen.getByRole('tab', { name: 'Notes 500' })).toBeInTheDocument()
  })

  it('filters 500 notes by subject or text and counts the matches', async () => {
    const { user } = renderOverview(`/customers/${DEMO_FIXTURES.manyNotes.id}/notes`, 'per-object')
    const panel = await loadedPanel()
    const filter = within(panel).getByRole('searchbox', { name: 'Filter notes' })
    expect(within(panel).getByRole('status')).toHaveTextContent('500 notes')
    await user.type(filter, 'Note 137 of')
    await waitFor(() =>
      expect(within(panel).getByRole('status')).toHaveTextContent('1 of 500 notes match'),
    )
    const items = within(within(panel).getByRole('list', { name: 'Notes' })).getAllByRole(
      'listitem',
    )
    expect(items).toHaveLength(1)
    expect(items[0]).toHaveTextContent('Follow-up number 137.')
    await user.clear(filter)
    await user.type(filter, 'follow-up NUMBER 342.')
    await waitFor(() =>
      expect(within(panel).getByRole('status')).toHaveTextContent('1 of 500 notes match'),
    )
    await user.type(filter, ' nobody')
    expect(await within(panel).findByText(/No note matches/)).toBeInTheDocument()
  })

  it('keeps one Reveal of the identity strip for this customer across tabs', async () => {
    const { user } = renderOverview(`/customers/${DEMO_FIXTURES.full.id}`, 'per-object')
    const heading = await screen.findByRole('heading', { level: 1, name: 'Margaret Fullerton' })
    const header = heading.closest('header')
    if (!header) throw new Error('no header')
    expect(header).not.toHaveTextContent('May 17, 1980')
    expect(header).not.toHaveTextContent('-1001')
    await user.click(within(header).getByRole('button', { name: 'Reveal birth date, age and SSN' }))
    expect(header).toHaveTextContent('May 17, 1980')
    expect(header).toHaveTextContent('•••-••-1001')
    await openTab(user, 'Notes')
    await openTab(user, 'Phones')
    expect(header).toHaveTextContent('May 17, 1980')
    expect(
      within(header).getByRole('button', { name: 'Hide birth date, age and SSN' }),
    ).toBeVisible()
  })

  it('shows company fields for a company and hides the person-only ones', async () => {
    const { user } = renderOverview(`/customers/${DEMO_FIXTURES.company.id}`, 'expand')
    const panel = await loadedPanel()
    for (const term of ['Company name', 'Contact name', 'EIN']) {
      expect(within(panel).getByText(term, { selector: 'dt' })).toBeInTheDocument()
    }
    for (const term of ['Gender', 'Generation', 'Birth date', 'SSN', 'First name']) {
      expect(within(panel).queryByText(term, { selector: 'dt' })).not.toBeInTheDocument()
    }
    const header = screen
      .getByRole('heading', { level: 1, name: 'Acme Freight LLC' })
      .closest('header')
    if (!header) throw new Error('no header')
    expect(within(header).getByText('EIN', { selector: 'dt' })).toBeInTheDocument()
    expect(within(header).queryByText('Birth date', { selector: 'dt' })).not.toBeInTheDocument()
    expect(within(header).getByText('Contact', { selector: 'dt' })).toBeInTheDocument()
    expect(header).not.toHaveTextContent(/\d{2}-\d{7}/)
    await user.click(within(header).getByRole('button', { name: 'Reveal EIN' }))
    expect(header).toHaveTextContent(/EIN\d{2}-\d{7}/)
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
