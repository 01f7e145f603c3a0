import { Hono } from 'hono'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { auditRoutes } from './audit-routes.ts'
import {
  recordAttempt,
  recordOutcome,
  recordUnsent,
  type AuditAttempt,
  type AuditEntry,
} from './audit-store.ts'
import { testSession, USER_HEADER, USERS } from './audit-test-support.ts'
import { openDb, type Db } from './db.ts'

let db: Db
let app: Hono

const attempt = (
  user: keyof typeof USERS,
  customerId: number,
  runId: string | null = null,
): AuditAttempt => ({
  actor: USERS[user],
  clientIp: '10.0.0.7',
  forwardedFor: null,
  userAgent: 'Firefox',
  customerId,
  runId,
})

beforeAll(async () => {
  db = await openDb({ dataDir: 'memory://' })
  app = new Hono()
  app.use(testSession)
  app.route('/api', auditRoutes(db))
  // Otto: two removed in run-7 and one failed; Olga: one removed; a viewer refused once.
  for (const id of [1001, 1002]) {
    const entryId = await recordAttempt(db, attempt('operator', id, 'run-7'), {
      id,
      firstName: 'A',
    })
    await recordOutcome(db, entryId, { outcome: 'removed', status: 200 })
  }
  const failed = await recordAttempt(db, attempt('operator', 1003), { id: 1003 })
  await recordOutcome(db, failed, { outcome: 'failed', status: 409, message: '=HYPERLINK("x")' })
  const olga = await recordAttempt(db, attempt('other', 2001), { id: 2001, firstName: 'Olga' })
  await recordOutcome(db, olga, { outcome: 'removed', status: 200 })
  await recordUnsent(db, attempt('viewer', 3001), { outcome: 'refused', status: 403 })
  // A DELETE whose answer never came back (the server stopped): no outcome row.
  await recordAttempt(db, attempt('other', 2002), { id: 2002 })
}, 60_000)
afterAll(async () => {
  await db.close()
})

interface Page {
  entries: AuditEntry[]
  total: number
  page: number
  pageSize: number
  scope: 'all' | 'own'
}
const get = (path: string, user?: keyof typeof USERS) =>
  app.request(`http://localhost${path}`, { headers: user ? { [USER_HEADER]: user } : {} })
async function page(path: string, user: keyof typeof USERS = 'admin'): Promise<Page> {
  const reply = await get(path, user)
  expect(reply.status).toBe(200)
  return (await reply.json()) as Page
}
const ids = (result: Page) => result.entries.map((entry) => entry.customerId)

