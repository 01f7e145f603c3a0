import { useLocation } from 'react-router'
import { ErrorPanel } from '../../components/error-panel'
import { useDocumentTitle } from '../../lib/use-document-title'
import { ImportWizard } from './import-wizard'
import { useImportEngine, type ImportEngineOptions } from './use-import-engine'
import './import-page.css'

/** /import and /import/history: remove customers in bulk from a CSV file. */
export function ImportPage({ engineOptions }: { engineOptions?: ImportEngineOptions }) {
  useDocumentTitle('Import customers')
  const state = useImportEngine(engineOptions)
  const { pathname } = useLocation()
  return (
    <div className="import-page">
      <header className="import-page__header">
        <h1 className="import-page__title">Import customers</h1>
        <p className="muted">
          Remove customers in bulk from a CSV file: upload it, validate it against LoanPro, then run
          it. Every step can be paused, and past imports are listed below.
        </p>
      </header>
      {state.status === 'opening' ? <p className="muted">Opening the import journal…</p> : null}
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
