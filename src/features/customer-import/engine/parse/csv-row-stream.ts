import Papa from 'papaparse'

/** A CSV file, its text, or part of a worker message holding either. */
export type CsvSource = Blob | string

export interface CsvRowStreamOptions {
  signal?: AbortSignal
  /** Characters (string) or bytes (Blob) read per chunk. */
  chunkSize?: number
  /** Called after each chunk; `read` and `total` are in bytes (Blob) or characters (string). */
  onChunk?: (read: number, total: number) => void
}

/** Return false to stop reading. `malformed` explains a row the parser could not read cleanly. */
export type CsvRowHandler = (fields: string[], line: number, malformed?: string) => boolean | void

interface ParserError {
  code: string
}
interface ParserResults {
  data: string[][]
  errors: ParserError[]
  meta: { cursor: number }
}

export class CsvReadError extends Error {
  override name = 'CsvReadError'
}

const DEFAULT_CHUNK = 1024 * 1024

function lineBreaks(fields: readonly string[]): number {
  let count = 0
  for (const field of fields) {
    if (field.indexOf('\n') === -1 && field.indexOf('\r') === -1) continue
    count += field.match(/\r\n|\r|\n/g)?.length ?? 0
  }
  return count
}

function detectNewline(text: string): '\r\n' | '\r' | '\n' {
  const at = text.search(/[\r\n]/)
  if (at === -1 || text[at] === '\n') return '\n'
  return text[at + 1] === '\n' ? '\r\n' : '\r'
}

function malformedMessage(errors: readonly ParserError[], line: number, fields: string[]): string {
  if (errors.some((error) => error.code === 'MissingQuotes')) {
    // Papa Parse reads an unclosed quote to the end of the file as one field.
    const last = line + lineBreaks(fields.map((field) => field.replace(/(\r\n|\r|\n)$/, '')))
    return last > line
      ? `Unclosed quote: lines ${line}–${last} could not be read as rows.`
      : 'Unclosed or malformed quote in this row.'
  }
  if (errors.some((error) => error.code === 'InvalidQuotes')) {
    return 'Malformed quotes: a quote inside a field must be doubled ("").'
  }
  return 'This row could not be read as CSV.'
}

async function* readChunks(source: CsvSource, chunkSize: number): AsyncGenerator<[string, number]> {
  if (typeof source === 'string') {
    for (let at = 0; at < source.length; at += chunkSize) {
      yield [source.slice(at, at + chunkSize), Math.min(at + chunkSize, source.length)]
    }
    return
  }
  const decoder = new TextDecoder('utf-8', { fatal: true })
  for (let at = 0; at < source.size; at += chunkSize) {
    const bytes = new Uint8Array(await source.slice(at, at + chunkSize).arrayBuffer())
    try {
      yield [
        decoder.decode(bytes, { stream: at + chunkSize < source.size }),
        Math.min(at + chunkSize, source.size),
      ]
    } catch {
      throw new CsvReadError(
        `The file is not valid UTF-8 (near byte ${at}). Save it as "CSV UTF-8".`,
      )
    }
  }
}

/**
 * Streams CSV rows (comma, double quotes, CRLF/LF/CR, optional BOM) through Papa Parse's
 * parser, telling each row's first line number. Blank lines arrive as `['']`.
 */
export async function streamCsvRows(
  source: CsvSource,
  onRow: CsvRowHandler,
  options: CsvRowStreamOptions = {},
): Promise<void> {
  const total = typeof source === 'string' ? source.length : source.size
  let parser: Papa.Parser | undefined
  let line = 1
  let stopped = false
  const step = (results: ParserResults) => {
    if (stopped) return
    const fields = results.data[0] ?? ['']
    const malformed =
      results.errors.length > 0 ? malformedMessage(results.errors, line, fields) : undefined
    const keepGoing = onRow(fields, line, malformed)
    line += 1 + lineBreaks(fields)
    if (keepGoing === false) {
      stopped = true
      parser?.abort()
    }
  }
  let partial = ''
  let base = 0
  const chunks = readChunks(source, options.chunkSize ?? DEFAULT_CHUNK)
  for (;;) {
    const next = await chunks.next()
    const finished = next.done === true
    const text = next.done ? '' : next.value[0]
    let aggregate = partial + text
    if (!parser) {
      // The line ending is known once the first line break (and the character after it) is in.
      const at = aggregate.search(/[\r\n]/)
      if (!finished && (at === -1 || at === aggregate.length - 1)) {
        partial = aggregate
        continue
      }
      aggregate = aggregate.replace(/^\uFEFF/, '')
      parser = new Papa.Parser({ delimiter: ',', newline: detectNewline(aggregate), step })
    }
    const results = parser.parse(aggregate, base, !finished) as ParserResults
    const cursor = results.meta.cursor
    partial = aggregate.slice(cursor - base)
    base = cursor
    if (finished || stopped) return
    options.signal?.throwIfAborted()
    options.onChunk?.(next.value[1], total)
    // Let the page (or the worker's message loop) breathe between chunks.
    await new Promise((resolve) => setTimeout(resolve, 0))
    options.signal?.throwIfAborted()
  }
}
