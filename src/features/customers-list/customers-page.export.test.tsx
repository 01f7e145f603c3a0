import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { renderWithProviders } from '../../testing/render-with-providers'
import { testTenant } from '../../testing/test-server'
import { captureDownloads, today } from './bulk-actions.test-helpers'
import { countStatus, rowCheckbox, searchRequests } from './customers-list.test-helpers'
import { CustomersPage } from './customers-page'

const loaded = () => waitFor(() => expect(countStatus()).toHaveTextContent(/\d customers?$/))
const lines = (text: string) =>
  text
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .slice(0, -1)

function renderPage(route: string, pageSize?: number) {
  return renderWithProviders(<CustomersPage bulkFetchPageSize={pageSize} />, {
    route,
    path: '/customers',
  })
}

/** Shows and hides optional columns through the column chooser, as a person would. */
async function toggleColumns(user: ReturnType<typeof userEvent.setup>, labels: string[]) {
  await user.click(screen.getByText('Columns'))
  // Within the chooser: a query over the page computes the name of every row's checkbox too.
  const chooser = screen.getByRole('group', { name: 'Shown columns' })
  for (const label of labels)
    await user.click(within(chooser).getByRole('checkbox', { name: label }))
  await user.keyboard('{Escape}')
}

describe('CustomersPage CSV export', () => {
  afterEach(() => localStorage.clear())

  it('exports every match with the shown columns, masked and injection-safe', async () => {
    const user = userEvent.setup()
    const { downloads, revoked } = captureDownloads()
    renderPage('/customers?sort=-id', 50)
    await loaded()
    await toggleColumns(user, ['Status', 'Type', 'Phone', 'City / State', 'Created'])
    await toggleColumns(user, ['Custom ID', 'SSN (masked)', 'Birth date (masked)'])
    await user.click(screen.getByRole('button', { name: 'Export CSV' }))
    const panel = (await screen.findByText(/All customers matching the current search/)).closest(
      'div',
    )
    if (!panel) throw new Error('no export panel')
    expect(within(panel).getByText('SSN and Birth date stay masked.')).toBeInTheDocument()
    await user.click(within(panel).getByRole('button', { name: 'Download CSV' }))
    await waitFor(() => expect(downloads).toHaveLength(1))

    const file = downloads[0]
    expect(file?.fileName).toBe(`customers-${today()}.csv`)
    const text = (await file?.text()) ?? ''
    expect(text.startsWith('\uFEFF')).toBe(true)
    const [header, ...rows] = lines(text)
    expect(header).toBe('ID,Name,Email,Custom ID,SSN (masked),Birth date (masked)')
    // Sorted as on screen.
    expect(rows.map((row) => Number(row.split(',')[0]))).toEqual(
      [...rows.map((row) => Number(row.split(',')[0]))].sort((a, b) => b - a),
    )
    // Every match, not only the page: one request per 50 rows, as many rows as the count says.
    const total = Number(countStatus().textContent.replace(/\D/g, ''))
    expect(total).toBe(300)
    expect(rows).toHaveLength(total)
    expect(searchRequests().filter((query) => query.startsWith('$top=50&'))).toHaveLength(
      Math.ceil(total / 50),
    )
    const hostile = rows.find((row) => row.startsWith('1003,'))
    expect(hostile).toBe(
      '1003,"<script>window.__xss=1</script> =HYPERLINK(""http://evil"",""x"")",hostile@example.com,\'+cmd,•••••1003,••••-••-••',
    )
    const full = rows.find((row) => row.startsWith('1001,'))
    expect(full).toMatch(/^1001,Margaret Fullerton,[^,]*,[^,]*,•+\d{4},••••-••-••$/)
    expect(revoked).toHaveLength(0)
    await waitFor(() => expect(revoked).toEqual(['blob:test/1']))
    expect(screen.getByText(/^Exported \d+ customers to customers-/)).toHaveAttribute(
      'role',
      'status',
    )
  })

  it('includes sensitive values unmasked only when asked', async () => {
    const user = userEvent.setup()
    const { downloads } = captureDownloads()
    renderPage('/customers?q=margaret')
    await loaded()
    await toggleColumns(user, ['SSN (masked)', 'Birth date (masked)'])
    await user.click(screen.getByRole('button', { name: 'Export CSV' }))
    await user.click(
      await screen.findByRole('checkbox', { name: 'Include sensitive values unmasked' }),
    )
    expect(screen.getByText('SSN and Birth date will be exported in full.')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Download CSV' }))
    await waitFor(() => expect(downloads).toHaveLength(1))
    const [header, row] = lines((await downloads[0]?.text()) ?? '')
    expect(header?.split(',').slice(-2)).toEqual(['SSN', 'Birth date'])
    expect(row?.split(',').slice(-2)).toEqual([
      expect.stringMatching(/^\d{9}$/),
      expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    ])
    // The choice is for one export: the next one is masked again.
    await user.click(screen.getByRole('button', { name: 'Export CSV' }))
    expect(
      await screen.findByRole('checkbox', { name: 'Include sensitive values unmasked' }),
    ).not.toBeChecked()
  })

  it('shows progress while exporting and can be cancelled', async () => {
    const user = userEvent.setup()
    const { downloads } = captureDownloads()
    renderPage('/customers', 50)
    await loaded()
    // Slow enough that the work is still under way at the cancel, on a busy machine too.
    testTenant().faults.configure({ latencyMs: 500 })
    await user.click(screen.getByRole('button', { name: 'Export CSV' }))
    expect(
      await screen.findByRole('checkbox', { name: 'Include sensitive values unmasked' }),
    ).toBeDisabled()
    await user.click(screen.getByRole('button', { name: 'Download CSV' }))
    expect(await screen.findByText(/^Exporting 50 of 300…$/)).toHaveAttribute('role', 'status')
    expect(screen.getByRole('progressbar', { name: 'Export progress' })).toHaveAttribute(
      'max',
      '300',
    )
    await user.click(screen.getByRole('button', { name: 'Cancel export' }))
    expect(screen.getByRole('button', { name: 'Download CSV' })).toBeInTheDocument()
    await new Promise((resolve) => setTimeout(resolve, 400))
    expect(downloads).toHaveLength(0)
  })

  it('offers the selection first and exports exactly those customers, in id order', async () => {
    const user = userEvent.setup()
    const { downloads } = captureDownloads()
    renderPage('/customers')
    await loaded()
    await user.click(rowCheckbox(1002))
    await user.click(rowCheckbox(1005))
    await user.click(screen.getByRole('button', { name: 'Export CSV' }))
    const scope = await screen.findByRole('group', { name: 'Customers to export' })
    expect(within(scope).getByRole('radio', { name: 'Selected customers (2)' })).toBeChecked()
    await user.click(screen.getByRole('button', { name: 'Download CSV' }))
    await waitFor(() => expect(downloads).toHaveLength(1))
    const [header, ...rows] = lines((await downloads[0]?.text()) ?? '')
    expect(header?.startsWith('ID,Name')).toBe(true)
    expect(rows.map((row) => Number(row.split(',')[0]))).toEqual([1002, 1005])
    await user.click(screen.getByRole('button', { name: 'Export CSV' })) // closed after a download
    await user.click(within(scope).getByRole('radio', { name: /All customers matching/ }))
    expect(screen.getByText(/^All customers matching the current search, with/)).toBeVisible()
  })
})
