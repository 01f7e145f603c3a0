import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { DEMO_FIXTURES } from '../../mocks/fixtures'
import { testServer, testTenant, TEST_SEARCH_URL } from '../../testing/test-server'
import {
  countStatus,
  customersTable,
  holdSearchAnswers,
  renderCustomersPage,
  shownIds,
} from './customers-list.test-helpers'

const headerNames = () =>
  screen.getAllByRole('columnheader').map((header) => header.textContent.replace(/[▲▼↕]/g, ''))

describe('CustomersPage table', () => {
  afterEach(() => localStorage.clear())

  it('shows the default columns with formatted values', async () => {
    renderCustomersPage('/customers?q=acme%20freight')
    await waitFor(() => expect(shownIds()).toEqual([DEMO_FIXTURES.company.id]))
    expect(headerNames()).toEqual([
      'ID',
      'Name',
      'Status',
      'Type',
      'Email',
      'Phone',
      'City / State',
      'Created',
    ])
    const row = screen.getAllByRole('row')[1]
    if (!row) throw new Error('no row')
    const cells = within(row)
      .getAllByRole('cell')
      .map((cell) => cell.textContent)
    expect(cells.slice(1, 6)).toEqual([
      'Acme Freight LLC',
      'Active',
      'Company',
      'ap@acmefreight.example',
      '(312) 555-0105',
    ])
    expect(cells[6]).toMatch(/Chicago, IL/)
  })

  it('renders hostile text as text', async () => {
    renderCustomersPage(`/customers?q=${DEMO_FIXTURES.hostile.id}`)
    expect(
      await screen.findByRole('cell', { name: DEMO_FIXTURES.hostile.name }),
    ).toBeInTheDocument()
    expect(document.querySelector('tbody script')).toBeNull()
  })

  it('remembers the chosen columns per browser and masks the SSN', async () => {
    const user = userEvent.setup()
    const { unmount } = renderCustomersPage('/customers?q=margaret')
    await waitFor(() => expect(shownIds()).toEqual([DEMO_FIXTURES.full.id]))
    await user.click(screen.getByText('Columns'))
    expect(screen.queryByRole('checkbox', { name: 'ID' })).not.toBeInTheDocument()
    await user.click(screen.getByRole('checkbox', { name: 'Email' }))
    await user.click(screen.getByRole('checkbox', { name: 'SSN (masked)' }))
    expect(headerNames()).not.toContain('Email')
    expect(headerNames()).toContain('SSN')
    await user.keyboard('{Escape}')
    // Closed: the panel is drawn only while open.
    await waitFor(() => expect(screen.queryByRole('checkbox', { name: 'Email' })).toBeNull())
    expect(screen.getByText('Columns')).toHaveFocus()
    unmount()

    renderCustomersPage('/customers?q=margaret')
    await waitFor(() => expect(shownIds()).toEqual([DEMO_FIXTURES.full.id]))
    expect(headerNames()).not.toContain('Email')
    const ssnIndex = headerNames().indexOf('SSN')
    const ssn = within(screen.getAllByRole('row')[1] as HTMLElement).getAllByRole('cell')[ssnIndex]
    expect(ssn?.textContent).toMatch(/^•+\d{4}$/)
  })

  it('puts the row action in a last Actions column', async () => {
    renderCustomersPage('/customers', (customer) => (
      <button type="button">Delete customer {customer.id}</button>
    ))
    expect(await screen.findByRole('button', { name: 'Delete customer 1001' })).toBeInTheDocument()
    expect(screen.getAllByRole('columnheader').at(-1)).toHaveTextContent('Actions')
  })

  it('prefetches a customer when its id link is hovered or focused', async () => {
    const user = userEvent.setup()
    renderCustomersPage()
    const link = await screen.findByRole('link', { name: '1002' })
    await user.hover(link)
    await waitFor(() => expect(testTenant().countRequests('GET', 'Customers(1002)')).toBe(1))
    await user.tab()
    screen.getByRole('link', { name: '1003' }).focus()
    await waitFor(() => expect(testTenant().countRequests('GET', 'Customers(1003)')).toBe(1))
  })

  it('virtualizes 250 rows and keeps the table semantics', async () => {
    renderCustomersPage('/customers?pageSize=250')
    await waitFor(() => expect(countStatus()).toHaveTextContent('300 customers'))
    const table = screen.getByRole('table', { name: 'Customers' })
    await waitFor(() => expect(shownIds().length).toBeGreaterThan(10))
    expect(table).toHaveAttribute('aria-rowcount', '251')
    const ids = shownIds()
    expect(ids.length).toBeLessThan(100)
    expect(ids[0]).toBe(1001)
    const firstRow = screen.getByRole('link', { name: '1001' }).closest('tr')
    expect(firstRow).toHaveAttribute('aria-rowindex', '2')
    expect(screen.getByText('1–250 of 300')).toBeInTheDocument()
  })

  it('does not redraw the shown rows while the next page loads, nor when it starts to', async () => {
    const user = userEvent.setup()
    // The row action is called once per row drawn.
    const drawn = vi.fn(() => null)
    // The second page is held until the test has looked: asked for ahead (once the first is
    // painted) or on the click, it must not come while the first is checked. With a 600 ms
    // latency set after the first page, the look-ahead could be on its way already and land
    // between the busy table and the check, on a busy machine.
    const secondPage = holdSearchAnswers((url) => url.searchParams.get('$start') === '25')
    renderCustomersPage('/customers', drawn)
    await waitFor(() => expect(shownIds()).toHaveLength(25))
    const once = drawn.mock.calls.length
    await user.click(screen.getByRole('button', { name: 'Next page' }))
    const table = screen.getByRole('table', { name: 'Customers' })
    await waitFor(() => expect(table).toHaveAttribute('aria-busy', 'true'))
    expect(shownIds()[0]).toBe(1001)
    expect(drawn.mock.calls.length).toBe(once)
    secondPage.release()
    await waitFor(() => expect(shownIds()[0]).toBe(1026))
  })

  it('cuts a long text with an ellipsis and shows it whole as the cell’s title', async () => {
    // The chooser's stored choice: the default columns and Custom ID.
    localStorage.setItem(
      'customer-manager.customers-list.columns',
      'status,type,email,phone,location,created,customId',
    )
    const long = {
      id: 4242,
      firstName: 'Ann',
      lastName: 'Lee',
      status: 'Awaiting Second Underwriting Review',
      customerType: 'customer.type.soleProprietorshipWithEmployees',
      email: 'ann.lee.with.a.rather.long.address@subsidiary.example.com',
      primaryPhone: '+44 20 7946 0958 ext. 1234',
      customId: 'EXTERNAL-REFERENCE-000123456789',
      'primaryAddress.city': 'Rancho Santa Margarita',
      'primaryAddress.state': 'CA',
    }
    testServer.use(
      http.post(TEST_SEARCH_URL, () =>
        HttpResponse.json({ d: { results: [long], summary: { total: 1 } } }),
      ),
    )
    renderCustomersPage('/customers')
    await waitFor(() => expect(shownIds()).toEqual([4242]))
    const cells = customersTable().querySelectorAll('tbody td.customers-table__clip')
    const titles = [...cells].map((cell) => cell.getAttribute('title'))
    expect(titles).toEqual([
      long.status,
      'Sole proprietorship with employees',
      long.email,
      long.primaryPhone,
      'Rancho Santa Margarita, CA',
      long.customId,
    ])
  })
})
