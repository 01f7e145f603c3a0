import { configure, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { QueryClient } from '@tanstack/react-query'
import type { ServerRun } from '../../api/server-runs'
import { TeamUserProvider, type SignedInUser } from '../../api/team-session'
import { createLoanProClient } from '../../api/http-client'
import { captureDownloads } from '../../lib/download-file.test-double'
import { renderWithProviders } from '../../testing/render-with-providers'
import { TEST_CONNECTION, testTenant } from '../../testing/test-server'
import { ImportPage } from './import-page'
import { ImportEngineProvider } from './import-engine-context'
import { ImportRunStatus } from './import-run-status'
import { newJournalName, range, startRun, stat } from './import-test-helpers'
import { RemoveSelectionDialog } from './remove-selection-dialog'
import { fakeServerRuns } from './server-runs.test-double'

// Team mode: a confirmed import or selection removal runs on the server (POST /api/runs with
// exactly the confirmed rows), not in the tab; the page follows the server's runs.
configure({ asyncUtilTimeout: 5000 })

const bulk: SignedInUser = { name: 'Bo Bulk', email: 'bo@example.test', role: 'bulk-remover' }

function renderTeamImport() {
  const client = createLoanProClient({ ...TEST_CONNECTION, timeoutMs: 5000 })
  return renderWithProviders(
    <TeamUserProvider user={bulk}>
      <ImportPage engineOptions={{ journalName: newJournalName() }} />
    </TeamUserProvider>,
    { route: '/import', client },
  )
}

/** A run of 400 customers going on in the server, started by `by`. */
const openRun = (id: string, by: string): ServerRun => ({
  id,
  fileName: 'big.csv',
  source: 'file',
  status: 'running',
  pauseReason: null,
  total: 400,
  counts: { removed: 0, failed: 0, skipped: 0 },
  rejected: 0,
  startedAt: Date.UTC(2026, 11, 2, 8),
  finishedAt: null,
  updatedAt: 0,
  startedBy: { subject: 's', name: by },
  cancelRequested: false,
  heldBy: 'a',
  resumeAt: null,
  autoPauses: 0,
})

const refresh = (queryClient: QueryClient) => queryClient.refetchQueries()
const tenantDeletes = () => testTenant().requests.filter((r) => r.method === 'DELETE')

describe('Import page in team mode', () => {
  it('starts the confirmed rows as a server run, sends no DELETE itself, and follows its progress', async () => {
    const user = userEvent.setup()
    const server = fakeServerRuns()
    const { queryClient } = renderTeamImport()
    const confirmed = await startRun(user, [...range(30, 1012), 'abc'])

    await waitFor(() => expect(server.posted).toHaveLength(1))
    const [sent] = server.posted
    // Exactly the confirmed rows: the valid ones, with their lines; the rejected rows apart.
    expect(sent).toMatchObject({ fileName: 'remove.csv', source: 'file' })
    expect(sent?.ids).toHaveLength(confirmed)
    expect(sent?.ids.every((id) => id >= 1012 && id < 1042)).toBe(true)
    expect(sent?.lines).toEqual(sent?.ids.map((id) => id - 1012 + 2))
    expect(sent?.rejectedRows).toContainEqual(
      expect.objectContaining({ line: 32, customerId: 'abc' }),
    )
    expect(sent?.rejectedRows).toHaveLength(31 - confirmed)
    // The tab's engine sent nothing: the server runs it.
    expect(tenantDeletes()).toEqual([])

    const card = await screen.findByRole('region', { name: /^Run / })
    expect(within(card).getByText(/on the server · started by Bo Bulk/)).toBeVisible()
    expect(within(card).getByRole('progressbar', { name: 'Import progress' })).toHaveAttribute(
      'aria-valuetext',
      `0 of ${String(confirmed)}`,
    )
    // The wizard is free for the next file.
    expect(screen.queryByRole('button', { name: 'Run import' })).toBeNull()

    server.update('run-1', { counts: { removed: 11, failed: 1, skipped: 0 } })
    await refresh(queryClient)
    await waitFor(() =>
      expect(within(card).getByRole('progressbar')).toHaveAttribute(
        'aria-valuetext',
        `12 of ${String(confirmed)}`,
      ),
    )
    expect(stat('Removed')).toBe('11')
    expect(stat('Failed')).toBe('1')
    expect(stat('Not yet run')).toBe(String(confirmed - 12))

    const list = screen.getByRole('table', { name: 'Runs on the server' })
    const row = within(list).getAllByRole('row')[1]
    expect(row).toHaveTextContent('remove.csv')
    expect(row).toHaveTextContent('Bo Bulk')
    expect(row).toHaveTextContent(`12 of ${String(confirmed)}`)

    await user.click(within(card).getByRole('button', { name: 'Cancel' }))
    await waitFor(() => expect(server.commands).toEqual(['cancel run-1']))

    server.update('run-1', {
      status: 'cancelled',
      cancelRequested: true,
      counts: { removed: 11, failed: 1, skipped: confirmed - 12 },
    })
    await refresh(queryClient)
    await waitFor(() => expect(within(card).getByText('Cancelled')).toBeVisible())
    expect(stat('Not sent')).toBe(String(confirmed - 12))
    const saved = captureDownloads()
    await user.click(within(card).getByRole('button', { name: 'Download results' }))
    expect(await saved.nth(1)).toContain('1012,A B,removed')
    expect(saved.downloads[0]?.fileName).toBe('remove-results.csv')
    expect(tenantDeletes()).toEqual([])
  })

  it('says why a server run paused: resumes by itself after a 429 or an outage, a person resumes after a refused token', async () => {
    const user = userEvent.setup()
    const server = fakeServerRuns()
    const { queryClient } = renderTeamImport()
    await startRun(user, range(3, 1012))
    await waitFor(() => expect(server.runs).toHaveLength(1))
    server.update('run-1', {
      status: 'paused',
      pauseReason: 'tenant-unavailable',
      resumeAt: Date.now() + 60_000,
      autoPauses: 1,
      heldBy: null,
    })
    await refresh(queryClient)
    const card = await screen.findByRole('region', { name: /^Run / })
    expect(await within(card).findByRole('alert')).toHaveTextContent(
      /LoanPro kept failing or did not answer\. The run tries again by itself at/,
    )
    await user.click(within(card).getByRole('button', { name: 'Resume now' }))
    await waitFor(() => expect(server.commands).toEqual(['resume run-1']))

    server.update('run-1', { status: 'paused', pauseReason: 'unauthorized', resumeAt: null })
    await refresh(queryClient)
    await waitFor(() =>
      expect(within(card).getByRole('alert')).toHaveTextContent(
        "LoanPro did not accept the server's token",
      ),
    )
    expect(within(card).getByRole('button', { name: 'Resume' })).toBeVisible()
  })

  it("shows someone else's open run on arrival and keeps it shown once it ends", async () => {
    const server = fakeServerRuns()
    server.add({ ...openRun('run-a', 'Ada Admin'), counts: { removed: 5, failed: 0, skipped: 0 } })
    const { queryClient } = renderTeamImport()
    const card = await screen.findByRole('region', { name: /^Run / })
    expect(within(card).getByText(/started by Ada Admin/)).toBeVisible()
    server.update('run-a', {
      status: 'completed',
      heldBy: null,
      counts: { removed: 400, failed: 0, skipped: 0 },
    })
    await refresh(queryClient)
    await waitFor(() => expect(within(card).getByText('Finished')).toBeVisible())
    expect(stat('Removed')).toBe('400')
  })

  it('shows why the server refused to start a run, and keeps the confirmed file', async () => {
    const user = userEvent.setup()
    fakeServerRuns()
    const { testServer } = await import('../../testing/test-server')
    const { http, HttpResponse } = await import('msw')
    testServer.use(
      http.post('*/api/runs', () =>
        HttpResponse.json({ error: { message: 'Only bulk removers…' } }, { status: 403 }),
      ),
    )
    renderTeamImport()
    await startRun(user, range(2, 1012))
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The run was not started on the server: Your role cannot run removals',
    )
    expect(screen.getByRole('button', { name: 'Run import' })).toBeVisible()
    expect(tenantDeletes()).toEqual([])
  })
})

