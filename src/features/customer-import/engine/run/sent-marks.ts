import type { RowRecord } from './import-journal'
import type { JournalGroupCommit } from './journal-group-commit'
import type { RunRows } from './run-rows'

// How far past the queue's cursor to look for rows to mark; the others are marked as they start.
const LOOK_AHEAD = 1024

/**
 * The journal's 'sent' marks, written ahead for the rows about to start, a batch per
 * transaction. A row's mark must be durable before its DELETE goes out; one write per row
 * would make every slot wait for the journal. A row marked but never sent is harmless: a
 * resume looks 'sent' rows up before sending them, and a pause writes them back as pending.
 */
export class SentMarks {
  /** Rows marked but not started yet → their write (false when it failed). */
  private readonly ahead = new Map<number, Promise<boolean>>()

  constructor(
    private readonly runId: string,
    private readonly rows: RunRows,
    private readonly commit: JournalGroupCommit,
  ) {}

  /**
   * Row `index` starts now: true once its mark is durable (written ahead, or now with the
   * next rows from `cursor`). While `markAhead`, keeps about `batch` more rows marked ahead.
   */
  start(index: number, cursor: number, batch: number, markAhead: boolean): Promise<boolean> {
    let written = this.ahead.get(index)
    if (written) this.ahead.delete(index)
    else written = this.write([index, ...this.upcoming(cursor, batch - 1)], index)
    if (markAhead && this.ahead.size < batch) {
      const next = this.upcoming(cursor, batch)
      if (next.length > 0) void this.write(next, -1)
    }
    return written
  }

  /** Forgets the marks of rows not started; returns them as pending, to be journaled. */
  release(): RowRecord[] {
    const records = [...this.ahead.keys()].map((index) => this.record(index, 'pending', 0))
    this.ahead.clear()
    return records
  }

  /** Up to `count` pending rows from `cursor` with no mark yet, in order. */
  private upcoming(cursor: number, count: number): number[] {
    const found: number[] = []
    const end = Math.min(this.rows.size, cursor + LOOK_AHEAD)
    for (let i = cursor; i < end && found.length < count; i++) {
      if (this.rows.state(i) === 'pending' && !this.ahead.has(i)) found.push(i)
    }
    return found
  }

  private write(indices: readonly number[], started: number): Promise<boolean> {
    // A started row's attempt is already counted; the others count it when they start.
    const records = indices.map((i) => this.record(i, 'sent', i === started ? 0 : 1))
    const written = this.commit.recordMany(records).then(
      () => true,
      () => {
        // Those rows get a fresh write when they start.
        for (const index of indices) if (this.ahead.get(index) === written) this.ahead.delete(index)
        return false
      },
    )
    for (const index of indices) if (index !== started) this.ahead.set(index, written)
    return written
  }

  private record(index: number, state: 'sent' | 'pending', extraAttempt: number): RowRecord {
    const attempts = (this.rows.attempts[index] ?? 0) + extraAttempt
    return { runId: this.runId, index, state, message: '', attempts }
  }
}
