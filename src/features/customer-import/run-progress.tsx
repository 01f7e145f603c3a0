import { useEffect, useId, useRef } from 'react'
import { formatNumber } from '../../lib/format'
import {
  MAX_CONCURRENCY,
  MIN_CONCURRENCY,
  type RemovalRun,
  type RunSnapshot,
} from './engine/removal-run'
import { PauseReasonText } from './pause-reason-words'

const CONCURRENCY = Array.from(
  { length: MAX_CONCURRENCY - MIN_CONCURRENCY + 1 },
  (_, i) => MIN_CONCURRENCY + i,
)

export function formatDuration(ms: number): string {
  const seconds = Math.max(1, Math.round(ms / 1000))
  if (seconds < 60) return `${seconds} s`
  const minutes = Math.round(seconds / 60)
  if (minutes < 60) return `${minutes} min`
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`
}

const STATUS_TEXT: Record<RunSnapshot['status'], string> = {
  running: 'Removing customers',
  pausing: 'Pausing; requests in flight are finishing',
  paused: 'Paused',
  cancelling: 'Cancelling; requests in flight are finishing',
  completed: 'Finished',
  cancelled: 'Cancelled',
}

/**
 * Milestones for the live region: each quarter, not every row. The end is announced by the
 * wizard, with the counts, so it is not said twice here.
 */
function milestone(snapshot: RunSnapshot): string {
  const { status, done, total } = snapshot
  if (status === 'completed' || status === 'cancelled') return ''
  if (status !== 'running') return STATUS_TEXT[status]
  const quarter = total > 0 ? Math.floor((done / total) * 4) : 0
  return quarter > 0 && quarter < 4 ? `${quarter * 25}% done` : STATUS_TEXT.running
}

export function RunProgress({ run, snapshot }: { run: RemovalRun; snapshot: RunSnapshot }) {
  const concurrencyId = useId()
  const { status, done, total } = snapshot
  const active = status === 'running' || status === 'pausing' || status === 'cancelling'
  const settled = status === 'completed' || status === 'cancelled'
  const percent = total > 0 ? Math.round((done / total) * 100) : 100
  const headingRef = useRef<HTMLHeadingElement>(null)

  // The button that started, resumed or ended the run may be gone (the confirmation dialog,
  // Resume import, Pause/Cancel once it ends). Focus then falls back to <body> or a container
  // around this section (e.g. <main>): bring keyboard users here instead.
  useEffect(() => {
    const heading = headingRef.current
    const focused = document.activeElement
    if (!heading || focused === heading) return
    if (!focused || !focused.isConnected || focused.contains(heading)) heading.focus()
  }, [status])

  return (
    <section className="card import-card" aria-labelledby="import-run">
      <h2 id="import-run" className="import-card__title" ref={headingRef} tabIndex={-1}>
        Run{' '}
        <span className={`badge import-status import-status--${status}`}>
          {STATUS_TEXT[status]}
        </span>
      </h2>
      <div
        role="progressbar"
        aria-label="Import progress"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        aria-valuetext={`${formatNumber(done)} of ${formatNumber(total)}`}
        className="import-progress"
      >
        <div className="import-progress__fill" style={{ width: `${percent}%` }} />
      </div>
      <p className="import-progress__text">
        <strong>
          {formatNumber(done)} of {formatNumber(total)}
        </strong>{' '}
        <span className="muted">({percent}%)</span>
        {status === 'running' && snapshot.ratePerSecond !== null ? (
          <span className="muted">
            {' · '}
            {formatNumber(Math.round(snapshot.ratePerSecond * 10) / 10)} rows/s
            {snapshot.etaMs !== null ? ` · about ${formatDuration(snapshot.etaMs)} left` : ''}
          </span>
        ) : null}
      </p>
      <p className="visually-hidden" role="status">
        {milestone(snapshot)}
      </p>
      {status === 'paused' && snapshot.pauseReason ? (
        <p className="import-note import-note--warning" role="alert">
          <PauseReasonText reason={snapshot.pauseReason} />
        </p>
      ) : null}
      {!settled ? (
        <div className="import-actions">
          {status === 'paused' ? (
            <button type="button" className="button button--primary" onClick={() => run.resume()}>
              Resume
            </button>
          ) : (
            // aria-disabled, not disabled: a disabled button drops the focus, and this one
            // turns into Resume (the same element) once the run has paused.
            <button
              type="button"
              className="button"
              aria-disabled={status !== 'running'}
              onClick={() => run.pause()}
            >
              Pause
            </button>
          )}
          <button
            type="button"
            className="button"
            aria-disabled={status === 'cancelling'}
            onClick={() => run.cancel()}
          >
            Cancel
          </button>
          <label className="import-concurrency" htmlFor={concurrencyId}>
            Parallel requests
            <select
              id={concurrencyId}
              className="select"
              value={snapshot.concurrency}
              onChange={(event) => run.setConcurrency(Number(event.currentTarget.value))}
            >
              {CONCURRENCY.map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </label>
        </div>
      ) : null}
      {active ? (
        <p className="muted import-progress__hint">
          Cancel stops sending; requests already sent finish and are recorded. You can leave this
          page: the import pauses and can be resumed.
        </p>
      ) : null}
    </section>
  )
}
