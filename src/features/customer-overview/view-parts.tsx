import type { ReactNode } from 'react'
import { formatPhone } from '../../lib/format'

/** The empty state of a view: says what is missing, in words. */
export function EmptyState({ children }: { children: ReactNode }) {
  return <p className="overview-empty">{children}</p>
}

export function yesNo(value: boolean): string {
  return value ? 'Yes' : 'No'
}

/** A phone number as people read it, or null. */
export function phoneText(value: string | null): string | null {
  return value ? formatPhone(value) : null
}

/** Primary / secondary markers; the text carries the meaning, not the colour. */
export function RankBadges({
  isPrimary,
  isSecondary,
}: {
  isPrimary: boolean
  isSecondary: boolean
}) {
  return (
    <>
      {isPrimary ? <span className="badge badge--success">Primary</span> : null}
      {isSecondary ? <span className="badge">Secondary</span> : null}
    </>
  )
}

export function InactiveBadge({ active, label = 'Inactive' }: { active: boolean; label?: string }) {
  return active ? null : <span className="badge badge--warning">{label}</span>
}

/** A dash for cells with nothing in them, so columns stay readable. */
export function Cell({ children }: { children: ReactNode }) {
  return children === null || children === undefined || children === '' ? (
    <span className="muted">—</span>
  ) : (
    <>{children}</>
  )
}

/** "company.country.usa" → "USA"; longer codes as words. */
export function formatCountry(code: string | null): string | null {
  if (!code) return null
  const last = code.split('.').pop() ?? code
  return last.length <= 3 ? last.toUpperCase() : last.charAt(0).toUpperCase() + last.slice(1)
}

/** Bytes as people read them: 1536 → "1.5 KB". */
export function formatFileSize(bytes: number | null): string | null {
  if (bytes === null || bytes < 0) return null
  if (bytes < 1024) return `${bytes} B`
  const units = ['KB', 'MB', 'GB']
  let size = bytes / 1024
  let unit = 0
  while (size >= 1024 && unit < units.length - 1) {
    size /= 1024
    unit += 1
  }
  return `${size.toLocaleString(undefined, { maximumFractionDigits: 1 })} ${units[unit] ?? 'GB'}`
}
