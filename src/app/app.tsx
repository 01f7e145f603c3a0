import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { RouterProvider } from 'react-router/dom'
import { AnnouncerProvider } from '../components/announcer'
import { ConnectionProvider } from './connection/connection-context'
import type { ConnectionSettings } from './connection/connection-settings'
import type { DemoRuntime } from './connection/demo-runtime'
import { createAppRouter } from './router'

interface AppProps {
  queryClient: QueryClient
  connection: ConnectionSettings
  demo: DemoRuntime | null
}

export function App({ queryClient, connection, demo }: AppProps) {
  const [router] = useState(createAppRouter)
  return (
    <QueryClientProvider client={queryClient}>
      <ConnectionProvider initial={connection} initialDemo={demo}>
        <AnnouncerProvider>
          <RouterProvider router={router} />
        </AnnouncerProvider>
      </ConnectionProvider>
    </QueryClientProvider>
  )
}
