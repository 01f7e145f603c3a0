import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react'
import type { ExportCsvFormProps } from './export-csv-form'

const ExportCsvForm = lazy(() =>
  import('./export-csv-form').then((module) => ({ default: module.ExportCsvForm })),
)

type ExportCsvPanelProps = Omit<ExportCsvFormProps, 'onClose' | 'panelId'>

/**
 * "Export CSV" and the panel it opens. The panel's form is loaded when it is first opened: the
 * list shows this button on every visit, and few visits export.
 */
export function ExportCsvPanel(props: ExportCsvPanelProps) {
  const [open, setOpen] = useState(false)
  // Once opened, the form stays (hidden when closed): an export it runs goes on.
  const [opened, setOpened] = useState(false)
  const panelId = useId()
  const rootRef = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const root = rootRef.current
    // Escape closes the panel like a menu and hands focus back to its button.
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return
      setOpen(false)
      root?.querySelector('button')?.focus()
    }
    root?.addEventListener('keydown', onKeyDown)
    return () => root?.removeEventListener('keydown', onKeyDown)
  }, [])

  return (
    <div ref={rootRef} className="export-csv">
      <button
        type="button"
        className="button button--small"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => {
          setOpen((value) => !value)
          setOpened(true)
        }}
      >
        Export CSV
      </button>
      <div id={panelId} className="export-csv__panel card" hidden={!open}>
        {opened ? (
          <Suspense fallback={<p className="export-csv__hint muted">Loading…</p>}>
            <ExportCsvForm {...props} panelId={panelId} onClose={() => setOpen(false)} />
          </Suspense>
        ) : null}
      </div>
    </div>
  )
}
