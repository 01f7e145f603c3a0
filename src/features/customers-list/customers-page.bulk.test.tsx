import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { renderWithProviders } from '../../testing/render-with-providers'
import { testTenant } from '../../testing/test-server'
import type { RemovalSelection } from '../../api/removed-customers'
import { captureDownloads, today } from './bulk-actions.test-helpers'
import { countStatus, rowCheckbox, searchRequests } from './customers-list.test-helpers'
import { CustomersPage } from './customers-page'

const box = rowCheckbox
const button = (name: string | RegExp) => screen.getByRole('button', { name })
const loaded = () => waitFor(() => expect(countStatus()).toHaveTextContent(/\d customers?$/))

function renderPage(
  route: string,
  props: { cap?: number; pageSize?: number; onRemove?: (s: RemovalSelection) => void } = {},
) {
  return renderWithProviders(
    <CustomersPage
      selectAllCap={props.cap}
      bulkFetchPageSize={props.pageSize}
      onRemoveSelected={props.onRemove}
    />,
    { route, path: '/customers' },
  )
}

describe('CustomersPage bulk actions', () => {
  it('selects every match across pages, paging through the search', async () => {
    const user = userEvent.setup()
    renderPage('/customers?sort=-id', { pageSize: 100 })
    await loaded()
    await user.click(button('Select all 300 matching'))
    await waitFor(() => expect(screen.getByText('300 selected')).toBeInTheDocument())
    expect(screen.getByText('Selected all 300 matching customers')).toBeInTheDocument()
    // The list's own page and its prefetch are $top=25; select all pages by 100.
    expect(searchRequests().filter((query) => query.startsWith('$top=100'))).toEqual([
      '$top=100&$start=0&$orderby=id desc',
      '$top=100&$start=100&$orderby=id desc',
      '$top=100&$start=200&$orderby=id desc',
    ])
    expect(screen.queryByRole('button', { name: /^Select all \d/ })).not.toBeInTheDocument()
    expect(box(1300)).toBeChecked()
  })

  it('stops at the cap, says so, and can be cancelled', async () => {
    const user = userEvent.setup()
    renderPage('/customers', { cap: 120, pageSize: 50 })
    await loaded()
    // The cap's advice is the button's description (and tooltip), not a line in the bar.
    expect(button('Select the first 120 matching')).toHaveAccessibleDescription(
      'A selection stops at 120 customers; narrow the search for the rest.',
    )
    expect(button('Select the first 120 matching')).toHaveAttribute(
      'title',
      'A selection stops at 120 customers; narrow the search for the rest.',
    )
    await user.click(button('Select the first 120 matching'))
    await waitFor(() => expect(screen.getByText('120 selected')).toBeInTheDocument())
    expect(
      screen.getByText(
        'Selected the first 120 matching customers of 300; a selection stops at 120',
      ),
    ).toBeInTheDocument()

    await user.click(button('Clear selection'))
    // Slow enough that the work is still under way at the cancel, on a busy machine too.
    testTenant().faults.configure({ latencyMs: 1000 })
    await user.click(button('Select the first 120 matching'))
    expect(await screen.findByText(/^Selecting 0…|^Selecting \d+ of 120…/)).toBeInTheDocument()
    expect(screen.getByRole('progressbar', { name: 'Selecting customers' })).toBeInTheDocument()
    await user.click(button('Cancel selecting'))
    expect(screen.getByText('None selected')).toBeInTheDocument()
    expect(button('Select the first 120 matching')).toBeEnabled()
  })

  it('hands exactly the selected ids to Remove selected, with a label', async () => {
    const user = userEvent.setup()
    const onRemove = vi.fn<(selection: RemovalSelection) => void>()
    renderPage('/customers?q=a&pageSize=50', { onRemove })
    await loaded()
    expect(button('Remove selected…')).toBeDisabled()
    const [first, second] = screen
      .getAllByRole('checkbox', { name: /^Select customer/ })
      .slice(0, 2)
      .map((checkbox) => Number(checkbox.getAttribute('aria-label')?.split(' ').pop()))
    if (first === undefined || second === undefined) throw new Error('too few matches')
    await user.click(box(second))
    await user.click(box(first))
    await user.click(button('Remove selected…'))
    expect(onRemove).toHaveBeenCalledExactlyOnceWith(
      { ids: [first, second], label: 'Selection of 2 customers' },
      expect.any(Function),
    )
  })

  it('saves the selection as a removal file for the import wizard', async () => {
    const user = userEvent.setup()
    const { downloads, revoked } = captureDownloads()
    renderPage('/customers?pageSize=50')
    await loaded()
    expect(button('Export removal file')).toBeDisabled()
    await user.click(box(1042))
    await user.click(box(1010))
    await user.click(box(1011))
    await user.click(button('Export removal file'))

    // The file's writing loads when pressed.
    await waitFor(() => expect(downloads).toHaveLength(1))
    const file = downloads[0]
    expect(file?.fileName).toBe(`remove-customers-${today()}.csv`)
    expect(file?.type).toMatch(/^text\/csv/)
    expect(await file?.text()).toBe(
      'action,customerId\r\nremove,1010\r\nremove,1011\r\nremove,1042\r\n',
    )
    await waitFor(() => expect(revoked).toEqual(['blob:test/1']))
  })
})
