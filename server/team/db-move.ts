// `npm run db:move`: copies the embedded database (DATA_DIR) into the PostgreSQL database of
// DATABASE_URL, ids, times and snapshots unchanged. Run it with the server stopped.
import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { openDb, readStorageConfig, type Db, type SqlValue } from './db.ts'

const BATCH = 200
const ENTRY_COLUMNS = [
  'id',
  'at',
  'actor_subject',
  'actor_name',
  'actor_email',
  'actor_role',
  'client_ip',
  'forwarded_for',
  'user_agent',
  'customer_id',
  'run_id',
  'snapshot',
] as const
const OUTCOME_COLUMNS = ['entry_id', 'at', 'outcome', 'status', 'message'] as const

async function copyTable(
  from: Db,
  to: Db,
  table: string,
  columns: readonly string[],
  key: string,
): Promise<number> {
  let after = '0'
  let copied = 0
  for (;;) {
    const { rows } = await from.query<Record<string, unknown>>(
      `SELECT ${columns.map((c) => (c === key ? `${c}::text AS ${c}` : c)).join(', ')}
       FROM ${table} WHERE ${table}.${key} > $1 ORDER BY ${table}.${key} LIMIT ${String(BATCH)}`,
      [after],
    )
    if (rows.length === 0) return copied
    await to.transaction(async (tx) => {
      for (const row of rows) {
        const values = columns.map((column) => {
          const value = row[column]
          return column === 'snapshot' && value !== null ? JSON.stringify(value) : value
        }) as SqlValue[]
        const placeholders = columns.map(
          (c, i) => `$${String(i + 1)}${c === 'snapshot' ? '::jsonb' : ''}`,
        )
        await tx.query(
          `INSERT INTO ${table} (${columns.join(', ')}) OVERRIDING SYSTEM VALUE
           VALUES (${placeholders.join(', ')})`,
          values,
        )
      }
    })
    copied += rows.length
    after = String(rows[rows.length - 1]?.[key])
  }
}

/** Copies every audit entry and outcome; refuses a target that already holds entries. */
export async function moveAuditLog(
  from: Db,
  to: Db,
): Promise<{ entries: number; outcomes: number }> {
  const existing = await to.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_entries')
  if (Number(existing.rows[0]?.n) > 0) {
    throw new Error('The PostgreSQL database already holds audit entries: nothing was copied.')
  }
  const entries = await copyTable(from, to, 'audit_entries', ENTRY_COLUMNS, 'id')
  const outcomes = await copyTable(from, to, 'audit_outcomes', OUTCOME_COLUMNS, 'entry_id')
  // New entries continue after the copied ids.
  await to.query(
    `SELECT setval(pg_get_serial_sequence('audit_entries', 'id'),
       GREATEST((SELECT max(id) FROM audit_entries), 1))`,
  )
  return { entries, outcomes }
}

async function main() {
  const storage = readStorageConfig(process.env)
  if (!storage.databaseUrl) {
    throw new Error('Set DATABASE_URL to the PostgreSQL database to copy the audit log into.')
  }
  const root = fileURLToPath(new URL('../..', import.meta.url))
  const dataDir = path.resolve(root, storage.dataDir)
  if (!existsSync(dataDir))
    throw new Error(`There is no embedded database at ${dataDir} (DATA_DIR).`)
  const from = await openDb({ dataDir })
  const to = await openDb({ dataDir, databaseUrl: storage.databaseUrl })
  try {
    const { entries, outcomes } = await moveAuditLog(from, to)
    console.log(
      `Copied ${String(entries)} audit entries and ${String(outcomes)} outcomes from ${dataDir}.`,
    )
  } finally {
    await Promise.all([from.close(), to.close()])
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error))
    process.exit(1)
  })
}
