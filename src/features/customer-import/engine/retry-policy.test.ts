import { LoanProError } from '../../../api/loanpro-error'
import { classifyDeleteError, MAX_RETRY_AFTER_MS, retryDelayMs } from './retry-policy'

const policy = { maxAttempts: 5, baseDelayMs: 100, maxDelayMs: 2000, random: () => 0.5 }

describe('retry policy', () => {
  it('waits at least what Retry-After asks, up to a cap', () => {
    expect(retryDelayMs(policy, 1, 7000)).toBe(7000)
    expect(retryDelayMs(policy, 1, 6 * 3_600_000)).toBe(MAX_RETRY_AFTER_MS)
    expect(retryDelayMs(policy, 3)).toBe(300)
  })

  it('never retries a conflict and checks first after an answer that may be lost', () => {
    expect(
      classifyDeleteError(new LoanProError({ kind: 'conflict', serverMessage: 'linked' })),
    ).toEqual({
      action: 'fail',
      message: 'linked',
    })
    expect(classifyDeleteError(new LoanProError({ kind: 'server', status: 502 }))).toMatchObject({
      action: 'retry',
      maybeApplied: true,
    })
    expect(
      classifyDeleteError(new LoanProError({ kind: 'rate-limited', retryAfterMs: 7000 })),
    ).toMatchObject({
      action: 'retry',
      maybeApplied: false,
      retryAfterMs: 7000,
    })
  })
})
