import { describe, expect, it } from 'vitest'
import { describeLoadFailure, REFUSED_SEARCH } from './load-failure'
import { LoanProError } from './loanpro-error'

const text = (error: unknown, refused?: typeof REFUSED_SEARCH) =>
  describeLoadFailure(error, refused).text

describe('describeLoadFailure', () => {
  it('says what happened and what to do for each kind of failure', () => {
    expect(text(new LoanProError({ kind: 'network' }))).toBe(
      'LoanPro could not be reached. Check your internet connection, then try again.',
    )
    expect(text(new LoanProError({ kind: 'timeout' }))).toBe(
      'LoanPro did not answer in time. Try again in a moment.',
    )
    expect(text(new LoanProError({ kind: 'server', status: 503, serverMessage: 'Down' }))).toBe(
      'LoanPro had a server error (503). LoanPro said: “Down” This is on LoanPro’s side: try again in a moment.',
    )
    expect(text(new LoanProError({ kind: 'bad-response' }))).toMatch(/could not be read/)
    expect(text(new Error('boom'))).toBe('Something unexpected went wrong. Try again.')
  })

  it('offers Settings only when the connection was refused', () => {
    expect(describeLoadFailure(new LoanProError({ kind: 'unauthorized', status: 401 }))).toEqual({
      text: 'LoanPro did not accept the token or tenant id. Reconnect with a valid API token.',
      reconnect: true,
    })
    expect(describeLoadFailure(new LoanProError({ kind: 'network' })).reconnect).toBe(false)
  })

  it('gives the wait LoanPro asked for, and none it did not', () => {
    const limited = (retryAfterMs?: number) =>
      text(new LoanProError({ kind: 'rate-limited', status: 429, retryAfterMs }))
    expect(limited(6500)).toMatch(/Wait 7 s, then try again\.$/)
    expect(limited()).toMatch(/Wait a moment, then try again\.$/)
  })

  it('names what was refused: the search on the list, the request elsewhere', () => {
    const refused = new LoanProError({ kind: 'http', status: 400, serverMessage: 'Bad sort' })
    expect(text(refused, REFUSED_SEARCH)).toBe(
      'LoanPro refused the search (400). LoanPro said: “Bad sort” Change the search or try again.',
    )
    expect(text(new LoanProError({ kind: 'conflict', status: 409 }))).toBe(
      'LoanPro refused the request (409). Try again.',
    )
  })
})
