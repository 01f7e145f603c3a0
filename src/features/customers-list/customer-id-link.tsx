import { useQueryClient } from '@tanstack/react-query'
import type { MouseEvent, ReactNode } from 'react'
import { useNavigate } from 'react-router'
import { useCustomerQueries } from '../../api/use-customer-queries'

/** A click the browser should handle itself: new tab or window, download, not the main button. */
function opensElsewhere(event: MouseEvent<HTMLAnchorElement>): boolean {
  return (
    event.button !== 0 ||
    event.defaultPrevented ||
    event.metaKey ||
    event.altKey ||
    event.ctrlKey ||
    event.shiftKey
  )
}

/**
 * A real link to the customer (middle click opens a tab). Hover or focus starts loading the
 * customer, so the overview usually opens with its data already there. A plain `<a>` with a
 * client-side click instead of react-router's `Link`: a page shows up to 250 rows with two of
 * them each, and `Link` resolves its path against the route matches on every render, which was
 * the largest single cost of painting the rows.
 */
function CustomerLink(props: {
  id: number
  className?: string
  title?: string
  children: ReactNode
}) {
  const { id } = props
  const queryClient = useQueryClient()
  const queries = useCustomerQueries()
  const navigate = useNavigate()
  const href = `/customers/${String(id)}`
  const prefetch = () => {
    void queryClient.prefetchQuery(queries.detail(id))
  }
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (opensElsewhere(event)) return
    event.preventDefault()
    void navigate(href)
  }
  return (
    <a
      href={href}
      className={props.className}
      title={props.title}
      onClick={onClick}
      onMouseEnter={prefetch}
      onFocus={prefetch}
    >
      {props.children}
    </a>
  )
}

/** The ID cell's link: its name is the id, as the UI contract says. */
export function CustomerIdLink({ id }: { id: number }) {
  return <CustomerLink id={id}>{id}</CustomerLink>
}

/** The name cell is a link too: the name is what people aim at. */
export function CustomerNameLink({ id, name }: { id: number; name: string }) {
  return (
    <CustomerLink id={id} className="customers-table__name" title={name}>
      {name}
    </CustomerLink>
  )
}
