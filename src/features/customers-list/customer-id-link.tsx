import { useQueryClient } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { useCustomerQueries } from '../../api/use-customer-queries'

/**
 * A real link to the customer (middle click opens a tab). Hover or focus starts loading the
 * customer, so the overview usually opens with its data already there.
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
  const prefetch = () => {
    void queryClient.prefetchQuery(queries.detail(id))
  }
  return (
    <Link
      to={`/customers/${id}`}
      className={props.className}
      title={props.title}
      onMouseEnter={prefetch}
      onFocus={prefetch}
    >
      {props.children}
    </Link>
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
