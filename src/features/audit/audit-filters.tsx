import { useState, type FormEvent } from 'react'
import { AUDIT_OUTCOMES, OUTCOME_WORDS, type AuditFilter } from './audit-types'

interface AuditFiltersProps {
  filter: AuditFilter
  onApply: (filter: AuditFilter) => void
  /** Operators see only their own entries: no filter by person. */
  showUser: boolean
}

/** The filter form; applied on submit, so typing does not ask the server on every key. */
export function AuditFilters({ filter, onApply, showUser }: AuditFiltersProps) {
  const [draft, setDraft] = useState<AuditFilter>(filter)
  const field = (key: keyof AuditFilter) => ({
    value: draft[key] ?? '',
    onChange: (event: { target: { value: string } }) =>
      setDraft((current) => ({ ...current, [key]: event.target.value })),
  })
  const submit = (event: FormEvent) => {
    event.preventDefault()
    onApply(draft)
  }
  return (
    <form className="audit-filters" aria-label="Audit filters" onSubmit={submit}>
      {showUser ? (
        <label className="field">
          <span className="field__label">User</span>
          <input
            className="input"
            type="search"
            placeholder="Name, email or subject"
            {...field('user')}
          />
        </label>
      ) : null}
      <label className="field">
        <span className="field__label">Customer ID</span>
        <input className="input" inputMode="numeric" pattern="[0-9]*" {...field('customerId')} />
      </label>
      <label className="field">
        <span className="field__label">Outcome</span>
        <select className="select" {...field('outcome')}>
          <option value="">Any</option>
          {AUDIT_OUTCOMES.map((outcome) => (
            <option key={outcome} value={outcome}>
              {OUTCOME_WORDS[outcome].text}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field__label">From</span>
        <input className="input" type="date" {...field('from')} />
      </label>
      <label className="field">
        <span className="field__label">To</span>
        <input className="input" type="date" {...field('to')} />
      </label>
      <label className="field">
        <span className="field__label">Run</span>
        <input className="input" {...field('run')} />
      </label>
      <div className="audit-filters__actions">
        <button type="submit" className="button button--primary">
          Apply filters
        </button>
        <button
          type="button"
          className="button button--ghost"
          onClick={() => {
            setDraft({})
            onApply({})
          }}
        >
          Clear
        </button>
      </div>
    </form>
  )
}
