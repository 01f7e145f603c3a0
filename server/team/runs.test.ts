// Server runs in one process on the embedded database, against the fake tenant over HTTP:
// two workers share one run store; the journal is fenced by the lease; the rate budget is
// shared; cancel reaches the run; the routes enforce roles.
import { Hono } from 'hono'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ProxyConfig } from '../config.ts'
import { startStandaloneServer, type StandaloneServer } from '../../src/mocks/standalone-server.ts'
import { openDb, type Db } from './db.ts'
import { DbRunJournal, LeaseLostError } from './runs-journal.ts'
import { RateBudget } from './runs-rate-budget.ts'
import { runRoutes } from './runs-routes.ts'
import { createServerRun, getServerRun, requestCancel, type ServerRunView } from './runs-store.ts'
import { RunWorker, type RunWorkerOptions } from './runs-worker.ts'
import { testSession, USER_HEADER } from './audit-test-support.ts'
import type { TeamUser } from './team-user.ts'

const TOKEN = 'fake-token-0123456789abcdef'
const bulk: TeamUser = { subject: 'sub-bulk', name: 'Bo Bulk', role: 'bulk-remover' }

let db: Db
let fake: StandaloneServer
let proxy: ProxyConfig

beforeAll(async () => {
  db = await openDb({ dataDir: 'memory://' })
  fake = await startStandaloneServer({ port: 0, count: 200, token: TOKEN, tenantId: '5200000' })
  proxy = {
    apiBase: fake.baseUrl,
    tenantId: '5200000',
    token: TOKEN,
    timeoutMs: 30_000,
    totalTimeoutMs: 60_000,
  }
}, 60_000)
afterAll(async () => {
  await fake?.close()
  await db?.close()
})

const worker = (instance: string, options: Partial<RunWorkerOptions> = {}) =>
  new RunWorker({
    db,
    proxy,
    instance,
    budget: { perSecond: 10_000, burst: 100 },
    leaseMs: 5_000,
    pollMs: 50,
    log: process.env.RUNS_TEST_LOG ? console.log : () => undefined,
    ...options,
  })

/** DELETEs of `id` the fake tenant applied (answered without an injected fault). */
const applied = (id: number) =>
  fake
    .store()
    .requests.filter(
      (r) => r.method === 'DELETE' && r.customerId === id && !r.fault && r.status === 200,
    ).length

