import { Hono, type Context } from 'hono'
import { deleteCookie, getCookie, setCookie } from 'hono/cookie'
import { authPage, signInAgain } from './auth-pages.ts'
import {
  CALLBACK_PATH,
  SIGNED_OUT_PATH,
  type OidcRelyingParty,
  type SignInRequest,
} from './oidc.ts'
import { roleFor, type RoleRules } from './roles.ts'
import type { RoleRulesSource } from './roles-file.ts'
import { createSealer } from './sealed-cookie.ts'
import { safeReturnPath, type TeamSessions } from './session.ts'
import type { TeamConfig } from './team-config.ts'
import type { TeamUser } from './team-user.ts'

// /auth/login, /auth/callback, /auth/logout, /auth/signed-out. The sign-in's state, nonce and
// PKCE verifier wait in a sealed, HTTP-only cookie scoped to /auth for ten minutes: they never
// reach the page, and a callback without the matching cookie is refused.

const SIGN_IN_COOKIE = 'cm_sign_in'
const SIGN_IN_SECONDS = 600

interface PendingSignIn extends Record<string, unknown> {
  checks: SignInRequest['checks']
  next: string
}

export function authRoutes(
  team: TeamConfig,
  party: OidcRelyingParty,
  sessions: TeamSessions,
  roles: RoleRulesSource,
  log: (line: string) => void,
): Hono {
  const pending = createSealer(team.sessionSecret, 'sign-in')
  const cookieOptions = {
    path: '/auth',
    httpOnly: true,
    secure: team.secureCookies,
    sameSite: 'Lax',
  } as const
  const routes = new Hono()

  routes.get('/login', async (c) => {
    let request: SignInRequest
    try {
      request = await party.startSignIn()
    } catch (error) {
      log(
        `Sign-in: the identity provider at ${team.issuer.href} cannot be used: ${describe(error)}`,
      )
      return authPage(c, 502, {
        title: 'Sign-in is unavailable',
        message:
          'The identity provider could not be reached or is misconfigured. The server log ' +
          'says why; try again in a moment.',
        link: { href: '/auth/login', label: 'Try again' },
      })
    }
    const value: PendingSignIn = {
      checks: request.checks,
      next: safeReturnPath(c.req.query('next')),
    }
    setCookie(c, SIGN_IN_COOKIE, pending.seal(value, Date.now() + SIGN_IN_SECONDS * 1000), {
      ...cookieOptions,
      maxAge: SIGN_IN_SECONDS,
    })
    c.header('Cache-Control', 'no-store')
    return c.redirect(request.url.href, 302)
  })

  routes.get('/callback', async (c) => {
    const value = pending.open(getCookie(c, SIGN_IN_COOKIE)) as PendingSignIn | null
    deleteCookie(c, SIGN_IN_COOKIE, cookieOptions)
    if (!value?.checks) {
      return authPage(c, 400, {
        title: 'Sign-in not completed',
        message:
          'This sign-in was not started here, took longer than ten minutes, or was finished ' +
          'in another tab.',
        link: signInAgain,
      })
    }
    // The address the IdP redirected to, as registered: not the internal one behind a proxy.
    const callbackUrl = new URL(`${CALLBACK_PATH}${new URL(c.req.url).search}`, team.publicOrigin)
    let claims: Record<string, unknown>
    let idToken: string | undefined
    try {
      ;({ claims, idToken } = await party.finishSignIn(callbackUrl, value.checks))
    } catch (error) {
      log(`Sign-in refused: ${describe(error)}`)
      return authPage(c, 400, {
        title: 'Sign-in failed',
        message: `The sign-in could not be completed (${idpError(callbackUrl) ?? 'the identity provider\u2019s answer did not pass the checks'}).`,
        link: signInAgain,
      })
    }
    const user = userFrom(claims, roles.current())
    if (!user) {
      const who = typeof claims.email === 'string' ? claims.email : String(claims.sub)
      log(`Sign-in refused: ${who} has no Customer Manager role.`)
      return authPage(c, 403, {
        title: 'No access',
        message:
          `You signed in as ${who}, but no Customer Manager role is assigned to you. Ask an ` +
          'administrator to give you one (viewer, operator, bulk remover or admin).',
        link: { href: '/auth/logout', label: 'Sign out' },
      })
    }
    try {
      await sessions.start(c, user, claims, idToken)
    } catch (error) {
      log(`Sign-in could not be recorded: ${describe(error)}`)
      return authPage(c, 503, {
        title: 'Sign-in is unavailable',
        message:
          'Your sign-in could not be recorded (the server cannot reach its database). The ' +
          'server log says why; try again in a moment.',
        link: signInAgain,
      })
    }
    log(`Signed in: ${user.email ?? user.subject} as ${user.role}.`)
    return c.redirect(value.next, 302)
  })

  const logout = async (c: Context) => {
    // Only the app itself signs people out: a cross-site link or form must not.
    const site = c.req.header('sec-fetch-site')
    if (site !== undefined && site !== 'same-origin' && site !== 'none') {
      return authPage(c, 403, {
        title: 'Not signed out',
        message: 'Sign out from the app\u2019s own Sign out button.',
        link: { href: '/', label: 'Back to Customer Manager' },
      })
    }
    // Revoked for every instance: a copy of the cookie no longer works either.
    const idToken = await sessions.end(c)
    const endSession = await party.endSessionUrl(idToken)
    c.header('Cache-Control', 'no-store')
    return c.redirect(endSession?.href ?? SIGNED_OUT_PATH, 302)
  }
  routes.get('/logout', logout)
  routes.post('/logout', logout)

  routes.get('/signed-out', (c) =>
    authPage(c, 200, {
      title: 'Signed out',
      message: 'You have signed out of Customer Manager.',
      link: { href: '/auth/login', label: 'Sign in' },
    }),
  )
  return routes
}

export function userFrom(claims: Record<string, unknown>, rules: RoleRules): TeamUser | null {
  const role = roleFor(claims, rules)
  if (!role || typeof claims.sub !== 'string') return null
  const email = typeof claims.email === 'string' ? claims.email : undefined
  const name =
    (typeof claims.name === 'string' && claims.name.trim()) ||
    (typeof claims.preferred_username === 'string' && claims.preferred_username.trim()) ||
    email ||
    claims.sub
  return { subject: claims.sub, name, role, ...(email ? { email } : {}) }
}

/** The IdP's own error code (access_denied, ...) when it sent one back instead of a code. */
function idpError(url: URL): string | null {
  const code = url.searchParams.get('error')
  return code && /^[a-z_]{1,60}$/.test(code) ? `the identity provider answered ${code}` : null
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error)
  const code = (error as { code?: unknown }).code
  return typeof code === 'string' ? `${code}: ${error.message}` : error.message
}
