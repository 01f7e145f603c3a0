import type { Context, MiddlewareHandler } from 'hono'
import { deleteCookie, getCookie, setCookie } from 'hono/cookie'
import type { Db } from './db.ts'
import { roleClaims, roleFor } from './roles.ts'
import type { RoleRulesSource } from './roles-file.ts'
import { createSealer } from './sealed-cookie.ts'
import {
  createSession,
  findLiveSession,
  newSessionId,
  revokeSession,
  revokeSessionsOf,
  type SessionRecord,
} from './session-store.ts'
import type { TeamConfig } from './team-config.ts'
import type { TeamUser } from './team-user.ts'

// A sign-in is a row in the sessions table (session-store.ts) and a sealed cookie
// (sealed-cookie.ts) holding its random id: HTTP-only, SameSite=Lax (the IdP's redirect back
// is a top-level GET, which Lax lets through), Secure when the app is reached over https, and
// then with the __Host- prefix. Every request checks the row, so a session ends for every
// instance when it is revoked (sign-out, or an admin), not only at its expiry; the role is
// worked out again from the claims kept with it, so a change in the roles file applies at
// the next request. Each instance keeps what it read for `recheckMs` (default 5 s): the cost
// of a check is then one indexed read per session every few seconds.

/** What the cookie holds. */
interface SessionCookie {
  id: string
  /** Kept for the IdP's logout (id_token_hint) when it fits in the cookie. */
  idToken?: string
}

/** Browsers drop cookies over 4096 bytes; the ID token is left out beyond this. */
const MAX_COOKIE_VALUE = 3800
/** Sessions an instance remembers at most (the oldest read is dropped first). */
const CACHE_SIZE = 2000

export interface TeamSessions {
  /** After a sign-in: records the session and sets its cookie. */
  start(
    c: Context,
    user: TeamUser,
    claims: Record<string, unknown>,
    idToken?: string,
  ): Promise<void>
  /** Sign-out: revokes this browser's session and clears the cookie; returns its ID token. */
  end(c: Context): Promise<string | undefined>
  /** An admin cuts someone off: every live session of `subject`; how many there were. */
  endAllOf(subject: string, by: TeamUser): Promise<number>
  /** Every request past this point is a signed-in person's: it sets `teamUser`. */
  require: MiddlewareHandler
}

export function teamSessions(
  team: TeamConfig,
  db: Db,
  roles: RoleRulesSource,
  log: (line: string) => void,
  now: () => number = Date.now,
): TeamSessions {
  const sealer = createSealer(team.sessionSecret, 'session')
  const name = team.secureCookies ? '__Host-cm_session' : 'cm_session'
  const options = {
    path: '/',
    httpOnly: true,
    secure: team.secureCookies,
    sameSite: 'Lax',
  } as const
  const cache = new Map<string, { record: SessionRecord | null; readAt: number }>()

  const readCookie = (c: Context): SessionCookie | null => {
    const value = sealer.open(getCookie(c, name)) as Partial<SessionCookie> | null
    if (typeof value?.id !== 'string' || value.id.length < 32) return null
    return {
      id: value.id,
      ...(typeof value.idToken === 'string' ? { idToken: value.idToken } : {}),
    }
  }

  const find = async (id: string): Promise<SessionRecord | null> => {
    const at = now()
    const hit = cache.get(id)
    if (hit && at - hit.readAt < team.recheckMs) {
      return hit.record && hit.record.expiresAt.getTime() > at ? hit.record : null
    }
    const record = await findLiveSession(db, id)
    cache.delete(id)
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value ?? '')
    cache.set(id, { record, readAt: at })
    return record
  }

  const userOf = (record: SessionRecord): TeamUser | null => {
    const role = roleFor(record.claims, roles.current())
    if (!role) return null
    return {
      subject: record.subject,
      name: record.name,
      role,
      ...(record.email !== null ? { email: record.email } : {}),
    }
  }

  return {
    async start(c, user, claims, idToken) {
      const id = newSessionId()
      const expiresAt = now() + team.sessionMaxAgeSeconds * 1000
      await createSession(db, id, {
        subject: user.subject,
        name: user.name,
        email: user.email ?? null,
        claims: roleClaims(claims, roles.current()),
        expiresAt: new Date(expiresAt),
      })
      let value = sealer.seal({ id, idToken }, expiresAt)
      if (value.length > MAX_COOKIE_VALUE) value = sealer.seal({ id }, expiresAt)
      setCookie(c, name, value, { ...options, maxAge: team.sessionMaxAgeSeconds })
    },

    async end(c) {
      const cookie = readCookie(c)
      deleteCookie(c, name, options)
      if (!cookie) return undefined
      cache.delete(cookie.id)
      try {
        await revokeSession(db, cookie.id, 'signed out')
      } catch (error) {
        // The cookie is cleared anyway; the row then ends at its expiry.
        log(
          `Sign-out could not be recorded: ${error instanceof Error ? error.message : String(error)}`,
        )
      }
      return cookie.idToken
    },

    async endAllOf(subject, by) {
      const ended = await revokeSessionsOf(db, subject, `ended by ${by.email ?? by.subject}`)
      for (const [id, entry] of cache) if (entry.record?.subject === subject) cache.delete(id)
      log(`Sessions ended: ${String(ended)} of ${subject}, by ${by.email ?? by.subject}.`)
      return ended
    },

    async require(c, next) {
      const cookie = readCookie(c)
      let record: SessionRecord | null = null
      if (cookie) {
        try {
          record = await find(cookie.id)
        } catch (error) {
          log(`Session check failed: ${error instanceof Error ? error.message : String(error)}`)
          c.header('Cache-Control', 'no-store')
          return c.json(
            { error: { message: 'Sessions cannot be checked right now. Try again in a moment.' } },
            503,
          )
        }
      }
      const user = record && userOf(record)
      if (user) {
        c.set('teamUser', user)
        await next()
        return
      }
      return signInFirst(c)
    },
  }
}

/** API calls and changes get 401 JSON; page loads go to sign in and come back. */
function signInFirst(c: Context) {
  if (c.req.path.startsWith('/api/') || (c.req.method !== 'GET' && c.req.method !== 'HEAD')) {
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

/** A same-site path to return to after sign-in; anything else (another site, `//x`) is `/`. */
export function safeReturnPath(value: string | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) {
    return '/'
  }
  if (!/^[\x21-\x7e]+$/.test(value) || value.startsWith('/auth/')) return '/'
  return value.length > 2000 ? '/' : value
}
