import { useEffect, useRef, useState } from 'react'
import { isServerRunOpen, serverRunDone } from '../../api/server-runs'
import { useSignedInUser } from '../../api/team-session'
import { useServerRuns } from '../../api/use-server-runs'
import { formatCount } from '../../lib/format'
import type { ImportEngine } from './engine/import-engine'
import type { ImportJournal } from './engine/run/import-journal'
import { useSharedImportEngine } from './import-engine-context'
import { runStatusText, type RunStatusText } from './run-status-text'
import { useServerRunCacheSync } from './use-server-run-cache-sync'
import { useImportSnapshot, useRunSnapshot } from './use-import-engine'
import './import-run-status.css'

/** A screen reader hears the count at most this often while rows stream in. */
export const ANNOUNCE_EVERY_MS = 3_000

/** The sentence for the live region: at once on a change of tone, else at most every few seconds. */
function usePacedSentence(text: RunStatusText | null): string {
  const sentence = text?.sentence ?? ''
  const tone = text?.tone ?? null
  const [shown, setShown] = useState(sentence)
  const last = useRef({ tone, at: 0 })
  useEffect(() => {
    const now = Date.now()
    const wait = last.current.tone === tone ? ANNOUNCE_EVERY_MS - (now - last.current.at) : 0
    const show = () => {
      last.current = { tone, at: Date.now() }
      setShown(sentence)
    }
    if (wait <= 0) return void show()
    const timer = setTimeout(show, wait)
    return () => clearTimeout(timer)
  }, [sentence, tone])
  return shown
}

/** Unfinished runs in the journal (paused, or left by a closed tab); re-read when the run moves on. */
function useUnfinishedRuns(journal: ImportJournal, revision: string): number {
  const [count, setCount] = useState(0)
  useEffect(() => {
    let live = true
    journal.listResumableRuns().then(
      (runs) => live && setCount(runs.length),
      () => undefined,
    )
    return () => {
      live = false
    }
  }, [journal, revision])
  return count
}

function EngineRunStatus({ engine, journal }: { engine: ImportEngine; journal: ImportJournal }) {
  const run = useImportSnapshot(engine).run
  const progress = useRunSnapshot(run)
  const unfinished = useUnfinishedRuns(
    journal,
    `${progress?.runId ?? ''}:${progress?.status ?? ''}`,
  )
  return <StatusBadge text={runStatusText(progress, run ? 0 : unfinished)} />
}

function StatusBadge({ text }: { text: RunStatusText | null }) {
  const sentence = usePacedSentence(text)
  return (
    <span role="status" className="run-status">
      {text ? (
        <span className={`run-status__badge run-status__badge--${text.tone}`} aria-hidden="true">
          {text.badge}
        </span>
      ) : null}
      <span className="visually-hidden">{sentence}</span>
    </span>
  )
}

/**
 * The Import item's live badge: running n/N, paused, needs attention, done. The full sentence
 * ("Removing customers: 120 of 400") is in a polite status region, paced for screen readers.
 */
export function ImportRunStatus() {
  const state = useSharedImportEngine()
  const onServer = useSignedInUser() !== null
  const engine = state?.status === 'ready' ? state : null
  if (onServer) return <ServerRunStatus engine={engine} />
  if (!engine) return <span role="status" className="run-status" />
  return <EngineRunStatus engine={engine.engine} journal={engine.journal} />
}

/**
 * Team mode: the newest open run on the server (whoever started it), polled; else what this
 * tab's engine has (a browser run left from before).
 */
function ServerRunStatus({
  engine,
}: {
  engine: { engine: ImportEngine; journal: ImportJournal } | null
}) {
  const runs = useServerRuns(true).data
  useServerRunCacheSync(runs)
  const open = runs?.filter(isServerRunOpen) ?? []
  const run = open[0]
  if (!run) {
    if (engine) return <EngineRunStatus engine={engine.engine} journal={engine.journal} />
    return <StatusBadge text={null} />
  }
  const text = runStatusText(
    { done: serverRunDone(run), total: run.total, status: run.status, counts: run.counts },
    0,
  )
  const more = open.length > 1 ? `; ${formatCount(open.length - 1, 'more run')} on the server` : ''
  return <StatusBadge text={text && { ...text, sentence: `${text.sentence}${more}` }} />
}
