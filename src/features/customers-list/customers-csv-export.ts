import type { CustomerSummary } from '../../api/customer-readers'
import { csvText, type CsvCell } from '../../lib/csv-cells'
import { formatPhone, humanizeCode, maskValue } from '../../lib/format'
import { HIDDEN_DATE } from './customer-columns'

interface ExportColumn {
  header: string
  value: (customer: CustomerSummary, unmasked: boolean) => CsvCell
  /** Masked unless the person asks for the real values. */
  sensitive?: boolean
}

/** How each table column reads in a file: plain values, dates as ISO text. */
const EXPORT_COLUMNS: Record<string, ExportColumn> = {
  id: { header: 'ID', value: (c) => c.id },
  name: { header: 'Name', value: (c) => c.displayName },
  status: { header: 'Status', value: (c) => c.status },
  type: { header: 'Type', value: (c) => (c.customerType ? humanizeCode(c.customerType) : '') },
  email: { header: 'Email', value: (c) => c.email },
  phone: { header: 'Phone', value: (c) => formatPhone(c.primaryPhone) },
  location: { header: 'City / State', value: (c) => [c.city, c.state].filter(Boolean).join(', ') },
  created: { header: 'Created', value: (c) => c.created },
  customId: { header: 'Custom ID', value: (c) => c.customId },
  loans: { header: 'Loans', value: (c) => c.loansCount },
  ssn: {
    header: 'SSN',
    sensitive: true,
    value: (c, unmasked) => (unmasked ? c.ssn : maskValue(c.ssn)),
  },
  birthDate: {
    header: 'Birth date',
    sensitive: true,
    value: (c, unmasked) => (unmasked ? c.birthDate?.slice(0, 10) : c.birthDate && HIDDEN_DATE),
  },
}

/** Which of the shown columns hold sensitive values (to offer unmasking only when it matters). */
export function sensitiveColumns(columnIds: readonly string[]): string[] {
  return columnIds.flatMap((id) => {
    const column = EXPORT_COLUMNS[id]
    return column?.sensitive ? [column.header] : []
  })
}

/**
 * The CSV of `customers` with the columns `columnIds` in that order (columns without a
 * file form, such as Actions, are left out). Cells are injection-safe (csv-cells). A BOM
 * leads so that spreadsheet apps read names with accents as UTF-8.
 */
export function customersCsv(
  customers: readonly CustomerSummary[],
  columnIds: readonly string[],
  options: { unmasked: boolean },
): string {
  const columns = columnIds.flatMap((id) => {
    const column = EXPORT_COLUMNS[id]
    return column ? [column] : []
  })
  const header = columns.map((column) =>
    column.sensitive && !options.unmasked ? `${column.header} (masked)` : column.header,
  )
  const rows = customers.map((customer) =>
    columns.map((column) => column.value(customer, options.unmasked)),
  )
  return `\uFEFF${csvText([header, ...rows])}`
}

/** `2026-11-21` in the person's own time zone: the day they exported on. */
export function exportDate(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

export const customersFileName = (now?: Date) => `customers-${exportDate(now)}.csv`
export const removalFileName = (now?: Date) => `remove-customers-${exportDate(now)}.csv`
