import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { ErrorPanel } from '../../components/error-panel'
import { Pagination } from '../../components/pagination'
import { downloadCsv } from '../../lib/download-file'
import { formatNumber } from '../../lib/format'
import { useDocumentTitle } from '../../lib/use-document-title'
import { AuditFilters } from './audit-filters'
import { auditQueries, fetchAuditCsv } from './audit-requests'
import { AuditTable } from './audit-table'
import { SignedInPeople } from './signed-in-people'
import { AUDIT_PAGE_SIZES, useAuditSearch } from './use-audit-search'
import './audit.css'

/** `/audit`: who deleted which customer, when, from where, and what came of it. */
export function AuditPage() {
  useDocumentTitle('Audit')
  const { filter, page, pageSize, update } = useAuditSearch()
  const query = useQuery({
    ...auditQueries.page(filter, page, pageSize),
    placeholderData: keepPreviousData,
  })
  const [exporting, setExporting] = useState(false)
  const [exportError, setExportError] = useState<string | null>(null)
  const data = query.data
  const scope = data?.scope

  const exportCsv = async () => {
    setExporting(true)
    setExportError(null)
    try {
      const { text, name } = await fetchAuditCsv(filter)
      downloadCsv(name, text)
    } catch (error) {
      setExportError(error instanceof Error ? error.message : String(error))
    } finally {
      setExporting(false)
    }
  }

  return (
    <div className="audit-page">
      <header className="audit-page__header">
        <h1 className="audit-page__title">Audit</h1>
        <p className="muted">
          {scope === 'own'
            ? 'Your customer deletions, newest first, each with the snapshot taken before it.'
            : 'Every customer deletion made through this server, newest first, each with the snapshot taken before it.'}
        </p>
      </header>
      <AuditFilters
        // Remounted when the URL changes its filters (Back), so the fields show them.
        key={JSON.stringify(filter)}
        filter={filter}
        showUser={scope !== 'own'}
        onApply={(next) => update({ filter: next })}
      />
      <div className="audit-page__toolbar">
        <p role="status" className="audit-page__count">
          {data ? `${formatNumber(data.total)} ${data.total === 1 ? 'entry' : 'entries'}` : ''}
        </p>
        <button
          type="button"
          className="button"
          onClick={() => void exportCsv()}
          disabled={exporting || !data}
        >
          {exporting ? 'Exporting…' : 'Export'}
        </button>
      </div>
      {exportError ? <ErrorPanel title="The export failed">{exportError}</ErrorPanel> : null}
      {query.isError && !data ? (
        <ErrorPanel
          title="The audit log could not be read"
          onRetry={() => void query.refetch()}
          retrying={query.isFetching}
        >
          {query.error.message}
        </ErrorPanel>
      ) : null}
      {data ? (
        <>
          <AuditTable entries={data.entries} busy={query.isFetching} />
          <Pagination
            page={page}
            pageSize={pageSize}
            pageSizes={AUDIT_PAGE_SIZES}
            rowCount={data.entries.length}
            total={data.total}
            onPageChange={(next) => update({ page: next })}
            onPageSizeChange={(next) => update({ pageSize: next })}
            label="Audit pages"
            formatNumber={formatNumber}
          />
        </>
      ) : query.isPending ? (
        <p className="muted">Reading the audit log…</p>
      ) : null}
      {/* The server says `all` to admins only: they may also see and end sessions. */}
      {scope === 'all' ? <SignedInPeople /> : null}
    </div>
  )
}
