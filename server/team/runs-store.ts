// Server runs as the team sees them: created here (by the route or a test), listed with their
// progress, cancelled by request. The engine's own writes go through DbRunJournal.
import type { RunRecord } from '../../src/features/customer-import/engine/run/import-journal.ts'
import { newRunRecord } from '../../src/features/customer-import/engine/run/run-opening.ts'
import type { RejectedRow } from '../../src/features/customer-import/engine/validate/removal-validation.ts'
import type { Db } from './db.ts'
import { planToJson } from './runs-journal.ts'
import type { TeamUser } from './team-user.ts'
import type { ServerRun } from '../../src/api/server-runs.ts'

/** Most ids one run may hold; the browser splits larger files across runs. */
export const MAX_RUN_IDS = 200_000

export interface NewServerRun {
  starter: TeamUser
  ids: readonly number[]
  /** The file's name, or a label for a selection. */
  fileName: string
  source: 'file' | 'selection'
  /** Each id's line in the file (0 for a selection) and display name, when known. */
  lines?: readonly number[]
  names?: readonly string[]
  rejected?: number
  /** The rows rejected at validation, for the results CSV. */
  rejectedRows?: RejectedRow[]
}

/** What the run routes answer: the app's contract (src/api/server-runs.ts), one shape for both. */
export type ServerRunView = ServerRun

export class RunInputError extends Error {}

export async function createServerRun(db: Db, input: NewServerRun, now = Date.now()) {
  const { ids } = input
  if (ids.length === 0) throw new RunInputError('A run needs at least one customer id.')
  if (ids.length > MAX_RUN_IDS) {
    throw new RunInputError(`A run holds at most ${String(MAX_RUN_IDS)} customer ids.`)
  }
  if (!ids.every((id) => Number.isInteger(id) && id > 0 && id < 2 ** 32)) {
    throw new RunInputError('Customer ids must be positive whole numbers.')
  }
  const record = newRunRecord(
    {
      fileName: input.fileName.slice(0, 200),
      source: input.source,
      validationType: 'line',
      rejected: input.rejected ?? 0,
    },
    ids.length,
    now,
  )
  const plan = {
    runId: record.id,
    ids: Uint32Array.from(ids),
    lines: Uint32Array.from(input.lines ?? ids.map(() => 0)),
    names: input.names ? [...input.names] : ids.map(() => ''),
    rejected: input.rejectedRows,
  }
  const starter = {
    subject: input.starter.subject,
    name: input.starter.name,
    email: input.starter.email,
    role: input.starter.role,
  }
  await db.query(
    `INSERT INTO runs (id, starter, status, record, plan)
     VALUES ($1, $2::jsonb, 'running', $3::jsonb, $4::jsonb)`,
    [record.id, JSON.stringify(starter), JSON.stringify(record), planToJson(plan)],
  )
  return record.id
}

interface RunRowDb {
  id: string
  starter: TeamUser
  record: RunRecord
  cancel_requested: boolean
  lease_owner: string | null
  held: boolean
  resume_at: Date | string | null
  auto_pauses: number
}

function view(row: RunRowDb): ServerRunView {
  const r = row.record
  return {
    id: row.id,
    fileName: r.fileName,
    source: r.source,
    status: r.status,
    pauseReason: r.pauseReason,
    total: r.total,
    counts: r.counts,
    rejected: r.rejected ?? 0,
    startedAt: r.startedAt,
    finishedAt: r.finishedAt,
    updatedAt: r.updatedAt,
    startedBy: { subject: row.starter.subject, name: row.starter.name },
    cancelRequested: row.cancel_requested,
    heldBy: row.held ? row.lease_owner : null,
    resumeAt: row.resume_at === null ? null : new Date(row.resume_at).getTime(),
    autoPauses: Number(row.auto_pauses),
  }
}

const VIEW_COLUMNS =
  'id, starter, record, cancel_requested, lease_owner, (lease_until > now()) AS held, ' +
  'resume_at, auto_pauses'

export async function listServerRuns(db: Db, limit = 100): Promise<ServerRunView[]> {
  const { rows } = await db.query<RunRowDb>(
    `SELECT ${VIEW_COLUMNS} FROM runs ORDER BY created_at DESC LIMIT $1`,
    [limit],
  )
  return rows.map(view)
}

export async function getServerRun(db: Db, id: string): Promise<ServerRunView | null> {
  const { rows } = await db.query<RunRowDb>(`SELECT ${VIEW_COLUMNS} FROM runs WHERE id = $1`, [id])
  return rows[0] ? view(rows[0]) : null
}

/** Asks whichever instance holds the run to cancel it; false when it already ended. */
export async function requestCancel(db: Db, id: string): Promise<boolean> {
  const { rows } = await db.query(
    `UPDATE runs SET cancel_requested = true
     WHERE id = $1 AND status IN ('running', 'paused') RETURNING id`,
    [id],
  )
  return rows.length > 0
}

/**
 * Puts a paused run (LoanPro refused the token, the database could not be written, or a
 * person does not want to wait for its automatic resume) back in the queue; any instance
 * takes it. False when it is not paused.
 */
export async function requestResume(db: Db, id: string): Promise<boolean> {
  const { rows } = await db.query(
    `UPDATE runs SET status = 'running', resume_at = NULL, auto_pauses = 0,
       record = record || '{"status": "running", "pauseReason": null}'::jsonb
     WHERE id = $1 AND status = 'paused' AND NOT cancel_requested RETURNING id`,
    [id],
  )
  return rows.length > 0
}
