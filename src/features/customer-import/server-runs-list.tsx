import type { UseQueryResult } from '@tanstack/react-query'
import { serverRunDone, type ServerRun } from '../../api/server-runs'
import { ErrorPanel } from '../../components/error-panel'
import { formatNumber } from '../../lib/format'
import { COUNT_WORDS, type CountKey } from './run-count-words'
import { serverRunStatusText, startedAtFormat } from './server-run-words'
import '../../components/data-table.css'

const COUNT_KEYS: readonly CountKey[] = ['rejected', 'removed', 'failed', 'notSent']

const countOf = (run: ServerRun, key: CountKey) =>
  key === 'rejected' ? run.rejected : run.counts[key === 'notSent' ? 'skipped' : key]

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
        <div className="data-table-scroll">
          <table className="data-table" aria-label="Runs on the server" aria-busy={!runs}>
            <thead>
              <tr>
                {['File or selection', 'Started'].map((h) => (
                  <th key={h} scope="col">
                    {h}
                  </th>
                ))}
                {COUNT_KEYS.map((key) => (
                  <th key={key} scope="col" className="data-table__cell--end">
                    {COUNT_WORDS[key]}
                  </th>
                ))}
                <th scope="col" className="data-table__cell--end">
                  Progress
                </th>
                <th scope="col">Status</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {runs && runs.length === 0 ? (
                <tr>
                  <td colSpan={9} className="muted">
                    No runs on the server yet.
                  </td>
                </tr>
              ) : null}
              {runs?.map((run, i) => (
                <tr key={run.id} className={i % 2 === 1 ? 'data-table__row--alt' : undefined}>
                  <td className="import-history__file">{run.fileName}</td>
                  <td>
                    {run.startedBy.name}
                    <br />
                    <span className="muted">{startedAtFormat.format(run.startedAt)}</span>
                  </td>
                  {COUNT_KEYS.map((key) => (
                    <td key={key} className="data-table__cell--end">
                      {formatNumber(countOf(run, key))}
                    </td>
                  ))}
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
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}
