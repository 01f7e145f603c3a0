import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDb, readStorageConfig, type Db } from './db.ts'
import { getEntry, listEntries, recordAttempt, recordOutcome } from './audit-store.ts'
import { MIGRATIONS, runMigrations } from './db-migrations.ts'
import { moveAuditLog } from './db-move.ts'
import { openPostgres } from './db-postgres.ts'
import {
  findPostgresBin,
  POSTGRES_MISSING,
  startTestPostgres,
  type TestPostgres,
} from './db-postgres-test-support.ts'
import { sessionStoreChecks } from './session-store-test-support.ts'

const pgBin = findPostgresBin()
if (!pgBin) console.warn(`Skipping the PostgreSQL half of db.test.ts: ${POSTGRES_MISSING}`)

const insertEntry = (db: Db, customerId: number) =>
  db.query<{ id: string }>(
    `INSERT INTO audit_entries (actor_subject, actor_name, actor_role, customer_id)
     VALUES ('sub-1', 'Ana', 'operator', $1) RETURNING id::text AS id`,
    [customerId],
  )

/** The same checks for both engines: the SQL and the migrations are shared. */
function sharedChecks(open: () => Promise<Db>) {
  let db: Db
  // PGlite compiles its WASM on open: seconds on a busy machine.
  beforeAll(async () => {
    db = await open()
  }, 60_000)
  afterAll(async () => {
    await db.close()
  })

  it('records every migration once, and a second run applies nothing', async () => {
    const { rows } = await db.query<{ id: number; name: string }>(
      'SELECT id, name FROM migrations ORDER BY id',
    )
    expect(rows.map((row) => Number(row.id))).toEqual(MIGRATIONS.map((m) => m.id))
    expect(await runMigrations(db)).toEqual([])
  })

  it('refuses to run on a database migrated by a newer server', async () => {
    await expect(runMigrations(db, MIGRATIONS.slice(0, 0))).rejects.toThrow(
      /newer than this server/,
    )
  })

  it('rolls a failed transaction back whole', async () => {
    const before = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_entries')
    await expect(
      db.transaction(async (tx) => {
        await tx.query(
          `INSERT INTO audit_entries (actor_subject, actor_name, actor_role, customer_id)
           VALUES ('s', 'n', 'admin', 1)`,
        )
        throw new Error('boom')
      }),
    ).rejects.toThrow('boom')
    const after = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_entries')
    expect(after.rows[0]?.n).toBe(before.rows[0]?.n)
  })

  it('keeps audit entries and outcomes append-only: UPDATE, DELETE and TRUNCATE are refused', async () => {
    const { rows } = await insertEntry(db, 1042)
    const id = rows[0]?.id ?? ''
    await db.query(
      `INSERT INTO audit_outcomes (entry_id, outcome, status) VALUES ($1, 'removed', 200)`,
      [id],
    )
    const appendOnly = /append-only/
    await expect(
      db.query(`UPDATE audit_entries SET customer_id = 1 WHERE id = $1`, [id]),
    ).rejects.toThrow(appendOnly)
    await expect(db.query(`DELETE FROM audit_entries WHERE id = $1`, [id])).rejects.toThrow(
      appendOnly,
    )
    await expect(db.query(`UPDATE audit_outcomes SET outcome = 'failed'`)).rejects.toThrow(
      appendOnly,
    )
    await expect(db.query(`DELETE FROM audit_outcomes`)).rejects.toThrow(appendOnly)
    await expect(db.exec('TRUNCATE audit_outcomes, audit_entries')).rejects.toThrow(appendOnly)
    const kept = await db.query<{ customer_id: string }>(
      'SELECT customer_id::text AS customer_id FROM audit_entries WHERE id = $1',
      [id],
    )
    expect(kept.rows).toEqual([{ customer_id: '1042' }])
  })

  it('accepts only the known outcomes', async () => {
    const { rows } = await insertEntry(db, 7)
    await expect(
      db.query(`INSERT INTO audit_outcomes (entry_id, outcome) VALUES ($1, 'deleted')`, [
        rows[0]?.id ?? '',
      ]),
    ).rejects.toThrow()
  })

  sessionStoreChecks(() => db)
}

describe('the embedded database (PGlite)', () => {
  sharedChecks(() => openDb({ dataDir: 'memory://' }))
})

describe.skipIf(!pgBin)('PostgreSQL (DATABASE_URL)', () => {
  let server: TestPostgres
  beforeAll(async () => {
    server = await startTestPostgres(pgBin ?? '')
  }, 60_000)
  afterAll(async () => {
    await server?.stop()
  })

  describe('shared checks', () => {
    sharedChecks(() => openDb({ dataDir: 'unused', databaseUrl: server.url }))
  })

  it('lets two instances that start together migrate once, one after the other', async () => {
    const a = await openPostgres(server.url)
    const b = await openPostgres(server.url)
    await a.exec('DROP SCHEMA public CASCADE; CREATE SCHEMA public')
    const [ranA, ranB] = await Promise.all([runMigrations(a), runMigrations(b)])
    expect([...ranA, ...ranB].sort()).toEqual(MIGRATIONS.map((m) => m.id))
    const { rows } = await a.query<{ n: number }>('SELECT count(*)::int AS n FROM migrations')
    expect(rows[0]?.n).toBe(MIGRATIONS.length)
    await Promise.all([a.close(), b.close()])
  })

  it('moves the embedded audit log into PostgreSQL with ids, times and snapshots unchanged', async () => {
    const admin = await openPostgres(server.url)
    await admin.exec('CREATE DATABASE move_target')
    await admin.close()
    const from = await openDb({ dataDir: 'memory://' })
    const to = await openDb({
      dataDir: 'unused',
      databaseUrl: server.url.replace(/postgres$/, 'move_target'),
    })
    try {
      const actor = { subject: 's', name: 'Ana', role: 'operator' as const }
      const attempt = { actor, clientIp: null, forwardedFor: null, userAgent: null, runId: null }
      for (let id = 1; id <= 250; id++) {
        const entryId = await recordAttempt(from, { ...attempt, customerId: id }, { id, note: 'é' })
        if (id % 2) await recordOutcome(from, entryId, { outcome: 'removed', status: 200 })
      }
      expect(await moveAuditLog(from, to)).toEqual({ entries: 250, outcomes: 125 })
      const read = (db: Db) => listEntries(db, {}, { offset: 0, limit: 300 })
      expect((await read(to)).entries).toEqual((await read(from)).entries)
      expect(await getEntry(to, '250')).toEqual(await getEntry(from, '250'))
      const next = await recordAttempt(to, { ...attempt, customerId: 9 }, undefined)
      expect(Number(next)).toBe(251)
      await expect(moveAuditLog(from, to)).rejects.toThrow(/already holds audit entries/)
    } finally {
      await Promise.all([from.close(), to.close()])
    }
  }, 60_000)

  it('says what is wrong when the database cannot be reached', async () => {
    await expect(openPostgres('postgres://postgres@127.0.0.1:1/postgres')).rejects.toThrow(
      /Could not connect to the PostgreSQL database in DATABASE_URL/,
    )
  })
})

describe('readStorageConfig', () => {
  it('uses ./data unless DATA_DIR says otherwise, and PostgreSQL when DATABASE_URL is set', () => {
    expect(readStorageConfig({})).toEqual({ dataDir: './data', databaseUrl: undefined })
    expect(readStorageConfig({ DATA_DIR: ' /var/cm ', DATABASE_URL: 'postgres://h/db' })).toEqual({
      dataDir: '/var/cm',
      databaseUrl: 'postgres://h/db',
    })
  })
})
