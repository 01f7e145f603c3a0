// The removal engine's journal in the team database: the same RunJournal port the browser's
// IndexedDB journal fills, so the server runs the same engine. Every write is fenced by the
// run's lease: an instance that lost its lease (it stalled, another took over) can no longer
// record anything, and the engine then stops before sending another DELETE.
import type {
  RowRecord,
  RunJournal,
  RunPlan,
  RunRecord,
} from '../../src/features/customer-import/engine/run/import-journal.ts'
import { RunLocks } from '../../src/features/customer-import/engine/run/run-locks.ts'
import type { DbQuery, Db } from './db.ts'

/** The plan as stored: typed arrays as plain JSON arrays. */
interface StoredPlan {
  ids: number[]
  lines: number[]
  names: string[]
  rejected?: RunPlan['rejected']
}

export function planToJson(plan: RunPlan): string {
  const stored: StoredPlan = {
    ids: Array.from(plan.ids),
    lines: Array.from(plan.lines),
    names: plan.names,
    rejected: plan.rejected,
  }
  return JSON.stringify(stored)
}

export function planFromJson(runId: string, stored: StoredPlan): RunPlan {
  return {
    runId,
    ids: Uint32Array.from(stored.ids),
    lines: Uint32Array.from(stored.lines),
    names: stored.names,
    rejected: stored.rejected,
  }
}

/** This instance no longer holds the run: another took it over. */
export class LeaseLostError extends Error {
  constructor(runId: string) {
    super(`Run ${runId} is now held by another server instance.`)
    this.name = 'LeaseLostError'
  }
}

export async function insertRunRows(db: DbQuery, runId: string, rows: readonly RowRecord[]) {
  if (rows.length === 0) return
  const json = JSON.stringify(
    rows.map((row) => ({ i: row.index, s: row.state, m: row.message, a: row.attempts })),
  )
  await db.query(
    `INSERT INTO run_rows (run_id, idx, state, message, attempts)
     SELECT $1, i, s, m, a FROM jsonb_to_recordset($2::jsonb) AS x(i int, s text, m text, a int)
     ON CONFLICT (run_id, idx) DO UPDATE
       SET state = EXCLUDED.state, message = EXCLUDED.message, attempts = EXCLUDED.attempts`,
    [runId, json],
  )
}

/**
 * The journal of the runs this instance holds. Locks are the lease (taken by the worker before
 * the engine opens a run), so the engine's tab locks are the no-op kind here.
 */
export class DbRunJournal implements RunJournal {
  readonly locks = new RunLocks(undefined)

  constructor(
    private readonly db: Db,
    /** This instance's name: the lease owner every write must still be. */
    private readonly owner: string,
  ) {}

  /** Runs are created by createServerRun (runs-store.ts), never by the engine here. */
  createRun(): Promise<void> {
    return Promise.reject(new Error('Server runs are created through the run store.'))
  }

  async write(run: RunRecord, rows: readonly RowRecord[]): Promise<void> {
    await this.db.transaction(async (tx) => {
      const { rows: held } = await tx.query(
        `UPDATE runs SET record = $3::jsonb, status = $4
         WHERE id = $1 AND lease_owner = $2 AND lease_until > now() RETURNING id`,
        [run.id, this.owner, JSON.stringify(run), run.status],
      )
      if (held.length === 0) throw new LeaseLostError(run.id)
      await insertRunRows(tx, run.id, rows)
    })
  }

  async loadRun(
    runId: string,
  ): Promise<{ run: RunRecord; plan: RunPlan; rows: RowRecord[] } | undefined> {
    const { rows: found } = await this.db.query<{ record: RunRecord; plan: StoredPlan }>(
      'SELECT record, plan FROM runs WHERE id = $1',
      [runId],
    )
    const stored = found[0]
    if (!stored) return undefined
    const { rows } = await this.db.query<{
      idx: number
      state: RowRecord['state']
      message: string
      attempts: number
    }>('SELECT idx, state, message, attempts FROM run_rows WHERE run_id = $1 ORDER BY idx', [runId])
    return {
      run: stored.record,
      plan: planFromJson(runId, stored.plan),
      rows: rows.map((row) => ({
        runId,
        index: Number(row.idx),
        state: row.state,
        message: row.message,
        attempts: Number(row.attempts),
      })),
    }
  }
}
