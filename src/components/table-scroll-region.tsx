import type { ReactNode, Ref } from 'react'
import './data-table.css'

interface TableScrollRegionProps {
  /** The table's own name; the region is named after it. */
  label: string
  /** The box's classes; `data-table-scroll` (the app's data tables) unless given. */
  className?: string
  scrollRef?: Ref<HTMLDivElement>
  children: ReactNode
}

/**
 * The box a wide table scrolls in, reachable by keyboard: a narrow window scrolls the table
 * sideways in it, and a table with nothing focusable (an empty history, a list of results)
 * could not be scrolled without a mouse otherwise (axe: scrollable-region-focusable). For
 * tables whose rows are not themselves the tab stop (the customer list's are).
 */
export function TableScrollRegion({
  label,
  className,
  scrollRef,
  children,
}: TableScrollRegionProps) {
  return (
    <div
      ref={scrollRef}
      className={className ?? 'data-table-scroll'}
      // A scrollable region must take focus so that keyboard users can scroll it.
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
      role="region"
      aria-label={`${label} (scrollable)`}
    >
      {children}
    </div>
  )
}
