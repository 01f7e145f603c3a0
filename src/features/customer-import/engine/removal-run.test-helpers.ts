import type { RunPlan } from './run/import-journal'
import type { RunInfo } from './run/run-opening'

/** `n` customer ids from `from` on. */
export const range = (n: number, from = 1000) => Array.from({ length: n }, (_, i) => from + i)

/** A run's rows over `ids`, as a file lists them (from line 2). */
export function testPlan(ids: readonly number[]): Omit<RunPlan, 'runId'> {
  return {
    ids: Uint32Array.from(ids),
    lines: Uint32Array.from(ids, (_, i) => i + 2),
    names: ids.map((id) => `Customer ${id}`),
  }
}

export const TEST_RUN_INFO: RunInfo = {
  fileName: 'remove.csv',
  source: 'file',
  validationType: 'file',
}