async function settled(
  runId: string,
  status = 'completed',
  also: (run: ServerRunView) => boolean = () => true,
) {
  for (let i = 0; i < 1200; i++) {
    const run = await getServerRun(db, runId)
    if (run?.status === status && !run.heldBy && also(run)) return run
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  const last = await getServerRun(db, runId)
  throw new Error(`Run ${runId} did not end ${status}: ${JSON.stringify(last)}`)
}

describe('server runs', () => {
  it('are worked by one of two instances, every DELETE once, audited for the starter', async () => {
    const ids = Array.from({ length: 40 }, (_, i) => 1001 + i)
    const runId = await createServerRun(db, {
      starter: bulk,
      ids,
      fileName: 'a.csv',
      source: 'file',
    })
    const a = worker('a')
    const b = worker('b')
    a.start()
    b.start()
    const run = await settled(runId)
    await Promise.all([a.stop(), b.stop()])
    expect(run.counts.removed + run.counts.failed).toBe(40)
    expect(run.counts.removed).toBeGreaterThan(0)
    const counts = fake.store().deleteCountById()
    for (const id of ids) expect(counts[id], `customer ${String(id)}`).toBe(1)
    const { rows } = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_entries
       WHERE run_id = $1 AND snapshot IS NOT NULL AND actor_subject = 'sub-bulk'`,
      [runId],
    )
    expect(rows[0]?.n).toBe(40)
    const removed = await runRoutes(db).request(`/runs/${runId}/removed`)
    expect(removed.status).toBe(401) // signed out: nothing
  }, 120_000)

  it('cancels a run on request: rows not sent are skipped, nothing is deleted', async () => {
    const ids = Array.from({ length: 20 }, (_, i) => 1101 + i)
    const runId = await createServerRun(db, {
      starter: bulk,
      ids,
      fileName: 'c.csv',
      source: 'file',
    })
    expect(await requestCancel(db, runId)).toBe(true)
    const a = worker('a')
    a.start()
    const run = await settled(runId, 'cancelled')
    await a.stop()
    expect(run.counts.skipped).toBe(20)
    const counts = fake.store().deleteCountById()
    for (const id of ids) expect(counts[id]).toBeUndefined()
    expect(await requestCancel(db, runId)).toBe(false)
  }, 120_000)

  it('refuses journal writes from an instance whose lease is gone', async () => {
    const runId = await createServerRun(db, {
      starter: bulk,
      ids: [1500],
      fileName: 'f.csv',
      source: 'file',
    })
    const journal = new DbRunJournal(db, 'a')
    const stored = await journal.loadRun(runId)
    if (!stored) throw new Error('run not stored')
    const row = { runId, index: 0, state: 'sent' as const, message: '', attempts: 1 }
    await expect(journal.write(stored.run, [row])).rejects.toBeInstanceOf(LeaseLostError)
    await db.query(
      `UPDATE runs SET lease_owner = 'a', lease_until = now() + interval '1 minute' WHERE id = $1`,
      [runId],
    )
    await journal.write(stored.run, [row])
    await db.query(
      `UPDATE runs SET lease_owner = 'b', lease_until = now() + interval '1 minute' WHERE id = $1`,
      [runId],
    )
    await expect(journal.write(stored.run, [row])).rejects.toBeInstanceOf(LeaseLostError)
    expect((await journal.loadRun(runId))?.rows).toEqual([row])
  })

  it('pause on an outage instead of failing rows, and resume on their own once it is over', async () => {
    const ids = Array.from({ length: 30 }, (_, i) => 1041 + i)
    const runId = await createServerRun(db, {
      starter: bulk,
      ids,
      fileName: 'o.csv',
      source: 'file',
    })
    // LoanPro fails every DELETE (the snapshot reads still work): an outage of its write side.
    fake.store().faults.failNext(10_000, 'server-error', { method: 'DELETE' })
    const a = worker('a', {
      retry: { baseDelayMs: 1, maxDelayMs: 2 },
      autoResume: { firstWaitMs: 400, maxWaitMs: 400, maxPauses: 50 },
    })
    a.start()
    const paused = await settled(runId, 'paused', (run) => run.resumeAt !== null)
    expect(paused).toMatchObject({ pauseReason: 'tenant-unavailable', autoPauses: 1 })
    expect(paused.counts.failed).toBe(0)
    expect(paused.resumeAt).toBeGreaterThan(Date.now() - 1_000)
    fake.store().faults.reset()
    const run = await settled(runId)
    await a.stop()
    expect(run.counts.removed + run.counts.failed).toBe(30)
    expect(run.resumeAt).toBeNull()
    // Failed only where LoanPro refuses the customer (linked to loans), none worn out by the outage.
    const { rows } = await db.query<{ message: string }>(
      `SELECT message FROM run_rows WHERE run_id = $1 AND state = 'failed'`,
      [runId],
    )
    expect(rows.filter((row) => /Gave up|could not be confirmed/.test(row.message))).toEqual([])
    for (const id of ids) {
      expect(applied(id), `customer ${String(id)}`).toBe(fake.store().isDeleted(id) ? 1 : 0)
    }
  }, 120_000)

  it('stop resuming on their own past the bound, and wait for a person when the token is refused', async () => {
    const ids = [1071, 1072]
    const outage = await createServerRun(db, {
      starter: bulk,
      ids,
      fileName: 'b.csv',
      source: 'file',
    })
    fake.store().faults.failNext(10_000, 'server-error', { method: 'DELETE' })
    const a = worker('a', {
      retry: { baseDelayMs: 1, maxDelayMs: 2, pauseAfterTransient: 2 },
      autoResume: { firstWaitMs: 50, maxWaitMs: 50, maxPauses: 2 },
    })
    a.start()
    const gaveUp = await settled(outage, 'paused', (run) => run.autoPauses === 3)
    expect(gaveUp).toMatchObject({ pauseReason: 'tenant-unavailable', resumeAt: null })
    await a.stop()
    fake.store().faults.reset()

    const refused = await createServerRun(db, {
      starter: bulk,
      ids,
      fileName: 'r.csv',
      source: 'file',
    })
    const b = worker('b', { proxy: { ...proxy, token: 'a-revoked-token-000000000' } })
    b.start()
    const waiting = await settled(refused, 'paused')
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(await getServerRun(db, refused)).toMatchObject({
      status: 'paused',
      pauseReason: 'unauthorized',
      resumeAt: null,
      counts: { failed: 0 },
    })
    expect(waiting.heldBy).toBeNull()
    await b.stop()
    for (const id of ids) expect(applied(id)).toBe(0)
  }, 120_000)

  it('share one rate budget per tenant token: past the burst, a request waits its turn', async () => {
    const waits: number[] = []
    const clock = {
      now: () => Date.now(),
      sleep: (ms: number) => {
        waits.push(ms)
        return Promise.reject(new Error('stop waiting'))
      },
    }
    const one = new RateBudget(db, 'budget-test', { perSecond: 0.001, burst: 2 }, clock)
    const other = new RateBudget(db, 'budget-test', { perSecond: 0.001, burst: 2 }, clock)
    await one.take()
    await other.take()
    await expect(one.take()).rejects.toThrow('stop waiting')
    expect(waits[0]).toBeGreaterThan(900_000)
  })
})

describe('/api/runs', () => {
  let app: Hono
  const users: Record<string, TeamUser> = {
    bulk,
    operator: { subject: 'sub-op', name: 'Otto Operator', role: 'operator' },
  }
  beforeAll(() => {
    app = new Hono()
    app.use(async (c, next) => {
      const user = users[c.req.header('x-run-user') ?? '']
      if (user) c.set('teamUser', user)
      await next()
    })
    app.use(testSession)
    app.route('/api', runRoutes(db))
  })
  const post = (path: string, user: string | null, body?: unknown) =>
    app.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(user ? { 'x-run-user': user } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    })

  it('starts a run for a bulk remover and shows it with its progress to the team', async () => {
    const created = await post('/api/runs', 'bulk', { ids: [2001, 2002], fileName: 'x.csv' })
    expect(created.status).toBe(201)
    const run = (await created.json()) as { id: string; total: number; status: string }
    expect(run).toMatchObject({ total: 2, status: 'running', startedBy: { name: 'Bo Bulk' } })
    const seen = await app.request(`/api/runs/${run.id}`, { headers: { 'x-run-user': 'bulk' } })
    expect(seen.status).toBe(200)
    const list = await app.request('/api/runs', { headers: { 'x-run-user': 'bulk' } })
    const { runs } = (await list.json()) as { runs: { id: string }[] }
    expect(runs.map((r) => r.id)).toContain(run.id)
    // Viewers and operators see no runs (who removed which file), as with others' audit entries.
    for (const path of ['/api/runs', `/api/runs/${run.id}`, `/api/runs/${run.id}/results.csv`]) {
      expect((await app.request(path, { headers: { [USER_HEADER]: 'viewer' } })).status).toBe(403)
      expect((await app.request(path, { headers: { 'x-run-user': 'operator' } })).status).toBe(403)
    }
    expect((await post(`/api/runs/${run.id}/resume`, 'bulk')).status).toBe(409)
    await db.query(`UPDATE runs SET status = 'paused' WHERE id = $1`, [run.id])
    expect((await post(`/api/runs/${run.id}/resume`, 'operator')).status).toBe(403)
    const resumed = await post(`/api/runs/${run.id}/resume`, 'bulk')
    expect(await resumed.json()).toMatchObject({ status: 'running', pauseReason: null })
    expect((await post(`/api/runs/${run.id}/cancel`, 'operator')).status).toBe(403)
    expect((await post(`/api/runs/${run.id}/cancel`, 'bulk')).status).toBe(200)
  })

  it('refuses the signed-out, roles below bulk remover, and bad ids', async () => {
    expect((await post('/api/runs', null, { ids: [1] })).status).toBe(401)
    expect((await post('/api/runs', 'operator', { ids: [1] })).status).toBe(403)
    const bad = await post('/api/runs', 'bulk', { ids: [1, -2] })
    expect(bad.status).toBe(400)
    expect(await bad.json()).toEqual({
      error: { message: 'Customer ids must be positive whole numbers.' },
    })
    expect((await post('/api/runs', 'bulk', { ids: [] })).status).toBe(400)
    expect((await app.request('/api/runs')).status).toBe(401)
    expect(
      (await app.request('/api/runs/none', { headers: { 'x-run-user': 'bulk' } })).status,
    ).toBe(404)
  })

  it("gives a run's results as the browser's CSV, rejected rows included", async () => {
    const created = await post('/api/runs', 'bulk', {
      ids: [2101, 2102],
      lines: [2, 4],
      names: ['Ann Lee', 'Bo Chan'],
      fileName: 'y.csv',
      rejectedRows: [{ line: 3, customerId: 'abc', message: 'Not a customer ID.' }],
    })
    const run = (await created.json()) as { id: string; counts: { skipped: number } }
    expect(run).toMatchObject({ total: 2 })
    const csv = await app.request(`/api/runs/${run.id}/results.csv`, {
      headers: { 'x-run-user': 'bulk' },
    })
    expect(csv.headers.get('content-type')).toContain('text/csv')
    expect(await csv.text()).toBe(
      'line,customerId,name,outcome,message\r\n' +
        '2,2101,Ann Lee,not run,\r\n' +
        '4,2102,Bo Chan,not run,\r\n' +
        '3,abc,,rejected at validation,Not a customer ID.\r\n',
    )
    const removed = await app.request(`/api/runs/${run.id}/removed`, {
      headers: { 'x-run-user': 'bulk' },
    })
    expect(await removed.json()).toEqual({ ids: [] })
    await post(`/api/runs/${run.id}/cancel`, 'bulk')
  })
})
