/*
 * Sessions across the HTTP boundary: what the team server's /api/sessions routes answer
 * (server/team/session-routes.ts, admins only) and what the Audit page's Sessions part reads.
 */

/** A person with live sessions. */
export interface SignedInPerson {
  /** The IdP's subject: what POST /api/sessions/end takes. */
  subject: string
  name: string
  email: string | null
  sessions: number
  lastSignInAt: string
}

/** GET /api/sessions */
export interface SignedInPeople {
  people: SignedInPerson[]
}

/** POST /api/sessions/end with `{ "subject": … }` */
export interface SessionsEnded {
  ended: number
}
