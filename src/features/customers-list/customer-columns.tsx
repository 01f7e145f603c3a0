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
import { CustomerNameLink } from './customer-id-link'
import { SelectableIdCell } from './row-selection-context'

export interface CustomerColumnMeta {
  /** The header text, also the column chooser's label. */
  label: string
  sortField?: CustomerSortField
  align?: 'end'
  /** A fixed width (CSS length), so columns do not move between searches; none = the rest. */
  width?: string
}

export const customerTableFeatures = tableFeatures({
  columnVisibilityFeature,
  columnMeta: metaHelper<CustomerColumnMeta>(),
})

const helper = createColumnHelper<typeof customerTableFeatures, CustomerSummary>()

function StatusBadge({ status }: { status: string | null }) {
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

const DATA_COLUMNS = helper.columns([
  helper.accessor('id', {
    header: 'ID',
    enableHiding: false,
    meta: { label: 'ID', sortField: 'id', align: 'end', width: '6rem' },
    cell: (info) => <SelectableIdCell customer={info.row.original} />,
  }),
  helper.accessor('displayName', {
    id: 'name',
    header: 'Name',
    enableHiding: false,
    meta: { label: 'Name', sortField: 'name', width: '12rem' },
    cell: (info) => <CustomerNameLink id={info.row.original.id} name={info.getValue()} />,
  }),
  helper.accessor('status', {
    header: 'Status',
    meta: { label: 'Status', sortField: 'status', width: '7rem' },
    cell: (info) => <StatusBadge status={info.getValue()} />,
  }),
  helper.accessor('customerType', {
    id: 'type',
    header: 'Type',
    meta: { label: 'Type', sortField: 'type', width: '6rem' },
    cell: (info) => humanizeCode(info.getValue()),
  }),
  helper.accessor('email', {
    header: 'Email',
    meta: { label: 'Email' },
    cell: (info) => clipped(info.getValue()),
  }),
  helper.accessor('primaryPhone', {
    id: 'phone',
    header: 'Phone',
    meta: { label: 'Phone', width: '9.5rem' },
    cell: (info) => orDash(formatPhone(info.getValue())),
  }),
  helper.accessor((row) => [row.city, row.state].filter(Boolean).join(', '), {
    id: 'location',
    header: 'City / State',
    meta: { label: 'City / State', width: '9rem' },
    cell: (info) => clipped(info.getValue()),
  }),
  helper.accessor('created', {
    header: 'Created',
    meta: { label: 'Created', sortField: 'created', align: 'end', width: '8rem' },
    cell: (info) => formatCalendarDate(info.getValue()),
  }),
  helper.accessor('customId', {
    header: 'Custom ID',
    meta: { label: 'Custom ID', width: '8rem' },
    cell: (info) => orDash(info.getValue()),
  }),
  helper.accessor('loansCount', {
    id: 'loans',
    header: 'Loans',
    meta: { label: 'Loans', align: 'end', width: '5rem' },
    cell: (info) => {
      const count = info.getValue()
      return count === null ? '—' : formatNumber(count)
    },
  }),
  helper.accessor('ssn', {
    header: 'SSN',
    // Masked even when shown: a list is read over shoulders.
    meta: { label: 'SSN (masked)', width: '8rem' },
    cell: (info) => orDash(maskValue(info.getValue())),
  }),
  helper.accessor('birthDate', {
    header: 'Birth date',
    meta: { label: 'Birth date (masked)', width: '7.5rem' },
    cell: (info) => (info.getValue() ? HIDDEN_DATE : '—'),
  }),
])

/** The table's columns; the last one holds the per-row action when there is one. */
export function buildCustomerColumns(rowAction?: (customer: CustomerSummary) => ReactNode) {
  if (!rowAction) return DATA_COLUMNS
  return [
    ...DATA_COLUMNS,
    helper.display({
      id: 'actions',
      header: 'Actions',
      enableHiding: false,
      meta: { label: 'Actions', align: 'end', width: '5rem' },
      cell: (info) => rowAction(info.row.original),
    }),
  ]
}
