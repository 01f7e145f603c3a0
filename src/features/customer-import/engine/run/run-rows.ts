import type { JournalRowState, RowRecord, RunCounts, RunPlan } from './import-journal'

export type RowState = 'pending' | 'running' | 'removed' | 'failed' | 'skipped'
const STATES: readonly RowState[] = ['pending', 'running', 'removed', 'failed', 'skipped']
const code = (state: RowState) => STATES.indexOf(state)

export interface RunRow {
  index: number
  /** Line in the file (0 when the run came from a selection). */
  line: number
  customerId: number
  name: string
  state: RowState
  message: string
  attempts: number
}

/** Per-row state of a run in typed arrays, with running counts. */
export class RunRows {
  private readonly states: Uint8Array
  readonly attempts: Uint8Array
  /** 1 when a DELETE may have gone through unanswered: check before sending again. */
  readonly uncertain: Uint8Array
  private readonly messages = new Map<number, string>()
  readonly counts: Record<RowState, number> = {
    pending: 0,
    running: 0,
    removed: 0,
    failed: 0,
    skipped: 0,
  }

  constructor(readonly plan: RunPlan) {
    const size = plan.ids.length
    this.states = new Uint8Array(size)
    this.attempts = new Uint8Array(size)
    this.uncertain = new Uint8Array(size)
    this.counts.pending = size
  }

  get size(): number {
    return this.states.length
  }

  /** Rows settled: removed, failed or skipped. */
  get done(): number {
    return this.counts.removed + this.counts.failed + this.counts.skipped
  }

  state(index: number): RowState {
    return STATES[this.states[index] ?? 0] ?? 'pending'
  }

  set(index: number, state: RowState, message = ''): void {
    this.counts[this.state(index)]--
    this.counts[state]++
    this.states[index] = code(state)
    if (message) this.messages.set(index, message)
    else this.messages.delete(index)
  }

  message(index: number): string {
    return this.messages.get(index) ?? ''
  }

  id(index: number): number {
    return this.plan.ids[index] ?? 0
  }

  row(index: number): RunRow {
    return {
      index,
      line: this.plan.lines[index] ?? 0,
      customerId: this.id(index),
      name: this.plan.names[index] ?? '',
      state: this.state(index),
      message: this.message(index),
      attempts: this.attempts[index] ?? 0,
    }
  }

  /** The row as the journal stores it. */
  record(index: number, state: JournalRowState, message = ''): RowRecord {
    const attempts = this.attempts[index] ?? 0
    return { runId: this.plan.runId, index, state, message, attempts }
  }

  /** Takes the journal's rows back after a reload; returns the rows sent without an answer. */
  restore(records: readonly RowRecord[]): number[] {
    const unknown: number[] = []
    for (const row of records) {
      this.attempts[row.index] = row.attempts
      if (row.state === 'sent') {
        this.uncertain[row.index] = 1
        unknown.push(row.index)
      } else if (row.state !== 'pending') this.set(row.index, row.state, row.message)
    }
    return unknown
  }

  /** On cancel: every row not sent becomes skipped, saying whether it may be gone already. */
  skipPending(): RowRecord[] {
    const skipped: RowRecord[] = []
    for (let i = 0; i < this.size; i++) {
      if (this.state(i) !== 'pending') continue
      const message =
        this.uncertain[i] === 1
          ? 'Cancelled; LoanPro may have removed it before the cancel, so check it in LoanPro.'
          : 'Cancelled before it was sent.'
      this.set(i, 'skipped', message)
      skipped.push(this.record(i, 'skipped', message))
    }
    return skipped
  }

  /** Rows in `state`, in order. */
  indicesIn(state: RowState): number[] {
    const found: number[] = []
    for (let i = 0; i < this.size; i++) if (this.state(i) === state) found.push(i)
    return found
  }

  finalCounts(): RunCounts {
    return {
      removed: this.counts.removed,
      failed: this.counts.failed,
      skipped: this.counts.skipped,
    }
  }
}
