import { memo, useEffect, useRef, useState } from 'react'
import type { CustomerColumns } from './use-customer-columns'

/**
 * Which optional columns show; remembered per browser. ID and name always show. Memoised: the
 * page re-renders when a search answers, and the chooser's options do not change then.
 */
export const ColumnChooser = memo(function ColumnChooser({
  columns,
}: {
  columns: CustomerColumns
}) {
  const detailsRef = useRef<HTMLDetailsElement>(null)
  // The panel (a checkbox per column) is drawn only while open: the list's first render is on
  // the way to its first rows, and the closed panel is never seen.
  const [open, setOpen] = useState(false)
  useEffect(() => {
    const details = detailsRef.current
    // Escape closes the panel like a menu and hands focus back to its button.
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !details?.open) return
      details.open = false
      details.querySelector('summary')?.focus()
    }
    details?.addEventListener('keydown', onKeyDown)
    return () => details?.removeEventListener('keydown', onKeyDown)
  }, [])
  return (
    <details
      ref={detailsRef}
      className="column-chooser"
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary className="button button--small">Columns</summary>
      {open ? (
        <fieldset className="column-chooser__panel card">
          <legend className="visually-hidden">Shown columns</legend>
          {columns.optional.map((column) => (
            <label key={column.id} className="column-chooser__option">
              <input
                type="checkbox"
                checked={columns.isShown(column.id)}
                onChange={(event) => columns.setShown(column.id, event.target.checked)}
              />
              {column.label}
            </label>
          ))}
        </fieldset>
      ) : null}
    </details>
  )
})
