import { useEffect, useState } from 'react'

/** True once `active` has lasted `delayMs`; false again as soon as it stops. */
export function useDelayedFlag(active: boolean, delayMs: number): boolean {
  const [elapsed, setElapsed] = useState(false)
  if (!active && elapsed) setElapsed(false)
  useEffect(() => {
    if (!active) return
    const timer = window.setTimeout(() => setElapsed(true), delayMs)
    return () => window.clearTimeout(timer)
  }, [active, delayMs])
  return active && elapsed
}
