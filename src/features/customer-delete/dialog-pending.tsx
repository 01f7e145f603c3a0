import { useLayoutEffect } from 'react'

/** Renders nothing; tells the trigger that its dialog is on its way, while it is. */
export function DialogPending({ onPending }: { onPending: (pending: boolean) => void }) {
  useLayoutEffect(() => {
    onPending(true)
    return () => onPending(false)
  }, [onPending])
  return null
}
