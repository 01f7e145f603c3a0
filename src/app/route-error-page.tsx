import { Link, isRouteErrorResponse, useRouteError } from 'react-router'
import { NotFoundPage } from './not-found-page'

/** Last line of defence: a crash in one page shows this instead of a blank screen. */
export function RouteErrorPage() {
  const error = useRouteError()
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />
  return (
    <section className="card" role="alert" aria-labelledby="route-error-title">
      <h1 id="route-error-title">Something went wrong on this page</h1>
      <p>
        The page could not be shown. Nothing was changed in LoanPro. Reload the page to try again;
        if it keeps happening, go back to the customer list.
      </p>
      <p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          Reload page
        </button>{' '}
        <Link to="/customers">Go to the customer list</Link>
      </p>
    </section>
  )
}
