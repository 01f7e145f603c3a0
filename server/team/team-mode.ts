import type { Context, Hono, MiddlewareHandler } from 'hono'
import { authRoutes } from './auth-routes.ts'
import { createRelyingParty, type OidcRelyingParty } from './oidc.ts'
import { requireSession, sessionCookies } from './session.ts'
import type { TeamConfig } from './team-config.ts'
import type { TeamUser } from './team-user.ts'

export const TEAM_USER_META_NAME = 'customer-manager-user'

export interface TeamMode {
  routes: Hono
  requireSession: MiddlewareHandler
  /** GET /api/session: who is signed in (the middleware has already answered 401 otherwise). */
  session: (c: Context) => Response
  /** The signed-in person as a meta tag for index.html: the page reads its permissions there. */
  userMeta: (c: Context) => string
}

export function teamMode(
  team: TeamConfig,
  log: (line: string) => void,
  party: OidcRelyingParty = createRelyingParty(team),
): TeamMode {
  const cookies = sessionCookies(team)
  return {
    routes: authRoutes(team, party, cookies, log),
    requireSession: requireSession(cookies),
    session: (c) => {
      c.header('Cache-Control', 'no-store')
      return c.json({ user: publicUser(c.get('teamUser')) })
    },
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
