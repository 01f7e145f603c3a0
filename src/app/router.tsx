import { Suspense, type ReactNode } from 'react'
import { BrowserRouter, Navigate, useRoutes, type RouteObject } from 'react-router'
import { CustomersArea } from './customers-area'
import { AppLayout } from './layout/app-layout'
import { NotFoundPage } from './not-found-page'
import { preloadablePage } from './preloadable-page'
import { RouteErrorBoundary } from './route-error-boundary'

/*
 * Declarative routes (`BrowserRouter`), not the data router: the app loads no data through
 * the router (React Query does), and leaving createBrowserRouter out of the bundle keeps the
 * initial JS of /customers within its budget. The list, the landing page, is part of the
 * entry: one script and one style sheet to fetch, like the floor, instead of ~25 small files
 * queued on the browser's six connections (measured: bench/README.md). Every other page is a
 * lazy route module that exports `Component`; the overview's is preloaded at boot when the
 * URL opens it (preloadable-page.tsx), so it renders without suspending.
 */
const customer = preloadablePage(() => import('./routes/customer-route'))
const CustomerRoute = customer.RoutePage
const ImportRoute = preloadablePage(() => import('./routes/import-route')).RoutePage
const SettingsRoute = preloadablePage(() => import('./routes/settings-route')).RoutePage
const AuditRoute = preloadablePage(() => import('./routes/audit-route')).RoutePage
const AuditEntryRoute = preloadablePage(() => import('./routes/audit-entry-route')).RoutePage

export const loadCustomerRoute = customer.preload

/** Loads the code of the page `pathname` opens, if it is not in the entry (an overview). */
export function preloadLandingRoute(pathname: string): Promise<unknown> {
  if (/^\/customers\/[^/]+/.test(pathname)) return loadCustomerRoute()
  return Promise.resolve()
}

/** A crash in one page shows an error panel inside the layout; the navigation keeps working. */
function Page({ children }: { children: ReactNode }) {
  return (
    <RouteErrorBoundary>
      <Suspense fallback={<p className="visually-hidden">Loading…</p>}>{children}</Suspense>
    </RouteErrorBoundary>
  )
}

/**
 * The route table, built once: `<Routes>` would turn its JSX children into route objects again
 * on every render (each navigation), and the first render pays for it before the list shows.
 */
const page = (path: string, element: ReactNode): RouteObject => ({
  path,
  element: <Page>{element}</Page>,
})

const ROUTES: RouteObject[] = [
  {
    element: <AppLayout />,
    children: [
      { index: true, element: <Navigate to="/customers" replace /> },
      // One area for both: the list stays alive, hidden, under a customer it opened.
      page('customers', <CustomersArea />),
      page('customers/:id/:tab?', <CustomersArea overview={<CustomerRoute />} />),
      page('import', <ImportRoute />),
      page('import/history', <ImportRoute />),
      page('settings', <SettingsRoute />),
      page('audit', <AuditRoute />),
      page('audit/:entryId/:tab?', <AuditEntryRoute />),
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]

function MatchedRoute() {
  return useRoutes(ROUTES)
}

export function AppRoutes() {
  return (
    <BrowserRouter>
      <MatchedRoute />
    </BrowserRouter>
  )
}
