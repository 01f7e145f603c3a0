import { useCallback, useEffect, useRef, useState } from 'react'
import { useSignedInUser } from '../../api/team-session'
import { useAnnounce } from '../../components/announcer'
import { formatNumber } from '../../lib/format'
import { ConfirmStep } from './confirm-step'
import type { ImportEngine } from './engine/import-engine'
import type { ImportJournal } from './engine/run/import-journal'
import { ImportHistory } from './import-history'
import { ImportInstructions } from './import-instructions'
import { ImportResults } from './import-results'
import { ImportSteps } from './import-steps'
import { ResumeOffer } from './resume-offer'
import { RunProgress } from './run-progress'
import { ServerRunCard } from './server-run-card'
import { ServerRunsList } from './server-runs-list'
import { UploadStep } from './upload-step'
import { useImportSnapshot, useRunSnapshot } from './use-import-engine'
import { usePageFileDrop } from './use-page-file-drop'
import { useServerRunView } from './use-server-run-view'
import { ValidationStep } from './validation-step'

interface ImportWizardProps {
  engine: ImportEngine
  journal: ImportJournal
  showHistory: boolean
}

/** The wizard over one ImportEngine: upload → validate → confirm → run → results, and history. */
export function ImportWizard({ engine, journal, showHistory }: ImportWizardProps) {
  const snapshot = useImportSnapshot(engine)
  const run = snapshot.run
  const progress = useRunSnapshot(run)
  const announce = useAnnounce()
  const [changes, setChanges] = useState(0)
  // Team mode: confirmed runs go to the server; its runs replace this browser's history.
  const onServer = useSignedInUser() !== null
  const server = useServerRunView(onServer)
  const status = progress?.status
  const runActive = status === 'running' || status === 'pausing' || status === 'cancelling'
  const revision = `${progress?.runId ?? ''}:${status ?? ''}:${changes}`

  const onFile = useCallback((file: File) => void engine.selectFile(file), [engine])
  const historyChanged = useCallback(() => setChanges((n) => n + 1), [])
  const refuseDrop = useCallback(
    () =>
      announce(
        'A run is in progress, so the dropped file was not used. Pause the run or wait for it to end, then drop the file again.',
        'error',
      ),
    [announce],
  )
  const dragging = usePageFileDrop(onFile, !runActive, refuseDrop)

  // The history re-reads the journal once the settled run's summary is saved.
  useEffect(() => {
    if (!run || (status !== 'paused' && status !== 'completed' && status !== 'cancelled')) return
    let live = true
    void run.whenSettled().then(() => live && setChanges((n) => n + 1))
    return () => {
      live = false
    }
  }, [run, status])

  // The end of the tenant check is announced once, with the counts (the table is not live).
  const validation = snapshot.phase === 'validated' ? snapshot.validation : null
  const announcedValidation = useRef<typeof validation>(null)
  useEffect(() => {
    if (!validation || announcedValidation.current === validation) return
    announcedValidation.current = validation
    announce(
      `Validation finished: ${formatNumber(validation.ids.length)} valid, ${formatNumber(validation.errorRows)} with errors.`,
      validation.errorRows > 0 ? 'info' : 'success',
    )
  }, [validation, announce])

  const announced = useRef<string | null>(null)
  useEffect(() => {
    if (!progress || (status !== 'completed' && status !== 'cancelled')) return
    const key = `${progress.runId}:${status}:${progress.counts.removed}:${progress.counts.failed}`
    if (announced.current === key) return
    announced.current = key
    const { removed, failed, skipped } = progress.counts
    const rejected = run?.rejected ?? 0
    announce(
      `Import ${status === 'completed' ? 'finished' : 'cancelled'}: ${formatNumber(removed)} removed, ${formatNumber(failed)} failed, ${formatNumber(skipped)} not sent${rejected > 0 ? `, ${formatNumber(rejected)} rejected at validation` : ''}.`,
      failed > 0 ? 'error' : 'success',
    )
  }, [progress, status, announce, run])

  const validating = ['parsed', 'checking-tenant', 'validated', 'lookup-failed'].includes(
    snapshot.phase,
  )
  return (
    <>
      <ImportSteps phase={snapshot.phase} />
      <ResumeOffer
        engine={engine}
        journal={journal}
        revision={revision}
        runActive={runActive}
        onChange={historyChanged}
      />
      <div className="import-layout">
        <div className="import-layout__main">
          <UploadStep
            snapshot={snapshot}
            onFile={onFile}
            locked={runActive}
            paused={status === 'paused'}
          />
          {validating ? <ValidationStep engine={engine} snapshot={snapshot} /> : null}
          <ConfirmStep
            engine={engine}
            snapshot={snapshot}
            runOnServer={onServer ? (confirmed) => server.startFrom(engine, confirmed) : undefined}
          />
          {onServer && server.shown ? <ServerRunCard run={server.shown} /> : null}
          {run && progress ? (
            <>
              <RunProgress run={run} snapshot={progress} />
              <ImportResults
                run={run}
                snapshot={progress}
                journal={journal}
                fileName={snapshot.file?.name ?? 'import'}
              />
            </>
          ) : null}
        </div>
        <aside className="import-layout__aside">
          <ImportInstructions />
        </aside>
      </div>
      {onServer ? (
        <ServerRunsList
          query={server.query}
          shownId={server.shown?.id ?? null}
          onShow={server.watch}
        />
      ) : (
        <ImportHistory
          journal={journal}
          revision={revision}
          focus={showHistory}
          live={
            run && progress
              ? {
                  runId: progress.runId,
                  counts: {
                    rejected: run.rejected,
                    removed: progress.counts.removed,
                    failed: progress.counts.failed,
                    notSent: progress.counts.skipped,
                  },
                }
              : null
          }
        />
      )}
      {dragging ? (
        <div className="import-drop-overlay" aria-hidden="true">
          <p className="import-drop-overlay__text">Drop the CSV file to upload it</p>
        </div>
      ) : null}
    </>
  )
}
