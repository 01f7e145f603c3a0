// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { ServerConfig } from '../config.ts'
import { makeDist, startUpstream } from '../test-support.ts'
import type { OidcRelyingParty } from './oidc.ts'
import { OPERATOR_DELETES_PER_MINUTE, RUN_HEADER, roleNeeded } from './role-guard.ts'
import { createSealer } from './sealed-cookie.ts'
import { SESSION_SECRET, listenTeamApp, teamConfig, type TeamApp } from './team-test-support.ts'
import type { Role } from './team-user.ts'

// Roles are enforced on the server, before the proxy: what a role may not do never reaches
// the tenant (the stand-in upstream records every request it gets).
let app: TeamApp
let upstream: Awaited<ReturnType<typeof startUpstream>>
let fixture: Awaited<ReturnType<typeof makeDist>>

const unusedParty: OidcRelyingParty = {
  startSignIn: () => Promise.reject(new Error('not in this test')),
  finishSignIn: () => Promise.reject(new Error('not in this test')),
  endSessionUrl: () => Promise.resolve(null),
}

beforeAll(async () => {
  fixture = await makeDist()
  upstream = await startUpstream((_received, res) => {
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end('{"d":{"id":1010}}')
  })
  app = await listenTeamApp()
  const config: ServerConfig = {
    port: 0,
    host: '127.0.0.1',
    mode: 'proxy',
    proxy: {
      apiBase: upstream.base,
      tenantId: '5200000',
      token: 'tok-role-guard-test-0123456789',
      timeoutMs: 5000,
      totalTimeoutMs: 10_000,
    },
    allowedHosts: [],
    team: teamConfig(app.origin, 'http://127.0.0.1:9/'),
  }
  app.start(config, { distDir: fixture.dist, relyingParty: unusedParty })
})
afterAll(async () => {
  await app.close()
  await upstream.close()
  await fixture.cleanup()
})
beforeEach(() => {
  upstream.received.length = 0
})

const sessions = createSealer(SESSION_SECRET, 'session')
const cookieFor = (role: Role, expiresAt = Date.now() + 60_000, subject = `sub-${role}`) =>
  `cm_session=${sessions.seal({ user: { subject, name: `A ${role}`, role } }, expiresAt)}`

const CUSTOMER = '/api/loanpro/odata.svc/Customers(1010)'
const SEARCH = '/api/loanpro/Customers/Autopal.Search()'

function call(path: string, init: { method?: string; cookie?: string; run?: boolean } = {}) {
  const headers: Record<string, string> = { accept: 'application/json' }
  if (init.cookie) headers.cookie = init.cookie
  if (init.run) headers[RUN_HEADER] = 'import'
  return fetch(`${app.origin}${path}`, {
    method: init.method ?? 'GET',
    headers,
    redirect: 'manual',
    body: init.method === 'POST' ? '{"query":{}}' : undefined,
  })
}

describe('without a session', () => {
  it.each([
    ['no cookie', undefined],
    ['a forged cookie', 'cm_session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'],
    ['an expired session', cookieFor('admin', Date.now() - 1000)],
    [
      'a sign-in cookie passed off as a session',
      `cm_session=${createSealer(SESSION_SECRET, 'sign-in').seal({ user: { subject: 's', name: 'n', role: 'admin' } }, Date.now() + 60_000)}`,
    ],
  ])('answers API calls 401 with %s, and forwards nothing', async (_name, cookie) => {
    for (const method of ['GET', 'DELETE']) {
      const response = await call(CUSTOMER, { method, cookie })
      expect(response.status).toBe(401)
      expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(
        /Sign in/,
      )
    }
    expect((await call('/api/session', { cookie })).status).toBe(401)
    expect(upstream.received).toEqual([])
  })

  it('sends a page load to sign in, and back to the page afterwards', async () => {
    const response = await call('/customers/1010?tab=x')
    expect(response.status).toBe(302)
    expect(response.headers.get('location')).toBe(
      `/auth/login?next=${encodeURIComponent('/customers/1010?tab=x')}`,
    )
    // Still declares which server it is (the e2e suites' own-server check reads this).
    expect(response.headers.get('x-cm-tenant')).toBe('proxy')
  })
})

describe('roles on proxied requests', () => {
  it('lets a viewer search and read', async () => {
    const cookie = cookieFor('viewer')
    expect((await call(CUSTOMER, { cookie })).status).toBe(200)
    expect((await call(SEARCH, { method: 'POST', cookie })).status).toBe(200)
    expect(upstream.received.map((r) => r.method)).toEqual(['GET', 'POST'])
  })

  it("refuses a viewer's forged DELETE with 403 JSON, and nothing reaches the tenant", async () => {
    const response = await call(CUSTOMER, { method: 'DELETE', cookie: cookieFor('viewer') })
    expect(response.status).toBe(403)
    expect(await response.json()).toEqual({
      error: {
        message: 'Your role (viewer) may not delete a customer: that needs the operator role.',
      },
    })
    const run = await call(CUSTOMER, { method: 'DELETE', cookie: cookieFor('viewer'), run: true })
    expect(run.status).toBe(403)
    expect(upstream.received).toEqual([])
  })

  it("forwards an operator's single DELETE, and refuses a run's", async () => {
    expect((await call(CUSTOMER, { method: 'DELETE', cookie: cookieFor('operator') })).status).toBe(
      200,
    )
    const run = await call(CUSTOMER, { method: 'DELETE', cookie: cookieFor('operator'), run: true })
    expect(run.status).toBe(403)
    expect(await run.text()).toContain('bulk-remover')
    expect(upstream.received.map((r) => r.method)).toEqual(['DELETE'])
  })

  it.each(['bulk-remover', 'admin'] as const)("forwards a %s's run DELETE", async (role) => {
    const response = await call(CUSTOMER, { method: 'DELETE', cookie: cookieFor(role), run: true })
    expect(response.status).toBe(200)
    expect(upstream.received).toHaveLength(1)
    // The run marker is for this server; the tenant never sees it.
    expect(upstream.received[0]?.headers[RUN_HEADER.toLowerCase()]).toBeUndefined()
  })

  it("caps an operator's DELETEs a minute, so a script cannot stand in for a run", async () => {
    const cookie = cookieFor('operator', Date.now() + 60_000, 'sub-scripting-operator')
    for (let i = 0; i < OPERATOR_DELETES_PER_MINUTE; i += 1) {
      expect((await call(CUSTOMER, { method: 'DELETE', cookie })).status).toBe(200)
    }
    const over = await call(CUSTOMER, { method: 'DELETE', cookie })
    expect(over.status).toBe(429)
    expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(upstream.received).toHaveLength(OPERATOR_DELETES_PER_MINUTE)
    // Per person: another operator is not held back.
    expect((await call(CUSTOMER, { method: 'DELETE', cookie: cookieFor('operator') })).status).toBe(
      200,
    )
  })

  it('answers /api/session with the signed-in person', async () => {
    const response = await call('/api/session', { cookie: cookieFor('operator') })
    expect(await response.json()).toEqual({
      user: { name: 'A operator', email: null, role: 'operator' },
    })
  })
})

describe('roleNeeded', () => {
  it('asks the least role for each kind of request', () => {
    expect(roleNeeded('GET', false)).toBe('viewer')
    expect(roleNeeded('POST', false)).toBe('viewer')
    expect(roleNeeded('DELETE', false)).toBe('operator')
    expect(roleNeeded('DELETE', true)).toBe('bulk-remover')
    // Anything new is a change, never a read.
    expect(roleNeeded('PUT', false)).toBe('operator')
  })
})
