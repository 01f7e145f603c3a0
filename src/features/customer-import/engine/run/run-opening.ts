import type { RunJournal, RowRecord, RunPlan, RunRecord } from './import-journal'
import { RunHeldElsewhereError } from './run-locks'

export type RunInfo = Pick<RunRecord, 'fileName' | 'source' | 'validationType' | 'rejected'>

/** The journal's record of a run that starts now. */
export function newRunRecord(info: RunInfo, total: number, now: number): RunRecord {
  return {
    ...info,
    id: `run-${now}-${Math.random().toString(36).slice(2, 8)}`,
    startedAt: now,
    finishedAt: null,
    updatedAt: now,
    status: 'running',
    pauseReason: null,
    total,
    counts: { removed: 0, failed: 0, skipped: 0 },
  }
}

/** Journals a new run; this tab holds the run's lock from before it exists. */
export async function createLockedRun(
  journal: RunJournal,
  record: RunRecord,
  plan: RunPlan,
): Promise<void> {
  await journal.locks.acquire(record.id)
  try {
    await journal.createRun(record, plan)
  } catch (error) {
    journal.locks.release(record.id)
    throw error
  }
}

/**
 * Takes a journaled run's lock and reads it back. Throws RunHeldElsewhereError when another
 * tab has the run; on any failure the lock is let go.
 */
export async function loadLockedRun(
  journal: RunJournal,
  runId: string,
): Promise<{ run: RunRecord; plan: RunPlan; rows: RowRecord[] }> {
  if (!(await journal.locks.acquire(runId))) throw new RunHeldElsewhereError()
  const stored = await journal.loadRun(runId).catch((error: unknown) => {
    journal.locks.release(runId)
    throw error
  })
  if (!stored) {
    journal.locks.release(runId)
    throw new Error(`No journaled import run ${runId}.`)
  }
  return stored
}
