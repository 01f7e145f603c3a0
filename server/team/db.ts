// The team-mode database: one small interface over PGlite (embedded, in a data folder) and
// PostgreSQL (DATABASE_URL). Both speak the same SQL, so the migrations and queries are shared.
// The engines are imported lazily: the plain server never loads them.
import { runMigrations } from './db-migrations.ts'

export type SqlValue = string | number | boolean | null | Date
export interface QueryResult<Row> {
  rows: Row[]
}

/** What queries run on: the database, or one transaction of it. */
export interface DbQuery {
  query<Row = Record<string, unknown>>(sql: string, params?: SqlValue[]): Promise<QueryResult<Row>>
  /** Runs several statements without parameters (migrations). */
  exec(sql: string): Promise<void>
}

export interface Db extends DbQuery {
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: DbQuery) => Promise<T>): Promise<T>
  close(): Promise<void>
  /** `embedded` (PGlite) or `postgres`, for the start-up line. */
  readonly engine: 'embedded' | 'postgres'
}

export interface StorageConfig {
  /** Where PGlite keeps its files when no DATABASE_URL is set. */
  dataDir: string
  /** A PostgreSQL connection string; when set, the data folder is not used. */
  databaseUrl?: string
}

export function readStorageConfig(env: Record<string, string | undefined>): StorageConfig {
  const databaseUrl = env.DATABASE_URL?.trim() || undefined
  return { dataDir: env.DATA_DIR?.trim() || './data', databaseUrl }
}

/** Opens the configured database and brings its schema up to date. */
export async function openDb(config: StorageConfig): Promise<Db> {
  const db = config.databaseUrl
    ? await (await import('./db-postgres.ts')).openPostgres(config.databaseUrl)
    : await (await import('./db-pglite.ts')).openPglite(config.dataDir)
  try {
    await runMigrations(db)
  } catch (error) {
    await db.close()
    throw error
  }
  return db
}
