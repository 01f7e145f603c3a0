// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startOidcTestProvider } from '../../scripts/oidc-test-provider.ts'
import { makeDist } from '../test-support.ts'
import { openDb, type Db } from './db.ts'
import { createSealer } from './sealed-cookie.ts'
import {
  CookieJar,
  SESSION_SECRET,
  listenTeamApp,
  send,
  signInAtIdp,
  startJsonUpstream,
  teamConfig,
  teamTestConfig,
  type TeamApp,
} from './team-test-support.ts'

// The whole sign-in against a real OpenID Connect provider (oidc-provider on loopback): what
// the server checks (state, nonce, PKCE, the sign-in cookie) and what it sets.
let app: TeamApp
let idp: Awaited<ReturnType<typeof startOidcTestProvider>>
let upstream: Awaited<ReturnType<typeof startJsonUpstream>>
let db: Db
let fixture: Awaited<ReturnType<typeof makeDist>>

beforeAll(async () => {
  fixture = await makeDist()
  upstream = await startJsonUpstream(() => '{"d":{"id":1}}')
  db = await openDb({ dataDir: 'memory://' })
  app = await listenTeamApp()
  idp = await startOidcTestProvider({
    clientId: 'customer-manager',
    clientSecret: 'test-client-secret',
    appOrigin: app.origin,
  })
  app.start(teamTestConfig(upstream, teamConfig(app.origin, idp.issuer)), {
    db,
    distDir: fixture.dist,
  })
}, 60_000)
afterAll(async () => {
  await app.close()
  await idp.close()
  await db.close()
  await upstream.close()
  await fixture.cleanup()
})

const SESSION = 'cm_session'
const SIGN_IN = 'cm_sign_in'

