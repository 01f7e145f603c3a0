import type { ReactTable } from '@tanstack/react-table'
import { useEffect, useRef } from 'react'
import type { CustomerSummary } from '../../api/customer-readers'
import type { customerTableFeatures } from './customer-columns'

/** Which optional columns show; remembered per browser. ID and name always show. */
export function ColumnChooser({
  table,
}: {
  table: ReactTable<typeof customerTableFeatures, CustomerSummary>
}) {
  const detailsRef = useRef<HTMLDetailsElement>(null)
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
  const columns = table.getAllLeafColumns().filter((column) => column.getCanHide())
  return (
    <details ref={detailsRef} className="column-chooser">
      <summary className="button button--small">Columns</summary>
      <fieldset className="column-chooser__panel card">
        <legend className="visually-hidden">Shown columns</legend>
        {columns.map((column) => (
          <label key={column.id} className="column-chooser__option">
            <input
              type="checkbox"
              checked={column.getIsVisible()}
              onChange={(event) => column.toggleVisibility(event.target.checked)}
            />
            {column.columnDef.meta?.label ?? column.id}
          </label>
        ))}
      </fieldset>
    </details>
  )
}
