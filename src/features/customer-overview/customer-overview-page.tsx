import { useEffect, useRef, useState, type ReactNode } from 'react'
import { Link, useNavigate } from 'react-router'
import type { Customer } from '../../api/customer-schema'
import type { FetchStyle } from '../../api/fetch-style'
import { TabList, TabPanel, type TabItem } from '../../components/tabs'
import { lastListPlace } from '../../lib/last-list-place'
import { useDocumentTitle } from '../../lib/use-document-title'
import { CustomerHeader, CustomerHeaderSkeleton } from './customer-header'
import { CustomerNotFound } from './customer-not-found'
import {
  CUSTOMER_SECTIONS,
  parseCustomerId,
  sectionForSlug,
  sectionPath,
} from './customer-sections'
import { DetailsPanel } from './details-panel'
import { FetchStyleSwitch } from './fetch-style-switch'
import { NestedObjectPanel } from './nested-object-panel'
import {
  isMissingCustomerError,
  useCustomerDetail,
  useExpandGate,
  useKnownCounts,
  useKnownNestedValue,
  useListedSummary,
  usePrefetchNested,
} from './overview-queries'
import { PanelErrorBoundary } from './panel-error-boundary'
import { PanelError } from './panel-states'
import './customer-overview.css'

export interface CustomerOverviewPageProps {
  /** The `:id` of the URL, as typed: a non-numeric id is "not found". */
  customerId: string
  /** The `:tab` slug of the URL; unknown slugs open Details. */
  tab?: string
  fetchStyle: FetchStyle
  /** When given, the header offers the fetch style switch. */
  onFetchStyleChange?: (style: FetchStyle) => void
  /** The Delete customer slot, filled by the route. */
  headerActions?: (customer: Customer) => ReactNode
}

export function CustomerOverviewPage(props: CustomerOverviewPageProps) {
  const id = parseCustomerId(props.customerId)
  if (id === null) return <CustomerNotFound rawId={props.customerId} />
  // Keyed so that nothing of one customer's view state leaks into the next.
  return <CustomerOverview key={id} {...props} id={id} />
}

const TABS_ID = 'customer-sections'

function CustomerOverview(props: CustomerOverviewPageProps & { id: number }) {
  const { id, fetchStyle, onFetchStyleChange, headerActions } = props
  const navigate = useNavigate()
  const gate = useExpandGate(id, fetchStyle)
  const detail = useCustomerDetail(id, fetchStyle, gate)
  const counts = useKnownCounts(id)
  const phones = useKnownNestedValue(id, 'Phones')
  const primaryAddress = useKnownNestedValue(id, 'PrimaryAddress')
  const listed = useListedSummary(id)
  const prefetch = usePrefetchNested(id, fetchStyle)
  const section = sectionForSlug(props.tab)
  const customer = detail.data?.customer
  useDocumentTitle(customer?.displayName ?? `Customer ${id}`)
  // The way back: to the list as it was left (search, filters, sort, page), when known.
  const [back] = useState(() => lastListPlace())
  const pageRef = useRef<HTMLDivElement>(null)
  const headingFocused = useRef(false)
  // Opening a customer puts focus on its heading (the link that opened it is gone), unless
  // the person already moved it elsewhere.
  useEffect(() => {
    if (!customer || headingFocused.current) return
    headingFocused.current = true
    const active = document.activeElement
    if (active && active !== document.body) return
    const heading = pageRef.current?.querySelector<HTMLElement>('h1')
    if (!heading) return
    heading.tabIndex = -1
    heading.focus()
  }, [customer])

  if (gate.missing || (detail.isError && isMissingCustomerError(detail.error))) {
    return <CustomerNotFound rawId={String(id)} />
  }

  const items: TabItem[] = CUSTOMER_SECTIONS.map((entry) => ({
    id: entry.slug,
    label: entry.label,
    href: sectionPath(id, entry),
    count: entry.objectKey ? counts.get(entry.objectKey) : undefined,
  }))
  const path = (slug: string) => sectionPath(id, sectionForSlug(slug))
  const actions =
    customer && (onFetchStyleChange || headerActions) ? (
      <>
        {onFetchStyleChange ? (
          <FetchStyleSwitch value={fetchStyle} onChange={onFetchStyleChange} />
        ) : null}
        {headerActions?.(customer)}
      </>
    ) : null

  return (
    <div ref={pageRef} className="overview">
      <Link to={back?.href ?? '/customers'} className="overview__back">
        ← {back?.label ?? 'Customers'}
      </Link>
      {customer ? (
        <CustomerHeader
          customer={customer}
          phones={phones}
          primaryAddress={primaryAddress}
          listed={listed}
          phonesHref={path('phones')}
          addressHref={path('primary-address')}
          actions={actions}
        />
      ) : detail.isError ? (
        <PanelError
          label="The customer"
          error={detail.error}
          onRetry={() => void detail.refetch()}
          retrying={detail.isFetching}
        />
      ) : (
        <CustomerHeaderSkeleton />
      )}
      <div className="overview__tabs">
        <TabList
          label="Customer sections"
          idPrefix={TABS_ID}
          items={items}
          selectedId={section.slug}
          // Replaced, not pushed: one Back returns to the list, not through every tab.
          onSelect={(slug) => void navigate(path(slug), { replace: true })}
          onHover={(slug) => {
            const key = sectionForSlug(slug).objectKey
            if (key) prefetch(key)
          }}
        />
      </div>
      <TabPanel idPrefix={TABS_ID} tabId={section.slug}>
        <PanelErrorBoundary key={section.slug} label={section.label}>
          {section.objectKey ? (
            <NestedObjectPanel
              key={section.objectKey}
              customerId={id}
              objectKey={section.objectKey}
              label={section.label}
              fetchStyle={fetchStyle}
              gate={gate}
            />
          ) : (
            <DetailsPanel query={detail} />
          )}
        </PanelErrorBoundary>
      </TabPanel>
    </div>
  )
}
