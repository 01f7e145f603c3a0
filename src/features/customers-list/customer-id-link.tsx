import { useQueryClient } from '@tanstack/react-query'
import { Link } from 'react-router'
import { useCustomerQueries } from '../../api/use-customer-queries'

/**
 * The customer's id as a real link (middle click opens a tab). Hover or focus starts loading
 * the customer, so the overview usually opens with its data already there.
 */
export function CustomerIdLink({ id }: { id: number }) {
  const queryClient = useQueryClient()
  const queries = useCustomerQueries()
  const prefetch = () => {
    void queryClient.prefetchQuery(queries.detail(id))
  }
  return (
    <Link to={`/customers/${id}`} onMouseEnter={prefetch} onFocus={prefetch}>
      {id}
    </Link>
  )
}
