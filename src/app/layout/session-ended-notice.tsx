import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { isLoanProError } from '../../api/loanpro-error'
import { useSignedInUser } from '../../api/team-session'

/** The server's own session check: 401 there means the session is gone, not LoanPro's token. */
export const SESSION_PATH = '/api/session'

/**
 * Team mode: when a request is refused with 401 and the server confirms the session is gone
 * (signed out in another tab, ended by an admin, expired), say so once, above everything, and
 * offer to sign in again back to this page; otherwise each panel would blame LoanPro's token.
 */
export function SessionEndedNotice() {
  const user = useSignedInUser()
  const queryClient = useQueryClient()
  const [ended, setEnded] = useState(false)
  useEffect(() => {
    if (!user) return
    let checking = false
    const onError = (error: unknown) => {
      if (checking || !isLoanProError(error) || error.kind !== 'unauthorized') return
      checking = true
      void sessionIsGone().then((gone) => {
        checking = false
        if (gone) setEnded(true)
      })
    }
    const stopQueries = queryClient.getQueryCache().subscribe((event) => {
      if (event.type === 'updated' && event.action.type === 'error') onError(event.action.error)
    })
    const stopMutations = queryClient.getMutationCache().subscribe((event) => {
      if (event.type === 'updated' && event.action.type === 'error') onError(event.action.error)
    })
    return () => {
      stopQueries()
      stopMutations()
    }
  }, [user, queryClient])
  if (!ended) return null
  const back = `${window.location.pathname}${window.location.search}`
  return (
    <div role="alert" className="app__session-ended">
      <p>
        <strong>Your session has ended.</strong> You were signed out, an administrator ended your
        session, or it expired. Sign in again to go on from this page.
      </p>
      <a className="button button--primary" href={`/auth/login?next=${encodeURIComponent(back)}`}>
        Sign in again
      </a>
    </div>
  )
}

async function sessionIsGone(): Promise<boolean> {
  try {
    const response = await fetch(SESSION_PATH, { cache: 'no-store', credentials: 'same-origin' })
    return response.status === 401
  } catch {
    // The server cannot be reached: that is not news about the session.
    return false
  }
}
