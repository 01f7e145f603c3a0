import type { ReactNode } from 'react'
import { Link } from 'react-router'
import './error-panel.css'

interface ErrorPanelProps {
  title: string
  /** What happened and what to do, in words. */
  children?: ReactNode
  onRetry?: () => void
  retrying?: boolean
  /** Where to go to mend it (another page of the app), shown under the detail. */
  link?: { to: string; label: string }
}

/** An inline failure with a way forward; `role="alert"` so it is announced when it appears. */
export function ErrorPanel(props: ErrorPanelProps) {
  const { title, children, onRetry, retrying = false, link } = props
  return (
    <div role="alert" className="error-panel">
      <p className="error-panel__title">{title}</p>
      {children || link ? (
        <div className="error-panel__detail">
          {children}
          {link ? (
            <p>
              <Link to={link.to}>{link.label}</Link>
            </p>
          ) : null}
        </div>
      ) : null}
      {onRetry ? (
        <button type="button" className="button" onClick={onRetry} disabled={retrying}>
          {retrying ? 'Retrying…' : 'Retry'}
        </button>
      ) : null}
    </div>
  )
}
