import { useEffect, useRef, useState, useSyncExternalStore } from 'react'
import { useSignedInUser } from '../../api/team-session'
import { useServerRunCommands } from '../../api/use-server-runs'
import { useAnnounce } from '../../components/announcer'
import { formatCount, formatNumber } from '../../lib/format'
import type { ImportEngine, ImportSnapshot } from './engine/import-engine'
import { isRunActive, useSharedImportEngine } from './import-engine-context'
import { RemoveCustomersDialog } from './remove-customers-dialog'
import type { RemovalSelection } from '../../api/removed-customers'
import { selectionImpact, type SelectionImpact } from './selection-impact'
import { confirmedServerRun } from './server-run-start'
import { useRunSnapshot, useWakeEngine } from './use-import-engine'

const IDLE = () => () => undefined
const NONE = () => null

function useMaybeImportSnapshot(engine: ImportEngine | null): ImportSnapshot | null {
  return useSyncExternalStore(engine?.subscribe ?? IDLE, engine?.getSnapshot ?? NONE)
}

interface RemoveSelectionDialogProps {
  /** The customers to remove; null = closed. */
  selection: RemovalSelection | null
  onClose: () => void
  /** The run started: the list may clear its selection. */
  onStarted?: () => void
  threshold?: number
}

/**
 * "Remove selected…" on the list: checks the selection in LoanPro, previews the impact and
 * starts a background run on the app's engine (same journal, history and results as a file),
 * skipping what cannot be removed; in team mode the confirmed customers run on the server
 * instead. The Import item in the navigation tracks the run.
 */
export function RemoveSelectionDialog(props: RemoveSelectionDialogProps) {
  const shared = useSharedImportEngine()
  useWakeEngine(shared, props.selection !== null)
  if (!props.selection) return null
  return (
    <SelectionRemoval
      {...props}
      selection={props.selection}
      engine={shared?.status === 'ready' ? shared.engine : null}
      failed={shared?.status === 'failed'}
    />
  )
}

