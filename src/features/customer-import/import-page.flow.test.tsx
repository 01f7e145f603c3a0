import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { customerKeys } from '../../api/customer-queries'
import { DEMO_FIXTURES } from '../../mocks/fixtures'
import { captureDownloads } from '../../lib/download-file.test-double'
import { testTenant } from '../../testing/test-server'
import { fakeClock } from './engine/removal-tenant-port.test-double'
import { renderImportPage, stat, tableRows, uploadCsv, waitForRunEnd } from './import-test-helpers'

const { deletable, empty, linked } = DEMO_FIXTURES
// Line 2 valid, 3 linked to loans, 4 unknown, 5 `add`, 6 bad id, 7 duplicate of 2, 8 valid.
const MIXED = [
  'action,customerId',
  `remove,${deletable.id}`,
  `remove,${linked.id}`,
  'remove,999999',
  `add,${empty.id}`,
  'remove,12x',
  `remove,${deletable.id}`,
  `remove,${empty.id}`,
].join('\n')

describe('Import wizard', () => {
  it('uploads, validates, lists errors, runs under line rejection and records history', async () => {
    const user = userEvent.setup()
    const saved = captureDownloads()
    const { queryClient } = renderImportPage()
    queryClient.setQueryData(customerKeys.detail(deletable.id), { cached: true })
    queryClient.setQueryData(customerKeys.search({ q: '' } as never), { rows: [], total: 0 })
    expect(screen.getByRole('heading', { level: 1, name: 'Import customers' })).toBeVisible()
    const steps = await screen.findByRole('list', { name: 'Import steps' })
    expect(within(steps).getByText('Upload')).toHaveAttribute('aria-current', 'step')

    await uploadCsv(user, MIXED, 'mixed.csv')
    // Validation starts as soon as the file is chosen; the Validate button stays to re-run it.
    await screen.findByRole('table', { name: 'Validation errors' })
    expect(testTenant().countRequests('POST', 'Autopal.Search')).toBe(1)
    expect(within(steps).getByText('Confirm')).toHaveAttribute('aria-current', 'step')
    await user.click(screen.getByRole('button', { name: 'Validate' }))
    await waitFor(() => expect(testTenant().countRequests('POST', 'Autopal.Search')).toBe(2))
    await screen.findByRole('table', { name: 'Validation errors' })
    expect(stat('Valid rows')).toBe('2')
    expect(stat('Rows with errors')).toBe('4')
    expect(stat('Warnings')).toBe('1')
    const errors = tableRows('Validation errors')
    expect(errors.map((cells) => cells.slice(0, 2))).toEqual([
      ['3', String(linked.id)],
      ['4', '999999'],
      ['5', String(empty.id)],
      ['6', '12x'],
      ['7', String(deletable.id)],
    ])
    expect(errors[0]?.[2]).toMatch(/Linked to 3 loans/)
    expect(errors[1]?.[2]).toMatch(/No customer with this id/)
    expect(errors[2]?.[2]).toMatch(/Action "add" is not supported/)
    expect(errors[3]?.[2]).toMatch(/not a number/)
    expect(errors[4]?.[2]).toMatch(/Warning.*also appears on line 2/)

    await user.click(screen.getByRole('button', { name: 'Download error report' }))
    const report = await saved.nth(1)
    expect(report).toContain(`remove,${linked.id},Linked to 3 loans;`)
    expect(saved.downloads.map((d) => d.fileName)).toEqual(['mixed-errors.csv'])

    // File rejection (the default) blocks the run.
    const radios = screen.getByRole('radiogroup', { name: 'Validation type' })
    expect(within(radios).getByRole('radio', { name: 'File rejection' })).toBeChecked()
    expect(screen.getByRole('button', { name: 'Run import' })).toBeDisabled()
    await user.click(within(radios).getByRole('radio', { name: 'Line rejection' }))
    const preview = screen.getByRole('list', { name: 'Customers to remove' })
    expect(
      within(preview)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([`${deletable.id}${deletable.name}`, `${empty.id}${empty.name}`])

    await user.click(screen.getByRole('button', { name: 'Run import' }))
    const dialog = screen.getByRole('alertdialog', { name: 'Remove customers' })
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus()
    expect(dialog).toHaveTextContent(/cannot be recovered/)
    expect(dialog).toHaveTextContent(/Loans are not deleted/)
    await user.click(within(dialog).getByRole('button', { name: 'Remove 2 customers' }))

    await waitForRunEnd()
    const progress = screen.getByRole('progressbar', { name: 'Import progress' })
    expect(progress).toHaveAttribute('aria-valuenow', '2')
    expect(progress).toHaveAttribute('aria-valuemax', '2')
    expect(stat('Removed')).toBe('2')
    expect(stat('Failed')).toBe('0')
    expect(tableRows('Import results')).toEqual([
      ['2', String(deletable.id), deletable.name, 'Removed', ''],
      ['8', String(empty.id), empty.name, 'Removed', ''],
    ])
    expect(testTenant().deleteCountById()).toEqual({ [deletable.id]: 1, [empty.id]: 1 })
    expect(testTenant().deletedIds()).toEqual([empty.id, deletable.id])
    expect(screen.queryByRole('button', { name: 'Retry failed' })).not.toBeInTheDocument()

    // The list and the overview will not show the removed customers from the cache.
    expect(queryClient.getQueryData(customerKeys.detail(deletable.id))).toBeUndefined()
    expect(queryClient.getQueryState(customerKeys.search({ q: '' } as never))?.isInvalidated).toBe(
      true,
    )

    await waitFor(() =>
      expect(tableRows('Import history').map((cells) => cells.slice(3, 9))).toEqual([
        ['Line rejection', '4', '2', '0', '0', 'Completed'],
      ]),
    )
    expect(tableRows('Import history')[0]?.slice(0, 2)).toEqual(['mixed.csv', 'File'])

    await user.click(screen.getByRole('button', { name: 'Download results' }))
    const results = await saved.nth(2)
    expect(results.match(/,rejected at validation,/g)).toHaveLength(4)
    expect(results).toContain(
      `line,customerId,name,outcome,message\r\n2,${deletable.id},${deletable.name},removed,\r\n8,${empty.id},${empty.name},removed,\r\n`,
    )
  })

  it('refuses a spreadsheet and a file without the columns, saying what to do', async () => {
    const user = userEvent.setup()
    renderImportPage()
    await uploadCsv(user, 'PK\u0003\u0004rest', 'customers.csv')
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(/spreadsheet/)
    expect(alert).toHaveTextContent(/CSV UTF-8/)
    await uploadCsv(user, 'id\n1010\n', 'ids.csv')
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(/no "action" column/))
    expect(screen.queryByRole('button', { name: 'Validate' })).not.toBeInTheDocument()
  })

  it('offers the sample CSV as a download', async () => {
    renderImportPage()
    const link = await screen.findByRole('link', { name: 'Download sample CSV' })
    expect(link).toHaveAttribute('download', 'customer-removal-sample.csv')
    const href = link.getAttribute('href') ?? ''
    expect(decodeURIComponent(href.replace(/^data:text\/csv;charset=utf-8,/, ''))).toBe(
      'action,customerId\r\nremove,1042\r\nremove,1043\r\nremove,1187\r\n',
    )
  })

  it('reports a failed look-up with Retry, then validates', async () => {
    const user = userEvent.setup()
    renderImportPage({ clock: fakeClock() })
    await uploadCsv(user, `action,customerId\nremove,${deletable.id}\n`)
    testTenant().faults.failNext(3, 'server-error', { path: 'Autopal.Search' })
    await user.click(await screen.findByRole('button', { name: 'Validate' }))
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(/Could not check the customers in LoanPro/)
    await user.click(within(alert).getByRole('button', { name: 'Retry' }))
    await waitFor(() => expect(stat('Valid rows')).toBe('1'))
    expect(screen.getByRole('button', { name: 'Run import' })).toBeEnabled()
  })
})
