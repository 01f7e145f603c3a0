import { act, screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { customerKeys } from '../../api/customer-keys'
import { resetTestTenant, testServer, TEST_SEARCH_URL } from '../../testing/test-server'
import { renderCustomersPage, shownIds } from './customers-list.test-helpers'

describe('the list on a strict tenant', () => {
  it("offers the tenant's own statuses in the Status filter", async () => {
    renderCustomersPage()
    const status = screen.getByRole('combobox', { name: 'Status' })
    expect(await within(status).findByRole('option', { name: 'Charged Off' })).toBeInTheDocument()
    expect(within(status).getByRole('option', { name: 'Pending Review' })).toBeInTheDocument()
  })

  it('says so in words when the tenant refuses a sort, and keeps the list', async () => {
    testServer.use(
      http.post(TEST_SEARCH_URL, async ({ request }) => {
        const body = (await request.clone().json()) as { sort?: unknown }
        if (JSON.stringify(body.sort ?? '').includes('lastName')) {
          return HttpResponse.json(
            { error: { message: 'No mapping found for [lastName] in order to sort on' } },
            { status: 400 },
          )
        }
        return undefined
      }),
    )
    renderCustomersPage('/customers?sort=name')
    expect(
      await screen.findByText(
        /LoanPro refused to sort this way, so the customers are listed by ID/,
      ),
    ).toBeInTheDocument()
    await waitFor(() => expect(shownIds().slice(0, 3)).toEqual([1001, 1002, 1003]))
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it("shows a short answer's rows at once, and the rest of the page when it comes", async () => {
    let release = () => undefined as void
    const held = new Promise<void>((resolve) => (release = resolve))
    const ids = (from: number, to: number) =>
      Array.from({ length: to - from + 1 }, (_, i) => from + i)
    const answer = (from: number, to: number) =>
      HttpResponse.json({
        d: {
          results: ids(from, to).map((id) => ({
            id,
            firstName: 'Short',
            lastName: `Answer ${id}`,
          })),
          summary: { total: 25 },
        },
      })
    testServer.use(
      http.post(TEST_SEARCH_URL, async ({ request }) => {
        const url = new URL(request.url)
        const start = url.searchParams.get('$start')
        const top = url.searchParams.get('$top')
        // `$top` is a maximum: 10 of the 25 asked for, then the rest once released.
        if (start === '0' && top === '25') return answer(1, 10)
        if (start === '10' && top === '15') {
          await held
          return answer(11, 25)
        }
        return undefined
      }),
    )
    renderCustomersPage()
    await waitFor(() => expect(shownIds()).toEqual(ids(1, 10)))
    // Not the page's last word yet: the count says so, and the table is busy.
    expect(screen.getByText('Updating customers…')).toBeInTheDocument()
    expect(screen.getByRole('table', { name: 'Customers' })).toHaveAttribute('aria-busy', 'true')
    release()
    await waitFor(() => expect(shownIds()).toEqual(ids(1, 25)))
    expect(screen.getByText('25 customers')).toBeInTheDocument()
  })

  it('stops saying it is updating when the rest of a short first answer cannot be had', async () => {
    testServer.use(
      http.post(TEST_SEARCH_URL, ({ request }) => {
        const url = new URL(request.url)
        if (url.searchParams.get('$start') === '0')
          return HttpResponse.json({
            d: {
              results: [1, 2, 3].map((id) => ({
                id,
                firstName: 'Short',
                lastName: `Answer ${id}`,
              })),
              summary: { total: 25 },
            },
          })
        return HttpResponse.json({ error: { message: 'Bad search' } }, { status: 400 })
      }),
    )
    renderCustomersPage()
    await waitFor(() => expect(shownIds()).toEqual([1, 2, 3]))
    await waitFor(() =>
      expect(screen.getByRole('table', { name: 'Customers' })).toHaveAttribute(
        'aria-busy',
        'false',
      ),
    )
    expect(screen.queryByText('Updating customers…')).not.toBeInTheDocument()
    // The error says what happened instead.
    expect(screen.getByRole('alert')).toHaveTextContent('Customers could not be loaded')
  })

  it('keeps a page on screen whole while it is asked again, even when the answer comes short', async () => {
    const ids = (from: number, to: number) =>
      Array.from({ length: to - from + 1 }, (_, i) => from + i)
    const answer = (from: number, to: number, firstName: string) =>
      HttpResponse.json({
        d: {
          results: ids(from, to).map((id) => ({ id, firstName, lastName: `No ${id}` })),
          summary: { total: 25 },
        },
      })
    let asked = 0
    let release = () => undefined as void
    const held = new Promise<void>((resolve) => (release = resolve))
    testServer.use(
      http.post(TEST_SEARCH_URL, async ({ request }) => {
        const url = new URL(request.url)
        if (url.searchParams.get('$top') !== '25' && url.searchParams.get('$top') !== '22')
          return undefined
        if (url.searchParams.get('$start') === '0') {
          asked += 1
          // The first time whole; when asked again, 3 of the 25 and the rest once released.
          return asked === 1 ? answer(1, 25, 'Once') : answer(1, 3, 'Again')
        }
        await held
        return answer(4, 25, 'Again')
      }),
    )
    const { queryClient } = renderCustomersPage()
    await waitFor(() => expect(shownIds()).toEqual(ids(1, 25)))
    act(() => void queryClient.invalidateQueries({ queryKey: customerKeys.searches() }))
    await waitFor(() => expect(asked).toBe(2))
    // The short answer is in and the rest is on its way: the page on screen stays as it was.
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)))
    expect(shownIds()).toEqual(ids(1, 25))
    expect(screen.queryByText('Updating customers…')).not.toBeInTheDocument()
    expect(screen.getByRole('table', { name: 'Customers' })).toHaveAttribute('aria-busy', 'false')
    release()
    await waitFor(() => expect(screen.getAllByText(/^Again No/)).toHaveLength(25))
    expect(shownIds()).toEqual(ids(1, 25))
  })

  it('says what it does past 10,000 matches and offers no page beyond them', async () => {
    resetTestTenant({ count: 10_020 })
    renderCustomersPage('/customers?page=400')
    expect(
      await screen.findByText(/Pages past the first 10,000 matches are not available/),
    ).toBeInTheDocument()
    const notice = screen.getByText(/Select all and export still reach every match/)
    // Below the pager it is about: above the table, it would push the rows down as they come.
    const pages = screen.getByRole('navigation', { name: 'Customers pages' })
    expect(pages.compareDocumentPosition(notice) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    await waitFor(() => expect(shownIds()).toHaveLength(25))
    expect(screen.getByRole('button', { name: 'Next page' })).toBeDisabled()
  })
})
