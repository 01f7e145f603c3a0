// @vitest-environment node
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { makeDist } from '../test-support.ts'
import { openDb, type Db } from './db.ts'
import type { OidcRelyingParty } from './oidc.ts'
import { RUN_HEADER, roleNeeded } from './role-guard.ts'
import { parseRoleRules } from './roles.ts'
import { createSealer } from './sealed-cookie.ts'
import { newSessionId } from './session-store.ts'
import { OPERATOR_DELETES_PER_MINUTE } from './team-config.ts'
import {
  SESSION_SECRET,
  listenTeamApp,
  sessionCookie,
  startJsonUpstream,
  teamConfig,
  teamTestConfig,
  type TeamApp,
} from './team-test-support.ts'
import type { Role, TeamUser } from './team-user.ts'

// Roles are enforced on the server, before the proxy: what a role may not do never reaches
// the tenant (the stand-in upstream records every request it gets). Two app instances share
// one database, as instances behind a load balancer share PostgreSQL: sessions and the
// operators' cap are the database's, not an instance's.
let app: TeamApp
let other: TeamApp
let db: Db
let upstream: Awaited<ReturnType<typeof startJsonUpstream>>
let fixture: Awaited<ReturnType<typeof makeDist>>
let rolesDir: string
let rolesFile: string

const unusedParty: OidcRelyingParty = {
  startSignIn: () => Promise.reject(new Error('not in this test')),
  finishSignIn: () => Promise.reject(new Error('not in this test')),
  endSessionUrl: () => Promise.resolve(null),
}
// No refill within a test: the cap is checked by count, never by time.
const operatorCap = { burst: OPERATOR_DELETES_PER_MINUTE, perSecond: 1 / 3600 }

beforeAll(async () => {
  fixture = await makeDist()
  rolesDir = await mkdtemp(path.join(tmpdir(), 'cm-roles-'))
  rolesFile = path.join(rolesDir, 'roles.json')
  await writeFile(rolesFile, '{"people": {}}')
  upstream = await startJsonUpstream(() => '{"d":{"id":1010}}')
  db = await openDb({ dataDir: 'memory://' })
  app = await listenTeamApp()
  other = await listenTeamApp()
  const roles = parseRoleRules({ file: { name: rolesFile, text: '{"people": {}}' } })
  // This instance trusts what it read of a session for a minute (its own revocations apply at
  // once); the other reads the database on every request.
  app.start(
    teamTestConfig(
      upstream,
      teamConfig(app.origin, 'http://127.0.0.1:9/', { recheckMs: 60_000, operatorCap }),
    ),
    { db, distDir: fixture.dist, relyingParty: unusedParty },
  )
  other.start(
    teamTestConfig(
      upstream,
      teamConfig(other.origin, 'http://127.0.0.1:9/', { operatorCap, roles, rolesFile }),
    ),
    { db, distDir: fixture.dist, relyingParty: unusedParty },
  )
}, 60_000)
afterAll(async () => {
  await app.close()
  await other.close()
  await db.close()
  await upstream.close()
  await fixture.cleanup()
  await rm(rolesDir, { recursive: true, force: true })
})
beforeEach(() => {
  upstream.received.length = 0
})
const deletes = () => upstream.received.filter((r) => r.method === 'DELETE')

const person = (role: Role, subject = `sub-${role}`): TeamUser => ({
  subject,
  name: `A ${role}`,
  role,
})
const cookieFor = (role: Role, expiresAt?: number, subject?: string) =>
  sessionCookie(db, person(role, subject), { expiresAt })

const CUSTOMER = '/api/loanpro/odata.svc/Customers(1010)'
const SEARCH = '/api/loanpro/Customers/Autopal.Search()'

function call(
  path: string,
  init: { method?: string; cookie?: string; run?: boolean; body?: string; on?: TeamApp } = {},
) {
  const headers: Record<string, string> = { accept: 'application/json' }
  if (init.cookie) headers.cookie = init.cookie
  if (init.run) headers[RUN_HEADER] = 'import'
  return fetch(`${(init.on ?? app).origin}${path}`, {
    method: init.method ?? 'GET',
    headers,
    redirect: 'manual',
    body: init.method === 'POST' ? (init.body ?? '{"query":{}}') : undefined,
  })
}

