import { screen, waitFor, within } from '@testing-library/react'
import type { UserEvent } from '@testing-library/user-event'
import { createLoanProClient } from '../../api/http-client'
import { renderWithProviders } from '../../testing/render-with-providers'
import { TEST_CONNECTION } from '../../testing/test-server'
import { ImportPage } from './import-page'
import type { ImportEngineOptions } from './use-import-engine'

let journals = 0

/** A fresh journal name per test: fake-indexeddb lives as long as the test file. */
export function newJournalName(): string {
  return `import-ui-test-${++journals}`
}

export function renderImportPage(
  options: ImportEngineOptions & { route?: string; timeoutMs?: number } = {},
) {
  const journalName = options.journalName ?? newJournalName()
  const client = createLoanProClient({ ...TEST_CONNECTION, timeoutMs: options.timeoutMs ?? 5000 })
  const engineOptions: ImportEngineOptions = {
    journalName,
    clock: options.clock,
    concurrency: options.concurrency,
    // Fast retries: real waits would only slow the tests down.
    retry: { baseDelayMs: 1, maxDelayMs: 5, ...options.retry },
  }
  const result = renderWithProviders(<ImportPage engineOptions={engineOptions} />, {
    route: options.route ?? '/import',
    client,
  })
  return { ...result, journalName }
}

export async function uploadCsv(user: UserEvent, text: string, name = 'remove.csv') {
  const input = await screen.findByLabelText('CSV file')
  await user.upload(input, new File([text], name, { type: 'text/csv' }))
}

/** `n` consecutive customer ids from `from`. */
export const range = (n: number, from: number) => Array.from({ length: n }, (_, i) => from + i)

/** A removal file for `ids` (a text makes a bad row), one `remove` row each. */
export const removalCsv = (ids: Array<number | string>) =>
  ['action,customerId', ...ids.map((id) => `remove,${String(id)}`)].join('\n')

/**
 * Upload (`remove.csv`) → Validate → Line rejection → Run import → confirm; returns the
 * confirmed count.
 */
export async function startRun(
  user: UserEvent,
  ids: Array<number | string>,
  beforeConfirm = () => {},
) {
  await uploadCsv(user, removalCsv(ids))
  await user.click(await screen.findByRole('button', { name: 'Validate' }))
  await screen.findByText('Valid rows', { selector: 'dt' })
  await user.click(screen.getByRole('radio', { name: 'Line rejection' }))
  // The button shows once the look-ups in LoanPro are done: on a busy machine, later than the
  // first figures (it was not there yet in one run at load 10).
  const run = await screen.findByRole('button', { name: 'Run import' })
  const confirmed = Number(stat('Valid rows').replace(/\D/g, ''))
  await user.click(run)
  const dialog = screen.getByRole('alertdialog', { name: 'Remove customers' })
  beforeConfirm()
  // More than 25 customers: the number is typed before the button works.
  const typed = within(dialog).queryByRole('textbox', { name: 'Number of customers to confirm' })
  if (typed) await user.type(typed, String(confirmed))
  const name = `Remove ${confirmed} customer${confirmed === 1 ? '' : 's'}`
  await user.click(within(dialog).getByRole('button', { name }))
  return confirmed
}

/** The value shown next to a count's label (e.g. "Valid rows"). */
export function stat(label: string): string {
  return screen.getByText(label, { selector: 'dt' }).nextElementSibling?.textContent ?? ''
}

/** Rows of a table as text cells, header excluded. */
export function tableRows(name: string): string[][] {
  const table = screen.getByRole('table', { name })
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .queryAllByRole('cell')
        .map((cell) => cell.textContent ?? ''),
    )
    .filter((cells) => cells.length > 1)
}

/**
 * Until the run has ended with `status`. Runs through the strict fake's faults and hangs take a
 * few seconds alone and over 15 s beside the whole suite on two cores: the wait is bounded by
 * the test's own timeout, not by a guess at the machine's speed.
 */
export async function waitForRunEnd(status = 'Finished') {
  await waitFor(
    () => expect(screen.getByRole('heading', { name: new RegExp(`^Run ${status}`) })).toBeVisible(),
    { timeout: 110_000 },
  )
}
