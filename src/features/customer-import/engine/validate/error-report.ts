import { csvText, type CsvCell } from '../../../../lib/csv-cells'
import { streamCsvRows, type CsvSource } from '../parse/csv-row-stream'
import type { RowProblem } from '../parse/removal-problems'

/**
 * The rows with problems exactly as in the file (all columns) plus an `error` column.
 * Re-reads the file rather than keeping every row in memory.
 */
export async function buildErrorReportCsv(
  source: CsvSource,
  problems: readonly RowProblem[],
  signal?: AbortSignal,
): Promise<string> {
  const messages = new Map<number, string[]>()
  for (const problem of problems) {
    const text = problem.severity === 'warning' ? `Warning: ${problem.message}` : problem.message
    messages.set(problem.line, [...(messages.get(problem.line) ?? []), text])
  }
  const rows: CsvCell[][] = []
  await streamCsvRows(
    source,
    (fields, line) => {
      if (line === 1) rows.push([...fields.map((f) => f.replace(/^\uFEFF/, '')), 'error'])
      const found = messages.get(line)
      if (found) rows.push([...fields, found.join(' ')])
    },
    { signal },
  )
  return csvText(rows)
}
