import { useQueryClient } from '@tanstack/react-query'
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react'
import type { ApiConnection } from '../../api/connection'
import { createLoanProClient } from '../../api/http-client'
import { LoanProClientProvider } from '../../api/loanpro-client-context'
import {
  DEMO_BASE_PATH,
  PROXY_BASE_PATH,
  writeConnectionSettings,
  type ConnectionSettings,
} from './connection-settings'
import { demoFetch, startDemo, type DemoRuntime } from './demo-runtime'
import { adoptEarlySearch } from './early-search'

interface ConnectionState {
  settings: ConnectionSettings
  /** Present while the demo tenant runs in this browser. */
  demo: DemoRuntime | null
  /** Switches connection; resolves once the new one is ready (the demo worker started). */
  connect: (settings: ConnectionSettings) => Promise<void>
}

const ConnectionContext = createContext<ConnectionState | null>(null)

export function apiConnectionFor(
  settings: ConnectionSettings,
  demo: DemoRuntime | null,
): ApiConnection {
  switch (settings.kind) {
    case 'proxy':
      return { baseUrl: new URL(PROXY_BASE_PATH, window.location.origin).href }
    case 'browser':
      return { baseUrl: settings.baseUrl, tenantId: settings.tenantId, token: settings.token }
    case 'demo':
      // Without a running demo worker the requests fail and every page explains it inline.
      return demo?.connection ?? { baseUrl: new URL(DEMO_BASE_PATH, window.location.origin).href }
  }
}

/** The LoanPro client of a connection (demo requests wait for the demo worker). */
export function createConnectionClient(settings: ConnectionSettings, demo: DemoRuntime | null) {
  const connection = apiConnectionFor(settings, demo)
  if (settings.kind === 'demo' && demo) {
    return createLoanProClient(connection, { fetch: demoFetch(demo) })
  }
  // Through the server, the list's first search may have been sent from <head> already.
  return settings.kind === 'proxy'
    ? createLoanProClient(connection, { fetch: adoptEarlySearch() })
    : createLoanProClient(connection)
}

interface ConnectionProviderProps {
  initial: ConnectionSettings
  initialDemo: DemoRuntime | null
  children: ReactNode
}

export function ConnectionProvider({ initial, initialDemo, children }: ConnectionProviderProps) {
  const queryClient = useQueryClient()
  const [state, setState] = useState({ settings: initial, demo: initialDemo })

  const connect = useCallback(
    async (settings: ConnectionSettings) => {
      const demo = settings.kind === 'demo' ? await startDemo() : state.demo
      writeConnectionSettings(settings)
      // Another tenant's customers must never show under this one.
      queryClient.clear()
      setState({ settings, demo })
    },
    [queryClient, state.demo],
  )

  const client = useMemo(
    () => createConnectionClient(state.settings, state.demo),
    [state.settings, state.demo],
  )
  const value = useMemo(() => ({ ...state, connect }), [state, connect])

  return (
    <ConnectionContext.Provider value={value}>
      <LoanProClientProvider client={client}>{children}</LoanProClientProvider>
    </ConnectionContext.Provider>
  )
}

export function useConnection(): ConnectionState {
  const value = useContext(ConnectionContext)
  if (!value) throw new Error('useConnection must be used inside ConnectionProvider')
  return value
}
