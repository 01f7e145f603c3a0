import { useEffect, useRef } from 'react'
import { useLocation } from 'react-router'
import { useSignedInUser } from '../../api/team-session'
import { ErrorPanel } from '../../components/error-panel'
import { useDocumentTitle } from '../../lib/use-document-title'
import { RunGuards, useSharedImportEngine } from './import-engine-context'
import { ImportWizard } from './import-wizard'
import type { RemovalSelection } from '../../api/removed-customers'
import {
  useImportEngine,
  useWakeEngine,
  type EngineState,
  type ImportEngineOptions,
} from './use-import-engine'
import './import-page.css'

interface ImportPageProps {
  engineOptions?: ImportEngineOptions
  /** Customers chosen in the Customer Manager: validated at once, then confirmed and run. */
  selection?: RemovalSelection | null
}

/** Without the app's engine (a page rendered alone): its own, paused when the page goes. */
function OwnEngine(props: ImportPageProps) {
  const state = useImportEngine(props.engineOptions)
  return (
    <>
      {state.status === 'ready' ? <RunGuards engine={state.engine} /> : null}
      <ImportPageBody state={state} selection={props.selection ?? null} />
    </>
  )
}

/** /import and /import/history: remove customers in bulk from a CSV file or a selection. */
export function ImportPage(props: ImportPageProps) {
  useDocumentTitle('Import customers')
  const shared = useSharedImportEngine()
  if (!shared) return <OwnEngine {...props} />
  return <ImportPageBody state={shared} selection={props.selection ?? null} />
}

function ImportPageBody({
  state,
  selection,
}: {
  state: EngineState
  selection: RemovalSelection | null
}) {
  const { pathname } = useLocation()
  const onServer = useSignedInUser() !== null
  const engine = state.status === 'ready' ? state.engine : null
  useWakeEngine(state)

  // The selection goes to the engine once, not on every render or a new engine.
  const taken = useRef<RemovalSelection | null>(null)
  useEffect(() => {
    if (!engine || !selection || taken.current === selection) return
    taken.current = selection
    void engine.selectIds(selection.ids, selection.label)
  }, [engine, selection])

  return (
    <div className="import-page">
      <header className="import-page__header">
        <h1 className="import-page__title">Import customers</h1>
        <p className="muted">
          Remove customers in bulk from a CSV file or a selection made in the Customer Manager:
          validate it against LoanPro, then run it.{' '}
          {onServer
            ? 'Runs go on in the server, also when you close the browser; the team sees them below.'
            : 'A run goes on while you browse customers, can be paused, and past imports are listed below.'}
        </p>
      </header>
      {state.status === 'opening' || state.status === 'standby' ? (
        <p className="muted">Opening the import journal…</p>
      ) : null}
      {state.status === 'failed' ? (
        <ErrorPanel title="Imports are not available in this browser">
          <p>
            The import needs the browser&apos;s local storage (IndexedDB) to remember progress, and
            it could not be opened. Leave private browsing or allow site data, then reload.
          </p>
        </ErrorPanel>
      ) : null}
      {state.status === 'ready' ? (
        <ImportWizard
          engine={state.engine}
          journal={state.journal}
          showHistory={pathname.endsWith('/history')}
        />
      ) : null}
    </div>
  )
}
