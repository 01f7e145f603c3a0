import type { RunJournal, RowRecord, RunRecord } from './import-journal'

/**
 * Group commit: writes that arrive while a transaction is in flight share the next one,
 * so a busy queue makes a few large transactions, not one per row. Each caller's promise
 * settles when its own write is durable.
 */
export class JournalGroupCommit {
  private pending = new Map<number, RowRecord>()
  private scheduled: Promise<void> | null = null
  private tail: Promise<void> = Promise.resolve()
  transactions = 0

  constructor(
    private readonly journal: RunJournal,
    private readonly runRecord: () => RunRecord,
  ) {}

  record(row: RowRecord): Promise<void> {
    this.pending.set(row.index, row)
    return this.schedule()
  }

  recordMany(rows: readonly RowRecord[]): Promise<void> {
    for (const row of rows) this.pending.set(row.index, row)
    return this.schedule()
  }

  /** Saves the run summary (status, counts) even when no row changed. */
  flush(): Promise<void> {
    return this.schedule()
  }

  private schedule(): Promise<void> {
    if (!this.scheduled) {
      const run = () => this.write()
      this.scheduled = this.tail.then(run, run)
      this.tail = this.scheduled
    }
    return this.scheduled
  }

  private async write(): Promise<void> {
    this.scheduled = null
    const rows = [...this.pending.values()]
    this.pending.clear()
    this.transactions++
    await this.journal.write(this.runRecord(), rows)
  }
}
