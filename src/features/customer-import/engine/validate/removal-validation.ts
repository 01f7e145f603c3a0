import type { ParsedRemovalFile } from '../parse/parse-removal-csv'
import type { RowProblem, ValidationType } from '../parse/removal-problems'
import { LOOKUP_FOUND, LOOKUP_UNKNOWN, UNSETTLED_MESSAGE, type TenantLookup } from './tenant-lookup'

/** A row refused at validation: never sent; kept with the run for its view and results CSV. */
export interface RejectedRow {
  /** Line in the file (0 for a selection). */
  line: number
  customerId: string
  message: string
}

/** Both validation passes together, and the rows that may run. */
export interface RemovalValidation {
  fileErrors: string[]
  notes: string[]
  dataRows: number
  /** Rows with at least one error (file rules, row rules or the tenant). */
  errorRows: number
  warningRows: number
  /** Every problem, in line order. */
  problems: RowProblem[]
  /** Rows that passed everything: ids, their lines and the customers' display names. */
  ids: Uint32Array
  lines: Uint32Array
  names: string[]
}

function loansMessage(count: number): string {
  return `Linked to ${count} ${count === 1 ? 'loan' : 'loans'}; unlink them in LoanPro first.`
}

function mergeByLine(a: RowProblem[], b: RowProblem[]): RowProblem[] {
  const merged: RowProblem[] = []
  let i = 0
  let j = 0
  while (i < a.length || j < b.length) {
    const left = a[i]
    const right = b[j]
    if (left && (!right || left.line <= right.line)) {
      merged.push(left)
      i++
    } else if (right) {
      merged.push(right)
      j++
    }
  }
  return merged
}

export function combineValidation(
  parsed: ParsedRemovalFile,
  lookup: TenantLookup,
): RemovalValidation {
  const tenantProblems: RowProblem[] = []
  const keep: number[] = []
  parsed.ids.forEach((id, i) => {
    const line = parsed.lines[i] ?? 0
    const loans = lookup.loansCount[i] ?? 0
    const problem = (message: string, reason: RowProblem['reason'], name?: string) =>
      tenantProblems.push({
        line,
        customerId: String(id),
        message,
        severity: 'error',
        reason,
        name,
      })
    if (lookup.exists[i] === LOOKUP_UNKNOWN) problem(UNSETTLED_MESSAGE, 'unsettled')
    else if (lookup.exists[i] !== LOOKUP_FOUND)
      problem('No customer with this id in the tenant.', 'not-found')
    else if (loans > 0) problem(loansMessage(loans), 'linked-to-loans', lookup.names[i] ?? '')
    else keep.push(i)
  })
  const pick = (source: Uint32Array) => Uint32Array.from(keep, (i) => source[i] ?? 0)
  const problems = mergeByLine(parsed.problems, tenantProblems)
  return {
    fileErrors: parsed.fileErrors,
    notes: parsed.notes,
    dataRows: parsed.dataRows,
    errorRows: parsed.errorRows + tenantProblems.length,
    warningRows: parsed.problems.filter((p) => p.severity === 'warning').length,
    problems,
    ids: pick(parsed.ids),
    lines: pick(parsed.lines),
    names: keep.map((i) => lookup.names[i] ?? ''),
  }
}

/**
 * The rows rejected at validation (one per row with an error): never sent, and counted as
 * "rejected at validation" wherever a run's counts are shown.
 */
export function rejectedRows(validation: RemovalValidation): RejectedRow[] {
  const rows: RejectedRow[] = []
  let last: RowProblem | null = null
  for (const p of validation.problems) {
    if (p.severity !== 'error') continue
    // A row with several errors is one rejected row, with its messages joined.
    const previous = rows[rows.length - 1]
    if (
      previous &&
      last &&
      last.line === p.line &&
      p.line > 0 &&
      last.customerId === p.customerId
    ) {
      previous.message = `${previous.message} ${p.message}`
      continue
    }
    rows.push({ line: p.line, customerId: p.customerId, message: p.message })
    last = p
  }
  return rows
}

/** Whether the run may start under `type`, and how many rows it would remove. */
export function runnableCount(validation: RemovalValidation, type: ValidationType): number {
  if (validation.fileErrors.length > 0) return 0
  if (type === 'file' && validation.errorRows > 0) return 0
  return validation.ids.length
}
