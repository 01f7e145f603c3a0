import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { renderWithProviders } from '../../testing/render-with-providers'
import { ImportJournal, type RunRecord } from './engine/run/import-journal'
import { ImportEngineProvider, useSharedImportEngine } from './import-engine-context'
import { ImportRunStatus } from './import-run-status'

/** What the app shell's engine is doing, and a button that asks for it as a page would. */
function EngineProbe() {
  const state = useSharedImportEngine()
  return (
    <>
      <p data-testid="engine">{state?.status}</p>
      <button type="button" onClick={() => state?.status === 'standby' && state.wake?.()}>
        Wake
      </button>
    </>
  )
}

function renderShell(journalName: string) {
  renderWithProviders(
    <ImportEngineProvider options={{ journalName }}>
      <ImportRunStatus />
      <EngineProbe />
    </ImportEngineProvider>,
  )
}

const pausedRun: RunRecord = {
  id: 'run-left-paused',
  fileName: 'remove.csv',
  source: 'file',
  validationType: 'line',
  startedAt: 1,
  finishedAt: null,
  updatedAt: 1,
  status: 'paused',
  pauseReason: 'app-closed',
  total: 2,
  counts: { removed: 1, failed: 0, skipped: 0 },
}

describe('ImportEngineProvider', () => {
  it('with no run to resume, reads the journal only and loads the engine when a page asks', async () => {
    const user = userEvent.setup()
    renderShell('shell-engine-standby')
    await waitFor(() => expect(screen.getByTestId('engine')).toHaveTextContent('standby'))
    expect(document.querySelector('.run-status')).toHaveTextContent('')

    await user.click(screen.getByRole('button', { name: 'Wake' }))
    await waitFor(() => expect(screen.getByTestId('engine')).toHaveTextContent('ready'))
  })

  it('loads the engine by itself when the journal holds a run to resume, and the badge says so', async () => {
    const journal = await ImportJournal.open('shell-engine-resumable')
    await journal.createRun(pausedRun, {
      runId: pausedRun.id,
      ids: Uint32Array.from([1001, 1002]),
      lines: Uint32Array.from([2, 3]),
      names: ['A', 'B'],
    })
    journal.close()

    renderShell('shell-engine-resumable')
    await waitFor(() => expect(screen.getByTestId('engine')).toHaveTextContent('ready'))
    await waitFor(() =>
      expect(document.querySelector('.run-status')).toHaveTextContent(
        'Removal needs attention: 1 unfinished run',
      ),
    )
  })
})
