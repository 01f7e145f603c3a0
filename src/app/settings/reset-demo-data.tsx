import { useQueryClient } from '@tanstack/react-query'
import { useRef, useState } from 'react'
import { AlertDialog } from '../../components/alert-dialog'
import { useAnnounce } from '../../components/announcer'

export function ResetDemoData({ onReset }: { onReset: () => void }) {
  const [open, setOpen] = useState(false)
  const cancelRef = useRef<HTMLButtonElement>(null)
  const queryClient = useQueryClient()
  const announce = useAnnounce()

  const reset = () => {
    onReset()
    queryClient.clear()
    setOpen(false)
    announce('Demo data reset: every demo customer is back.', 'success')
  }

  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)}>
        Reset demo data
      </button>
      <AlertDialog
        open={open}
        title="Reset demo data?"
        onClose={() => setOpen(false)}
        initialFocusRef={cancelRef}
        actions={
          <>
            <button ref={cancelRef} type="button" className="button" onClick={() => setOpen(false)}>
              Cancel
            </button>
            <button type="button" className="button button--primary" onClick={reset}>
              Reset demo data
            </button>
          </>
        }
      >
        <p>
          Every demo customer you deleted comes back, and the demo tenant starts over. This only
          affects the demo tenant in this browser.
        </p>
      </AlertDialog>
    </>
  )
}
