import {
  columnVisibilityFeature,
  createColumnHelper,
  metaHelper,
  tableFeatures,
} from '@tanstack/react-table'
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

export interface CustomerColumnMeta {
  /** The header text, also the column chooser's label. */
  label: string
  sortField?: CustomerSortField
  align?: 'end'
  /** A fixed width (CSS length), so columns do not move between searches; none = the rest. */
  width?: string
  /** The cell's content for one customer. */
  cell: (customer: CustomerSummary, row: CustomerCellContext) => ReactNode
}

export const customerTableFeatures = tableFeatures({
  columnVisibilityFeature,
  columnMeta: metaHelper<CustomerColumnMeta>(),
})

const helper = createColumnHelper<typeof customerTableFeatures, CustomerSummary>()

function statusBadge(status: string | null) {
  if (!status) return <span className="muted">—</span>
  const tone = customerStatusTone(status)
  return <span className={tone ? `badge badge--${tone}` : 'badge'}>{status}</span>
}

/** A birth date is hidden whole: even the year narrows down who someone is. */
export const HIDDEN_DATE = '••••-••-••'

const orDash = (text: string | null | undefined) => text || '—'
// Long values are cut with an ellipsis to fit the column; hover (title) or focusing the row
// shows all.
const clipped = (text: string | null | undefined) =>
  text ? (
    <span className="customers-table__clip" title={text}>
      {text}
    </span>
  ) : (
    '—'
  )

/** Columns a person may hide; the others (ID, name, actions) always show. */
export const OPTIONAL_COLUMNS = [
  { id: 'status', visible: true },
  { id: 'type', visible: true },
  { id: 'email', visible: true },
  { id: 'phone', visible: true },
  { id: 'location', visible: true },
  { id: 'created', visible: true },
  { id: 'customId', visible: false },
  { id: 'loans', visible: false },
  { id: 'ssn', visible: false },
  { id: 'birthDate', visible: false },
] as const

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

const DATA_COLUMNS = helper.columns([
  helper.display({
    id: 'id',
    header: 'ID',
    enableHiding: false,
    meta: {
      label: 'ID',
      sortField: 'id',
      align: 'end',
      width: '6rem',
      cell: (customer, row) => selectableIdCell(customer, row.selection, row.selected),
    },
  }),
  helper.display({
    id: 'name',
    header: 'Name',
    enableHiding: false,
    meta: {
      label: 'Name',
      sortField: 'name',
      width: '12rem',
      cell: (customer) => customerNameLink(customer.id, customer.displayName),
    },
  }),
  helper.display({
    id: 'status',
    header: 'Status',
    meta: {
      label: 'Status',
      sortField: 'status',
      width: '7rem',
      cell: (customer) => statusBadge(customer.status),
    },
  }),
  helper.display({
    id: 'type',
    header: 'Type',
    meta: {
      label: 'Type',
      sortField: 'type',
      width: '6rem',
      cell: (customer) => humanizeCode(customer.customerType),
    },
  }),
  helper.display({
    id: 'email',
    header: 'Email',
    meta: { label: 'Email', cell: (customer) => clipped(customer.email) },
  }),
  helper.display({
    id: 'phone',
    header: 'Phone',
    meta: {
      label: 'Phone',
      width: '9.5rem',
      cell: (customer) => orDash(formatPhone(customer.primaryPhone)),
    },
  }),
  helper.display({
    id: 'location',
    header: 'City / State',
    meta: {
      label: 'City / State',
      width: '9rem',
      cell: (customer) => clipped([customer.city, customer.state].filter(Boolean).join(', ')),
    },
  }),
  helper.display({
    id: 'created',
    header: 'Created',
    meta: {
      label: 'Created',
      sortField: 'created',
      align: 'end',
      width: '8rem',
      cell: (customer) => formatCalendarDate(customer.created),
    },
  }),
  helper.display({
    id: 'customId',
    header: 'Custom ID',
    meta: { label: 'Custom ID', width: '8rem', cell: (customer) => orDash(customer.customId) },
  }),
  helper.display({
    id: 'loans',
    header: 'Loans',
    meta: {
      label: 'Loans',
      align: 'end',
      width: '5rem',
      cell: (customer) => (customer.loansCount === null ? '—' : formatNumber(customer.loansCount)),
    },
  }),
  helper.display({
    id: 'ssn',
    header: 'SSN',
    // Masked even when shown: a list is read over shoulders.
    meta: {
      label: 'SSN (masked)',
      width: '8rem',
      cell: (customer) => orDash(maskValue(customer.ssn)),
    },
  }),
  helper.display({
    id: 'birthDate',
    header: 'Birth date',
    meta: {
      label: 'Birth date (masked)',
      width: '7.5rem',
      cell: (customer) => (customer.birthDate ? HIDDEN_DATE : '—'),
    },
  }),
])

/**
 * The table's columns; the last one holds the per-row action when there is one (a plain
 * function too: called once per row).
 */
export function buildCustomerColumns(
  rowAction?: (customer: CustomerSummary, row: CustomerCellContext) => ReactNode,
) {
  if (!rowAction) return DATA_COLUMNS
  return [
    ...DATA_COLUMNS,
    helper.display({
      id: 'actions',
      header: 'Actions',
      enableHiding: false,
      meta: { label: 'Actions', align: 'end', width: '5rem', cell: rowAction },
    }),
  ]
}
