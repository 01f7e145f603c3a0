import { renderHook } from '@testing-library/react'
import type { ReactNode } from 'react'
import { createLoanProClient } from './http-client'
import { LoanProClientProvider } from './loanpro-client-context'
import { useCustomerQueries } from './use-customer-queries'

const client = createLoanProClient({ baseUrl: 'https://demo.loanpro.test/api/public/api/1/' })
const wrapper = ({ children }: { children: ReactNode }) => (
  <LoanProClientProvider client={client}>{children}</LoanProClientProvider>
)

describe('useCustomerQueries', () => {
  it('keeps the query factory stable while the client is', () => {
    const { result, rerender } = renderHook(() => useCustomerQueries(), { wrapper })
    const first = result.current
    rerender()
    expect(result.current).toBe(first)
    expect(first.detail(3).queryKey).toEqual(['customers', 'detail', 3])
  })
})
