import { useVirtualizer, type VirtualItem } from '@tanstack/react-virtual'
import type { RefObject } from 'react'
import { DATA_TABLE_ROW_HEIGHT } from './data-table-row-height'

interface VirtualRowsOptions {
  count: number
  scrollRef: RefObject<HTMLElement | null>
  overscan?: number
  getItemKey?: (index: number) => string | number
  enabled?: boolean
}

interface VirtualRows {
  items: VirtualItem[]
  /** Heights of the spacer rows above and below the window, keeping the scrollbar honest. */
  padTop: number
  padBottom: number
}

/**
 * The window of rows a scrolling data table renders, so that thousands of rows scroll as
 * smoothly as ten while the markup stays a real `<table>`.
 */
export function useVirtualRows(options: VirtualRowsOptions): VirtualRows {
  const { count, scrollRef, overscan = 10, getItemKey, enabled = true } = options
  // No React Compiler in this build; the virtualizer re-renders its owner on scroll itself.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => DATA_TABLE_ROW_HEIGHT,
    getItemKey,
    overscan,
    enabled,
  })
  const items = virtualizer.getVirtualItems()
  const padTop = items[0]?.start ?? 0
  const padBottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0)
  return { items, padTop, padBottom }
}

export function SpacerRow({ height, colSpan }: { height: number; colSpan: number }) {
  return height > 0 ? (
    <tr aria-hidden="true" className="data-table__spacer">
      <td colSpan={colSpan} style={{ height }} />
    </tr>
  ) : null
}
