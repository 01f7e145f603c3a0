import { csvText, type CsvCell } from '../../../../lib/csv-cells'
import type { ParsedRemovalFile } from './parse-removal-csv'
import type { RowProblem } from './removal-problems'
import { checkCustomerId } from './removal-row-rules'

/**
 * Already-known ids (a list selection) in the shape of a parsed file, so that they go
 * through the same tenant check, confirmation, run and journal. Line numbers are 0.
 */
export function parseSelectedIds(ids: readonly (number | string)[]): ParsedRemovalFile {
  const problems: RowProblem[] = []
  const seen = new Set<number>()
  const keep: number[] = []
  for (const raw of ids) {
    const written = String(raw)
    const check = checkCustomerId(written)
    if (check.error !== undefined) {
      problems.push({ line: 0, customerId: written, message: check.error, severity: 'error' })
    } else if (seen.has(check.id)) {
      problems.push({
        line: 0,
        customerId: written,
        message: `Customer ${check.id} is selected twice; it is removed once.`,
        severity: 'warning',
      })
    } else {
      seen.add(check.id)
      keep.push(check.id)
    }
  }
  return {
    header: [],
    fileErrors: [],
    notes: [],
    dataRows: ids.length,
    errorRows: problems.filter((p) => p.severity === 'error').length,
    ids: Uint32Array.from(keep),
    lines: new Uint32Array(keep.length),
    problems,
  }
}

/** The error report of a selection: there is no file to copy rows from. */
export function selectionErrorReportCsv(problems: readonly RowProblem[]): string {
  const rows: CsvCell[][] = [['customerId', 'error']]
  for (const p of problems) {
    rows.push([p.customerId, p.severity === 'warning' ? `Warning: ${p.message}` : p.message])
  }
  return csvText(rows)
}
