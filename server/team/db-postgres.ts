import type { Db, DbQuery, SqlValue } from './db.ts'
import type { PoolClient } from 'pg'

/** PostgreSQL through a `pg` pool, shared by every server instance that uses the same URL. */
export async function openPostgres(url: string): Promise<Db> {
  const { default: pg } = await import('pg')
  // bigint (count(*), bigserial ids) stays text, as in PGlite: ids are read as strings.
  const pool = new pg.Pool({ connectionString: url, max: 5 })
  // An idle client losing its connection must not crash the server; the next query reconnects.
  pool.on('error', () => {})
  const wrap = (target: Pick<PoolClient, 'query'>): DbQuery => ({
    async query<Row>(sql: string, params: SqlValue[] = []) {
      const result = await target.query(sql, params)
      return { rows: result.rows as Row[] }
    },
    async exec(sql: string) {
      // Without parameters pg uses the simple protocol, which runs several statements.
      await target.query(sql)
    },
  })
  // Fail at start, with the server's words, rather than on the first request.
  const probe = await pool.connect().catch((error: unknown) => {
    void pool.end()
    throw new Error(
      `Could not connect to the PostgreSQL database in DATABASE_URL: ${errorText(error)}`,
    )
  })
  probe.release()
  return {
    engine: 'postgres',
    ...wrap(pool),
    async transaction(work) {
      const client = await pool.connect()
      try {
        await client.query('BEGIN')
        const result = await work(wrap(client))
        await client.query('COMMIT')
        return result
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {})
        throw error
      } finally {
        client.release()
      }
    },
    close: () => pool.end(),
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
