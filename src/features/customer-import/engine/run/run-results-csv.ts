import { csvText, type CsvCell } from '../../../../lib/csv-cells'
import type { RunJournal } from './import-journal'

const OUTCOME = {
  pending: 'not run',
  sent: 'unknown',
  removed: 'removed',
  failed: 'failed',
  skipped: 'not sent',
}

/** The outcome word of a row rejected at validation (one vocabulary with the screens). */
export const REJECTED_OUTCOME = 'rejected at validation'

/** One run's results as CSV (line, customerId, name, outcome, message), or undefined. */
export async function runResultsCsv(
  journal: RunJournal,
  runId: string,
): Promise<string | undefined> {
  const stored = await journal.loadRun(runId)
  if (!stored) return undefined
  const rows = new Map(stored.rows.map((row) => [row.index, row]))
  const { ids, lines, names } = stored.plan
  const table: CsvCell[][] = [['line', 'customerId', 'name', 'outcome', 'message']]
  ids.forEach((id, index) => {
    const row = rows.get(index)
    const line = lines[index] ?? 0
    table.push([
      line > 0 ? line : '',
      id,
      names[index] ?? '',
      OUTCOME[row?.state ?? 'pending'],
      row?.message ?? '',
    ])
  })
  for (const row of stored.plan.rejected ?? []) {
    table.push([row.line > 0 ? row.line : '', row.customerId, '', REJECTED_OUTCOME, row.message])
  }
  return csvText(table)
}
