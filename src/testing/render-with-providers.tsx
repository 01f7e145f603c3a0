import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, type RenderResult } from '@testing-library/react'
import type { ReactElement } from 'react'
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router'
import { trackFetchStarts } from '../api/fetch-started-at'
import { createLoanProClient, type LoanProClient } from '../api/http-client'
import { LoanProClientProvider } from '../api/loanpro-client-context'
import { AnnouncerProvider } from '../components/announcer'
import { TEST_CONNECTION } from './test-server'

export interface RenderWithProvidersOptions {
  /** The URL the memory router starts at (default `/`). */
  route?: string
  /** The route pattern `ui` is mounted at (default: every path). */
  path?: string
  queryClient?: QueryClient
  client?: LoanProClient
}

export type RenderWithProvidersResult = RenderResult & {
  queryClient: QueryClient
  router: ReturnType<typeof createMemoryRouter>
  /** The router's current location, e.g. to assert on the query string. */
  location: () => { pathname: string; search: string; hash: string }
}

/** A QueryClient for one test: no retries, nothing shared with other tests. */
export function createTestQueryClient(): QueryClient {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  })
  // As the app's: views count waits from when their fetch started.
  trackFetchStarts(queryClient)
  return queryClient
}

/** Where a link led when it left the route under test. */
function OffRoute() {
  const location = useLocation()
  return <p>Navigated to {location.pathname}</p>
}

/**
 * Renders `ui` as a feature sees it in the app: a fresh QueryClient (retries off), a memory
 * router at `route`, the LoanPro client of the test tenant and the announcer.
 */
export function renderWithProviders(
  ui: ReactElement,
  options: RenderWithProvidersOptions = {},
): RenderWithProvidersResult {
  const queryClient = options.queryClient ?? createTestQueryClient()
  const client = options.client ?? createLoanProClient(TEST_CONNECTION)
  const path = options.path ?? '*'
  const routes =
    path === '*'
      ? [{ path: '*', element: ui }]
      : [
          { path, element: ui },
          { path: '*', element: <OffRoute /> },
        ]
  const router = createMemoryRouter(routes, { initialEntries: [options.route ?? '/'] })
  const result = render(
    <QueryClientProvider client={queryClient}>
      <LoanProClientProvider client={client}>
        <AnnouncerProvider>
          <RouterProvider router={router} />
        </AnnouncerProvider>
      </LoanProClientProvider>
    </QueryClientProvider>,
  )
  const location = () => {
    const { pathname, search, hash } = router.state.location
    return { pathname, search, hash }
  }
  return { ...result, queryClient, router, location }
}
