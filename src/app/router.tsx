import { lazy, Suspense, type ComponentType, type ReactNode } from 'react'
import { BrowserRouter, Navigate, Route, Routes } from 'react-router'
import { AppLayout } from './layout/app-layout'
import { NotFoundPage } from './not-found-page'
import { RouteErrorBoundary } from './route-error-boundary'

/*
 * Declarative routes (`BrowserRouter`), not the data router: the app loads no data through
 * the router (React Query does), and leaving createBrowserRouter out of the bundle keeps the
 * initial JS of /customers within its budget. Each feature page is a lazy route module that
 * exports `Component`, so each page loads its own JS.
 */
export const loadCustomersRoute = () => import('./routes/customers-route')

const lazyPage = (load: () => Promise<{ Component: ComponentType }>) =>
  lazy(() => load().then((module) => ({ default: module.Component })))

const CustomersRoute = lazyPage(loadCustomersRoute)
const CustomerRoute = lazyPage(() => import('./routes/customer-route'))
const ImportRoute = lazyPage(() => import('./routes/import-route'))
const SettingsRoute = lazyPage(() => import('./routes/settings-route'))

/** A crash in one page shows an error panel inside the layout; the navigation keeps working. */
function Page({ children }: { children: ReactNode }) {
  return (
    <RouteErrorBoundary>
      <Suspense fallback={<p className="visually-hidden">Loading…</p>}>{children}</Suspense>
    </RouteErrorBoundary>
  )
}

export function AppRoutes() {
  return (
    <BrowserRouter>
      <Routes>
        <Route element={<AppLayout />}>
          <Route index element={<Navigate to="/customers" replace />} />
          <Route
            path="customers"
            element={
              <Page>
                <CustomersRoute />
              </Page>
            }
          />
          <Route
            path="customers/:id/:tab?"
            element={
              <Page>
                <CustomerRoute />
              </Page>
            }
          />
          <Route
            path="import"
            element={
              <Page>
                <ImportRoute />
              </Page>
            }
          />
          <Route
            path="import/history"
            element={
              <Page>
                <ImportRoute />
              </Page>
            }
          />
          <Route
            path="settings"
            element={
              <Page>
                <SettingsRoute />
              </Page>
            }
          />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </BrowserRouter>
  )
}