describe('GET /api/audit', () => {
  it("shows admins everyone's entries, newest first", async () => {
    const result = await page('/api/audit')
    expect(result.scope).toBe('all')
    expect(ids(result)).toEqual([2002, 3001, 2001, 1003, 1002, 1001])
    expect(result.total).toBe(6)
  })

  it('shows operators their own entries only', async () => {
    const result = await page('/api/audit', 'operator')
    expect(result.scope).toBe('own')
    expect(ids(result)).toEqual([1003, 1002, 1001])
    // Filters cannot widen it.
    expect(ids(await page('/api/audit?user=sub-op2', 'operator'))).toEqual([])
  })

  it('refuses viewers (403) and anyone not signed in (401)', async () => {
    expect((await get('/api/audit', 'viewer')).status).toBe(403)
    expect((await get('/api/audit')).status).toBe(401)
    expect((await get('/api/audit.csv')).status).toBe(401)
    expect((await get('/api/audit/1')).status).toBe(401)
  })

  it('filters by user, customer id, outcome, run and date range', async () => {
    expect(ids(await page('/api/audit?user=olga'))).toEqual([2002, 2001])
    expect(ids(await page('/api/audit?user=sub-op'))).toEqual([1003, 1002, 1001])
    expect(ids(await page('/api/audit?customerId=1002'))).toEqual([1002])
    expect(ids(await page('/api/audit?outcome=removed'))).toEqual([2001, 1002, 1001])
    expect(ids(await page('/api/audit?outcome=refused'))).toEqual([3001])
    expect(ids(await page('/api/audit?outcome=unknown'))).toEqual([2002])
    expect(ids(await page('/api/audit?run=run-7'))).toEqual([1002, 1001])
    const today = new Date().toISOString().slice(0, 10)
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10)
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10)
    expect((await page(`/api/audit?from=${today}&to=${today}`)).total).toBe(6)
    expect((await page(`/api/audit?from=${tomorrow}`)).total).toBe(0)
    expect((await page(`/api/audit?to=${yesterday}`)).total).toBe(0)
  })

  it('pages, with the total of all matching entries', async () => {
    const second = await page('/api/audit?page=2&pageSize=4')
    expect(ids(second)).toEqual([1002, 1001])
    expect(second).toMatchObject({ total: 6, page: 2, pageSize: 4 })
  })

  it('says what is wrong with a bad filter', async () => {
    for (const [query, words] of [
      ['outcome=deleted', /outcome must be one of/],
      ['from=yesterday', /from must be a date written YYYY-MM-DD/],
      ['customerId=12a', /customerId must be a whole number/],
      ['pageSize=5000', /pageSize must be a whole number from 1 to 200/],
    ] as const) {
      const reply = await get(`/api/audit?${query}`, 'admin')
      expect(reply.status).toBe(400)
      expect(await reply.text()).toMatch(words)
    }
  })

  it('says why an entry has no outcome', async () => {
    const [unanswered] = (await page('/api/audit?customerId=2002')).entries
    expect(unanswered?.message).toMatch(/No answer was recorded/)
  })
})

describe('GET /api/audit/:entryId', () => {
  it('returns the entry with its snapshot', async () => {
    const [entry] = (await page('/api/audit?customerId=2001')).entries
    const reply = await get(`/api/audit/${entry?.id ?? ''}`, 'admin')
    expect(await reply.json()).toMatchObject({
      entry: { customerId: 2001, hasSnapshot: true, actor: { name: 'Olga Other' } },
      snapshot: { id: 2001, firstName: 'Olga' },
    })
  })

  it("answers 404 for someone else's entry, and for no entry at all", async () => {
    const [entry] = (await page('/api/audit?customerId=2001')).entries
    expect((await get(`/api/audit/${entry?.id ?? ''}`, 'operator')).status).toBe(404)
    expect((await get(`/api/audit/999999`, 'admin')).status).toBe(404)
    expect((await get(`/api/audit/abc`, 'admin')).status).toBe(404)
  })
})

describe('GET /api/audit.csv', () => {
  it('exports the filtered entries with formula cells neutralised', async () => {
    const reply = await get('/api/audit.csv?user=sub-op2', 'admin')
    expect(reply.headers.get('content-type')).toMatch(/^text\/csv/)
    expect(reply.headers.get('content-disposition')).toMatch(/attachment; filename="audit-log-/)
    const lines = (await reply.text()).split('\r\n')
    expect(lines[0]).toMatch(/^Entry,Time \(UTC\),Name,Email,Subject,Role,/)
    expect(lines).toHaveLength(4) // header, two entries, and the final CRLF
    expect(lines[1]).toContain(",'=cmd|calc@example.com,")
    const failed = await (await get('/api/audit.csv?customerId=1003', 'admin')).text()
    expect(failed).toContain(`"'=HYPERLINK(""x"")"`)
  })

  it('gives operators their own entries only', async () => {
    const text = await (await get('/api/audit.csv', 'operator')).text()
    expect(text.trim().split('\r\n')).toHaveLength(4)
    expect(text).not.toContain('Olga')
  })
})

describe('no way to change the log', () => {
  it('has no route that writes, changes or removes an entry', async () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      for (const path of ['/api/audit', '/api/audit/1']) {
        const reply = await app.request(`http://localhost${path}`, {
          method,
          headers: { [USER_HEADER]: 'admin' },
        })
        expect(reply.status).toBe(404)
      }
    }
    expect((await page('/api/audit')).total).toBe(6)
  })
})
