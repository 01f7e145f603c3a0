import type { RunCounts, RunPlan } from './import-journal'

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

  finalCounts(): RunCounts {
    return {
      removed: this.counts.removed,
      failed: this.counts.failed,
      skipped: this.counts.skipped,
    }
  }
}

/** Rows per second over the last ~30 s, from (time, done) samples. */
export class RateMeter {
  private samples: Array<[number, number]> = []

  sample(now: number, done: number): void {
    const last = this.samples.at(-1)
    if (last && now - last[0] < 500) return
    this.samples.push([now, done])
    while ((this.samples[0]?.[0] ?? now) < now - 30_000) this.samples.shift()
  }

  reset(): void {
    this.samples = []
  }

  rate(now: number, done: number): number | null {
    const first = this.samples[0]
    if (!first || now - first[0] < 1000) return null
    return (done - first[1]) / ((now - first[0]) / 1000)
  }
}
