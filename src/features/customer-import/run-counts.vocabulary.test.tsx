import Papa from 'papaparse'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { captureDownloads } from '../../lib/download-file.test-double'
import { testTenant } from '../../testing/test-server'
import { renderImportPage, tableRows, uploadCsv } from './import-test-helpers'
import { COUNT_WORDS, type CountKey } from './run-count-words'

const KEYS: readonly CountKey[] = ['rejected', 'removed', 'failed', 'notSent']
const CSV_OUTCOME: Record<CountKey, string> = {
  rejected: 'rejected at validation',
  removed: 'removed',
  failed: 'failed',
  notSent: 'not sent',
}

/** The counts of the description list named `label`, by the shared words. */
function countsIn(label: string): Partial<Record<CountKey, number>> {
  const dl = screen.getByLabelText(label)
  const counts: Partial<Record<CountKey, number>> = {}
  for (const key of KEYS) {
    const term = within(dl).queryByText(COUNT_WORDS[key], { selector: 'dt' })
    if (term) counts[key] = Number((term.nextElementSibling?.textContent ?? '').replace(/\D/g, ''))
  }
  return counts
}

describe('One vocabulary of counts', () => {
  it('shows the same words and numbers in confirm, results, history, results CSV and the run view', async () => {
    const user = userEvent.setup()
    const saved = captureDownloads()
    renderImportPage({ concurrency: 1 })
    // 1012 fails on every attempt; the rest are slow enough to pause and cancel mid-run.
    testTenant().faults.configure({ latencyMs: 40 })
    testTenant().faults.failNext(50, 'server-error', {
      method: 'DELETE',
      path: /Customers\(1012\)/,
    })
    const ids = Array.from({ length: 20 }, (_, i) => 1014 + i)
    const csv = ['action,customerId', 'remove,1012', 'remove,abc', 'remove,999999']
      .concat(ids.map((id) => `remove,${id}`))
      .join('\n')
    await uploadCsv(user, csv, 'vocabulary.csv')

    // Confirm step: the rows rejected at validation, under the shared word.
    await screen.findByRole('heading', { name: 'Confirm' })
    await user.click(screen.getByRole('radio', { name: 'Line rejection' }))
    const planned = countsIn('Run plan')
    expect(planned.rejected).toBeGreaterThanOrEqual(2)
    await user.click(screen.getByRole('button', { name: 'Run import' }))
    const dialog = screen.getByRole('alertdialog', { name: 'Remove customers' })
    await user.click(within(dialog).getByRole('button', { name: /^Remove \d+ customers?$/ }))

    // Mid-run: one failed, some removed; then pause and cancel, so the rest is not sent.
    await waitFor(() => {
      const now = countsIn('Import outcome')
      expect(now.failed).toBe(1)
      expect(now.removed).toBeGreaterThanOrEqual(2)
    })
    await user.click(screen.getByRole('button', { name: 'Pause' }))
    await screen.findByRole('button', { name: 'Resume' })
    await user.click(screen.getByRole('button', { name: 'Cancel' }))
    await screen.findByRole('heading', { name: /^Run Cancelled/ })

    const results = countsIn('Import outcome')
    expect(results.rejected).toBe(planned.rejected)
    expect(results.failed).toBe(1)
    expect(results.notSent).toBeGreaterThanOrEqual(1)
    expect((results.removed ?? 0) + 1 + (results.notSent ?? 0)).toBe(23 - (planned.rejected ?? 0))

    // The history row: the same four numbers under the same column words.
    const history = screen.getByRole('table', { name: 'Import history' })
    const headers = within(history)
      .getAllByRole('columnheader')
      .map((h) => h.textContent)
    await waitFor(() => {
      const row = tableRows('Import history')[0] ?? []
      for (const key of KEYS) {
        expect(row[headers.indexOf(COUNT_WORDS[key])]).toBe(String(results[key]))
      }
    })

    // The results CSV: one line per row, with the same outcome words and counts.
    await user.click(screen.getByRole('button', { name: 'Download results' }))
    const lines = Papa.parse<string[]>((await saved.nth(1)).trim()).data.slice(1)
    for (const key of KEYS) {
      expect(lines.filter((cells) => cells[3] === CSV_OUTCOME[key])).toHaveLength(
        results[key] ?? -1,
      )
    }

    // The run's read-only view, opened from its history row.
    await user.click(within(history).getByRole('button', { name: /^View run of vocabulary.csv/ }))
    await screen.findByRole('heading', { name: 'Run: vocabulary.csv' })
    await waitFor(() => expect(countsIn('Run outcome')).toEqual(results))
    expect(screen.getByRole('table', { name: 'Rows rejected at validation' })).toBeInTheDocument()
  })
})
