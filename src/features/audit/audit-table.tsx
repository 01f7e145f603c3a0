import { Link } from 'react-router'
import { TableScrollRegion } from '../../components/table-scroll-region'
import { OUTCOME_WORDS, type AuditEntry } from './audit-types'

export const dateTime = new Intl.DateTimeFormat(undefined, {
  dateStyle: 'medium',
  timeStyle: 'medium',
})

export function OutcomeBadge({ entry }: { entry: AuditEntry }) {
  const words = OUTCOME_WORDS[entry.outcome]
  return <span className={words.badge}>{words.text}</span>
}

/** What happened, in a line: the status and the server's or LoanPro's words. */
function outcomeDetail(entry: AuditEntry): string {
  const status = entry.status === null ? '' : `HTTP ${String(entry.status)}`
  return [status, entry.message ?? ''].filter(Boolean).join(': ')
}

export function AuditTable({ entries, busy }: { entries: AuditEntry[]; busy: boolean }) {
  return (
    <TableScrollRegion label="Audit entries" className="data-table-scroll audit-table">
      <table className="data-table" aria-busy={busy}>
        <caption className="visually-hidden">Audit entries</caption>
        <thead>
          <tr>
            <th scope="col">Time</th>
            <th scope="col">User</th>
            <th scope="col">Role</th>
            <th scope="col" className="data-table__cell--end">
              Customer ID
            </th>
            <th scope="col">Outcome</th>
            <th scope="col">Detail</th>
            <th scope="col">Run</th>
            <th scope="col">Snapshot</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry, index) => (
            <tr key={entry.id} className={index % 2 ? 'data-table__row--alt' : undefined}>
              <td>
                <time dateTime={entry.at}>{dateTime.format(new Date(entry.at))}</time>
              </td>
              <td title={entry.actor.email ?? entry.actor.subject}>{entry.actor.name}</td>
              <td>{entry.actor.role}</td>
              <td className="data-table__cell--end">{entry.customerId}</td>
              <td>
                <OutcomeBadge entry={entry} />
              </td>
              <td className="audit-table__detail" title={outcomeDetail(entry)}>
                {outcomeDetail(entry)}
              </td>
              <td>{entry.runId ?? <span className="muted">—</span>}</td>
              <td>
                <Link to={`/audit/${entry.id}`}>
                  {entry.hasSnapshot
                    ? `Snapshot of ${String(entry.customerId)}`
                    : `Entry ${entry.id}`}
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {entries.length === 0 && !busy ? (
        <p className="audit-table__empty muted">No audit entries match these filters.</p>
      ) : null}
    </TableScrollRegion>
  )
}
