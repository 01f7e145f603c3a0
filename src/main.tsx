import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app'
import {
  readConnectionSettings,
  type ConnectionSettings,
} from './app/connection/connection-settings'
import { startDemo, type DemoRuntime } from './app/connection/demo-runtime'
import { loadCustomersRoute } from './app/router'
import { createAppQueryClient } from './lib/query-client'
import './app/styles/tokens.css'
import './app/styles/base.css'

async function boot() {
  const root = createRoot(document.getElementById('root') as HTMLElement)
  // Fetch the landing page's code while the demo worker starts, not after.
  if (window.location.pathname === '/' || window.location.pathname === '/customers') {
    void loadCustomersRoute()
  }
  let connection: ConnectionSettings = readConnectionSettings()
  let demo: DemoRuntime | null = null
  if (connection.kind === 'demo') {
    try {
      demo = await startDemo()
    } catch {
      // Without a service worker (an old browser, a private window that forbids it) the demo
      // cannot run; Settings still lets the person connect a real tenant.
      connection = { kind: 'demo' }
    }
  }
  root.render(
    <StrictMode>
      <App queryClient={createAppQueryClient()} connection={connection} demo={demo} />
    </StrictMode>,
  )
}

void boot()
