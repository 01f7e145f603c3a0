import { useCallback } from 'react'
import { useNavigate, useParams } from 'react-router'
import { AuditEntryPage } from '../../features/audit/audit-entry-page'
import { SnapshotOverview } from './snapshot-overview'

/** `/audit/:entryId/:tab?`: one audit entry, its snapshot shown with the overview's views. */
export function Component() {
  const { entryId = '', tab } = useParams()
  const navigate = useNavigate()
  const onTabChange = useCallback(
    (next: string | undefined) => {
      const path = next ? `/audit/${entryId}/${next}` : `/audit/${entryId}`
      if (path !== window.location.pathname) void navigate(path, { replace: true })
    },
    [entryId, navigate],
  )
  const onLeave = useCallback(() => void navigate('/audit'), [navigate])
  return (
    <AuditEntryPage
      key={entryId}
      entryId={entryId}
      renderSnapshot={(snapshot, entry) => (
        <SnapshotOverview
          customerId={entry.customerId}
          snapshot={snapshot}
          tab={tab}
          onTabChange={onTabChange}
          onLeave={onLeave}
        />
      )}
    />
  )
}
