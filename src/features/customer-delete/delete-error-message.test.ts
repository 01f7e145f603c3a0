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

  it('tells how long to wait on a 429, or a few seconds without Retry-After', () => {
    const wait = (retryAfterMs?: number) =>
      deleteErrorText(new LoanProError({ kind: 'rate-limited', status: 429, retryAfterMs }))
    expect(wait(1000)).toBe('LoanPro is busy; wait 1 second and try again.')
    expect(wait(2500)).toBe('LoanPro is busy; wait 3 seconds and try again.')
    expect(wait(undefined)).toBe('LoanPro is busy; wait a few seconds and try again.')
  })

  it('says the status for other refusals, and never shows "undefined"', () => {
    const text = deleteErrorText(new LoanProError({ kind: 'http', status: 400 }))
    expect(text).toMatch(/status 400.*not deleted/)
    expect(deleteErrorText(new Error('boom'))).not.toMatch(/undefined|boom/)
  })
})
