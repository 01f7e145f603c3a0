import { useId, useState } from 'react'
import { formatNumber } from '../../lib/format'
import { selectedIds } from './customer-selection'
import type { CustomerSelectionStore } from './use-customer-selection'

/** Names listed when the selection is viewed; the rest is counted. */
const SHOWN = 100

/**
 * "View selected": the selection may span searches, so the person can see who is in it (also
 * those no longer on screen) and take any one out before a bulk action.
 */
export function SelectionChipList({ store }: { store: CustomerSelectionStore }) {
  const [open, setOpen] = useState(false)
  const listId = useId()
  const ids = selectedIds(store.selection)
  return (
    <div className="selection-chip">
      <button
        type="button"
        className="button button--small button--ghost"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen(!open)}
      >
        {open ? 'Hide selected' : 'View selected'}
      </button>
      {open ? (
        <ul id={listId} className="selection-chip__list" aria-label="Selected customers">
          {ids.slice(0, SHOWN).map((id) => (
            <li key={id}>
              <span>
                {id} {store.selection.get(id)?.displayName}
              </span>
              <button
                type="button"
                className="button button--small button--ghost"
                aria-label={`Take ${id} out of the selection`}
                onClick={() => store.forget(id)}
              >
                ×
              </button>
            </li>
          ))}
          {ids.length > SHOWN ? (
            <li className="muted">and {formatNumber(ids.length - SHOWN)} more</li>
          ) : null}
        </ul>
      ) : null}
    </div>
  )
}
