import type { UseQueryResult } from '@tanstack/react-query'
import { serverRunDone, type ServerRun } from '../../api/server-runs'
import { ErrorPanel } from '../../components/error-panel'
import { formatNumber } from '../../lib/format'
import { runCountValues } from './run-count-words'
import { RunCountCells, RunsTable } from './runs-table'
import { serverRunStatusText, startedAtFormat } from './server-run-words'
import '../../components/data-table.css'

interface ServerRunsListProps {
  query: UseQueryResult<ServerRun[]>
  shownId: string | null
  onShow: (id: string) => void
}

/** "Runs on the server": the team's runs, newest first, with who started them and their counts. */
export function ServerRunsList({ query, shownId, onShow }: ServerRunsListProps) {
  const runs = query.data
  return (
    <section className="import-history" aria-labelledby="server-runs">
      <h2 id="server-runs" className="import-history__title">
        Runs on the server
      </h2>
      <p className="muted">
        Imports and selection removals run in the server, so they go on when a browser closes. Bulk
        removers and admins see every run here, as it goes.
      </p>
      {query.isError && !runs ? (
        <ErrorPanel title="The runs could not be read" onRetry={() => void query.refetch()}>
          <p>{query.error.message}</p>
        </ErrorPanel>
      ) : (
        <RunsTable
          label="Runs on the server"
          busy={!runs}
          columns={['File or selection', 'Started']}
          endColumns={['Progress']}
          empty={runs && runs.length === 0 ? 'No runs on the server yet.' : null}
        >
          {runs?.map((run, i) => (
            <tr key={run.id} className={i % 2 === 1 ? 'data-table__row--alt' : undefined}>
              <td className="import-history__file">{run.fileName}</td>
              <td>
                {run.startedBy.name}
                <br />
                <span className="muted">{startedAtFormat.format(run.startedAt)}</span>
              </td>
              <RunCountCells counts={runCountValues(run.rejected, run.counts)} />
              <td className="data-table__cell--end">
                {formatNumber(serverRunDone(run))} of {formatNumber(run.total)}
              </td>
              <td>{serverRunStatusText(run)}</td>
              <td className="import-history__actions">
                <button
                  type="button"
                  className="button button--small"
                  aria-pressed={shownId === run.id}
                  aria-label={`Show run of ${run.fileName}, started by ${run.startedBy.name} ${startedAtFormat.format(run.startedAt)}`}
                  onClick={() => onShow(run.id)}
                >
                  Show
                </button>
              </td>
            </tr>
          ))}
        </RunsTable>
      )}
    </section>
  )
}
