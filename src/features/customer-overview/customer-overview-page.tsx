import { useEffect, useRef, useState, type ReactNode } from 'react'
import { Link, useNavigate } from 'react-router'
import type { Customer } from '../../api/customer-readers'
import { NESTED_OBJECTS, type NestedObjectKey } from '../../api/nested-objects'
import {
  useCustomerDetail,
  useCustomerObject,
  useKnownCounts,
  useArrival,
  usePrefetchCustomerObject,
} from '../../api/use-customer-queries'
import { TabList, TabPanel, type TabItem } from '../../components/tabs'
import { lastListPlace } from '../../lib/last-list-place'
import { useDocumentTitle } from '../../lib/use-document-title'
import { CustomerHeader, type HeaderValue } from './customer-header'
import { CustomerHeaderSkeleton } from './customer-header-skeleton'
import { CustomerNotFound } from './customer-not-found'
import {
  CUSTOMER_SECTIONS,
  parseCustomerId,
  sectionForSlug,
  sectionPath,
} from './customer-sections'
import { DetailsPanel } from './details-panel'
import { DeveloperTools } from './developer-tools'
import { NestedObjectPanel } from './nested-object-panel'
import { PanelErrorBoundary } from './panel-error-boundary'
import { PanelError } from './panel-states'
import { useWideLayout } from './use-wide-layout'
import './customer-overview.css'

export interface CustomerOverviewPageProps {
  /** The `:id` of the URL, as typed: a non-numeric id is "not found". */
  customerId: string
  /** The `:tab` slug of the URL; unknown slugs open Details. */
  tab?: string
  /** The remembered state of Developer tools; without it the page keeps its own (closed). */
  developerTools?: { open: boolean; onOpenChange: (open: boolean) => void }
  /** The Delete customer slot, filled by the route. */
  headerActions?: (customer: Customer) => ReactNode
  /**
   * Opened by a navigation (a transition: the previous page stays on screen until this one
   * commits): wait briefly for the customer and the header's objects, and render once, whole.
   */
  awaitArrival?: boolean
}

export function CustomerOverviewPage(props: CustomerOverviewPageProps) {
  const id = parseCustomerId(props.customerId)
  if (id === null) return <CustomerNotFound rawId={props.customerId} />
  // Keyed so that nothing of one customer's view state (the Reveal too) leaks into the next.
  return <CustomerOverview key={id} {...props} id={id} />
}

const TABS_ID = 'customer-sections'
const COLLECTIONS = new Set<NestedObjectKey>(
  NESTED_OBJECTS.filter((object) => object.kind === 'collection').map((object) => object.key),
)

/** A settled query as the header shows it; undefined while it is still on its way. */
function headerValue<T>(query: { data?: { value: T }; isError: boolean }) {
  if (query.data) return { value: query.data.value } satisfies HeaderValue<T>
  return query.isError ? ({ failed: true } satisfies HeaderValue<T>) : undefined
}

function CustomerOverview(props: CustomerOverviewPageProps & { id: number }) {
  const { id, headerActions } = props
  useArrival(id, props.awaitArrival ?? false)
  const navigate = useNavigate()
  const wide = useWideLayout()
  const [revealed, setRevealed] = useState(false)
  const [ownToolsOpen, setOwnToolsOpen] = useState(false)
  const toolsOpen = props.developerTools?.open ?? ownToolsOpen
  const setToolsOpen = props.developerTools?.onOpenChange ?? setOwnToolsOpen
  const { query: detail, missing } = useCustomerDetail(id)
  // The header's own objects: asked for here too, so it reads the same however it was reached.
  const phones = headerValue(useCustomerObject(id, 'Phones'))
  const primaryAddress = headerValue(useCustomerObject(id, 'PrimaryAddress'))
  const counts = useKnownCounts(id)
  const prefetch = usePrefetchCustomerObject(id)
  const section = sectionForSlug(props.tab)
  const customer = detail.data?.customer
  useDocumentTitle(customer?.displayName ?? `Customer ${id}`)
  // The way back: to the list as it was left (search, filters, sort, page), when known.
  const [back] = useState(() => lastListPlace())
  const pageRef = useRef<HTMLDivElement>(null)
  const headingFocused = useRef(false)
  // Opening a customer puts focus on its heading (the link that opened it is gone, or inert
  // with the list kept under it: customers-area.tsx), unless the person already moved it
  // elsewhere. The header, and so its h1, appears once the customer, phones and address are
  // all in.
  const headerShown = Boolean(customer && phones && primaryAddress)
  useEffect(() => {
    if (!headerShown || headingFocused.current) return
    headingFocused.current = true
    const active = document.activeElement
    if (active && active !== document.body && !active.closest('[inert]')) return
    const heading = pageRef.current?.querySelector<HTMLElement>('h1')
    if (!heading) return
    heading.tabIndex = -1
    heading.focus()
  }, [headerShown])

  if (missing) {
    return <CustomerNotFound rawId={String(id)} />
  }

  const items: TabItem[] = CUSTOMER_SECTIONS.map((entry) => ({
    id: entry.slug,
    label: entry.label,
    href: sectionPath(id, entry),
    count: entry.objectKey ? counts.get(entry.objectKey) : undefined,
    reserveCount: entry.objectKey ? COLLECTIONS.has(entry.objectKey) : false,
  }))
  const path = (slug: string) => sectionPath(id, sectionForSlug(slug))

  return (
    <div ref={pageRef} className="overview">
      <Link to={back?.href ?? '/customers'} className="overview__back">
        ← {back?.label ?? 'Customers'}
      </Link>
      <div className="overview__layout">
        <div className="overview__summary">
          {customer && phones && primaryAddress ? (
            <CustomerHeader
              customer={customer}
              phones={phones}
              primaryAddress={primaryAddress}
              phonesHref={path('phones')}
              addressHref={path('primary-address')}
              revealed={revealed}
              onRevealedChange={setRevealed}
              actions={headerActions?.(customer)}
            />
          ) : detail.isError ? (
            <PanelError
              label="The customer"
              error={detail.error}
              onRetry={() => void detail.refetch()}
              retrying={detail.isFetching}
            />
          ) : (
            <CustomerHeaderSkeleton customerId={id} />
          )}
          <DeveloperTools open={toolsOpen} onOpenChange={setToolsOpen} />
        </div>
        <div className="overview__sections">
          <div className="overview__tabs">
            <TabList
              label="Customer sections"
              idPrefix={TABS_ID}
              items={items}
              selectedId={section.slug}
              orientation={wide ? 'vertical' : 'horizontal'}
              // Replaced, not pushed: one Back returns to the list, not through every tab.
              onSelect={(slug) => void navigate(path(slug), { replace: true })}
              onHover={(slug) => {
                const key = sectionForSlug(slug).objectKey
                if (key) prefetch(key)
              }}
            />
          </div>
          <TabPanel idPrefix={TABS_ID} tabId={section.slug} className="overview__panel">
            <PanelErrorBoundary key={section.slug} label={section.label}>
              {section.objectKey ? (
                <NestedObjectPanel
                  key={section.objectKey}
                  customerId={id}
                  objectKey={section.objectKey}
                  label={section.label}
                  showRequest={toolsOpen}
                  headerLoading={!headerShown}
                />
              ) : (
                <DetailsPanel query={detail} showRequest={toolsOpen} />
              )}
            </PanelErrorBoundary>
          </TabPanel>
        </div>
      </div>
    </div>
  )
}
