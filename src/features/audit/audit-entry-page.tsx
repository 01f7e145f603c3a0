import { useQuery } from '@tanstack/react-query'
import { useEffect, useRef, type ReactNode } from 'react'
import { Link } from 'react-router'
import { DescriptionList } from '../../components/description-list'
import { EmailAddress } from '../../components/email-address'
import { ErrorPanel } from '../../components/error-panel'
import { useDocumentTitle } from '../../lib/use-document-title'
import { auditQueries } from './audit-requests'
import { dateTime, OutcomeBadge } from './audit-table'
import type { AuditEntry } from './audit-types'
import './audit.css'

interface AuditEntryPageProps {
  entryId: string
  /** The snapshot, shown read-only; filled by the route (it composes the overview). */
  renderSnapshot: (snapshot: unknown, entry: AuditEntry) => ReactNode
}

/** `/audit/:entryId`: one entry, and the customer as it was just before the DELETE. */
export function AuditEntryPage({ entryId, renderSnapshot }: AuditEntryPageProps) {
  useDocumentTitle(`Audit entry ${entryId}`)
  const query = useQuery(auditQueries.entry(entryId))
  const entry = query.data?.entry
  // Focus starts on this page's heading (the link that opened it is gone); the snapshot's
  // overview then leaves focus where it is.
  const headingRef = useRef<HTMLHeadingElement>(null)
  useEffect(() => headingRef.current?.focus(), [])
  return (
    <div className="audit-entry">
      <Link to="/audit" className="audit-entry__back">
        ← Audit
      </Link>
      <h1 ref={headingRef} tabIndex={-1} className="audit-entry__title">
        Audit entry {entryId}
        {entry ? `: customer ${String(entry.customerId)}` : ''}
      </h1>
      {query.isError ? (
        <ErrorPanel
          title="The audit entry could not be read"
          onRetry={() => void query.refetch()}
          retrying={query.isFetching}
        >
          {query.error.message}
        </ErrorPanel>
      ) : null}
      {query.isPending ? <p className="muted">Reading the entry…</p> : null}
      {entry && query.data ? (
        <>
          <DescriptionList
            label="Audit entry"
            columns={3}
            items={[
              { term: 'Time', value: dateTime.format(new Date(entry.at)) },
              { term: 'User', value: entry.actor.name },
              {
                term: 'Email',
                value: entry.actor.email && <EmailAddress email={entry.actor.email} />,
              },
              { term: 'Subject', value: entry.actor.subject },
              { term: 'Role', value: entry.actor.role },
              { term: 'Outcome', value: <OutcomeBadge entry={entry} /> },
              { term: 'HTTP status', value: entry.status === null ? null : String(entry.status) },
              { term: 'Detail', value: entry.message },
              { term: 'Run', value: entry.runId },
              { term: 'Client IP', value: entry.clientIp },
              { term: 'Forwarded for', value: entry.forwardedFor },
              { term: 'User agent', value: entry.userAgent },
            ]}
          />
          <section className="audit-entry__snapshot" aria-labelledby="audit-snapshot-title">
            <h2 id="audit-snapshot-title" className="audit-entry__subtitle">
              Snapshot taken before the delete
            </h2>
            {query.data.snapshot ? (
              <>
                <p className="muted">
                  Read-only: the customer as LoanPro held it just before the DELETE was sent.
                </p>
                {renderSnapshot(query.data.snapshot, entry)}
              </>
            ) : (
              <p className="muted">
                No snapshot: the DELETE was not sent, so nothing was removed and nothing was kept.
              </p>
            )}
          </section>
        </>
      ) : null}
    </div>
  )
}
