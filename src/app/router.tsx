import { createBrowserRouter, Navigate } from 'react-router'
import { AppLayout } from './layout/app-layout'
import { NotFoundPage } from './not-found-page'
import { RouteErrorPage } from './route-error-page'

/** Feature pages are lazy route modules (each exports `Component`), so each page loads its own JS. */
export const loadCustomersRoute = () => import('./routes/customers-route')

export function createAppRouter() {
  return createBrowserRouter([
    {
      path: '/',
      element: <AppLayout />,
      errorElement: <RouteErrorPage />,
      // The first lazy page is loading: the layout is not rendered yet, keep the screen calm.
      hydrateFallbackElement: <p className="visually-hidden">Loading…</p>,
      children: [
        {
          errorElement: <RouteErrorPage />,
          children: [
            { index: true, element: <Navigate to="/customers" replace /> },
            { path: 'customers', lazy: loadCustomersRoute },
            { path: 'customers/:id/:tab?', lazy: () => import('./routes/customer-route') },
            { path: 'import', lazy: () => import('./routes/import-route') },
            { path: 'import/history', lazy: () => import('./routes/import-route') },
            { path: 'settings', lazy: () => import('./routes/settings-route') },
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ])
}