describe('sign-in (Authorization Code + PKCE, state, nonce)', () => {
  it('signs a person in with a sealed, HTTP-only, SameSite=Lax session cookie', async () => {
    const jar = new CookieJar()
    const callback = await signInAtIdp(jar, app.origin, 'viewer')
    expect(callback.pathname).toBe('/auth/callback')
    const response = await send(jar, callback)
    expect(response.status).toBe(302)
    expect(response.headers.get('location')).toBe('/customers')
    const cookie = response.headers.getSetCookie().find((line) => line.startsWith(`${SESSION}=`))
    expect(cookie).toMatch(/HttpOnly/i)
    expect(cookie).toMatch(/SameSite=Lax/i)
    expect(cookie).toMatch(/Path=\//)
    // Served over plain http on loopback: a Secure cookie would never come back.
    expect(cookie).not.toMatch(/Secure/i)
    // Sealed: nothing of the person is readable in it.
    expect(cookie).not.toContain('Vera')

    const session = await send(jar, `${app.origin}/api/session`)
    expect(await session.json()).toEqual({
      user: { name: 'Vera Viewer', email: 'vera@example.test', role: 'viewer' },
    })
    const page = await send(jar, `${app.origin}/customers`)
    expect(page.headers.get('cache-control')).toBe('no-store')
    expect(await page.text()).toContain(
      '<meta name="customer-manager-user" content="{&#34;name&#34;:&#34;Vera Viewer&#34;',
    )
  })

  it('asked for PKCE S256, a state and a nonce', async () => {
    const response = await send(new CookieJar(), `${app.origin}/auth/login`)
    const url = new URL(response.headers.get('location') ?? '')
    expect(url.origin).toBe(idp.issuer)
    expect(url.searchParams.get('code_challenge_method')).toBe('S256')
    expect(url.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/)
    expect(url.searchParams.get('state')).toMatch(/^[\w-]{20,}$/)
    expect(url.searchParams.get('nonce')).toMatch(/^[\w-]{20,}$/)
    expect(url.searchParams.get('redirect_uri')).toBe(`${app.origin}/auth/callback`)
    const cookie = response.headers.getSetCookie().find((line) => line.startsWith(`${SIGN_IN}=`))
    expect(cookie).toMatch(/HttpOnly/i)
    expect(cookie).toMatch(/Path=\/auth/)
  })

  it('refuses a callback whose state was changed', async () => {
    const jar = new CookieJar()
    const callback = await signInAtIdp(jar, app.origin, 'admin')
    callback.searchParams.set('state', 'forged-state-value-0123456789')
    const response = await send(jar, callback)
    expect(response.status).toBe(400)
    expect(await response.text()).toContain('Sign-in failed')
    expect(jar.get('localhost', SESSION)).toBeUndefined()
  })

  it('refuses a callback without the sign-in cookie (another browser, or a replay)', async () => {
    const jar = new CookieJar()
    const callback = await signInAtIdp(jar, app.origin, 'admin')
    expect((await send(jar, callback)).status).toBe(302)
    // The same code again: the sign-in cookie is gone, and the IdP would refuse the code too.
    const again = await send(new CookieJar(), callback)
    expect(again.status).toBe(400)
    expect(await again.text()).toContain('Sign-in not completed')
  })

  it.each([
    ['a wrong PKCE verifier', { verifier: 'x'.repeat(43) }],
    ['a wrong nonce', { nonce: 'not-the-nonce-sent-0123456789' }],
  ])('refuses the exchange with %s', async (_name, change) => {
    const jar = new CookieJar()
    const callback = await signInAtIdp(jar, app.origin, 'operator')
    // Re-seal the pending sign-in with one value changed (the test knows the secret).
    const sealer = createSealer(SESSION_SECRET, 'sign-in')
    const pending = sealer.open(jar.get('localhost', SIGN_IN)) as {
      checks: Record<string, string>
      next: string
    }
    const altered = { ...pending, checks: { ...pending.checks, ...change } }
    jar.set('localhost', SIGN_IN, sealer.seal(altered, Date.now() + 60_000))
    const response = await send(jar, callback)
    expect(response.status).toBe(400)
    expect(jar.get('localhost', SESSION)).toBeUndefined()
  })

  it('refuses a person with no role, and says so', async () => {
    const jar = new CookieJar()
    const response = await send(jar, await signInAtIdp(jar, app.origin, 'nobody'))
    expect(response.status).toBe(403)
    expect(await response.text()).toContain('no Customer Manager role')
    expect(jar.get('localhost', SESSION)).toBeUndefined()
  })

  it('signs out at the IdP too (RP-initiated logout) and revokes the session', async () => {
    const jar = new CookieJar()
    await send(jar, await signInAtIdp(jar, app.origin, 'admin'))
    // A copy of the cookie, taken before the sign-out (another browser, or a stolen one).
    const copy = new CookieJar()
    copy.set('localhost', SESSION, jar.get('localhost', SESSION) ?? '')
    expect((await send(copy, `${app.origin}/api/session`)).status).toBe(200)
    const response = await send(jar, `${app.origin}/auth/logout`, {
      headers: { 'sec-fetch-site': 'same-origin' },
    })
    expect(response.status).toBe(302)
    const end = new URL(response.headers.get('location') ?? '')
    expect(end.href.startsWith(`${idp.issuer}/session/end`)).toBe(true)
    expect(end.searchParams.get('post_logout_redirect_uri')).toBe(`${app.origin}/auth/signed-out`)
    expect(end.searchParams.get('id_token_hint')).toBeTruthy()
    expect(jar.get('localhost', SESSION)).toBeUndefined()
    expect((await send(jar, `${app.origin}/api/session`)).status).toBe(401)
    // Revoked in the database, not only cleared in this browser: the copy is dead too.
    expect((await send(copy, `${app.origin}/api/session`)).status).toBe(401)
    const { rows } = await db.query<{ revoked_reason: string }>(
      `SELECT revoked_reason FROM sessions WHERE subject = 'admin'`,
    )
    expect(rows.map((row) => row.revoked_reason)).toContain('signed out')
  })

  it('refuses a sign-out started by another site', async () => {
    const jar = new CookieJar()
    await send(jar, await signInAtIdp(jar, app.origin, 'viewer'))
    const response = await send(jar, `${app.origin}/auth/logout`, {
      headers: { 'sec-fetch-site': 'cross-site' },
    })
    expect(response.status).toBe(403)
    expect((await send(jar, `${app.origin}/api/session`)).status).toBe(200)
  })
})
