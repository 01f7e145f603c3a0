import type { ReactNode, RefObject } from 'react'
import type { CustomerSummary } from '../../api/customer-readers'
import { SpacerRow, useVirtualRows } from '../../components/virtual-rows'

interface CustomersVirtualRowsProps {
  rows: readonly CustomerSummary[]
  scrollRef: RefObject<HTMLDivElement | null>
  colSpan: number
  renderRow: (customer: CustomerSummary, index: number) => ReactNode
}

/**
 * The rendered window of a long page (250 rows), between spacer rows. A lazy chunk of its
 * own: the virtualizer is ~10 KB gzip that a page of 25 rows never needs.
 */
export function CustomersVirtualRows({
  rows,
  scrollRef,
  colSpan,
  renderRow,
}: CustomersVirtualRowsProps) {
  const { items, padTop, padBottom } = useVirtualRows({
    count: rows.length,
    scrollRef,
    getItemKey: (index) => rows[index]?.id ?? index,
    overscan: 12,
  })
  return (
    <>
      <SpacerRow height={padTop} colSpan={colSpan} />
      {items.map((item) => {
        const row = rows[item.index]
        return row ? renderRow(row, item.index) : null
      })}
      <SpacerRow height={padBottom} colSpan={colSpan} />
    </>
  )
}
