import type { ReactNode } from 'react'
import './error-panel.css'

interface ErrorPanelProps {
  title: string
  /** What happened and what to do, in words. */
  children?: ReactNode
  onRetry?: () => void
  retrying?: boolean
}

/** An inline failure with a way forward; `role="alert"` so it is announced when it appears. */
export function ErrorPanel({ title, children, onRetry, retrying = false }: ErrorPanelProps) {
  return (
    <div role="alert" className="error-panel">
      <p className="error-panel__title">{title}</p>
      {children ? <div className="error-panel__detail">{children}</div> : null}
      {onRetry ? (
        <button type="button" className="button" onClick={onRetry} disabled={retrying}>
          {retrying ? 'Retrying…' : 'Retry'}
        </button>
      ) : null}
    </div>
  )
}
