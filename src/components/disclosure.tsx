import { useId, useState, type ReactNode } from 'react'
import './disclosure.css'

interface DisclosureProps {
  /** Button text while closed, e.g. "Show request". */
  label: string
  /** Button text while open; defaults to `label`. */
  openLabel?: string
  children: ReactNode
  defaultOpen?: boolean
  /** Controlled use: the owner keeps the state (e.g. a remembered preference). */
  open?: boolean
  onOpenChange?: (open: boolean) => void
}

/** The WAI-ARIA disclosure pattern: a button that shows and hides a region below it. */
export function Disclosure({
  label,
  openLabel,
  children,
  defaultOpen = false,
  open: controlled,
  onOpenChange,
}: DisclosureProps) {
  const [own, setOwn] = useState(defaultOpen)
  const open = controlled ?? own
  const contentId = useId()
  return (
    <div className="disclosure">
      <button
        type="button"
        className="disclosure__button"
        aria-expanded={open}
        aria-controls={contentId}
        onClick={() => {
          setOwn(!open)
          onOpenChange?.(!open)
        }}
      >
        <span className="disclosure__icon" aria-hidden="true" />
        {open ? (openLabel ?? label) : label}
      </button>
      <div id={contentId} className="disclosure__content" hidden={!open}>
        {open ? children : null}
      </div>
    </div>
  )
}
