import type { Context, Hono, MiddlewareHandler } from 'hono'
import { authRoutes } from './auth-routes.ts'
import type { Db } from './db.ts'
import { createRelyingParty, type OidcRelyingParty } from './oidc.ts'
import { roleRulesSource } from './roles-file.ts'
import { teamSessions } from './session.ts'
import { sessionRoutes } from './session-routes.ts'
import type { TeamConfig } from './team-config.ts'
import type { TeamUser } from './team-user.ts'

export const TEAM_USER_META_NAME = 'customer-manager-user'

export interface TeamMode {
  routes: Hono
  requireSession: MiddlewareHandler
  /** GET /api/session: who is signed in (the middleware has already answered 401 otherwise). */
  session: (c: Context) => Response
  /** /api/sessions: the admin's list of signed-in people, and ending someone's sessions. */
  sessionRoutes: Hono
  /** The signed-in person as a meta tag for index.html: the page reads its permissions there. */
  userMeta: (c: Context) => string
}

export function teamMode(
  team: TeamConfig,
  db: Db,
  log: (line: string) => void,
  party: OidcRelyingParty = createRelyingParty(team),
): TeamMode {
  const roles = roleRulesSource(team.roles, team.rolesFile, { recheckMs: team.recheckMs, log })
  const sessions = teamSessions(team, db, roles, log)
  return {
    routes: authRoutes(team, party, sessions, roles, log),
    requireSession: sessions.require,
    session: (c) => {
      c.header('Cache-Control', 'no-store')
      return c.json({ user: publicUser(c.get('teamUser')) })
    },
    sessionRoutes: sessionRoutes(db, sessions),
    userMeta: (c) =>
      `<meta name="${TEAM_USER_META_NAME}" content="${escapeAttribute(JSON.stringify(publicUser(c.get('teamUser'))))}">`,
  }
}

function publicUser(user: TeamUser) {
  return { name: user.name, email: user.email ?? null, role: user.role }
}

function escapeAttribute(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${String(ch.charCodeAt(0))};`)
}
