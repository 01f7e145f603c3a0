import { createContext, useContext, useMemo, type ReactNode } from 'react'
import { customerQueries, type CustomerQueries } from './customer-queries'
import type { LoanProClient } from './http-client'

const LoanProClientContext = createContext<LoanProClient | null>(null)

/** Makes the client of the current connection available to the features. */
export function LoanProClientProvider({
  client,
  children,
}: {
  client: LoanProClient
  children: ReactNode
}) {
  return <LoanProClientContext.Provider value={client}>{children}</LoanProClientContext.Provider>
}

export function useLoanProClient(): LoanProClient {
  const client = useContext(LoanProClientContext)
  if (!client) throw new Error('useLoanProClient needs a LoanProClientProvider above it.')
  return client
}

/** The customer query options for the current client, stable while the client is. */
export function useCustomerQueries(): CustomerQueries {
  const client = useLoanProClient()
  return useMemo(() => customerQueries(client), [client])
}
