import { Component, type ReactNode } from 'react'
import { Link, useLocation } from 'react-router'

interface BoundaryProps {
  children: ReactNode
  /** A new location clears the error: the person can navigate away from a broken page. */
  resetKey: string
}

class Boundary extends Component<BoundaryProps, { failed: boolean; resetKey: string }> {
  state = { failed: false, resetKey: this.props.resetKey }

  static getDerivedStateFromError() {
    return { failed: true }
  }

  static getDerivedStateFromProps(
    props: BoundaryProps,
    state: { failed: boolean; resetKey: string },
  ) {
    return props.resetKey === state.resetKey ? null : { failed: false, resetKey: props.resetKey }
  }

  render() {
    return this.state.failed ? <RouteErrorPage /> : this.props.children
  }
}

/** Last line of defence: a crash in one page shows this instead of a blank screen. */
export function RouteErrorBoundary({ children }: { children: ReactNode }) {
  const location = useLocation()
  return <Boundary resetKey={location.pathname}>{children}</Boundary>
}

function RouteErrorPage() {
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
