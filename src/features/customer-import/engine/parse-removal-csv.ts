import { streamCsvRows, type CsvSource } from './csv-row-stream'
import type { RowProblem } from './removal-problems'
import { checkAction, checkCustomerId, checkHeader } from './removal-row-rules'

/** Compact result of reading a removal file: typed arrays for the rows, objects only for problems. */
export interface ParsedRemovalFile {
  header: string[]
  /** Problems with the file as a whole; when present, no rows were read. */
  fileErrors: string[]
  notes: string[]
  /** Non-blank rows after the header. */
  dataRows: number
  /** Distinct rows with at least one error. */
  errorRows: number
  /** Runnable ids (first occurrence of each), in file order, and their line numbers. */
  ids: Uint32Array
  lines: Uint32Array
  /** Row problems (errors and duplicate warnings), in line order. */
  problems: RowProblem[]
}

export interface ParseProgress {
  rowsRead: number
  read: number
  total: number
}

export interface ParseOptions {
  signal?: AbortSignal
  chunkSize?: number
  onProgress?: (progress: ParseProgress) => void
}

class GrowingUint32 {
  private data = new Uint32Array(1 << 16)
  length = 0
  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new Uint32Array(this.data.length * 2)
      bigger.set(this.data)
      this.data = bigger
    }
    this.data[this.length++] = value
  }
  toArray(): Uint32Array {
    return this.data.slice(0, this.length)
  }
}

const isBlank = (fields: readonly string[]) => fields.every((field) => field.trim() === '')

/** Reads and checks a removal file in one streaming pass (row rules only; no tenant look-ups). */
export async function parseRemovalCsv(
  source: CsvSource,
  options: ParseOptions = {},
): Promise<ParsedRemovalFile> {
  const result: ParsedRemovalFile = {
    header: [],
    fileErrors: [],
    notes: [],
    dataRows: 0,
    errorRows: 0,
    ids: new Uint32Array(0),
    lines: new Uint32Array(0),
    problems: [],
  }
  const ids = new GrowingUint32()
  const lines = new GrowingUint32()
  const seen = new Set<number>()
  const duplicates: Array<{ problem: RowProblem; id: number }> = []
  let actionColumn = -1
  let idColumn = -1
  let width = 0

  await streamCsvRows(
    source,
    (fields, line, malformed) => {
      if (line === 1) {
        if (isBlank(fields)) {
          result.fileErrors.push(
            'Line 1 must be a header row naming the columns action and customerId.',
          )
          return false
        }
        result.header = fields
        const check = checkHeader(fields)
        result.fileErrors.push(...check.errors)
        result.notes.push(...check.notes)
        ;[actionColumn, idColumn, width] = [
          check.actionColumn,
          check.customerIdColumn,
          fields.length,
        ]
        return check.errors.length === 0
      }
      if (isBlank(fields) && !malformed) return
      result.dataRows++
      const written = fields[idColumn] ?? ''
      const error = (message: string) => {
        result.problems.push({ line, customerId: written.trim(), message, severity: 'error' })
      }
      const before = result.problems.length
      if (malformed) error(malformed)
      else if (fields.length <= Math.max(actionColumn, idColumn)) {
        error(`The row has ${fields.length} of the header's ${width} columns.`)
      } else {
        const actionError = checkAction(fields[actionColumn] ?? '')
        if (actionError) error(actionError)
        const id = checkCustomerId(written)
        if (id.error !== undefined) error(id.error)
        else if (!actionError && seen.has(id.id)) {
          const problem: RowProblem = {
            line,
            customerId: written.trim(),
            message: '',
            severity: 'warning',
          }
          result.problems.push(problem)
          duplicates.push({ problem, id: id.id })
        } else if (!actionError) {
          seen.add(id.id)
          ids.push(id.id)
          lines.push(line)
        }
      }
      if (result.problems.length > before && result.problems.at(-1)?.severity === 'error') {
        result.errorRows++
      }
    },
    {
      signal: options.signal,
      chunkSize: options.chunkSize,
      onChunk: (read, total) => options.onProgress?.({ rowsRead: result.dataRows, read, total }),
    },
  )
  result.ids = ids.toArray()
  result.lines = lines.toArray()
  describeDuplicates(result, duplicates)
  return result
}

// Duplicates are rare: find each one's first line afterwards instead of mapping every id.
function describeDuplicates(
  result: ParsedRemovalFile,
  duplicates: Array<{ problem: RowProblem; id: number }>,
): void {
  if (duplicates.length === 0) return
  const wanted = new Set(duplicates.map((d) => d.id))
  const firstLine = new Map<number, number>()
  result.ids.forEach((id, i) => {
    if (wanted.has(id)) firstLine.set(id, result.lines[i] ?? 0)
  })
  for (const { problem, id } of duplicates) {
    problem.message = `Customer ${id} also appears on line ${firstLine.get(id) ?? '?'}; it is removed once.`
  }
}
