import { useEffect, useLayoutEffect } from 'react'

interface DialogPendingProps {
  onPending: (pending: boolean) => void
  /** Escape while the dialog is on its way: the person changed their mind, so it never opens. */
  onCancel: () => void
}

/** Renders nothing; tells the trigger that its dialog is on its way, while it is. */
export function DialogPending({ onPending, onCancel }: DialogPendingProps) {
  useLayoutEffect(() => {
    onPending(true)
    return () => onPending(false)
  }, [onPending])
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return
      // A dialog already on screen (hidden while something inside it loads, mid-delete) keeps
      // its own rules for Escape: only a dialog that has not opened yet is cancelled.
      if (document.querySelector('[role="alertdialog"], [role="dialog"]')) return
      event.preventDefault()
      onCancel()
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [onCancel])
  return null
}
