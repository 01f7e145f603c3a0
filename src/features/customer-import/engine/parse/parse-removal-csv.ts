import { streamCsvRows, type CsvRowHandler, type CsvSource } from './csv-row-stream'
import type { RowProblem } from './removal-problems'
import { RemovalRowReader, type Duplicate } from './removal-row-reader'

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

/** Reads and checks a removal file in one streaming pass (row rules only; no tenant look-ups). */
export async function parseRemovalCsv(
  source: CsvSource,
  options: ParseOptions = {},
): Promise<ParsedRemovalFile> {
  const reader = new RemovalRowReader()
  const fileErrors: string[] = []
  // One handler for the whole file: a closure per row costs more than the rules themselves.
  const onRow: CsvRowHandler = (fields, line, malformed) => {
    if (line !== 1) return reader.readRow(fields, line, malformed)
    const readable = reader.readHeader(fields)
    if (!reader.headerCheck) {
      fileErrors.push('Line 1 must be a header row naming the columns action and customerId.')
    }
    fileErrors.push(...(reader.headerCheck?.errors ?? []))
    return readable
  }
  const { onProgress } = options
  await streamCsvRows(source, onRow, {
    signal: options.signal,
    chunkSize: options.chunkSize,
    onChunk:
      onProgress && ((read, total) => onProgress({ rowsRead: reader.dataRows, read, total })),
  })
  const result: ParsedRemovalFile = {
    header: reader.header,
    fileErrors,
    notes: [...(reader.headerCheck?.notes ?? [])],
    dataRows: reader.dataRows,
    errorRows: reader.errorRows,
    ids: reader.ids.toArray(),
    lines: reader.lines.toArray(),
    problems: reader.problems,
  }
  describeDuplicates(result, reader.duplicates)
  return result
}

// Duplicates are rare: find each one's first line afterwards instead of mapping every id.
function describeDuplicates(result: ParsedRemovalFile, duplicates: readonly Duplicate[]): void {
  if (duplicates.length === 0) return
  const wanted = new Set(duplicates.map((d) => d.id))
  const firstLine = new Map<number, number>()
  const { ids, lines } = result
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] ?? 0
    if (wanted.has(id)) firstLine.set(id, lines[i] ?? 0)
  }
  for (const { problem, id } of duplicates) {
    problem.message = `Customer ${id} also appears on line ${firstLine.get(id) ?? '?'}; it is removed once.`
  }
}
