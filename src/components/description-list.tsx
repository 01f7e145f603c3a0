import type { ReactNode } from 'react'
import './description-list.css'

export interface DescriptionItem {
  term: string
  /** null or empty string renders as a muted dash, so every field keeps its place. */
  value: ReactNode
}

interface DescriptionListProps {
  items: readonly DescriptionItem[]
  /** Accessible name, when a page has several lists. */
  label?: string
  columns?: 1 | 2 | 3
}

/** Labelled fields in a dense grid: term above value. */
export function DescriptionList({ items, label, columns = 3 }: DescriptionListProps) {
  return (
    <dl className={`description-list description-list--cols-${columns}`} aria-label={label}>
      {items.map((item) => (
        <div key={item.term} className="description-list__item">
          <dt className="description-list__term">{item.term}</dt>
          <dd className="description-list__value">
            {item.value === null || item.value === undefined || item.value === '' ? (
              <span className="muted">—</span>
            ) : (
              item.value
            )}
          </dd>
        </div>
      ))}
    </dl>
  )
}
