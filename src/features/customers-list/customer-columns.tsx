import type { ReactNode } from 'react'
import type { CustomerSummary } from '../../api/customer-readers'
import { customerStatusTone } from '../../api/customer-status'
import type { CustomerSortField } from '../../api/search-query'
import {
  formatCalendarDate,
  formatNumber,
  formatPhone,
  humanizeCode,
  maskValue,
} from '../../lib/format'
import { customerNameLink } from './customer-id-link'
import { selectableIdCell, type RowSelection } from './row-selection-context'

/**
 * A column of the list. The list's columns are a plain array: the rows draw themselves from
 * the page's customers with `cell`, paging and sorting happen on the server, and which
 * optional columns show is one stored list of ids (use-shown-columns.ts).
 */
export interface CustomerColumn {
  id: string
  /** The header's text. */
  header: string
  /** The column chooser's label. */
  label: string
  sortField?: CustomerSortField
  align?: 'end'
  /** A fixed width (CSS length), so columns do not move between searches; none = the rest. */
  width?: string
  /**
   * Set for the columns a person may hide with the column chooser: whether it shows until they
   * choose. The others (ID, name, actions) always show.
   */
  optional?: 'shown' | 'hidden'
  /** The cell's content for one customer. */
  cell: (customer: CustomerSummary, row: CustomerCellContext) => ReactNode
  /**
   * Set for long texts cut with an ellipsis to fit the column: the whole text, which the cell
   * shows on hover (title) and when its row has keyboard focus (customers-page.css).
   */
  fullText?: (customer: CustomerSummary) => string
}

/** `work`, remembered per value: a page shows few distinct statuses and types, not one per row. */
function perValue(work: (value: string) => string): (value: string) => string {
  const known = new Map<string, string>()
  return (value) => {
    let result = known.get(value)
    if (result === undefined) known.set(value, (result = work(value)))
    return result
  }
}

const badgeClass = perValue((status) => {
  const tone = customerStatusTone(status)
  return tone ? `badge badge--${tone}` : 'badge'
})
function statusBadge(status: string | null) {
  if (!status) return <span className="muted">—</span>
  return <span className={badgeClass(status)}>{status}</span>
}
const typeWords = perValue(humanizeCode)
const customerTypeText = (code: string | null) => (code ? typeWords(code) : humanizeCode(code))

/** A birth date is hidden whole: even the year narrows down who someone is. */
export const HIDDEN_DATE = '••••-••-••'

const orDash = (text: string | null | undefined) => text || '—'
const cityAndState = (customer: CustomerSummary) =>
  [customer.city, customer.state].filter(Boolean).join(', ')

/**
 * What a cell is drawn from: the customer, and the row's selection when rows can be selected.
 * Cells are plain functions called by the row (customers-table-row.tsx), not components: a
 * page paints up to 250 rows of ten cells, and a component (with TanStack's `FlexRender`
 * around it) per cell doubled the work of painting the first rows.
 */
export interface CustomerCellContext {
  selection: RowSelection | null
  selected: boolean
}

const DATA_COLUMNS: CustomerColumn[] = [
  {
    id: 'id',
    header: 'ID',
    label: 'ID',
    sortField: 'id',
    align: 'end',
    width: '6rem',
    cell: (customer, row) => selectableIdCell(customer, row.selection, row.selected),
  },
  {
    id: 'name',
    header: 'Name',
    label: 'Name',
    sortField: 'name',
    width: '12rem',
    cell: (customer) => customerNameLink(customer.id, customer.displayName),
  },
  {
    id: 'status',
    optional: 'shown',
    header: 'Status',
    label: 'Status',
    sortField: 'status',
    // Fits the defaults and "Pending Review"; a longer status of a tenant's own is cut.
    width: '9.5rem',
    cell: (customer) => statusBadge(customer.status),
    fullText: (customer) => customer.status ?? '',
  },
  {
    id: 'type',
    optional: 'shown',
    header: 'Type',
    label: 'Type',
    sortField: 'type',
    width: '6rem',
    cell: (customer) => customerTypeText(customer.customerType),
    // A tenant's own type may be longer than its column.
    fullText: (customer) => (customer.customerType ? typeWords(customer.customerType) : ''),
  },
  {
    id: 'email',
    optional: 'shown',
    header: 'Email',
    label: 'Email',
    cell: (customer) => orDash(customer.email),
    fullText: (customer) => customer.email ?? '',
  },
  {
    id: 'phone',
    optional: 'shown',
    header: 'Phone',
    label: 'Phone',
    width: '9.5rem',
    cell: (customer) => orDash(formatPhone(customer.primaryPhone)),
    // Numbers that are not North American ones are shown as LoanPro holds them.
    fullText: (customer) => formatPhone(customer.primaryPhone),
  },
  {
    id: 'location',
    optional: 'shown',
    header: 'City / State',
    label: 'City / State',
    width: '9rem',
    cell: (customer) => orDash(cityAndState(customer)),
    fullText: cityAndState,
  },
  {
    id: 'created',
    optional: 'shown',
    header: 'Created',
    label: 'Created',
    sortField: 'created',
    align: 'end',
    width: '8rem',
    cell: (customer) => formatCalendarDate(customer.created),
  },
  {
    id: 'customId',
    optional: 'hidden',
    header: 'Custom ID',
    label: 'Custom ID',
    width: '8rem',
    cell: (customer) => orDash(customer.customId),
    fullText: (customer) => customer.customId ?? '',
  },
  {
    id: 'loans',
    optional: 'hidden',
    header: 'Loans',
    label: 'Loans',
    align: 'end',
    width: '5rem',
    cell: (customer) => (customer.loansCount === null ? '—' : formatNumber(customer.loansCount)),
  },
  {
    // Masked even when shown: a list is read over shoulders.
    id: 'ssn',
    optional: 'hidden',
    header: 'SSN',
    label: 'SSN (masked)',
    width: '8rem',
    cell: (customer) => orDash(maskValue(customer.ssn)),
  },
  {
    id: 'birthDate',
    optional: 'hidden',
    header: 'Birth date',
    label: 'Birth date (masked)',
    width: '7.5rem',
    cell: (customer) => (customer.birthDate ? HIDDEN_DATE : '—'),
  },
]

/** The columns a person may hide, in order. */
export const OPTIONAL_COLUMNS = DATA_COLUMNS.filter((column) => column.optional)

/**
 * The table's columns; the last one holds the per-row action when there is one (a plain
 * function too: called once per row).
 */
export function buildCustomerColumns(
  rowAction?: (customer: CustomerSummary, row: CustomerCellContext) => ReactNode,
): CustomerColumn[] {
  if (!rowAction) return DATA_COLUMNS
  return [
    ...DATA_COLUMNS,
    {
      id: 'actions',
      header: 'Actions',
      label: 'Actions',
      align: 'end',
      width: '5rem',
      cell: rowAction,
    },
  ]
}

/** The columns' widths, for a table of customer rows (the list's, and its sample rows'). */
export function CustomerColumnWidths({ columns }: { columns: readonly CustomerColumn[] }) {
  return (
    <colgroup>
      {columns.map((column) => (
        <col key={column.id} style={{ width: column.width }} />
      ))}
    </colgroup>
  )
}
