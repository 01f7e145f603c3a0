import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { testTenant } from '../../testing/test-server'
import { NO_DATA_ROWS } from './engine/import-engine'
import {
  range,
  removalCsv,
  renderImportPage,
  uploadCsv,
  waitForRunEnd,
} from './import-test-helpers'

describe('Import wizard, keyboard and announcements', () => {
  it('keeps the focus through confirm, Pause → Resume and the end, and announces both ends', async () => {
    const user = userEvent.setup()
    renderImportPage({ concurrency: 1 })
    testTenant().faults.configure({ latencyMs: 15 })
    await uploadCsv(user, removalCsv(range(12, 1012)))
    await user.click(await screen.findByRole('button', { name: 'Validate' }))
    const notifications = screen.getByRole('status', { name: 'Notifications' })
    await waitFor(() => expect(notifications).toHaveTextContent(/Validation finished: \d+ valid/))
    await user.click(screen.getByRole('radio', { name: 'Line rejection' }))
    await user.click(screen.getByRole('button', { name: 'Run import' }))
    const dialog = screen.getByRole('alertdialog', { name: 'Remove customers' })
    await user.click(within(dialog).getByRole('button', { name: /^Remove \d+ customers$/ }))

    // The confirm dialog and its opener are gone: focus goes to the run, not to <body>.
    const heading = await screen.findByRole('heading', { name: /^Run / })
    await waitFor(() => expect(heading).toHaveFocus())

    const pause = screen.getByRole('button', { name: 'Pause' })
    pause.focus()
    await user.keyboard('{Enter}')
    // Pausing: unavailable but still focusable (a disabled button would drop the focus).
    expect(pause).not.toBeDisabled()
    // Paused once the request in flight is answered and journaled: slow on a loaded machine.
    const resume = await screen.findByRole('button', { name: 'Resume' })
    expect(resume).toHaveFocus()
    await user.keyboard('{Enter}')
    // The announcement first: it shows for 8 s, and on a busy machine the role queries below
    // took longer than that after the run's end.
    await waitFor(
      () => expect(notifications).toHaveTextContent(/Import finished: \d+ removed, 0 failed/),
      { timeout: 110_000 },
    )
    await waitForRunEnd()
    await waitFor(() => expect(heading).toHaveFocus())
  })

  it('refuses a file with only a header row, with a reason', async () => {
    const user = userEvent.setup()
    renderImportPage()
    await uploadCsv(user, 'action,customerId\r\n\r\n', 'header-only.csv')
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('This file cannot be imported')
    expect(alert).toHaveTextContent(NO_DATA_ROWS)
    expect(screen.queryByRole('button', { name: 'Validate' })).toBeNull()
  })
})
