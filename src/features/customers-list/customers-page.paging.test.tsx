import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import {
  countStatus,
  renderCustomersPage,
  searchRequests,
  shownIds,
} from './customers-list.test-helpers'

const button = (name: string) => screen.getByRole('button', { name })
const loaded = () => waitFor(() => expect(countStatus()).toHaveTextContent(/\d customers?$/))

describe('CustomersPage paging, sorting and filters', () => {
  it('pages on the server with $top/$start and prefetches the next page', async () => {
    const user = userEvent.setup()
    const { location } = renderCustomersPage()
    await loaded()
    expect(screen.getByText('1–25 of 300')).toBeInTheDocument()
    expect(button('Previous page')).toBeDisabled()
    expect(button('First page')).toBeDisabled()
    expect(searchRequests()[0]).toBe('$top=25&$start=0&$orderby=id asc')
    await waitFor(() => expect(searchRequests()).toContain('$top=25&$start=25&$orderby=id asc'))

    await user.click(button('Next page'))
    await waitFor(() => expect(shownIds()[0]).toBe(1026))
    expect(location().search).toBe('?page=2')
    expect(screen.getByText('26–50 of 300')).toBeInTheDocument()

    await user.click(button('Last page'))
    await waitFor(() => expect(shownIds().at(-1)).toBe(1300))
    expect(searchRequests()).toContain('$top=25&$start=275&$orderby=id asc')
    expect(location().search).toBe('?page=12')
    expect(button('Next page')).toBeDisabled()

    await user.click(button('First page'))
    await waitFor(() => expect(shownIds()[0]).toBe(1001))
    expect(location().search).toBe('')
  })

  it('changes rows per page keeping the first visible row, and the size survives a search', async () => {
    const user = userEvent.setup()
    const { location } = renderCustomersPage('/customers?page=3')
    await waitFor(() => expect(shownIds()[0]).toBe(1051))
    await user.selectOptions(screen.getByRole('combobox', { name: 'Rows per page' }), '50')
    await waitFor(() => expect(shownIds()).toHaveLength(50))
    expect(shownIds()[0]).toBe(1051)
    expect(location().search).toBe('?page=2&pageSize=50')
    expect(searchRequests()).toContain('$top=50&$start=50&$orderby=id asc')

    await user.type(screen.getByRole('searchbox', { name: 'Search customers' }), 'a')
    await waitFor(() => expect(location().search).toBe('?q=a&pageSize=50'))
  })

  it('sorts on the server from the column header buttons', async () => {
    const user = userEvent.setup()
    const { location } = renderCustomersPage('/customers?page=2')
    await loaded()
    const nameHeader = screen.getByRole('columnheader', { name: /Name/ })
    expect(nameHeader).toHaveAttribute('aria-sort', 'none')
    expect(screen.getByRole('columnheader', { name: /ID/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    )

    await user.click(within(nameHeader).getByRole('button', { name: /Name/ }))
    expect(location().search).toBe('?sort=name') // back to page 1
    await waitFor(() => expect(nameHeader).toHaveAttribute('aria-sort', 'ascending'))
    expect(searchRequests()).toContain('$top=25&$start=0&$orderby=lastName asc')

    await user.click(within(nameHeader).getByRole('button', { name: /Name/ }))
    expect(location().search).toBe('?sort=-name')
    await waitFor(() => expect(nameHeader).toHaveAttribute('aria-sort', 'descending'))
    expect(searchRequests()).toContain('$top=25&$start=0&$orderby=lastName desc')

    const created = screen.getByRole('columnheader', { name: /Created/ })
    await user.click(within(created).getByRole('button'))
    await waitFor(() => expect(searchRequests()).toContain('$top=25&$start=0&$orderby=created asc'))
  })

  it('filters by status and type, back to page 1, and clears them in one action', async () => {
    const user = userEvent.setup()
    const { location } = renderCustomersPage('/customers?page=3&pageSize=50')
    await loaded()
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Lead')
    await user.selectOptions(screen.getByRole('combobox', { name: 'Type' }), 'individual')
    expect(location().search).toBe('?status=Lead&type=individual&pageSize=50')
    await waitFor(() =>
      expect(screen.getByRole('table', { name: 'Customers' })).not.toHaveAttribute(
        'aria-busy',
        'true',
      ),
    )
    await waitFor(() => {
      const statuses = screen
        .getAllByRole('row')
        .slice(1)
        .map((row) => row.children[2]?.textContent)
      expect(new Set(statuses)).toEqual(new Set(['Lead']))
    })

    await user.click(button('Clear filters'))
    expect(location().search).toBe('?pageSize=50')
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveValue('')
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveFocus()
  })

  it('restores the list from the URL on back and forward, and ignores nonsense', async () => {
    const user = userEvent.setup()
    const { router, location } = renderCustomersPage(
      '/customers?page=-3&pageSize=7&sort=bogus&type=x',
    )
    await loaded()
    expect(searchRequests()[0]).toBe('$top=25&$start=0&$orderby=id asc')
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()

    const box = screen.getByRole('searchbox', { name: 'Search customers' })
    await user.type(box, 'ma')
    await waitFor(() => expect(location().search).toBe('?q=ma'))
    await user.type(box, 'rgaret')
    await waitFor(() => expect(location().search).toBe('?q=margaret'))
    await waitFor(() => expect(shownIds()).toEqual([1001])) // rendered, not only routed
    await user.click(screen.getByRole('button', { name: /Status/ }))
    expect(location().search).toBe('?q=margaret&sort=status')

    // Refining a search replaced its entry; sorting pushed one.
    await act(() => router.navigate(-1))
    expect(location().search).toBe('?q=margaret')
    expect(screen.getByRole('columnheader', { name: /ID/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    )
    await act(() => router.navigate(-1))
    expect(location().search).toBe('?page=-3&pageSize=7&sort=bogus&type=x')
    expect(box).toHaveValue('')
    await waitFor(() => expect(countStatus()).toHaveTextContent('300 customers'))
    await act(() => router.navigate(1))
    expect(box).toHaveValue('margaret')
    await waitFor(() => expect(shownIds()).toContain(1001))
  })
})
