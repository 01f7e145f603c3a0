import type { Db } from './db.ts'
import { AUDIT_LOG_MIGRATION } from './migrations/0001-audit-log.ts'
import { RUNS_MIGRATION } from './migrations/0002-runs.ts'
import { SESSIONS_MIGRATION } from './migrations/0003-sessions.ts'
import { RUN_AUTO_RESUME_MIGRATION } from './migrations/0004-run-auto-resume.ts'

export interface Migration {
  /** Applied in increasing order; never renumber or edit one that has shipped: add the next. */
  id: number
  name: string
  sql: string
}

/** Every schema change, in order. */
export const MIGRATIONS: readonly Migration[] = [
  AUDIT_LOG_MIGRATION,
  RUNS_MIGRATION,
  SESSIONS_MIGRATION,
  RUN_AUTO_RESUME_MIGRATION,
]

// Any fixed number works; all instances must agree on it.
const MIGRATION_LOCK = 4_207_190_001

/**
 * Applies the migrations not yet recorded in `migrations`, all in one transaction under an
 * advisory lock: two instances starting together take turns, and the second finds the work
 * done. A failing migration rolls back whole, leaving the schema as it was.
 */
export async function runMigrations(db: Db, migrations = MIGRATIONS): Promise<number[]> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK])
    await tx.query(`CREATE TABLE IF NOT EXISTS migrations (
      id integer PRIMARY KEY,
      name text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`)
    const { rows } = await tx.query<{ id: number }>('SELECT id FROM migrations')
    const applied = new Set(rows.map((row) => Number(row.id)))
    const newest = Math.max(0, ...applied)
    const known = Math.max(0, ...migrations.map((migration) => migration.id))
    if (newest > known) {
      throw new Error(
        `The database has migration ${String(newest)}, newer than this server knows ` +
          `(${String(known)}): it was used by a newer version. Upgrade this server.`,
      )
    }
    const ran: number[] = []
    for (const migration of [...migrations].sort((a, b) => a.id - b.id)) {
      if (applied.has(migration.id)) continue
      await tx.exec(migration.sql)
      await tx.query('INSERT INTO migrations (id, name) VALUES ($1, $2)', [
        migration.id,
        migration.name,
      ])
      ran.push(migration.id)
    }
    return ran
  })
}
