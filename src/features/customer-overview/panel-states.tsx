import { useIsFetching, type QueryKey } from '@tanstack/react-query'
import { describeLoadFailure, RECONNECT_LINK } from '../../api/load-failure'
import { loadingStatus, SLOW_ANSWER_TEXT, useSlowAnswer } from '../../api/slow-answer'
import { ErrorPanel } from '../../components/error-panel'

const NO_REQUEST: QueryKey = ['no request']

/**
 * Grey bars in the shape of a view, while its data loads. `request`: the panel's own query, once
 * the header is shown: a second after that request went out the first line says LoanPro is
 * slow. Before that the header's skeleton says it, once for the page (the details wait for the
 * header's own request; with `$expand`, every tab does).
 */
export function PanelSkeleton({ label, request }: { label: string; request?: QueryKey }) {
  const filters = { queryKey: request ?? NO_REQUEST, exact: true }
  // Not while the request is paused (offline): LoanPro is not the one being slow then.
  const fetching = useIsFetching(filters) > 0
  const slow = useSlowAnswer(filters, request !== undefined && fetching)
  return (
    <div className="overview-skeleton" role="status" aria-live="polite">
      <span className="visually-hidden">{loadingStatus(label, slow)}</span>
      {/* A line of text's height from the start, so the words take the first bar's place and
          nothing below moves. */}
      <span className="overview-skeleton__line" aria-hidden="true">
        {slow ? (
          <span className="overview-slow-answer">{SLOW_ANSWER_TEXT}</span>
        ) : (
          <span className="overview-skeleton__bar" style={{ width: '72%' }} />
        )}
      </span>
      {[55, 64, 40].map((width) => (
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
