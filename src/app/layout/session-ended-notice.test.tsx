import { screen, waitFor } from '@testing-library/react'
import { useQuery } from '@tanstack/react-query'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { LoanProError } from '../../api/loanpro-error'
import { TeamUserProvider, type SignedInUser } from '../../api/team-session'
import { renderWithProviders } from '../../testing/render-with-providers'
import { testServer } from '../../testing/test-server'
import { SessionEndedNotice } from './session-ended-notice'

const OPERATOR: SignedInUser = { name: 'Otto', email: null, role: 'operator' }

/** A page whose request the server refuses with 401. */
function RefusedPage() {
  useQuery({
    queryKey: ['refused'],
    queryFn: () => Promise.reject(new LoanProError({ kind: 'unauthorized', status: 401 })),
    retry: false,
  })
  return <p>Page</p>
}

function renderAs(user: SignedInUser | null, sessionStatus: number) {
  let sessionChecks = 0
  testServer.use(
    http.get('*/api/session', () => {
      sessionChecks += 1
      return HttpResponse.json({ error: { message: 'x' } }, { status: sessionStatus })
    }),
  )
  renderWithProviders(
    <TeamUserProvider user={user}>
      <SessionEndedNotice />
      <RefusedPage />
    </TeamUserProvider>,
    { route: '/customers?q=smith' },
  )
  return { sessionChecks: () => sessionChecks }
}

describe('SessionEndedNotice', () => {
  it('says the session ended and offers sign-in back to this page once the server confirms it', async () => {
    renderAs(OPERATOR, 401)
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Your session has ended.')
    expect(screen.getByRole('link', { name: 'Sign in again' })).toHaveAttribute(
      'href',
      `/auth/login?next=${encodeURIComponent(window.location.pathname + window.location.search)}`,
    )
  })

  it('says nothing when the session is still good (the 401 was LoanPro refusing the token)', async () => {
    const view = renderAs(OPERATOR, 200)
    await waitFor(() => expect(view.sessionChecks()).toBe(1))
    await screen.findByText('Page')
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it('asks the server nothing outside team mode', async () => {
    const view = renderAs(null, 401)
    await screen.findByText('Page')
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(view.sessionChecks()).toBe(0)
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })
})