describe('without a session', () => {
  it.each([
    ['no cookie', undefined],
    ['a forged cookie', 'cm_session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'],
    ['an expired session', () => cookieFor('admin', Date.now() - 1000)],
    [
      'a sign-in cookie passed off as a session',
      `cm_session=${createSealer(SESSION_SECRET, 'sign-in').seal({ id: newSessionId() }, Date.now() + 60_000)}`,
    ],
    [
      'a well-sealed cookie for a session the database does not hold',
      `cm_session=${createSealer(SESSION_SECRET, 'session').seal({ id: newSessionId() }, Date.now() + 60_000)}`,
    ],
  ])('answers API calls 401 with %s, and forwards nothing', async (_name, given) => {
    const cookie = typeof given === 'function' ? await given() : given
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
    const cookie = await cookieFor('viewer')
    expect((await call(CUSTOMER, { cookie })).status).toBe(200)
    expect((await call(SEARCH, { method: 'POST', cookie })).status).toBe(200)
    expect(upstream.received.map((r) => r.method)).toEqual(['GET', 'POST'])
  })

  it("refuses a viewer's forged DELETE with 403 JSON, and nothing reaches the tenant", async () => {
    const response = await call(CUSTOMER, { method: 'DELETE', cookie: await cookieFor('viewer') })
    expect(response.status).toBe(403)
    expect(await response.json()).toEqual({
      error: {
        message: 'Your role (viewer) may not delete a customer: that needs the operator role.',
      },
    })
    const run = await call(CUSTOMER, {
      method: 'DELETE',
      cookie: await cookieFor('viewer'),
      run: true,
    })
    expect(run.status).toBe(403)
    expect(upstream.received).toEqual([])
  })

  it("forwards an operator's single DELETE, and refuses a run's", async () => {
    expect(
      (await call(CUSTOMER, { method: 'DELETE', cookie: await cookieFor('operator') })).status,
    ).toBe(200)
    const run = await call(CUSTOMER, {
      method: 'DELETE',
      cookie: await cookieFor('operator'),
      run: true,
    })
    expect(run.status).toBe(403)
    expect(await run.text()).toContain('bulk-remover')
    // The audit log's snapshot read, then the DELETE.
    expect(upstream.received.map((r) => r.method)).toEqual(['GET', 'DELETE'])
  })

  it.each(['bulk-remover', 'admin'] as const)("forwards a %s's run DELETE", async (role) => {
    const response = await call(CUSTOMER, {
      method: 'DELETE',
      cookie: await cookieFor(role),
      run: true,
    })
    expect(response.status).toBe(200)
    expect(deletes()).toHaveLength(1)
    // The run marker is for this server; the tenant never sees it.
    expect(deletes()[0]?.headers[RUN_HEADER.toLowerCase()]).toBeUndefined()
  })

  it("caps an operator's DELETEs a minute across instances, so a script cannot stand in for a run", async () => {
    const cookie = await cookieFor('operator', undefined, 'sub-scripting-operator')
    // Half through each instance: they draw from one bucket in the database.
    for (let i = 0; i < OPERATOR_DELETES_PER_MINUTE; i += 1) {
      const on = i % 2 === 0 ? app : other
      expect((await call(CUSTOMER, { method: 'DELETE', cookie, on })).status).toBe(200)
    }
    for (const on of [app, other]) {
      const over = await call(CUSTOMER, { method: 'DELETE', cookie, on })
      expect(over.status).toBe(429)
      expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0)
      expect(await over.text()).toContain('bulk-remover')
    }
    expect(deletes()).toHaveLength(OPERATOR_DELETES_PER_MINUTE)
    // Per person: another operator is not held back.
    const another = await cookieFor('operator')
    expect((await call(CUSTOMER, { method: 'DELETE', cookie: another, on: other })).status).toBe(
      200,
    )
  })

  it('answers /api/session with the signed-in person', async () => {
    const response = await call('/api/session', { cookie: await cookieFor('operator') })
    expect(await response.json()).toEqual({
      user: { name: 'A operator', email: null, role: 'operator' },
    })
  })
})

