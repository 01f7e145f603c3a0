import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import {
  countStatus,
  renderCustomersPage,
  rowCheckbox,
  shownIds,
} from './customers-list.test-helpers'

const box = rowCheckbox
const pageBox = () => screen.getByRole('checkbox', { name: 'Select all on this page' })
const selectedCount = () => screen.getByText(/^(\d[\d,]* selected|None selected)$/)
const loaded = () => waitFor(() => expect(countStatus()).toHaveTextContent(/\d customers?$/))

describe('CustomersPage row selection', () => {
  it('keeps the selection across pages, page sizes and sorting', async () => {
    const user = userEvent.setup()
    renderCustomersPage()
    await loaded()
    expect(selectedCount()).toHaveTextContent('None selected')
    await user.click(box(1002))
    expect(selectedCount()).toHaveTextContent('1 selected')

    await user.click(screen.getByRole('button', { name: 'Next page' }))
    await waitFor(() => expect(shownIds()[0]).toBe(1026))
    expect(box(1030)).not.toBeChecked()
    await user.click(box(1030))
    expect(selectedCount()).toHaveTextContent('2 selected')

    await user.click(screen.getByRole('button', { name: 'Previous page' }))
    await waitFor(() => expect(shownIds()[0]).toBe(1001))
    expect(box(1002)).toBeChecked()
    expect(box(1003)).not.toBeChecked()

    await user.selectOptions(screen.getByRole('combobox', { name: 'Rows per page' }), '50')
    await waitFor(() => expect(shownIds()).toHaveLength(50))
    expect(box(1002)).toBeChecked()
    expect(box(1030)).toBeChecked()
    await user.click(screen.getByRole('button', { name: /^ID/ }))
    await waitFor(() => expect(shownIds()[0]).toBe(1300))
    expect(selectedCount()).toHaveTextContent('2 selected')

    await user.click(screen.getByRole('button', { name: 'Clear selection' }))
    expect(selectedCount()).toHaveTextContent('None selected')
  })

  it('keeps the selection across searches and filters, to view and clear', async () => {
    const user = userEvent.setup()
    renderCustomersPage('/customers?pageSize=50')
    await loaded()
    await user.click(box(1001))
    await user.click(box(1006))
    expect(selectedCount()).toHaveTextContent('2 selected')

    await user.type(screen.getByRole('searchbox', { name: 'Search customers' }), 'margaret')
    await waitFor(() => expect(shownIds()).toEqual([1001]))
    expect(selectedCount()).toHaveTextContent('2 selected')
    expect(box(1001)).toBeChecked()
    await user.selectOptions(screen.getByRole('combobox', { name: 'Type' }), 'company')
    await waitFor(() =>
      expect(screen.queryByRole('checkbox', { name: 'Select customer 1001' })).toBeNull(),
    )
    expect(selectedCount()).toHaveTextContent('2 selected')

    // The customers not on screen are listed, and any one can be taken out.
    await user.click(screen.getByRole('button', { name: 'View selected' }))
    const list = screen.getByRole('list', { name: 'Selected customers' })
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([expect.stringMatching(/^1001 /), expect.stringMatching(/^1006 /)])
    await user.click(within(list).getByRole('button', { name: 'Take 1006 out of the selection' }))
    expect(selectedCount()).toHaveTextContent('1 selected')
    await user.click(screen.getByRole('button', { name: 'Clear selection' }))
    expect(selectedCount()).toHaveTextContent('None selected')
  })

  it('selects the page from the header checkbox, showing a partial selection', async () => {
    const user = userEvent.setup()
    renderCustomersPage()
    await loaded()
    expect(pageBox()).not.toBeChecked()
    await user.click(box(1004))
    expect(pageBox()).toBePartiallyChecked()

    await user.click(pageBox())
    expect(pageBox()).toBeChecked()
    expect(selectedCount()).toHaveTextContent('25 selected')
    expect(shownIds().every((id) => box(id).matches(':checked'))).toBe(true)

    await user.click(screen.getByRole('button', { name: 'Next page' }))
    await waitFor(() => expect(shownIds()[0]).toBe(1026))
    expect(pageBox()).not.toBeChecked()
    expect(pageBox()).not.toBePartiallyChecked()

    await user.click(screen.getByRole('button', { name: 'Previous page' }))
    await waitFor(() => expect(pageBox()).toBeChecked())
    await user.click(pageBox())
    expect(selectedCount()).toHaveTextContent('None selected')
  })

  it('selects a range with Shift+click and toggles a row with Space', async () => {
    const user = userEvent.setup()
    renderCustomersPage()
    await loaded()
    await user.click(box(1003))
    await user.keyboard('{Shift>}')
    await user.click(box(1007))
    await user.keyboard('{/Shift}')
    expect(selectedCount()).toHaveTextContent('5 selected')
    expect([1003, 1004, 1005, 1006, 1007].every((id) => box(id).matches(':checked'))).toBe(true)
    expect(box(1008)).not.toBeChecked()

    // Shift+click upwards from the last click, unticking: the range takes the new state.
    await user.click(box(1005))
    await user.keyboard('{Shift>}')
    await user.click(box(1004))
    await user.keyboard('{/Shift}')
    expect(selectedCount()).toHaveTextContent('3 selected')
    expect(box(1004)).not.toBeChecked()

    box(1010).focus()
    await user.keyboard(' ')
    expect(box(1010)).toBeChecked()
    screen.getByRole('link', { name: '1012' }).focus()
    await user.keyboard(' ')
    expect(box(1012)).toBeChecked()
    expect(screen.getByRole('link', { name: '1012' })).toHaveFocus()
    expect(selectedCount()).toHaveTextContent('5 selected')
  })
})
