import type { Context, MiddlewareHandler } from 'hono'
import { deleteCookie, getCookie, setCookie } from 'hono/cookie'
import { isRole } from './roles.ts'
import { createSealer, type Sealer } from './sealed-cookie.ts'
import type { TeamConfig } from './team-config.ts'
import type { TeamUser } from './team-user.ts'

// The signed-in person lives in a sealed cookie (sealed-cookie.ts): HTTP-only, SameSite=Lax
// (the IdP's redirect back is a top-level GET, which Lax lets through), Secure when the app is
// reached over https, and then with the __Host- prefix (no Domain, Path=/, cannot be set by a
// sibling sub-domain). It ends at the absolute expiry sealed inside it; a role change takes
// effect at the next sign-in.

export interface Session {
  user: TeamUser
  /** Kept for the IdP's logout (id_token_hint) when it fits in the cookie. */
  idToken?: string
}

/** Browsers drop cookies over 4096 bytes; the ID token is left out beyond this. */
const MAX_COOKIE_VALUE = 3800

export interface SessionCookies {
  name: string
  read(c: Context): Session | null
  write(c: Context, session: Session): void
  clear(c: Context): void
  sealer: Sealer
}

export function sessionCookies(team: TeamConfig): SessionCookies {
  const sealer = createSealer(team.sessionSecret, 'session')
  const name = team.secureCookies ? '__Host-cm_session' : 'cm_session'
  const options = {
    path: '/',
    httpOnly: true,
    secure: team.secureCookies,
    sameSite: 'Lax',
  } as const
  return {
    name,
    sealer,
    read(c) {
      return asSession(sealer.open(getCookie(c, name)))
    },
    write(c, session) {
      const expiresAt = Date.now() + team.sessionMaxAgeSeconds * 1000
      let value = sealer.seal(session, expiresAt)
      if (value.length > MAX_COOKIE_VALUE) value = sealer.seal({ user: session.user }, expiresAt)
      setCookie(c, name, value, { ...options, maxAge: team.sessionMaxAgeSeconds })
    },
    clear(c) {
      deleteCookie(c, name, options)
    },
  }
}

function asSession(value: unknown): Session | null {
  const user = (value as { user?: Partial<TeamUser> } | null)?.user
  if (
    typeof user?.subject !== 'string' ||
    typeof user.name !== 'string' ||
    typeof user.role !== 'string' ||
    !isRole(user.role)
  ) {
    return null
  }
  const idToken = (value as { idToken?: unknown }).idToken
  return {
    user: {
      subject: user.subject,
      name: user.name,
      role: user.role,
      ...(typeof user.email === 'string' ? { email: user.email } : {}),
    },
    ...(typeof idToken === 'string' ? { idToken } : {}),
  }
}

/**
 * Every request past this point is a signed-in person's: it sets `teamUser` (read by the role
 * checks and the audit log). Without a session, API calls get 401 JSON and page loads are sent
 * to sign in, coming back to the page they asked for.
 */
export function requireSession(cookies: SessionCookies): MiddlewareHandler {
  return async (c, next) => {
    const session = cookies.read(c)
    if (session) {
      c.set('teamUser', session.user)
      await next()
      return
    }
    const path = c.req.path
    if (path.startsWith('/api/') || (c.req.method !== 'GET' && c.req.method !== 'HEAD')) {
      c.header('Cache-Control', 'no-store')
      return c.json(
        {
          error: {
            message: 'Sign in first: your session is missing or has ended. Reload the page.',
          },
        },
        401,
      )
    }
    const url = new URL(c.req.url)
    const back = `${url.pathname}${url.search}`
    return c.redirect(`/auth/login?next=${encodeURIComponent(back)}`, 302)
  }
}

/** A same-site path to return to after sign-in; anything else (another site, `//x`) is `/`. */
export function safeReturnPath(value: string | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) {
    return '/'
  }
  if (!/^[\x21-\x7e]+$/.test(value) || value.startsWith('/auth/')) return '/'
  return value.length > 2000 ? '/' : value
}