describe('"Remove selected…" in team mode', () => {
  it('sends exactly the confirmed customers to the server, as a selection', async () => {
    const user = userEvent.setup()
    const server = fakeServerRuns()
    const onStarted = vi.fn()
    const onClose = vi.fn()
    renderWithProviders(
      <TeamUserProvider user={bulk}>
        <ImportEngineProvider options={{ journalName: newJournalName() }}>
          <RemoveSelectionDialog
            selection={{ ids: [1012, 1013, 1011, 999_999], label: '4 selected customers' }}
            onStarted={onStarted}
            onClose={onClose}
          />
        </ImportEngineProvider>
      </TeamUserProvider>,
    )
    const dialog = await screen.findByRole('alertdialog', { name: 'Remove customers' })
    const confirm = await within(dialog).findByRole('button', { name: /^Remove \d customers?$/ })
    const count = Number(/\d+/.exec(confirm.textContent ?? '')?.[0])
    await user.click(confirm)
    await waitFor(() => expect(onClose).toHaveBeenCalled())
    expect(onStarted).toHaveBeenCalled()
    expect(server.posted).toHaveLength(1)
    const sent = server.posted[0]
    expect(sent).toMatchObject({ source: 'selection', fileName: '4 selected customers' })
    expect(sent?.ids).toHaveLength(count)
    // Only what the impact preview called removable: never the unknown id or a linked one.
    expect(sent?.ids).not.toContain(999_999)
    expect(tenantDeletes()).toEqual([])
  })
})

describe('Import item badge in team mode', () => {
  it("shows the server's open run, whoever started it", async () => {
    const server = fakeServerRuns('Ada Admin')
    server.add({
      ...openRun('run-x', 'Ada Admin'),
      counts: { removed: 100, failed: 20, skipped: 0 },
    })
    const { queryClient } = renderWithProviders(
      <TeamUserProvider user={bulk}>
        <ImportEngineProvider options={{ journalName: newJournalName() }}>
          <ImportRunStatus />
        </ImportEngineProvider>
      </TeamUserProvider>,
    )
    expect(await screen.findByText('120/400')).toBeInTheDocument()
    const badge = () => screen.getAllByRole('status').find((el) => el.matches('.run-status'))
    await waitFor(() => expect(badge()).toHaveTextContent('Removing customers: 120 of 400'))

    // Once it ends, the customers it removed leave this tab's cached lists.
    const forget = vi.spyOn(await import('../../api/removed-customers'), 'forgetRemovedCustomers')
    server.update('run-x', {
      status: 'completed',
      counts: { removed: 380, failed: 20, skipped: 0 },
    })
    await refresh(queryClient)
    await waitFor(() => expect(server.removedAsked).toEqual(['run-x']))
    await waitFor(() => expect(forget).toHaveBeenCalledWith(queryClient, [1012, 1013]))
    expect(screen.queryByText('120/400')).toBeNull()
  })
})
