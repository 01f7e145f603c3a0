import { useEffect, useRef, useState } from 'react'
import { useAnnounce } from '../../components/announcer'
import {
  isServerRunOpen,
  serverRunDone,
  serverRunResultsCsv,
  type ServerRun,
} from '../../api/server-runs'
import { useServerRunCommands } from '../../api/use-server-runs'
import { derivedFileName, downloadCsv } from '../../lib/download-file'
import { formatNumber } from '../../lib/format'
import { DownloadResultsButton } from './download-results-button'
import { RunCountStats, runCountValues } from './run-count-words'
import { serverPauseWords, serverRunStatusText, startedAtFormat } from './server-run-words'

const BADGE: Record<ServerRun['status'], string> = {
  running: 'running',
  paused: 'paused',
  completed: 'completed',
  cancelled: 'cancelled',
}

/** A server run's end, said once with its counts (the same sentence as a tab's run). */
function useAnnouncedEnd(run: ServerRun) {
  const announce = useAnnounce()
  const seenOpen = useRef(isServerRunOpen(run))
  useEffect(() => {
    if (isServerRunOpen(run)) {
      seenOpen.current = true
      return
    }
    if (!seenOpen.current) return
    seenOpen.current = false
    const { removed, failed, skipped } = run.counts
    announce(
      `Import ${run.status === 'completed' ? 'finished' : 'cancelled'}: ${formatNumber(removed)} removed, ${formatNumber(failed)} failed, ${formatNumber(skipped)} not sent${run.rejected > 0 ? `, ${formatNumber(run.rejected)} rejected at validation` : ''}.`,
      failed > 0 ? 'error' : 'success',
    )
  }, [run, announce])
}

/** One run on the server, live: progress, counts, why it paused, cancel and resume. */
export function ServerRunCard({ run }: { run: ServerRun }) {
  const { command } = useServerRunCommands()
  const [downloadError, setDownloadError] = useState<string | null>(null)
  useAnnouncedEnd(run)
  const done = serverRunDone(run)
  const percent = run.total > 0 ? Math.round((done / run.total) * 100) : 100
  const open = isServerRunOpen(run)
  const status = run.cancelRequested && open ? 'cancelling' : BADGE[run.status]
  const act = (action: 'cancel' | 'resume') => command.mutate({ id: run.id, action })
  const download = async () => {
    setDownloadError(null)
    try {
      downloadCsv(derivedFileName(run.fileName, 'results'), await serverRunResultsCsv(run.id))
    } catch (error) {
      setDownloadError(error instanceof Error ? error.message : 'The download failed.')
    }
  }

  return (
    <section className="card import-card" aria-labelledby="server-run">
      <h2 id="server-run" className="import-card__title">
        Run{' '}
        <span className={`badge import-status import-status--${status}`}>
          {serverRunStatusText(run)}
        </span>
      </h2>
      <p className="muted server-run__who">
        {run.fileName} · on the server · started by {run.startedBy.name},{' '}
        {startedAtFormat.format(run.startedAt)}
      </p>
      <div
        role="progressbar"
        aria-label="Import progress"
        aria-valuemin={0}
        aria-valuemax={run.total}
        aria-valuenow={done}
        aria-valuetext={`${formatNumber(done)} of ${formatNumber(run.total)}`}
        className="import-progress"
      >
        <div className="import-progress__fill" style={{ width: `${percent}%` }} />
      </div>
      <p className="import-progress__text">
        <strong>
          {formatNumber(done)} of {formatNumber(run.total)}
        </strong>{' '}
        <span className="muted">({percent}%)</span>
      </p>
      {run.status === 'paused' ? (
        <p className="import-note import-note--warning" role="alert">
          {serverPauseWords(run)}
        </p>
      ) : null}
      <RunCountStats
        label="Import outcome"
        counts={runCountValues(run.rejected, run.counts)}
        extra={open ? { term: 'Not yet run', value: run.total - done } : undefined}
      />
      <div className="import-actions">
        {run.status === 'paused' && !run.cancelRequested ? (
          <button
            type="button"
            className="button button--primary"
            disabled={command.isPending}
            onClick={() => act('resume')}
          >
            {run.resumeAt === null ? 'Resume' : 'Resume now'}
          </button>
        ) : null}
        {open ? (
          <button
            type="button"
            className="button"
            aria-disabled={run.cancelRequested || command.isPending}
            onClick={() => !run.cancelRequested && act('cancel')}
          >
            Cancel
          </button>
        ) : null}
        <DownloadResultsButton save={download} />
      </div>
      {command.error ? <p role="alert">{command.error.message}</p> : null}
      {downloadError ? <p role="alert">{downloadError}</p> : null}
      {open ? (
        <p className="muted import-progress__hint">
          The run goes on in the server: you can close this page or the browser. Cancel stops
          sending; requests already sent finish and are recorded. Everyone with the Bulk remover or
          Admin role sees this run under Runs on the server.
        </p>
      ) : null}
    </section>
  )
}
