// The audit log as CSV. The cell rules are src/lib/csv-cells.ts's (the server cannot import the
// app's sources; audit-csv.test.ts runs both over the same hostile cells): RFC 4180 quoting,
// CRLF, and cells that a spreadsheet would run as a formula get a leading '.
import type { AuditEntry } from './audit-store.ts'

type CsvCell = string | number | null | undefined

const FORMULA_START = /^[\t\r\n]|^\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/
const NEEDS_QUOTES = /[",\r\n]/

export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return ''
  let text = String(value)
  if (typeof value !== 'number' && FORMULA_START.test(text)) text = `'${text}`
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

const COLUMNS: ReadonlyArray<[string, (entry: AuditEntry) => CsvCell]> = [
  ['Entry', (entry) => entry.id],
  ['Time (UTC)', (entry) => entry.at],
  ['Name', (entry) => entry.actor.name],
  ['Email', (entry) => entry.actor.email],
  ['Subject', (entry) => entry.actor.subject],
  ['Role', (entry) => entry.actor.role],
  ['Client IP', (entry) => entry.clientIp],
  ['Forwarded for', (entry) => entry.forwardedFor],
  ['User agent', (entry) => entry.userAgent],
  ['Customer ID', (entry) => entry.customerId],
  ['Run', (entry) => entry.runId],
  ['Outcome', (entry) => entry.outcome],
  ['Status', (entry) => entry.status],
  ['Message', (entry) => entry.message],
  ['Snapshot', (entry) => (entry.hasSnapshot ? 'yes' : 'no')],
]

const line = (cells: CsvCell[]) => `${cells.map(csvCell).join(',')}\r\n`

export function auditCsvHeader(): string {
  return line(COLUMNS.map(([name]) => name))
}

export function auditCsvRow(entry: AuditEntry): string {
  return line(COLUMNS.map(([, read]) => read(entry)))
}
