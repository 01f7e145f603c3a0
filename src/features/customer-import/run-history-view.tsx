import { useEffect, useRef, useState } from 'react'
import { ErrorPanel } from '../../components/error-panel'
import { csvText } from '../../lib/csv-cells'
import { derivedFileName, downloadCsv } from '../../lib/download-file'
import type { ImportJournal, RowRecord, RunPlan, RunRecord } from './engine/run/import-journal'
import { downloadRunResults } from './csv-downloads'
import { ImportVirtualTable } from './import-virtual-table'
import { COUNT_WORDS, RunCountStats, runCountValues, type RunCountValues } from './run-count-words'

type Stored = { run: RunRecord; plan: RunPlan; rows: RowRecord[] }

const OUTCOME: Record<RowRecord['state'], string> = {
  pending: 'Not yet run',
  sent: 'Unknown (sent, no answer yet)',
  removed: COUNT_WORDS.removed,
  failed: COUNT_WORDS.failed,
  skipped: COUNT_WORDS.notSent,
}

const REJECTED_COLUMNS = [
  { header: 'Row', align: 'end', width: '5.5rem' },
  { header: 'Customer ID', width: '9rem' },
  { header: 'Error' },
] as const

const OUTCOME_COLUMNS = [
  { header: 'Row', align: 'end', width: '5.5rem' },
  { header: 'Customer ID', width: '8rem' },
  { header: 'Name', width: '14rem' },
  { header: 'Outcome', width: '8rem' },
  { header: 'Message' },
] as const

interface RunHistoryViewProps {
  journal: ImportJournal
  runId: string
  /** Counts of the run going on now, fresher than the journal's. */
  live: RunCountValues | null
  revision: string
  onClose: () => void
}

/** A past (or current) run, read-only: its counts, rows rejected at validation, outcomes, downloads. */
export function RunHistoryView({ journal, runId, live, revision, onClose }: RunHistoryViewProps) {
  const [stored, setStored] = useState<Stored | null | 'failed'>(null)
  const headingRef = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    let current = true
    journal.loadRun(runId).then(
      (found) => current && setStored(found ?? 'failed'),
      () => current && setStored('failed'),
    )
    return () => {
      current = false
    }
  }, [journal, runId, revision])
  const loaded = stored !== null
  useEffect(() => {
    if (loaded) headingRef.current?.focus()
  }, [loaded, runId])

  if (stored === null) return <p className="muted">Opening the run…</p>
  if (stored === 'failed') {
    return (
      <ErrorPanel title="This run could not be read">
        <p>The browser did not return it from its local storage. Reload the page and try again.</p>
      </ErrorPanel>
    )
  }
  const { run, plan } = stored
  const rows = new Map(stored.rows.map((row) => [row.index, row]))
  const rejected = plan.rejected ?? []
  const counts = live ?? runCountValues(run.rejected ?? 0, run.counts)
  const name = run.fileName || 'import'

  const downloadResults = () => downloadRunResults(journal, run.id, name)
  const downloadErrors = () => {
    const table = [
      ['line', 'customerId', 'error'],
      ...rejected.map((r) => [r.line || '', r.customerId, r.message]),
    ]
    downloadCsv(derivedFileName(name, 'errors'), csvText(table))
  }

  return (
    <section className="card import-card run-view" aria-labelledby="run-view-title">
      <h3 id="run-view-title" ref={headingRef} tabIndex={-1} className="import-card__title">
        Run: {run.fileName || '(unnamed)'}
      </h3>
      <RunCountStats label="Run outcome" counts={counts} />
      {rejected.length > 0 ? (
        <ImportVirtualTable
          label="Rows rejected at validation"
          columns={REJECTED_COLUMNS}
          rowCount={rejected.length}
          renderRow={(index) => {
            const row = rejected[index]
            return row ? [row.line > 0 ? row.line : '—', row.customerId, row.message] : ['', '', '']
          }}
        />
      ) : null}
      <ImportVirtualTable
        label="Run outcomes"
        columns={OUTCOME_COLUMNS}
        rowCount={plan.ids.length}
        renderRow={(index) => {
          const row = rows.get(index)
          const line = plan.lines[index] ?? 0
          return [
            line > 0 ? line : '—',
            plan.ids[index] ?? '',
            plan.names[index] ?? '',
            OUTCOME[row?.state ?? 'pending'],
            row?.message ?? '',
          ]
        }}
      />
      <div className="import-actions">
        <button type="button" className="button" onClick={() => void downloadResults()}>
          Download results
        </button>
        {rejected.length > 0 ? (
          <button type="button" className="button" onClick={downloadErrors}>
            Download error report
          </button>
        ) : null}
        <button type="button" className="button button--ghost" onClick={onClose}>
          Close run
        </button>
      </div>
    </section>
  )
}