describe('sessions end before they expire', () => {
  const endSessions = (cookie: string, subject: string, on = app) =>
    call('/api/sessions/end', { method: 'POST', cookie, on, body: JSON.stringify({ subject }) })

  it("lets an admin end all of a person's sessions: 401 at the next call on every instance", async () => {
    const target = person('operator', 'sub-cut-off')
    const first = await sessionCookie(db, target)
    const second = await sessionCookie(db, target)
    // Both work, and this instance now holds them in its cache.
    for (const cookie of [first, second]) {
      for (const on of [app, other]) expect((await call(CUSTOMER, { cookie, on })).status).toBe(200)
    }
    const admin = await cookieFor('admin')
    const listed = (await (await call('/api/sessions', { cookie: admin })).json()) as {
      people: Array<{ subject: string; sessions: number }>
    }
    expect(listed.people.find((p) => p.subject === 'sub-cut-off')?.sessions).toBe(2)

    const ended = await endSessions(admin, 'sub-cut-off')
    expect(ended.status).toBe(200)
    expect(await ended.json()).toEqual({ ended: 2 })
    upstream.received.length = 0
    for (const cookie of [first, second]) {
      for (const on of [app, other]) {
        const response = await call(CUSTOMER, { cookie, on })
        expect(response.status).toBe(401)
        // The page goes to sign in.
        const page = await call('/customers', { cookie, on })
        expect(page.status).toBe(302)
        expect(page.headers.get('location')).toMatch(/^\/auth\/login\?next=/)
      }
    }
    expect(upstream.received).toEqual([])
    const after = (await (await call('/api/sessions', { cookie: admin })).json()) as {
      people: Array<{ subject: string }>
    }
    expect(after.people.map((p) => p.subject)).not.toContain('sub-cut-off')
  })

  it('lets only admins see or end sessions', async () => {
    const operator = await cookieFor('operator')
    expect((await call('/api/sessions', { cookie: operator })).status).toBe(403)
    expect((await endSessions(operator, 'sub-admin')).status).toBe(403)
    const admin = await cookieFor('admin')
    expect(
      (await call('/api/sessions/end', { method: 'POST', cookie: admin, body: '{}' })).status,
    ).toBe(400)
  })

  it('gives a role changed in the roles file at the next request, not at the next sign-in', async () => {
    const session = (cookie: string) =>
      call('/api/session', { cookie, on: other }).then(async (r) =>
        r.status === 200 ? ((await r.json()) as { user: { role: string } }).user.role : r.status,
      )
    // An operator by the IdP's claim; the file names them.
    const claimed = await sessionCookie(db, person('operator', 'sub-file'))
    expect(await session(claimed)).toBe('operator')
    await writeFile(rolesFile, '{"people": {"sub-file": "viewer"}}')
    expect(await session(claimed)).toBe('viewer')
    await writeFile(rolesFile, '{"people": {"sub-file": "admin", "sub-none": "viewer"}}')
    expect(await session(claimed)).toBe('admin')
    // A broken edit keeps the last good roles, and says so in the log.
    await writeFile(rolesFile, '{"people": ')
    expect(await session(claimed)).toBe('admin')
    expect(other.lines.join('\n')).toMatch(/TEAM_ROLES_FILE changed but cannot be used/)
    // Someone with no role but the file's loses access when the file drops them.
    await writeFile(rolesFile, '{"people": {"sub-none": "viewer"}}')
    const nobody = { subject: 'sub-none', name: 'N', role: 'viewer' } as const
    const none = await sessionCookie(db, nobody, { claims: { sub: 'sub-none' } })
    expect(await session(none)).toBe('viewer')
    await writeFile(rolesFile, '{"people": {}}')
    expect(await session(none)).toBe(401)
    expect(await session(claimed)).toBe('operator')
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
