import { useState } from 'react'
import { maskValue } from '../lib/format'
import './masked-value.css'

interface MaskedValueProps {
  value: string | null | undefined
  /** What the value is, for the button's name: "Reveal SSN". */
  label: string
  /** How the revealed value reads (e.g. a formatted date); the raw value by default. */
  format?: (value: string) => string
  /** How the hidden value reads; the last four characters by default. */
  mask?: (value: string) => string
  empty?: string
}

/** A sensitive value, hidden until someone asks for it, field by field. */
export function MaskedValue({
  value,
  label,
  format = (text) => text,
  mask = (text) => maskValue(text),
  empty = '—',
}: MaskedValueProps) {
  const [revealed, setRevealed] = useState(false)
  if (!value) return <span className="muted">{empty}</span>
  return (
    <span className="masked-value">
      <span
        className={
          revealed ? 'masked-value__text' : 'masked-value__text masked-value__text--hidden'
        }
      >
        {revealed ? format(value) : mask(value)}
      </span>
      <button
        type="button"
        className="button button--ghost button--small masked-value__toggle"
        // Short on screen, full for assistive tech: "Reveal SSN".
        aria-label={revealed ? `Hide ${label}` : `Reveal ${label}`}
        onClick={() => setRevealed((shown) => !shown)}
      >
        {revealed ? 'Hide' : 'Reveal'}
      </button>
    </span>
  )
}
