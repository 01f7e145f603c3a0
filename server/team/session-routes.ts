// The admin's view of who is signed in, and the way to cut someone off: every live session of
// a person ends at once, on every instance (within the recheck time of the others).
import { Hono, type MiddlewareHandler } from 'hono'
import type { SessionsEnded, SignedInPeople } from '../../src/api/sessions-contract.ts'
import type { Db } from './db.ts'
import type { TeamSessions } from './session.ts'
import { listSignedInPeople } from './session-store.ts'
import { hasRole } from './team-user.ts'

export function sessionRoutes(db: Db, sessions: TeamSessions): Hono {
  const routes = new Hono()
  const adminsOnly: MiddlewareHandler = async (c, next) => {
    c.header('Cache-Control', 'no-store')
    if (!hasRole(c.get('teamUser').role, 'admin')) {
      await c.req.arrayBuffer().catch(() => null)
      return c.json({ error: { message: 'Only admins see and end sessions.' } }, 403)
    }
    await next()
  }
  routes.use('/sessions', adminsOnly)
  routes.use('/sessions/*', adminsOnly)

  /** People with a live session, most recent sign-in first. */
  routes.get('/sessions', async (c) => {
    const body: SignedInPeople = { people: await listSignedInPeople(db) }
    return c.json(body)
  })

  /** `{ "subject": "…" }`: ends every live session of that person. */
  routes.post('/sessions/end', async (c) => {
    const body = (await c.req.json().catch(() => null)) as { subject?: unknown } | null
    const subject = body?.subject
    if (typeof subject !== 'string' || subject === '' || subject.length > 500) {
      return c.json({ error: { message: 'Send {"subject": "…"}: whose sessions to end.' } }, 400)
    }
    const answer: SessionsEnded = { ended: await sessions.endAllOf(subject, c.get('teamUser')) }
    return c.json(answer)
  })
  return routes
}
