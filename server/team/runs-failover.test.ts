// Done-when of issue 19's server-side runs: a real PostgreSQL, two server instances (the app
// with /api/runs and its run worker, as separate processes) on it and the fake tenant over
// HTTP. A 2,000-row run is started through one instance's POST /api/runs;
// the instance working it is killed (SIGKILL) mid-run; the other takes it over and finishes
// it, and the fake counts every DELETE: each confirmed customer was deleted exactly once.
import { spawn, type ChildProcess } from 'node:child_process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDb, type Db } from './db.ts'
import {
  findPostgresBin,
  freePort,
  POSTGRES_MISSING,
  startTestPostgres,
  type TestPostgres,
} from './db-postgres-test-support.ts'
import { getServerRun, type ServerRunView } from './runs-store.ts'

const pgBin = findPostgresBin()
if (!pgBin) console.warn(`Skipping runs-failover.test.ts: ${POSTGRES_MISSING}`)

const TOKEN = 'fake-token-0123456789abcdef'
const TENANT = '5200000'
const ROWS = 2000
const FIRST_ID = 1001

/** Starts `file` under tsx; resolves once it printed `ready` (a line matching it). */
function startProcess(
  file: string,
  args: string[],
  env: Record<string, string>,
  ready: RegExp,
  output: string[],
): Promise<{ child: ChildProcess; match: RegExpMatchArray }> {
  const child = spawn(process.execPath, ['--import', 'tsx', file, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  return new Promise((resolve, reject) => {
    let text = ''
    const onData = (chunk: Buffer) => {
      text += chunk.toString()
      output.push(chunk.toString())
      const match = ready.exec(text)
      if (match) resolve({ child, match })
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()))
    child.once('exit', (code) => reject(new Error(`${file} exited (${String(code)}): ${text}`)))
  })
}

const until = async (what: string, check: () => Promise<boolean>, timeoutMs: number) => {
  const end = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}.`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

describe.skipIf(!pgBin)('a server run when the instance working it dies', () => {
  let pg: TestPostgres
  let db: Db
  const children: ChildProcess[] = []
  const output: string[] = []
  let fakeOrigin = ''
  let apiBase = ''

  beforeAll(async () => {
    pg = await startTestPostgres(pgBin ?? '')
    db = await openDb({ dataDir: 'unused', databaseUrl: pg.url })
    const port = await freePort()
    const fake = await startProcess(
      'scripts/fake-server.ts',
      // Until the kill, 5% of DELETEs are applied and then answered only after 4 s: the instance
      // that dies has rows whose DELETE landed with no answer journaled. Resending those
      // blindly would DELETE them twice.
      [
        '--port',
        String(port),
        '--count',
        '2500',
        '--latency',
        '10',
        '--faults',
        JSON.stringify({
          faultAfterDeleteRate: 0.05,
          faultAfterDeleteKind: 'timeout',
          hangMs: 4000,
        }),
      ],
      { FAKE_TOKEN: TOKEN, FAKE_TENANT: TENANT },
      /listening: (\S+)/,
      output,
    )
    children.push(fake.child)
    apiBase = fake.match[1] ?? ''
    fakeOrigin = new URL(apiBase).origin
  }, 120_000)

  afterAll(async () => {
    for (const child of children) child.kill('SIGKILL')
    await db?.close()
    await pg?.stop()
  })

  it('is finished by the other instance, each confirmed customer deleted exactly once', async () => {
    const starter = { subject: 'sub-bulk', name: 'Bo Bulk', role: 'bulk-remover' }
    const ids = Array.from({ length: ROWS }, (_, i) => FIRST_ID + i)
    const instances = new Map<string, { child: ChildProcess; origin: string }>()
    for (const name of ['instance-a', 'instance-b']) {
      const port = await freePort()
      const started = await startProcess(
        'server/team/runs-instance-test-support.ts',
        [],
        {
          DATABASE_URL: pg.url,
          LOANPRO_API_BASE: apiBase,
          LOANPRO_TENANT_ID: TENANT,
          LOANPRO_API_TOKEN: TOKEN,
          PORT: String(port),
          CM_RUN_INSTANCE: name,
          RUN_LEASE_MS: '5000',
          RUN_POLL_MS: '500',
          RUN_CONCURRENCY: '8',
          RUN_RATE_PER_SECOND: '1000',
        },
        /run worker ready/,
        output,
      )
      children.push(started.child)
      instances.set(name, { child: started.child, origin: `http://127.0.0.1:${String(port)}` })
    }
    const origin = (name: string) => instances.get(name)?.origin ?? ''
    const headers = { 'content-type': 'application/json', 'x-test-user': JSON.stringify(starter) }
    const created = await fetch(`${origin('instance-a')}/api/runs`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ ids, fileName: 'failover.csv' }),
    })
    expect(created.status).toBe(201)
    const runId = ((await created.json()) as { id: string }).id
    // Progress as the team sees it, from either instance.
    const progress = async (name: string) => {
      const answer = await fetch(`${origin(name)}/api/runs/${runId}`, { headers })
      return (await answer.json()) as ServerRunView
    }

    // Mid-run: some rows settled, most still to go.
    const settled = async () => {
      const { rows } = await db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM run_rows WHERE run_id = $1 AND state IN ('removed', 'failed')`,
        [runId],
      )
      return rows[0]?.n ?? 0
    }
    await until('the run to get going', async () => (await settled()) >= 200, 300_000)
    let holder = ''
    await until(
      'an instance to hold the run',
      async () => (holder = (await getServerRun(db, runId))?.heldBy ?? '') !== '',
      60_000,
    )
    expect(holder).toMatch(/^instance-[ab]$/)
    const other = holder === 'instance-a' ? 'instance-b' : 'instance-a'
    // The instance not working the run shows its live progress too.
    const seen = await progress(other)
    expect(seen.total).toBe(ROWS)
    expect(seen.counts.removed + seen.counts.failed).toBeGreaterThan(0)
    instances.get(holder)?.child.kill('SIGKILL')
    expect(await settled()).toBeLessThan(ROWS)
    await fetch(`${fakeOrigin}/__fake/faults`, {
      method: 'POST',
      body: JSON.stringify({ faultAfterDeleteRate: 0 }),
    })
    // Rows journaled 'sent' by the dead instance: their DELETE may or may not have landed.
    const { rows: sent } = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM run_rows WHERE run_id = $1 AND state = 'sent'`,
      [runId],
    )
    expect(sent[0]?.n).toBeGreaterThan(0)

    await until(
      'the other instance to finish the run',
      async () => (await progress(other)).status === 'completed',
      600_000,
    )
    const run = await progress(other)
    const { rows: rowStates } = await db.query<{ idx: number; state: string }>(
      'SELECT idx, state FROM run_rows WHERE run_id = $1',
      [runId],
    )
    expect(rowStates).toHaveLength(ROWS)
    const removed = rowStates.filter((row) => row.state === 'removed')
    expect(removed.length).toBe(run?.counts.removed)
    expect(removed.length + (run?.counts.failed ?? 0)).toBe(ROWS)
    expect(removed.length).toBeGreaterThan(ROWS / 2)
    // Rows whose answer was lost were looked up (a plain GET), not sent again.
    const { rows: lost } = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM run_rows
       WHERE run_id = $1 AND state = 'removed' AND message LIKE 'Removed (confirmed)%'`,
      [runId],
    )
    expect(lost[0]?.n).toBeGreaterThan(0)

    const log = (await (await fetch(`${fakeOrigin}/__fake/requests`)).json()) as {
      deleteCounts: Record<string, number>
      deletedIds: number[]
      requests: { method: string; customerId?: number; time: number; status?: number }[]
    }
    const deleted = new Set(log.deletedIds)
    // A customer the tenant deleted got exactly one DELETE: none was sent to a customer already
    // gone. A DELETE LoanPro refused (409: loans linked) may be sent again when the dead
    // instance could not journal the refusal: the other instance finds the customer still
    // there (a plain GET) and asks again, and is refused again; nothing was deleted twice.
    const sentAgain = Object.entries(log.deleteCounts).filter(([, count]) => count > 1)
    const twice = sentAgain.filter(([id]) => deleted.has(Number(id)))
    // On a failure, what the next person needs: the tenant's requests for those customers and
    // what the instances said about leases and pauses.
    const diagnosis = () =>
      JSON.stringify({
        requests: log.requests.filter((r) => twice.some(([id]) => Number(id) === r.customerId)),
        instances: output
          .join('')
          .split('\n')
          .filter((line) => /lease|pause|resum|works run|took/i.test(line)),
      })
    expect(twice, diagnosis()).toEqual([])
    for (const [id] of sentAgain) {
      const deletes = log.requests.filter(
        (r) => r.method === 'DELETE' && r.customerId === Number(id),
      )
      expect(
        deletes.map((r) => r.status),
        `customer ${id}: every DELETE of a customer still there was refused`,
      ).toEqual(deletes.map(() => 409))
    }
    for (const row of removed) {
      expect(log.deleteCounts[String(FIRST_ID + Number(row.idx))], `id ${FIRST_ID + row.idx}`).toBe(
        1,
      )
    }

    // The other instance took over, and every DELETE was audited for the run's starter.
    expect(output.join('')).toContain(`${other} works run ${runId}`)
    const { rows: audit } = await db.query<{ n: number; names: string }>(
      `SELECT count(*)::int AS n, string_agg(DISTINCT actor_name, ',') AS names
       FROM audit_entries WHERE run_id = $1 AND snapshot IS NOT NULL`,
      [runId],
    )
    const deletes = Object.values(log.deleteCounts).reduce((a, b) => a + b, 0)
    expect(audit[0]?.n).toBeGreaterThanOrEqual(deletes)
    expect(audit[0]?.names).toBe('Bo Bulk')
  }, 900_000)
})
