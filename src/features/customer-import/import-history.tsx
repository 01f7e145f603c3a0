import { useEffect, useRef, useState } from 'react'
import { ErrorPanel } from '../../components/error-panel'
import type { HistoryEntry, HistoryStatus, ImportJournal } from './engine/run/import-journal'
import { downloadRunResults } from './csv-downloads'
import { runCountValues, type RunCountValues } from './run-count-words'
import { RunHistoryView } from './run-history-view'
import { RunCountCells, RunsTable } from './runs-table'
import { useImportHistory } from './use-import-history'
import '../../components/data-table.css'

const STATUS: Record<HistoryStatus, { text: string; badge: string }> = {
  running: { text: 'Running', badge: 'badge' },
  paused: { text: 'Paused', badge: 'badge badge--warning' },
  interrupted: { text: 'Interrupted', badge: 'badge badge--warning' },
  elsewhere: { text: 'Running in another tab', badge: 'badge' },
  completed: { text: 'Completed', badge: 'badge badge--success' },
  cancelled: { text: 'Cancelled', badge: 'badge' },
}

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })

interface ImportHistoryProps {
  journal: ImportJournal
  revision: string
  /** The run going on in this tab: its row shows these counts, live. */
  live?: { runId: string; counts: RunCountValues } | null
  /** /import/history: bring the history into view. */
  focus: boolean
}

export function ImportHistory({ journal, revision, focus, live = null }: ImportHistoryProps) {
  const { entries, failed, reload } = useImportHistory(journal, revision)
  const [opened, setOpened] = useState<string | null>(null)
  const countsOf = (run: HistoryEntry): RunCountValues =>
    live && live.runId === run.id ? live.counts : runCountValues(run.rejected ?? 0, run.counts)
  const headingRef = useRef<HTMLHeadingElement>(null)
  const ready = entries !== null
  useEffect(() => {
    if (!focus || !ready) return
    headingRef.current?.scrollIntoView?.({ block: 'start' })
    headingRef.current?.focus()
  }, [focus, ready])

  const download = (runId: string, fileName: string) => downloadRunResults(journal, runId, fileName)

  return (
    <section className="import-history" aria-labelledby="import-history">
      <h2 id="import-history" ref={headingRef} tabIndex={-1} className="import-history__title">
        Import history
      </h2>
      {failed ? (
        <ErrorPanel title="The import history could not be read" onRetry={reload}>
          <p>This browser did not open its local storage. Reload the page and try again.</p>
        </ErrorPanel>
      ) : (
        <RunsTable
          label="Import history"
          busy={!ready}
          columns={['File', 'Source', 'Started', 'Validation type']}
          empty={ready && entries.length === 0 ? 'No imports yet.' : null}
        >
          {entries?.map((run, i) => (
            <tr key={run.id} className={i % 2 === 1 ? 'data-table__row--alt' : undefined}>
              <td className="import-history__file">{run.fileName || '(unnamed)'}</td>
              <td>{run.source === 'selection' ? 'Selection' : 'File'}</td>
              <td>{dateTime.format(run.startedAt)}</td>
              <td>{run.validationType === 'line' ? 'Line rejection' : 'File rejection'}</td>
              <RunCountCells counts={countsOf(run)} />
              <td>
                <span className={STATUS[run.historyStatus].badge}>
                  {STATUS[run.historyStatus].text}
                </span>
              </td>
              <td className="import-history__actions">
                <button
                  type="button"
                  className="button button--small"
                  aria-expanded={opened === run.id}
                  aria-label={`View run of ${run.fileName || 'this import'}, started ${dateTime.format(run.startedAt)}`}
                  onClick={() => setOpened(opened === run.id ? null : run.id)}
                >
                  View
                </button>
                <button
                  type="button"
                  className="button button--small"
                  aria-label={`Download results of ${run.fileName || 'this import'}, started ${dateTime.format(run.startedAt)}`}
                  onClick={() => void download(run.id, run.fileName)}
                >
                  Download results
                </button>
              </td>
            </tr>
          ))}
        </RunsTable>
      )}
      {opened ? (
        <RunHistoryView
          journal={journal}
          runId={opened}
          live={live && live.runId === opened ? live.counts : null}
          revision={revision}
          onClose={() => setOpened(null)}
        />
      ) : null}
    </section>
  )
}
