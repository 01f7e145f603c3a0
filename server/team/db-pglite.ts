import { mkdir } from 'node:fs/promises'
import type { Db, DbQuery, SqlValue } from './db.ts'

/**
 * PGlite: PostgreSQL compiled to WASM, in `dataDir` (created when missing); `memory://` keeps
 * it in memory (tests). One process at a time may open a data folder: several instances need
 * PostgreSQL.
 */
export async function openPglite(dataDir: string): Promise<Db> {
  const { PGlite } = await import('@electric-sql/pglite')
  if (!dataDir.startsWith('memory://')) await mkdir(dataDir, { recursive: true })
  const pglite = await PGlite.create(dataDir)
  const wrap = (target: Pick<typeof pglite, 'query' | 'exec'>): DbQuery => ({
    async query<Row>(sql: string, params: SqlValue[] = []) {
      const result = await target.query<Row>(sql, params)
      return { rows: result.rows }
    },
    async exec(sql: string) {
      await target.exec(sql)
    },
  })
  return {
    engine: 'embedded',
    ...wrap(pglite),
    transaction: (work) => pglite.transaction((tx) => work(wrap(tx))),
    close: () => pglite.close(),
  }
}
