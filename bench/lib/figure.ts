import type { Summary } from './stats.ts'

/** One row of the results table. `met` is null when there is no target or no value. */
export interface Figure {
  id: string
  label: string
  target: string
  /** What the table shows, e.g. "0.61 s (0.58–0.70, 5 runs)". */
  result: string
  met: boolean | null
  /** Raw numbers for latest.json. */
  value: unknown
  note?: string
}

export function notMeasured(id: string, label: string, target: string, error: unknown): Figure {
  const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
  return { id, label, target, result: 'not measured', met: null, value: null, note: reason }
}

/** "0.61 s (0.58–0.70, 5 runs)" for a summary in `unit` with `digits` decimals. */
export function formatSummary(summary: Summary, unit: string, digits = 0, scale = 1): string {
  const f = (n: number) => (n * scale).toFixed(digits)
  const value = unit === '×' ? `${f(summary.median)}×` : `${f(summary.median)} ${unit}`
  if (summary.runs === 1) return `${value} (1 run)`
  return `${value} (${f(summary.min)}–${f(summary.max)}, ${String(summary.runs)} runs)`
}
