import { GrowingUint32, IdSet } from './id-collections'
import type { RowProblem } from './removal-problems'
import {
  checkAction,
  checkCustomerId,
  checkHeader,
  plainCustomerId,
  type HeaderCheck,
} from './removal-row-rules'

export interface Duplicate {
  problem: RowProblem
  id: number
}

/** True for a row of empty or whitespace-only cells. */
function isBlank(fields: readonly string[]): boolean {
  for (const field of fields) {
    if (field.length === 0) continue
    const first = field.charCodeAt(0)
    // Printable ASCII first: surely not blank, no trim needed (the usual row).
    if ((first > 32 && first < 127) || field.trim() !== '') return false
  }
  return true
}

/**
 * The row rules applied while a removal file streams in. It runs once per row of files up
 * to a million rows, so a good row allocates nothing: exact matches and a digit loop first,
 * the full rules (trim, regex, messages) only for the rest; duplicates in a bitmap.
 */
export class RemovalRowReader {
  header: string[] = []
  headerCheck: HeaderCheck | null = null
  dataRows = 0
  errorRows = 0
  readonly problems: RowProblem[] = []
  readonly duplicates: Duplicate[] = []
  readonly ids = new GrowingUint32()
  readonly lines = new GrowingUint32()
  private readonly seen = new IdSet()
  private actionColumn = -1
  private idColumn = -1
  /** Cells a row needs to reach both columns. */
  private needed = 0

  /** Line 1. False when the file cannot be read as a removal file. */
  readHeader(fields: string[]): boolean {
    if (isBlank(fields)) return false
    this.header = fields
    const check = checkHeader(fields)
    this.headerCheck = check
    this.actionColumn = check.actionColumn
    this.idColumn = check.customerIdColumn
    this.needed = Math.max(check.actionColumn, check.customerIdColumn) + 1
    return check.errors.length === 0
  }

  readRow(fields: string[], line: number, malformed: string | undefined): void {
    if (malformed === undefined && fields.length >= this.needed) {
      if (fields[this.actionColumn] === 'remove') {
        const id = plainCustomerId(fields[this.idColumn] ?? '')
        if (id > 0) {
          this.dataRows++
          return this.accept(id, line, fields[this.idColumn] ?? '')
        }
      }
    }
    if (malformed === undefined && isBlank(fields)) return
    this.dataRows++
    this.checkRow(fields, line, malformed)
  }

  private accept(id: number, line: number, written: string): void {
    if (this.seen.add(id)) {
      this.ids.push(id)
      this.lines.push(line)
      return
    }
    const problem: RowProblem = {
      line,
      customerId: written.trim(),
      message: '',
      severity: 'warning',
    }
    this.problems.push(problem)
    this.duplicates.push({ problem, id })
  }

  /** Everything but the plain row: the full rules, with their messages. */
  private checkRow(fields: string[], line: number, malformed: string | undefined): void {
    const written = fields[this.idColumn] ?? ''
    const errorsBefore = this.problems.length
    if (malformed !== undefined) this.error(line, written, malformed)
    else if (fields.length < this.needed) {
      const width = this.header.length
      this.error(line, written, `The row has ${fields.length} of the header's ${width} columns.`)
    } else {
      const actionError = checkAction(fields[this.actionColumn] ?? '')
      if (actionError) this.error(line, written, actionError)
      const id = checkCustomerId(written)
      if (id.error !== undefined) this.error(line, written, id.error)
      else if (!actionError) return this.accept(id.id, line, written)
    }
    if (this.problems.length > errorsBefore) this.errorRows++
  }

  private error(line: number, written: string, message: string): void {
    this.problems.push({ line, customerId: written.trim(), message, severity: 'error' })
  }
}
