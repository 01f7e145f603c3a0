import { useQueryClient } from '@tanstack/react-query'
import type { MouseEvent } from 'react'
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
 * The customer's id as a real link (middle click opens a tab). Hover or focus starts loading
 * the customer, so the overview usually opens with its data already there. A plain `<a>` with
 * a client-side click instead of react-router's `Link`: a page shows up to 250 of them, and
 * `Link` resolves its path against the route matches on every render, which was the largest
 * single cost of painting the rows.
 */
export function CustomerIdLink({ id }: { id: number }) {
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
    <a href={href} onClick={onClick} onMouseEnter={prefetch} onFocus={prefetch}>
      {id}
    </a>
  )
}
