import { createContext, useContext, type ReactNode } from 'react'
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
