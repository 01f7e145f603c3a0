import type http from 'node:http'
import { gunzipSync, gzipSync } from 'node:zlib'
import { Hono } from 'hono'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { ProxyConfig } from '../config.ts'
import { loanProProxy } from '../proxy.ts'
import { startUpstream, type Received } from '../test-support.ts'
import { deleteAudit } from './audit-delete.ts'
import { getEntry, listEntries } from './audit-store.ts'
import type { USERS } from './audit-test-support.ts'
import { testRoleCheck, testSession, USER_HEADER } from './audit-test-support.ts'
import { openDb, type Db } from './db.ts'
import { REQUIRED_EXPAND_PATHS } from '../../src/api/nested-objects.ts'
import { SNAPSHOT_EXPAND_PATHS } from './snapshot.ts'

const TOKEN = 'tok-9f8e7d6c5b4a-secret'
type Respond = (received: Received, res: http.ServerResponse) => void
const json = (res: http.ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json' })
  res.end(JSON.stringify(body))
}
const customer = (id: number) => ({
  id,
  firstName: 'Brett',
  lastName: 'Jones',
  Phones: { results: [{ id: 1, phone: '3125550187' }] },
  Notes: { results: [{ id: 9, body: `<p>has ${TOKEN} in it</p>` }] },
})
/** A tenant where every customer exists and every DELETE succeeds. */
const healthy: Respond = (received, res) => {
  const id = Number(/Customers\((\d+)\)/.exec(received.url)?.[1])
  if (received.method === 'GET') json(res, 200, { d: customer(id) })
  else json(res, 200, { d: { success: true } })
}
let respond: Respond = healthy

let upstream: Awaited<ReturnType<typeof startUpstream>>
let db: Db
let app: Hono
const log: string[] = []

function buildTestApp(database: Db) {
  const proxy: ProxyConfig = {
    apiBase: upstream.base,
    tenantId: '5200000',
    token: TOKEN,
    timeoutMs: 5_000,
    totalTimeoutMs: 10_000,
  }
  const audit = deleteAudit({ db: database, proxy, log: (line) => log.push(line) })
  const testApp = new Hono()
  testApp.use(testSession)
  testApp.use('/api/loanpro/*', audit.recordRefusals)
  testApp.use('/api/loanpro/*', testRoleCheck())
  testApp.use('/api/loanpro/*', audit.snapshotBeforeDelete)
  testApp.all('/api/loanpro/*', loanProProxy(proxy))
  return testApp
}

beforeAll(async () => {
  upstream = await startUpstream((received, res) => respond(received, res))
  db = await openDb({ dataDir: 'memory://' })
  app = buildTestApp(db)
}, 60_000)
afterAll(async () => {
  await db.close()
  await upstream.close()
})
beforeEach(() => {
  respond = healthy
  upstream.received.length = 0
  log.length = 0
})

const remove = (id: number, user: keyof typeof USERS, headers: Record<string, string> = {}) =>
  app.request(`http://localhost/api/loanpro/odata.svc/Customers(${String(id)})`, {
    method: 'DELETE',
    headers: { [USER_HEADER]: user, 'user-agent': 'Vitest browser', ...headers },
  })

async function entryFor(customerId: number) {
  const { entries } = await listEntries(db, { customerId }, { offset: 0, limit: 10 })
  expect(entries).toHaveLength(1)
  const found = await getEntry(db, entries[0]?.id ?? '')
  if (!found) throw new Error('entry missing')
  return found
}

