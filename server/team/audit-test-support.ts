// Test support for the audit log: a signed-in person without the sign-in (team-auth sets
// `teamUser` in the real server), and a small stand-in for the role check.
import type { MiddlewareHandler } from 'hono'
import { hasRole, type Role, type TeamUser } from './team-user.ts'

export const USERS = {
  viewer: { subject: 'sub-viewer', name: 'Vera Viewer', email: 'vera@example.com', role: 'viewer' },
  operator: {
    subject: 'sub-op',
    name: 'Otto Operator',
    email: 'otto@example.com',
    role: 'operator',
  },
  other: {
    subject: 'sub-op2',
    name: 'Olga Other',
    email: '=cmd|calc@example.com',
    role: 'operator',
  },
  admin: { subject: 'sub-admin', name: 'Ada Admin', email: 'ada@example.com', role: 'admin' },
} satisfies Record<string, TeamUser>

export const USER_HEADER = 'x-test-user'

/** Sets `teamUser` from the x-test-user header (a key of USERS); none: not signed in. */
export const testSession: MiddlewareHandler = async (c, next) => {
  const key = c.req.header(USER_HEADER) as keyof typeof USERS | undefined
  const user = key ? USERS[key] : undefined
  if (user) c.set('teamUser', user)
  await next()
}

/** What team-auth's role check does for a DELETE: below `needed`, 403 and nothing sent. */
export function testRoleCheck(needed: Role = 'operator'): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method === 'DELETE' && !hasRole(c.get('teamUser').role, needed)) {
      return c.json({ error: { message: 'Your role cannot delete customers.' } }, 403)
    }
    await next()
  }
}
