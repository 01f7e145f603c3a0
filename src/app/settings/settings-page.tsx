import { useDocumentTitle } from '../../lib/use-document-title'
import { ConnectionSection } from './connection-section'
import { FetchStyleField } from './fetch-style-field'
import { ResetDemoData } from './reset-demo-data'
import { useConnection } from '../connection/connection-context'
import './settings-page.css'

export function SettingsPage() {
  useDocumentTitle('Settings')
  const { settings, demo } = useConnection()
  return (
    <div className="settings">
      <div className="page-header">
        <h1>Settings</h1>
      </div>
      <ConnectionSection />
      <section className="card settings__section" aria-labelledby="preferences-title">
        <h2 id="preferences-title">Preferences</h2>
        <FetchStyleField />
      </section>
      {settings.kind === 'demo' && demo ? (
        <section className="card settings__section" aria-labelledby="demo-title">
          <h2 id="demo-title">Demo tenant</h2>
          <p>
            The demo tenant is a fake LoanPro that runs inside this browser. Customers you delete
            stay deleted across reloads until you reset the demo data.
          </p>
          <ResetDemoData onReset={demo.resetDemoData} />
        </section>
      ) : null}
    </div>
  )
}