describe('audited customer DELETE', () => {
  it('takes the snapshot with all nested objects before the DELETE is sent, and keeps it', async () => {
    const reply = await remove(1010, 'operator', { 'X-CM-Run': 'run-42' })
    expect(reply.status).toBe(200)
    expect(upstream.received.map((r) => r.method)).toEqual(['GET', 'DELETE'])
    const snapshotUrl = new URL(upstream.received[0]?.url ?? '', 'http://x')
    expect(snapshotUrl.pathname).toMatch(/odata\.svc\/Customers\(1010\)$/)
    expect(snapshotUrl.searchParams.get('$expand')?.split(',')).toEqual([...SNAPSHOT_EXPAND_PATHS])
    expect(snapshotUrl.searchParams.get('nopaging')).toBe('true')
    expect(upstream.received[0]?.headers.authorization).toBe(`Bearer ${TOKEN}`)

    const { entry, snapshot } = await entryFor(1010)
    expect(entry).toMatchObject({
      customerId: 1010,
      outcome: 'removed',
      status: 200,
      runId: 'run-42',
      userAgent: 'Vitest browser',
      hasSnapshot: true,
      actor: {
        subject: 'sub-op',
        name: 'Otto Operator',
        email: 'otto@example.com',
        role: 'operator',
      },
    })
    expect(snapshot).toMatchObject({ id: 1010, firstName: 'Brett', Phones: customer(1010).Phones })
    // The token never lands in the database, even when the tenant echoes it.
    expect(JSON.stringify(snapshot)).not.toContain(TOKEN)
  })

  it('refuses the DELETE with 502 and sends nothing destructive when the snapshot cannot be taken', async () => {
    for (const [id, broken] of [
      [
        2001,
        (_r: Received, res: http.ServerResponse) => json(res, 500, { error: { message: 'x' } }),
      ],
      [
        2002,
        (_r: Received, res: http.ServerResponse) => {
          res.writeHead(200, { 'content-type': 'application/json' })
          res.end('{"d":{"id":2002,"Notes":{"results":[') // cut off, as LoanPro rarely does
        },
      ],
      [2003, (_r: Received, res: http.ServerResponse) => json(res, 200, { d: { id: 9 } })],
    ] as const) {
      respond = broken
      upstream.received.length = 0
      const reply = await remove(id, 'operator')
      expect(reply.status).toBe(502)
      const body = (await reply.json()) as { error: { message: string } }
      expect(body.error.message).toMatch(new RegExp(`Customer ${String(id)} was not deleted`))
      expect(body.error.message).toMatch(/Nothing was sent to LoanPro/)
      expect(upstream.received.map((r) => r.method)).toEqual(['GET'])
      const { entry, snapshot } = await entryFor(id)
      expect(entry).toMatchObject({ outcome: 'not-sent', hasSnapshot: false })
      expect(snapshot).toBeNull()
    }
  })

  it('keeps the snapshot without the label-only paths when the tenant refuses one of those', async () => {
    respond = (received, res) => {
      const expand = new URL(received.url, 'http://x').searchParams.get('$expand') ?? ''
      // A tenant that does not know the loan-status link: its $expand answers 409.
      if (received.method === 'GET' && expand.includes('Loans/LoanSettings/LoanStatus'))
        json(res, 409, { error: { message: 'Resource not found' } })
      else healthy(received, res)
    }
    const reply = await remove(1012, 'operator')
    expect(reply.status).toBe(200)
    expect(upstream.received.map((r) => r.method)).toEqual(['GET', 'GET', 'DELETE'])
    const retried = new URL(upstream.received[1]?.url ?? '', 'http://x').searchParams.get('$expand')
    expect(retried?.split(',')).toEqual([...REQUIRED_EXPAND_PATHS])
    expect(retried).not.toContain('LoanStatus')
    const { entry, snapshot } = await entryFor(1012)
    expect(entry).toMatchObject({ outcome: 'removed', hasSnapshot: true })
    expect(snapshot).toMatchObject({ id: 1012, Phones: customer(1012).Phones })
  })

  it('still refuses the DELETE when the tenant does not have the customer at all', async () => {
    respond = (received, res) => {
      if (received.method === 'GET') json(res, 409, { error: { message: 'Resource not found' } })
      else healthy(received, res)
    }
    const reply = await remove(2009, 'operator')
    expect(reply.status).toBe(502)
    expect(upstream.received.map((r) => r.method)).toEqual(['GET', 'GET'])
  })

  it('refuses with 503 and sends no DELETE when the audit entry cannot be written', async () => {
    const failing: Db = {
      ...db,
      query: (sql, params) =>
        sql.includes('INSERT INTO audit_entries')
          ? Promise.reject(new Error('disk full'))
          : db.query(sql, params),
    }
    const reply = await buildTestApp(failing).request(
      'http://localhost/api/loanpro/odata.svc/Customers(2100)',
      { method: 'DELETE', headers: { [USER_HEADER]: 'operator' } },
    )
    expect(reply.status).toBe(503)
    expect(await reply.text()).toMatch(/audit log could not be written/)
    expect(upstream.received.map((r) => r.method)).toEqual(['GET'])
    expect(log.join('\n')).toMatch(/disk full/)
  })

  it('records a DELETE the role check refused, without a snapshot and with nothing sent', async () => {
    const reply = await remove(3001, 'viewer')
    expect(reply.status).toBe(403)
    expect(upstream.received).toEqual([])
    const { entry, snapshot } = await entryFor(3001)
    expect(entry).toMatchObject({ outcome: 'refused', status: 403, actor: { role: 'viewer' } })
    expect(snapshot).toBeNull()
  })

  it("records LoanPro's refusal as failed with its status and message, snapshot kept", async () => {
    respond = (received, res) =>
      received.method === 'GET'
        ? healthy(received, res)
        : json(res, 409, { error: { message: { value: 'Customer is linked to loans' } } })
    const reply = await remove(4001, 'admin')
    expect(reply.status).toBe(409)
    const { entry } = await entryFor(4001)
    expect(entry).toMatchObject({
      outcome: 'failed',
      status: 409,
      message: 'Customer is linked to loans',
      hasSnapshot: true,
    })
  })

  it('calls a 200 without `d`, or with warnings, unknown rather than removed', async () => {
    respond = (received, res) =>
      received.method === 'GET'
        ? healthy(received, res)
        : json(res, 200, { d: { warnings: ['Transaction warning'] } })
    await remove(4002, 'operator')
    expect((await entryFor(4002)).entry.outcome).toBe('unknown')
  })

  it('reads a gzip-compressed answer for the outcome, and the app still gets it whole', async () => {
    respond = (received, res) => {
      if (received.method === 'GET') return healthy(received, res)
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' })
      res.end(gzipSync('{"d":{"success":true}}'))
    }
    const reply = await remove(4003, 'operator', { 'accept-encoding': 'gzip' })
    expect(reply.headers.get('content-encoding')).toBe('gzip')
    const body = gunzipSync(Buffer.from(await reply.arrayBuffer())).toString()
    expect(JSON.parse(body)).toEqual({ d: { success: true } })
    expect((await entryFor(4003)).entry.outcome).toBe('removed')
  })

  it('leaves reads alone: no snapshot, no entry', async () => {
    const reply = await app.request('http://localhost/api/loanpro/odata.svc/Customers(5001)', {
      headers: { [USER_HEADER]: 'viewer' },
    })
    expect(reply.status).toBe(200)
    expect(upstream.received).toHaveLength(1)
    const { total } = await listEntries(db, { customerId: 5001 }, { offset: 0, limit: 1 })
    expect(total).toBe(0)
  })

  it('ignores a run id that is not a plain token', async () => {
    await remove(5002, 'operator', { 'X-CM-Run': 'run 1; drop table' })
    expect((await entryFor(5002)).entry.runId).toBeNull()
  })
})
