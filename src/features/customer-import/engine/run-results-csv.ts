import { csvText, type CsvCell } from '../../../lib/csv-cells'
import type { ImportJournal } from './import-journal'

const OUTCOME = {
  pending: 'not run',
  sent: 'unknown',
  removed: 'removed',
  failed: 'failed',
  skipped: 'skipped',
}

/** One run's results as CSV (line, customerId, name, outcome, message), or undefined. */
export async function runResultsCsv(
  journal: ImportJournal,
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
  return csvText(table)
}
