import { useMemo } from 'react'
import { customerQueries, type CustomerQueries } from './customer-queries'
import { useLoanProClient } from './loanpro-client-context'

/**
 * The customer query options for the current client, stable while the client is. Apart from
 * the context so that the app shell, which provides the client, does not pull every fetcher
 * and entity reader into the entry chunk.
 */
export function useCustomerQueries(): CustomerQueries {
  const client = useLoanProClient()
  return useMemo(() => customerQueries(client), [client])
}
