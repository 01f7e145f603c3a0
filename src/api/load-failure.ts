import { isLoanProError } from './loanpro-error'

/** A failed read in words: what happened and what to do next. */
interface LoadFailure {
  /** The sentence(s) to show: the reason, then the next step. */
  text: string
  /** The connection was refused: offer the way to Settings. */
  reconnect: boolean
}

/** The way to Settings that a refused connection offers. */
export const RECONNECT_LINK = { to: '/settings', label: 'Reconnect in Settings' }

/** What LoanPro refused, and what to try then, for the answers no other kind explains. */
interface RefusedRead {
  what: string
  next: string
}

const REFUSED_REQUEST: RefusedRead = { what: 'the request', next: 'Try again.' }

/** For the list: a refused search is usually mended by changing it. */
export const REFUSED_SEARCH: RefusedRead = {
  what: 'the search',
  next: 'Change the search or try again.',
}

function failure(reason: string, next: string, reconnect = false): LoadFailure {
  return { text: `${reason} ${next}`, reconnect }
}

/**
 * The one describer of a read that failed (the list, the overview's header and tabs), from
 * the adapter's error kind. LoanPro's own message is quoted where it explains the refusal.
 */
export function describeLoadFailure(error: unknown, refused = REFUSED_REQUEST): LoadFailure {
  if (!isLoanProError(error)) return failure('Something unexpected went wrong.', 'Try again.')
  const said = error.serverMessage ? ` LoanPro said: “${error.serverMessage}”` : ''
  switch (error.kind) {
    case 'unauthorized':
      return failure(
        'LoanPro did not accept the token or tenant id.',
        'Reconnect with a valid API token.',
        true,
      )
    case 'network':
      return failure(
        'LoanPro could not be reached.',
        'Check your internet connection, then try again.',
      )
    case 'timeout':
      return failure('LoanPro did not answer in time.', 'Try again in a moment.')
    case 'rate-limited': {
      const seconds = error.retryAfterMs ? Math.ceil(error.retryAfterMs / 1000) : null
      return failure(
        'LoanPro is limiting how many requests it accepts.',
        seconds ? `Wait ${seconds} s, then try again.` : 'Wait a moment, then try again.',
      )
    }
    case 'server':
      return failure(
        `LoanPro had a server error (${error.status ?? 500}).${said}`,
        'This is on LoanPro’s side: try again in a moment.',
      )
    case 'bad-response':
      return failure(
        'LoanPro sent an answer that could not be read.',
        'Try again; if it persists, check the connection in Settings.',
      )
    default: {
      const status = error.status ? ` (${error.status})` : ''
      return failure(`LoanPro refused ${refused.what}${status}.${said}`, refused.next)
    }
  }
}
