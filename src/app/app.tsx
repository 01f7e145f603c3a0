import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { TeamUserProvider } from '../api/team-session'
import { AnnouncerProvider } from '../components/announcer'
import { ImportEngineProvider } from '../features/customer-import/import-engine-context'
import { ConnectionProvider } from './connection/connection-context'
import type { ConnectionSettings } from './connection/connection-settings'
import type { DemoRuntime } from './connection/demo-runtime'
import { AppRoutes } from './router'

interface AppProps {
  queryClient: QueryClient
  connection: ConnectionSettings
  demo: DemoRuntime | null
}

export function App({ queryClient, connection, demo }: AppProps) {
  return (
    <QueryClientProvider client={queryClient}>
      <ConnectionProvider initial={connection} initialDemo={demo}>
        {/* Team mode: who is signed in, and so what the UI offers. */}
        <TeamUserProvider>
          <AnnouncerProvider>
            {/* One import engine for the tab: a removal run goes on across pages. */}
            <ImportEngineProvider>
              <AppRoutes />
            </ImportEngineProvider>
          </AnnouncerProvider>
        </TeamUserProvider>
      </ConnectionProvider>
    </QueryClientProvider>
  )
}
