import type { ImportJournal } from './engine/run/import-journal'
import type { RemovalRun, RunSnapshot } from './engine/removal-run'
import type { RowState } from './engine/run/run-rows'
import { downloadRunResults } from './csv-downloads'
import { DownloadResultsButton } from './download-results-button'
import { ImportVirtualTable } from './import-virtual-table'
import { COUNT_WORDS, RunCountStats, runCountValues } from './run-count-words'

const COLUMNS = [
  { header: 'Row', align: 'end', width: '5.5rem' },
  { header: 'Customer ID', width: '8rem' },
  { header: 'Name', width: '14rem' },
  { header: 'Outcome', width: '7rem' },
  { header: 'Message' },
] as const

const OUTCOME: Record<RowState, { text: string; badge: string }> = {
  pending: { text: 'Waiting', badge: 'badge' },
  running: { text: 'Sending', badge: 'badge' },
  removed: { text: 'Removed', badge: 'badge badge--success' },
  failed: { text: 'Failed', badge: 'badge badge--danger' },
  skipped: { text: COUNT_WORDS.notSent, badge: 'badge badge--warning' },
}

interface ImportResultsProps {
  run: RemovalRun
  snapshot: RunSnapshot
  journal: ImportJournal
  fileName: string
}

/** Counts and per-row outcomes; downloads and Retry failed once the run has ended. */
export function ImportResults({ run, snapshot, journal, fileName }: ImportResultsProps) {
  const { counts, status } = snapshot
  const ended = status === 'completed' || status === 'cancelled'

  return (
    <section className="card import-card" aria-labelledby="import-results">
      <h2 id="import-results" className="import-card__title">
        Results
      </h2>
      <RunCountStats
        label="Import outcome"
        counts={runCountValues(run.rejected, counts)}
        extra={ended ? undefined : { term: 'Not yet run', value: counts.pending + counts.running }}
      />
      <ImportVirtualTable
        label="Import results"
        columns={COLUMNS}
        rowCount={snapshot.total}
        renderRow={(index) => {
          const row = run.getRow(index)
          if (!row) return ['', '', '', '', '']
          const outcome = OUTCOME[row.state]
          return [
            row.line > 0 ? row.line : '—',
            row.customerId,
            row.name,
            <span className={outcome.badge}>{outcome.text}</span>,
            row.message,
          ]
        }}
      />
      <div className="import-actions">
        <DownloadResultsButton save={() => downloadRunResults(journal, run.id, fileName)} />
        {ended && counts.failed > 0 ? (
          <button
            type="button"
            className="button button--primary"
            onClick={() => run.retryFailed()}
          >
            Retry failed
          </button>
        ) : null}
      </div>
    </section>
  )
}
