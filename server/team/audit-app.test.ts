import { Hono } from 'hono'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildApp } from '../app.ts'
import { makeDist } from '../test-support.ts'
import { testSession, USER_HEADER } from './audit-test-support.ts'
import { openDb, type Db } from './db.ts'
import { startJsonUpstream, teamTestConfig } from './team-test-support.ts'

// The audit log as buildApp wires it (team-auth's session middleware stands in as testSession).
let upstream: Awaited<ReturnType<typeof startJsonUpstream>>
let fixture: Awaited<ReturnType<typeof makeDist>>
let db: Db

function teamApp(database?: Db) {
  const outer = new Hono()
  outer.use(testSession)
  outer.route(
    '/',
    buildApp({
      config: teamTestConfig(upstream),
      distDir: fixture.dist,
      log: () => {},
      db: database,
    }),
  )
  return outer
}
const call = (app: Hono, path: string, method = 'GET') =>
  app.request(`http://localhost${path}`, {
    method,
    headers: { host: 'localhost', [USER_HEADER]: 'operator' },
  })

beforeAll(async () => {
  fixture = await makeDist()
  upstream = await startJsonUpstream((received) =>
    received.method === 'GET' ? '{"d":{"id":1010,"firstName":"Kim"}}' : '{"d":{}}',
  )
  db = await openDb({ dataDir: 'memory://' })
}, 60_000)
afterAll(async () => {
  await db.close()
  await upstream.close()
  await fixture.cleanup()
})

describe('buildApp with a team database', () => {
  it('audits a customer DELETE through the proxy and serves it at /api/audit', async () => {
    const app = teamApp(db)
    expect((await call(app, '/api/loanpro/odata.svc/Customers(1010)', 'DELETE')).status).toBe(200)
    expect(upstream.received.map((r) => r.method)).toEqual(['GET', 'DELETE'])
    const reply = await call(app, '/api/audit')
    expect(reply.status).toBe(200)
    expect(await reply.json()).toMatchObject({
      total: 1,
      entries: [{ customerId: 1010, outcome: 'removed', hasSnapshot: true }],
    })
  })

  it('serves no audit routes and audits nothing without one (the plain server)', async () => {
    upstream.received.length = 0
    const app = teamApp(undefined)
    expect((await call(app, '/api/audit')).status).toBe(404)
    await call(app, '/api/loanpro/odata.svc/Customers(1011)', 'DELETE')
    expect(upstream.received.map((r) => r.method)).toEqual(['DELETE'])
  })
})
