// Who is making a request in team mode. The sign-in (OIDC) establishes it; the audit log and the
// role checks read it. Kept in one small file so both sides share one definition.

import { ROLES, type TeamRole } from '../../src/api/team-user.ts'

/** Ordered: each role can do everything the roles before it can (the page's list too). */
export { ROLES }
export type Role = TeamRole

export interface TeamUser {
  /** The IdP's stable subject (`sub` claim). */
  subject: string
  /** Display name (`name`, else `email`, else `sub`). */
  name: string
  email?: string
  role: Role
}

declare module 'hono' {
  interface ContextVariableMap {
    /** Set by the team-mode session middleware on every signed-in request. */
    teamUser: TeamUser
  }
}

/** True when `role` includes the rights of `needed`. */
export function hasRole(role: Role, needed: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(needed)
}
