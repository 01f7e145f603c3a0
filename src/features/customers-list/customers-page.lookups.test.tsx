import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { CustomerSummary } from '../../api/customer-readers'
import { testTenant } from '../../testing/test-server'
import { countStatus, customerRow, renderCustomersPage } from './customers-list.test-helpers'

/* Daily look-ups: open a customer fast (row, name link, keyboard, Enter), and the URL. */

const loaded = () => waitFor(() => expect(countStatus()).toHaveTextContent(/\d customers?$/))
const searchBox = () => screen.getByRole('searchbox', { name: 'Search customers' })
const rowOf = customerRow
const rowAction = (customer: CustomerSummary) => (
  <button type="button">Delete customer {customer.id}</button>
)

describe('CustomersPage opens a customer fast', () => {
  it('moves through the rows by keyboard, one tab stop for the table', async () => {
    const user = userEvent.setup()
    const { location } = renderCustomersPage('/customers', rowAction)
    await loaded()
    const table = screen.getByRole('table', { name: 'Customers' })
    // One row is in the tab order; the rows' own controls are reached inside the row.
    expect(table.querySelectorAll('tbody [tabindex="0"]')).toHaveLength(1)
    expect(screen.getByRole('checkbox', { name: 'Select customer 1001' })).toHaveAttribute(
      'tabindex',
      '-1',
    )
    expect(screen.getByRole('button', { name: 'Delete customer 1001' })).toHaveAttribute(
      'tabindex',
      '-1',
    )

    searchBox().focus()
    await user.keyboard('{ArrowDown}')
    expect(rowOf(1001)).toHaveFocus()
    await user.keyboard('{ArrowDown}j')
    expect(rowOf(1003)).toHaveFocus()
    await user.keyboard('k')
    expect(rowOf(1002)).toHaveFocus()
    expect(rowOf(1002)).toHaveAttribute('tabindex', '0')
    expect(rowOf(1001)).toHaveAttribute('tabindex', '-1')

    await user.keyboard('x')
    expect(screen.getByRole('checkbox', { name: 'Select customer 1002' })).toBeChecked()
    await user.keyboard(' ')
    expect(screen.getByRole('checkbox', { name: 'Select customer 1002' })).not.toBeChecked()

    // ←/→ step through the row's controls and back to the row.
    await user.keyboard('{ArrowRight}')
    expect(screen.getByRole('checkbox', { name: 'Select customer 1002' })).toHaveFocus()
    await user.keyboard('{ArrowRight}')
    expect(screen.getByRole('link', { name: '1002' })).toHaveFocus()
    await user.keyboard('{ArrowRight}{ArrowRight}')
    expect(screen.getByRole('button', { name: 'Delete customer 1002' })).toHaveFocus()
    await user.keyboard('{ArrowRight}')
    expect(rowOf(1002)).toHaveFocus()

    await user.keyboard('{ArrowUp}{ArrowUp}')
    expect(searchBox()).toHaveFocus()

    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}')
    await waitFor(() => expect(location().pathname).toBe('/customers/1002'))
  })

  it('opens a customer from its name link or a click anywhere on its row', async () => {
    const user = userEvent.setup()
    const { location } = renderCustomersPage('/customers')
    await loaded()
    const nameLink = within(rowOf(1004)).getAllByRole('link')[1]
    expect(nameLink).toHaveAttribute('href', '/customers/1004')
    expect(nameLink?.textContent).not.toBe('')

    const lastCell = rowOf(1005).querySelector('td:last-child')
    if (!(lastCell instanceof HTMLElement)) throw new Error('no cell')
    await user.click(lastCell)
    await waitFor(() => expect(location().pathname).toBe('/customers/1005'))
  })

  it('opens the customer whose id was typed when Enter is pressed', async () => {
    const user = userEvent.setup()
    const { location } = renderCustomersPage('/customers')
    await loaded()
    await user.type(searchBox(), '1042{Enter}')
    await waitFor(() => expect(location().pathname).toBe('/customers/1042'))
  })

  it('opens the only result on Enter', async () => {
    const user = userEvent.setup()
    const { location } = renderCustomersPage('/customers')
    await loaded()
    await user.type(searchBox(), 'margaret{Enter}')
    await waitFor(() => expect(location().pathname).toBe('/customers/1001'))
  })

  it('stays on the list on Enter when the search has several results', async () => {
    const user = userEvent.setup()
    const { location } = renderCustomersPage('/customers?pageSize=50')
    await loaded()
    await user.type(searchBox(), '10{Enter}')
    await waitFor(() => expect(location().search).toBe('?q=10&pageSize=50'))
    await loaded()
    expect(location().pathname).toBe('/customers')
  })
})

describe('CustomersPage while a search runs', () => {
  it('says the count and "select all" are updating, not the previous numbers', async () => {
    const user = userEvent.setup()
    renderCustomersPage('/customers')
    await loaded()
    expect(screen.getByRole('button', { name: 'Select all 300 matching' })).toBeEnabled()
    testTenant().faults.configure({ latencyMs: 600 })
    // One input event: typed key by key on a busy machine, a pause over the debounce sent
    // "marg" first, whose one match left no "select all" to show while "margaret" loaded.
    await user.click(searchBox())
    await user.paste('margaret')
    await waitFor(() => expect(countStatus()).toHaveTextContent('Updating customers…'))
    expect(screen.getByRole('button', { name: 'Select all matching (updating…)' })).toBeDisabled()
    expect(screen.getByRole('group', { name: 'Bulk actions' })).not.toHaveTextContent(/300/)
    await waitFor(() => expect(countStatus()).toHaveTextContent('1 customer'))
  })
})

describe('CustomersPage filters and the URL', () => {
  it('keeps both resets when Status and Type are reset one right after the other', async () => {
    const { location } = renderCustomersPage('/customers?status=Active&type=individual')
    await loaded()
    const status = screen.getByRole('combobox', { name: 'Status' })
    const type = screen.getByRole('combobox', { name: 'Type' })
    // Both changes before the page renders again: the second must not resend the old Status.
    act(() => {
      fireEvent.change(status, { target: { value: '' } })
      fireEvent.change(type, { target: { value: '' } })
    })
    await waitFor(() => expect(location().search).toBe(''))
  })

  it('never puts an SSN search in the URL', async () => {
    const user = userEvent.setup()
    const { location } = renderCustomersPage('/customers')
    await loaded()
    await user.type(searchBox(), '123-45-6789')
    await waitFor(() => expect(location().search).toMatch(/^\?qref=[0-9a-f]+$/))
    expect(searchBox()).toHaveValue('123-45-6789')
    await waitFor(() => expect(countStatus()).not.toHaveTextContent(/^Updating/))
  })

  it('takes an SSN out of a URL it was opened with, keeping the search', async () => {
    const { location, router } = renderCustomersPage('/customers?q=123456789&type=individual')
    await waitFor(() => expect(location().search).toMatch(/^\?qref=[0-9a-f]+&type=individual$/))
    expect(router.state.historyAction).toBe('REPLACE')
    expect(searchBox()).toHaveValue('123456789')
  })
})
