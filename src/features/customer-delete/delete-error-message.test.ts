import { describe, expect, it } from 'vitest'
import { LoanProError } from '../../api/loanpro-error'
import { deleteErrorText } from './delete-error-message'

describe('deleteErrorText', () => {
  it('quotes LoanPro inside the sentence without a doubled period', () => {
    const error = new LoanProError({ kind: 'conflict', status: 409, serverMessage: 'Gone. ' })
    expect(deleteErrorText(error)).toMatch(/^LoanPro refused: Gone\. If the customer/)
  })

  it('falls back to words when LoanPro sent no message', () => {
    expect(deleteErrorText(new LoanProError({ kind: 'conflict', status: 409 }))).toMatch(
      /^LoanPro refused: LoanPro refused the request \(conflict\)\. /,
    )
  })

  it('tells how long to wait on a 429 only when Retry-After was readable', () => {
    const wait = (retryAfterMs?: number) =>
      deleteErrorText(new LoanProError({ kind: 'rate-limited', status: 429, retryAfterMs }))
    expect(wait(1000)).toBe('LoanPro is busy; wait 1 second and try again.')
    expect(wait(2500)).toBe('LoanPro is busy; wait 3 seconds and try again.')
    expect(wait(undefined)).toBe(
      'LoanPro is limiting requests and did not say for how long. The customer was not deleted; try again later.',
    )
  })

  it('says "not deleted" only when a check found the customer after an unclear answer', () => {
    const unclear = new LoanProError({ kind: 'bad-response', serverMessage: 'No d' })
    expect(deleteErrorText(unclear)).toMatch(/could not tell whether the customer is gone/)
    const checked = new LoanProError({ kind: 'server', status: 500, notApplied: true })
    expect(deleteErrorText(checked)).toMatch(/still in LoanPro, so it was not deleted/)
  })

  it('says the status for other refusals, and never shows "undefined"', () => {
    const text = deleteErrorText(new LoanProError({ kind: 'http', status: 400 }))
    expect(text).toMatch(/status 400.*not deleted/)
    expect(deleteErrorText(new Error('boom'))).not.toMatch(/undefined|boom/)
  })
})
