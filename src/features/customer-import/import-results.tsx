import { useState } from 'react'
import { derivedFileName, downloadCsv } from '../../lib/download-file'
import { formatNumber } from '../../lib/format'
import type { ImportJournal } from './engine/import-journal'
import type { RemovalRun, RunSnapshot } from './engine/removal-run'
import { runResultsCsv } from './engine/run-results-csv'
import type { RowState } from './engine/run-rows'
import { ImportVirtualTable } from './import-virtual-table'

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
  skipped: { text: 'Skipped', badge: 'badge badge--warning' },
}

interface ImportResultsProps {
  run: RemovalRun
  snapshot: RunSnapshot
  journal: ImportJournal
  fileName: string
}

/** Counts and per-row outcomes; downloads and Retry failed once the run has ended. */
export function ImportResults({ run, snapshot, journal, fileName }: ImportResultsProps) {
  const [downloading, setDownloading] = useState(false)
  const { counts, status } = snapshot
  const ended = status === 'completed' || status === 'cancelled'

  const download = async () => {
    setDownloading(true)
    try {
      const csv = await runResultsCsv(journal, run.id)
      if (csv !== undefined) downloadCsv(derivedFileName(fileName, 'results'), csv)
    } finally {
      setDownloading(false)
    }
  }

  return (
    <section className="card import-card" aria-labelledby="import-results">
      <h2 id="import-results" className="import-card__title">
        Results
      </h2>
      <dl className="import-stats" aria-label="Import outcome">
        <div className="import-stats__item import-stats__item--success">
          <dt>Removed</dt>
          <dd>{formatNumber(counts.removed)}</dd>
        </div>
        <div className="import-stats__item import-stats__item--danger">
          <dt>Failed</dt>
          <dd>{formatNumber(counts.failed)}</dd>
        </div>
        <div className="import-stats__item import-stats__item--warning">
          <dt>Skipped</dt>
          <dd>{formatNumber(counts.skipped)}</dd>
        </div>
        <div className="import-stats__item">
          <dt>Not yet run</dt>
          <dd>{formatNumber(counts.pending + counts.running)}</dd>
        </div>
      </dl>
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
        <button
          type="button"
          className="button"
          disabled={downloading}
          onClick={() => void download()}
        >
          Download results
        </button>
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
