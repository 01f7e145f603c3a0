import { NavLink, Outlet } from 'react-router'
import { lazy, Suspense, useEffect, useState } from 'react'
import { useCan, useSignedInUser } from '../../api/team-session'
import { useAuditAvailable } from '../../features/audit/use-audit-available'
import { afterNextPaint } from '../../lib/after-next-paint'
import { useConnection } from '../connection/connection-context'
import type { DemoRuntime } from '../connection/demo-runtime'
import { SessionEndedNotice } from './session-ended-notice'
import { SignedInUser } from './signed-in-user'
import './app-layout.css'

const NAV = [
  { to: '/customers', label: 'Customers' },
  { to: '/import', label: 'Import' },
  { to: '/settings', label: 'Settings' },
] as const

function connectionLabel(kind: string): string {
  if (kind === 'demo') return 'Demo tenant'
  if (kind === 'proxy') return 'LoanPro tenant (server)'
  return 'LoanPro tenant'
}

/*
 * The Import item's run badge, loaded a moment after the first page has painted: it shows only
 * while a run is on or waiting, and its code (run states, server runs) should not compete
 * with the first page's own requests and rendering.
 */
const ImportRunStatus = lazy(() =>
  import('../../features/customer-import/import-run-status').then((module) => ({
    default: module.ImportRunStatus,
  })),
)

const RUN_BADGE_AFTER_MS = 1000

function useRunBadgeDue(): boolean {
  const [due, setDue] = useState(false)
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    const cancelPaint = afterNextPaint(() => {
      timer = setTimeout(() => setDue(true), RUN_BADGE_AFTER_MS)
    })
    return () => {
      cancelPaint()
      clearTimeout(timer)
    }
  }, [])
  return due
}

/** True once the demo tenant failed to start (its code could not load, say). */
function useDemoFailed(demo: DemoRuntime | null): boolean {
  const [failed, setFailed] = useState(false)
  useEffect(() => {
    let current = true
    demo?.ready.catch(() => {
      if (current) setFailed(true)
    })
    return () => {
      current = false
    }
  }, [demo])
  return failed
}

export function AppLayout() {
  const { settings, demo } = useConnection()
  const demoFailed = useDemoFailed(settings.kind === 'demo' ? demo : null)
  const runBadgeDue = useRunBadgeDue()
  // Team mode only (someone signed in): the server keeps an audit log, and this person may read
  // it. Outside team mode nothing is asked (the server has no such route).
  const signedIn = useSignedInUser() !== null
  const audit = useAuditAvailable(settings.kind === 'proxy' && signedIn)
  // Team mode: the import is for bulk removers only.
  const canImport = useCan('bulk-remove')
  const allowed = canImport ? NAV : NAV.filter((item) => item.to !== '/import')
  // Audit goes just before Settings.
  const nav = audit
    ? [...allowed.slice(0, -1), { to: '/audit', label: 'Audit' }, ...allowed.slice(-1)]
    : allowed
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app__header">
        <span className="app__brand">Customer Manager</span>
        <nav aria-label="Main">
          <ul className="app__nav">
            {nav.map((item) => (
              <li key={item.to} className="app__nav-item">
                <NavLink to={item.to} className="app__nav-link">
                  {item.label}
                </NavLink>
                {item.to === '/import' && runBadgeDue ? (
                  <Suspense fallback={null}>
                    <ImportRunStatus />
                  </Suspense>
                ) : null}
              </li>
            ))}
          </ul>
        </nav>
        <NavLink to="/settings" className={`app__connection app__connection--${settings.kind}`}>
          <span className="app__connection-dot" aria-hidden="true" />
          {connectionLabel(settings.kind)}
        </NavLink>
        <SignedInUser />
      </header>
      <main id="main" className="app__main" tabIndex={-1}>
        <SessionEndedNotice />
        {settings.kind === 'demo' && (!demo || demoFailed) ? (
          <p role="alert" className="app__banner">
            The demo tenant could not start in this browser. Reload the page, or connect a LoanPro
            tenant in Settings.
          </p>
        ) : null}
        <Outlet />
      </main>
    </div>
  )
}
