import { useQueryClient } from '@tanstack/react-query'
import { useRef, type FocusEvent, type MouseEvent, type PointerEvent, type ReactNode } from 'react'
import { useCustomerQueries, usePrefetchCustomer } from '../../api/use-customer-queries'

/** A click the browser should handle itself: new tab or window, download, not the main button. */
export function opensElsewhere(event: MouseEvent<Element>): boolean {
  return (
    event.button !== 0 ||
    event.defaultPrevented ||
    event.metaKey ||
    event.altKey ||
    event.ctrlKey ||
    event.shiftKey
  )
}

/** The links to a customer inside the rows (the table body handles their clicks and hovers). */
export const CUSTOMER_LINK = 'a[data-customer-link]'

/**
 * The customer id of the link the event happened on, or null when not on one (events from a
 * portal, such as a dialog a row opened, bubble through React but are not in the element).
 */
function linkedId(event: { currentTarget: Element; target: EventTarget }): number | null {
  const { target } = event
  const inside = target instanceof Element && event.currentTarget.contains(target)
  const link = inside ? target.closest(CUSTOMER_LINK) : null
  const id = Number(link?.getAttribute('href')?.split('/').at(-1))
  return Number.isSafeInteger(id) && id > 0 ? id : null
}

/**
 * The customer links' behaviour, for the element that holds them (the table body): a plain
 * click opens the customer in the app (`open`), other clicks are left to the browser; hover or
 * focus starts loading the customer, a press (pointerdown) all that the overview shows on
 * arrival, so the overview usually opens with its data there.
 * `onClick` returns whether it handled the event.
 */
export function useCustomerLinkEvents(open: (id: number) => void) {
  const queryClient = useQueryClient()
  const queries = useCustomerQueries()
  const prefetchOpening = usePrefetchCustomer()
  const lastHovered = useRef<number | null>(null)
  const prefetch = (id: number | null) => {
    if (id !== null) void queryClient.prefetchQuery(queries.detail(id))
  }
  return {
    onClick: (event: MouseEvent<Element>): boolean => {
      const id = linkedId(event)
      if (id === null) return false
      if (!opensElsewhere(event)) {
        event.preventDefault()
        open(id)
      }
      return true
    },
    // mouseover bubbles (mouseenter does not); once per link entered, not per child moved over.
    onMouseOver: (event: MouseEvent<Element>) => {
      const id = linkedId(event)
      if (id === lastHovered.current) return
      lastHovered.current = id
      prefetch(id)
    },
    onFocus: (event: FocusEvent<Element>) => {
      prefetch(linkedId(event))
    },
    onPointerDown: (event: PointerEvent<Element>) => {
      const id = linkedId(event)
      if (id !== null && event.button === 0) prefetchOpening(id)
    },
  }
}

/**
 * A real link to the customer (middle click opens a tab). A plain `<a>`, drawn by a function
 * rather than a component: a page shows up to 250 rows with two of them each, and per-link
 * hooks (react-router's `Link` or `useNavigate`, which resolve the route matches on every
 * render, the query client) were the largest cost of painting the rows. The table body opens
 * the customer in the app on a plain click and starts loading it on hover or focus, once for
 * all links (customers-table.tsx).
 */
function customerLink(id: number, children: ReactNode, className?: string, title?: string) {
  return (
    // Out of the tab order from the start: a row is one tab stop, ←/→ reach its links.
    <a
      href={`/customers/${String(id)}`}
      className={className}
      title={title}
      tabIndex={-1}
      data-customer-link=""
    >
      {children}
    </a>
  )
}

/** The ID cell's link: its name is the id, as the UI contract says. */
export function customerIdLink(id: number) {
  return customerLink(id, id)
}

/** The name cell is a link too: the name is what people aim at. */
export function customerNameLink(id: number, name: string) {
  return customerLink(id, name, 'customers-table__name', name)
}
