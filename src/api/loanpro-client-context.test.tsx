import { renderHook } from '@testing-library/react'
import type { ReactNode } from 'react'
import { createLoanProClient } from './http-client'
import { LoanProClientProvider, useLoanProClient } from './loanpro-client-context'

const client = createLoanProClient({ baseUrl: 'https://demo.loanpro.test/api/public/api/1/' })
const wrapper = ({ children }: { children: ReactNode }) => (
  <LoanProClientProvider client={client}>{children}</LoanProClientProvider>
)

describe('LoanProClientProvider', () => {
  it('hands the client down', () => {
    expect(renderHook(() => useLoanProClient(), { wrapper }).result.current).toBe(client)
  })

  it('says what is missing when there is no provider', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    expect(() => renderHook(() => useLoanProClient())).toThrow(/LoanProClientProvider/)
  })
})
