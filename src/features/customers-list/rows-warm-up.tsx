import { useEffect, useState } from 'react'
import type { CustomerSummary } from '../../api/customer-readers'
import { afterNextPaint } from '../../lib/after-next-paint'
import { CustomerColumnWidths, type CustomerColumn } from './customer-columns'
import { CustomersTableRow } from './customers-table-row'
import { markRowsWarm, rowsAreWarm } from './first-screen-rows'
import type { RowSelection } from './row-selection-context'

/** A customer with every column filled, so that each cell's code and styles are exercised. */
const SAMPLE: CustomerSummary = {
  id: 1,
  customId: 'C-0001',
  customerType: 'individual',
  status: 'Active',
  firstName: 'Sample',
  lastName: 'Customer',
  displayName: 'Sample Customer',
  companyName: null,
  email: 'sample.customer@example.com',
  primaryPhone: '3125550100',
  city: 'Chicago',
  state: 'IL',
  zipcode: '60601',
  ssn: '123456789',
  birthDate: '1980-01-01',
  // A blocked delete too: its button and its hidden reason are part of many rows.
  loansCount: 1,
  created: '2021-03-04 00:00:00',
}
/** Ids no tenant gives a customer (ids start at 1): nothing on the page can share them. */
const SAMPLE_ROWS = [
  { ...SAMPLE, id: 0 },
  { ...SAMPLE, id: -1, loansCount: 0, status: 'Inactive' },
]

type Phase = 'waiting' | 'drawing' | 'done'

/**
 * While the first page of rows is on its way: once the browser is idle, two sample rows drawn
 * with the table's own row component, columns and styles, out of sight and out of the
 * accessibility tree, and removed after that frame. The first rows drawn in a document pay for
 * every row function, style rule and layout path the first time, about as much again as the
 * rows themselves; paid here, while nothing else is going on, the answer's rows come in one
 * frame, sooner (the bench's "page drawn before the answer" figure). Once per document; never
 * where the browser has no idle callbacks, and never ahead of an answer that is already in
 * (the table shows rows, not this).
 */
export function RowsWarmUp(props: {
  columns: readonly CustomerColumn[]
  selection: RowSelection | null
}) {
  const [phase, setPhase] = useState<Phase>(() => (rowsAreWarm() ? 'done' : 'waiting'))
  useEffect(() => {
    if (phase === 'waiting' && typeof requestIdleCallback === 'function') {
      const idle = requestIdleCallback(() => setPhase('drawing'))
      return () => cancelIdleCallback(idle)
    }
    if (phase === 'drawing') {
      return afterNextPaint(() => {
        markRowsWarm()
        setPhase('done')
      })
    }
  }, [phase])
  if (phase !== 'drawing') return null
  return (
    <div className="customers-table customers-table__warm-up" aria-hidden="true" inert>
      <table className="data-table">
        <CustomerColumnWidths columns={props.columns} />
        <tbody>
          {SAMPLE_ROWS.map((customer, index) => (
            <CustomersTableRow
              key={customer.id}
              customer={customer}
              index={index}
              columns={props.columns}
              ariaRowIndex={undefined}
              pinned={false}
              selection={props.selection}
              selected={false}
              tabbable={false}
            />
          ))}
        </tbody>
      </table>
    </div>
  )
}
