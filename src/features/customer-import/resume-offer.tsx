import { useEffect, useState } from 'react'
import { formatNumber } from '../../lib/format'
import type { ImportEngine } from './engine/import-engine'
import type { HistoryEntry, ImportJournal } from './engine/run/import-journal'
import { RunHeldElsewhereError } from './engine/run/run-locks'
import { pauseReasonWords } from './pause-reason-words'
import { runsLeftBehind } from './use-import-engine'

interface ResumeOfferProps {
  engine: ImportEngine
  journal: ImportJournal
  /** Something changed in the history (a run settled, a run was discarded). */
  revision: string
  /** A run on this page is still sending: one run at a time. */
  runActive: boolean
  onChange: () => void
}

/**
 * Unfinished runs from an earlier visit (paused, or interrupted by a reload or a closed tab):
 * resume or discard. A run another tab is working on is shown, not offered, until it lets go.
 */
export function ResumeOffer(props: ResumeOfferProps) {
  const { engine, journal, revision, runActive, onChange } = props
  const [runs, setRuns] = useState<HistoryEntry[]>([])
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    let live = true
    Promise.all([runsLeftBehind(), engine.runsReleased()])
      .then(() => journal.listUnfinishedRuns())
      .then(
        (found) => live && setRuns(found),
        () => undefined,
      )
    return () => {
      live = false
    }
  }, [engine, journal, revision])

  // When another tab lets go of its run (paused, finished, closed), look again.
  const elsewhere = runs.filter((run) => run.historyStatus === 'elsewhere').map((run) => run.id)
  const watched = elsewhere.join(' ')
  useEffect(() => {
    if (watched === '') return
    const stop = new AbortController()
    const freed = watched.split(' ').map((id) => journal.locks.whenFree(id, stop.signal))
    Promise.race(freed).then(
      () => !stop.signal.aborted && onChange(),
      () => undefined,
    )
    return () => stop.abort()
  }, [journal, watched, onChange])

  const current = engine.getSnapshot().run?.id
  const offered = runs.filter((run) => run.id !== current)
  if (offered.length === 0) return null

  const act = async (action: () => Promise<unknown>) => {
    setBusy(true)
    setError(null)
    try {
      await action()
      onChange()
    } catch (failure) {
      setError(
        failure instanceof RunHeldElsewhereError
          ? failure.message
          : 'That did not work: this browser could not read the saved import. Try again.',
      )
      onChange()
    } finally {
      setBusy(false)
    }
  }

  return (
    <section className="card import-card import-resume" aria-labelledby="import-resume">
      <h2 id="import-resume" className="import-card__title">
        Unfinished import
      </h2>
      {offered.map((run) => {
        const done = run.counts.removed + run.counts.failed + run.counts.skipped
        const inOtherTab = run.historyStatus === 'elsewhere'
        return (
          <div key={run.id} className="import-resume__run">
            <p>
              <strong>{run.fileName || '(unnamed)'}</strong>{' '}
              <span className="muted">
                {formatNumber(done)} of {formatNumber(run.total)} rows done,{' '}
                {formatNumber(run.counts.removed)} removed
                {inOtherTab
                  ? '.'
                  : run.pauseReason
                    ? `. ${pauseReasonWords(run.pauseReason)}`
                    : '.'}
              </span>
            </p>
            {inOtherTab ? (
              <p className="import-note">
                <span className="badge">Running in another tab</span> Finish or pause it there, or
                close that tab: it is offered here as soon as that tab lets go of it.
              </p>
            ) : (
              <div className="import-actions">
                <button
                  type="button"
                  className="button button--primary"
                  disabled={busy || runActive}
                  onClick={() => void act(() => engine.resumeRun(run.id))}
                >
                  Resume import
                </button>
                <button
                  type="button"
                  className="button"
                  disabled={busy}
                  onClick={() => void act(() => journal.discardRun(run.id))}
                >
                  Discard
                </button>
              </div>
            )}
          </div>
        )
      })}
      {error ? (
        <p role="alert" className="import-note import-note--danger">
          {error}
        </p>
      ) : null}
    </section>
  )
}
