import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { useEffect, useRef, useState } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { MemoryRouter, Route, Routes, useParams } from 'react-router'
import { FixedFetchStyle } from '../../api/fetch-style'
import { LoanProClientProvider } from '../../api/loanpro-client-context'
import { HeadingsBelow } from '../../components/heading-level'
import { CustomerOverviewPage } from '../../features/customer-overview/customer-overview-page'
import { snapshotClient } from './snapshot-client'

interface SnapshotOverviewProps {
  customerId: number
  snapshot: unknown
  /** The tab to open first (`/audit/:entryId/:tab`). */
  tab?: string
  /** A tab was chosen inside the snapshot: mirror it in the page URL. */
  onTabChange: (tab: string | undefined) => void
  /** A link inside the overview leaves it (its "Customers" link): back to the audit page. */
  onLeave: () => void
}

/**
 * The overview of a live customer, showing an audit snapshot read-only: the same views, fed
 * by a client that answers from the snapshot, with the fetch style fixed to `$expand` and no
 * delete. It runs in a React root of its own, with its own query cache (the snapshot must
 * never stand in for the live customer) and its own memory router (the overview's tabs link
 * to /customers/:id/:tab, which here must stay inside the snapshot).
 */
export function SnapshotOverview(props: SnapshotOverviewProps) {
  const hostRef = useRef<HTMLDivElement>(null)
  const [root, setRoot] = useState<Root | null>(null)
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } }),
  )
  const [client] = useState(() => snapshotClient(props.customerId, props.snapshot))
  const [start] = useState(() => `/customers/${String(props.customerId)}/${props.tab ?? ''}`)

  useEffect(() => {
    if (!hostRef.current) return
    const created = createRoot(hostRef.current)
    setRoot(created)
    // Unmounted after this render pass: React refuses to unmount a root while rendering.
    return () => void setTimeout(() => created.unmount())
  }, [])

  useEffect(() => {
    root?.render(
      <QueryClientProvider client={queryClient}>
        <LoanProClientProvider client={client}>
          <MemoryRouter initialEntries={[start]}>
            <Routes>
              <Route
                path="/customers/:id/:tab?"
                element={<SnapshotPage onTabChange={props.onTabChange} />}
              />
              <Route path="*" element={<Leave onLeave={props.onLeave} />} />
            </Routes>
          </MemoryRouter>
        </LoanProClientProvider>
      </QueryClientProvider>,
    )
  })

  return <div ref={hostRef} className="snapshot-overview" />
}

function SnapshotPage({ onTabChange }: { onTabChange: (tab: string | undefined) => void }) {
  const { id = '', tab } = useParams()
  useEffect(() => onTabChange(tab), [tab, onTabChange])
  return (
    // Below the entry page's h1 and its "Snapshot" h2: the page keeps one h1.
    <HeadingsBelow level={2}>
      <FixedFetchStyle value="expand">
        <CustomerOverviewPage customerId={id} tab={tab} />
      </FixedFetchStyle>
    </HeadingsBelow>
  )
}

function Leave({ onLeave }: { onLeave: () => void }) {
  useEffect(() => onLeave(), [onLeave])
  return null
}
