import { describe, expect, it } from 'vitest'
import { LoanProError } from './loanpro-error'
import { createAppQueryClient, CUSTOMER_STALE_TIME_MS, retryLoanProQuery } from './query-defaults'

describe('retryLoanProQuery', () => {
  it('retries only retryable LoanPro errors, twice at most', () => {
    const server = new LoanProError({ kind: 'server', status: 500 })
    expect(retryLoanProQuery(0, server)).toBe(true)
    expect(retryLoanProQuery(1, server)).toBe(true)
    expect(retryLoanProQuery(2, server)).toBe(false)
    expect(retryLoanProQuery(0, new LoanProError({ kind: 'conflict', status: 409 }))).toBe(false)
    expect(retryLoanProQuery(0, new Error('x'))).toBe(false)
  })
})

describe('createAppQueryClient', () => {
  it('reads with the one stale time and retry rule; mutations never retry', () => {
    const options = createAppQueryClient().getDefaultOptions()
    expect(options.queries?.staleTime).toBe(CUSTOMER_STALE_TIME_MS)
    expect(options.queries?.retry).toBe(retryLoanProQuery)
    expect(options.mutations?.retry).toBe(false)
  })
})
