import { useEffect, useState } from 'react'

/**
 * True once `active` has lasted `delayMs`; false again as soon as it stops. `since` (a
 * `performance.now()` time) is when it became active, if that was before this view mounted.
 */
export function useDelayedFlag(active: boolean, delayMs: number, since?: number): boolean {
  const [elapsed, setElapsed] = useState(false)
  if (!active && elapsed) setElapsed(false)
  useEffect(() => {
    if (!active) return
    const waited = since === undefined ? 0 : performance.now() - since
    const timer = window.setTimeout(() => setElapsed(true), Math.max(0, delayMs - waited))
    return () => window.clearTimeout(timer)
  }, [active, delayMs, since])
  return active && elapsed
}