function ImpactPreview({ impact }: { impact: SelectionImpact }) {
  return (
    <div className="selection-impact">
      <p>
        <strong>{formatCount(impact.removable, 'customer')}</strong> can be removed
        {impact.removable > 0 ? ':' : '.'}
      </p>
      {impact.removable > 0 ? (
        <ul className="selection-impact__names" aria-label="Customers to remove">
          {impact.firstRemovable.map((name) => (
            <li key={name}>{name}</li>
          ))}
          {impact.removable > impact.firstRemovable.length ? (
            <li className="muted">
              and {formatNumber(impact.removable - impact.firstRemovable.length)} more
            </li>
          ) : null}
        </ul>
      ) : null}
      {impact.blocked > 0 ? (
        <div className="selection-impact__blocked">
          <p>
            <strong>{formatCount(impact.blocked, 'customer')}</strong> cannot be removed and will be
            skipped:
          </p>
          <ul aria-label="Customers that cannot be removed">
            {impact.groups.map((group) => (
              <li key={group.why}>
                {formatNumber(group.count)} {group.why}: {group.first.join(', ')}
                {group.count > group.first.length
                  ? ` and ${formatNumber(group.count - group.first.length)} more`
                  : ''}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  )
}

function SelectionRemoval({
  selection,
  engine,
  onClose,
  onStarted,
  threshold,
  failed,
}: RemoveSelectionDialogProps & {
  selection: RemovalSelection
  engine: ImportEngine | null
  failed: boolean
}) {
  const announce = useAnnounce()
  const snapshot = useMaybeImportSnapshot(engine)
  const progress = useRunSnapshot(snapshot?.run ?? null)
  // Whether another run was going when the dialog opened (decided once the engine is there).
  const [busyRun, setBusyRun] = useState<boolean | null>(null)
  const [starting, setStarting] = useState(false)
  const [refused, setRefused] = useState<string | null>(null)
  const onServer = useSignedInUser() !== null
  const { start: startOnServer } = useServerRunCommands()

  // Decided once the engine is there (adjusting state while rendering, not in an effect).
  if (engine && busyRun === null) {
    setBusyRun(isRunActive(engine.getSnapshot().run?.getSnapshot().status))
  }
  const taken = useRef(false)

  // Checked once on open, skipping what cannot be removed (line rejection).
  useEffect(() => {
    if (!engine || busyRun !== false || taken.current) return
    taken.current = true
    engine.setValidationType('line')
    void engine.selectIds(selection.ids, selection.label)
  }, [busyRun, engine, selection])

  const close = () => {
    // Nothing started: the checked selection does not linger in the import wizard.
    if (engine && busyRun === false && snapshot?.source === 'selection' && !snapshot.run) {
      void engine.reset()
    }
    onClose()
  }

  const start = async () => {
    if (!engine) return
    if (onServer) return runOnServer(engine)
    setStarting(true)
    try {
      const run = await engine.startRun()
      if (run) {
        announce(
          `Removing ${formatCount(run.getSnapshot().total, 'customer')} in the background; the Import item in the navigation shows the progress.`,
          'info',
        )
        onStarted?.()
      }
    } finally {
      setStarting(false)
    }
    onClose()
  }

  // Team mode: exactly the confirmed customers go to the server, which runs them.
  const runOnServer = async (engine: ImportEngine) => {
    setStarting(true)
    setRefused(null)
    try {
      const run = await startOnServer.mutateAsync(
        confirmedServerRun(engine, snapshot?.runnable ?? 0),
      )
      announce(
        `Removing ${formatCount(run.total, 'customer')} on the server; the Import item in the navigation shows the progress.`,
        'info',
      )
      onStarted?.()
      await engine.reset()
      onClose()
    } catch (error) {
      const reason = error instanceof Error ? error.message : 'Unexpected error.'
      setRefused(`The run was not started on the server: ${reason}`)
    } finally {
      setStarting(false)
    }
  }

  const phase = snapshot?.phase
  const validation = snapshot?.validation ?? null
  const validated = busyRun === false && phase === 'validated' && snapshot?.source === 'selection'
  const impact = validated && validation ? selectionImpact(validation) : null
  let waiting: string | null = null
  if (failed) {
    waiting =
      'Removals are not available in this browser: its local storage (IndexedDB) could not be opened, and a run needs it to remember progress.'
  } else if (busyRun) {
    const at = progress
      ? ` (${formatNumber(progress.done)} of ${formatNumber(progress.total)})`
      : ''
    waiting = `Another removal is running${at}. One run goes at a time: wait for it to end, then remove these customers. The selection is kept.`
  } else if (!impact && phase !== 'lookup-failed' && phase !== 'rejected') {
    const lookup = snapshot?.lookupProgress
    const counted = lookup
      ? ` ${formatNumber(lookup.checked)} of ${formatNumber(lookup.total)}`
      : ''
    waiting = `Checking ${formatCount(selection.ids.length, 'customer')} in LoanPro…${counted}`
  }
  return (
    <RemoveCustomersDialog
      open
      count={impact ? (snapshot?.runnable ?? 0) : 0}
      busy={starting}
      pending={!impact}
      onCancel={close}
      onConfirm={() => void start()}
      threshold={threshold}
    >
      <p className="muted">{selection.label}</p>
      {waiting ? <p role="status">{waiting}</p> : null}
      {engine && phase === 'lookup-failed' ? (
        <div role="alert" className="selection-impact__error">
          <p>{snapshot?.message}</p>
          <button type="button" className="button" onClick={() => void engine.checkTenant()}>
            Check again
          </button>
        </div>
      ) : null}
      {phase === 'rejected' ? <p role="alert">{snapshot?.message}</p> : null}
      {impact ? <ImpactPreview impact={impact} /> : null}
      {refused ? <p role="alert">{refused}</p> : null}
    </RemoveCustomersDialog>
  )
}
