// The audit log as CSV, with the app's own cell rules (src/lib/csv-cells.ts): RFC 4180 quoting,
// CRLF, and cells that a spreadsheet would run as a formula get a leading '.
import { csvRow, type CsvCell } from '../../src/lib/csv-cells.ts'
import type { AuditEntry } from './audit-store.ts'

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

const line = (cells: CsvCell[]) => `${csvRow(cells)}\r\n`

export function auditCsvHeader(): string {
  return line(COLUMNS.map(([name]) => name))
}

export function auditCsvRow(entry: AuditEntry): string {
  return line(COLUMNS.map(([, read]) => read(entry)))
}
