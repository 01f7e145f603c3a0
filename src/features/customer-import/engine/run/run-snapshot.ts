import type { RunRecord } from './import-journal'
import type { PauseReason } from './pause-reason'
import type { RateMeter } from './rate-meter'
import type { RowState, RunRows } from './run-rows'

export type RunStatus = 'running' | 'pausing' | 'paused' | 'cancelling' | 'completed' | 'cancelled'

/** What the UI shows about a run; a new object whenever something changed. */
export interface RunSnapshot {
  runId: string
  status: RunStatus
  pauseReason: PauseReason | null
  total: number
  done: number
  counts: Record<RowState, number>
  concurrency: number
  ratePerSecond: number | null
  etaMs: number | null
  /** Bumps on every row change: re-read rows with getRow(). */
  version: number
}

/** The parts of a snapshot the run knows; counts, rate and ETA come from its rows. */
export type RunSnapshotBase = Pick<
  RunSnapshot,
  'runId' | 'status' | 'pauseReason' | 'concurrency' | 'version'
>

/** What the UI shows about a run: O(1), the counts are kept as rows change. */
export function buildSnapshot(
  base: RunSnapshotBase,
  rows: RunRows,
  meter: RateMeter,
  now: number,
): RunSnapshot {
  const counts = { ...rows.counts }
  const done = rows.done
  const rate = base.status === 'running' ? meter.rate(now, done) : null
  const remaining = counts.pending + counts.running
  return {
    ...base,
    total: rows.size,
    done,
    counts,
    ratePerSecond: rate,
    etaMs: rate && rate > 0 ? Math.round((remaining / rate) * 1000) : null,
  }
}

/** The run's summary as journaled: a status on its way (pausing, cancelling) is still running. */
export function journaledRecord(
  record: RunRecord,
  status: RunStatus,
  pauseReason: PauseReason | null,
  rows: RunRows,
  now: number,
): RunRecord {
  return {
    ...record,
    status:
      status === 'paused' || status === 'completed' || status === 'cancelled' ? status : 'running',
    pauseReason,
    updatedAt: now,
    counts: rows.finalCounts(),
  }
}
