import { describeLoadFailure, RECONNECT_LINK } from '../../api/load-failure'
import { ErrorPanel } from '../../components/error-panel'

/** Grey bars in the shape of a view, while its data loads. */
export function PanelSkeleton({ label }: { label: string }) {
  return (
    <div className="overview-skeleton" role="status" aria-live="polite">
      <span className="visually-hidden">Loading {label}…</span>
      {[72, 55, 64, 40].map((width) => (
        <span key={width} className="overview-skeleton__bar" style={{ width: `${width}%` }} />
      ))}
    </div>
  )
}

interface PanelErrorProps {
  label: string
  error: unknown
  onRetry: () => void
  retrying: boolean
}

export function PanelError({ label, error, onRetry, retrying }: PanelErrorProps) {
  const { text, reconnect } = describeLoadFailure(error)
  return (
    <ErrorPanel
      title={`${label} could not be loaded`}
      onRetry={onRetry}
      retrying={retrying}
      link={reconnect ? RECONNECT_LINK : undefined}
    >
      <p>{text}</p>
    </ErrorPanel>
  )
}
