import { formatNumber } from '../../lib/format'

/**
 * One vocabulary for a run's counts, the same words on every screen and download: rows
 * rejected at validation (never sent), removed, failed, and not sent (a cancel or discard).
 */
export const COUNT_WORDS = {
  rejected: 'Rejected at validation',
  removed: 'Removed',
  failed: 'Failed',
  notSent: 'Not sent',
} as const

export type CountKey = keyof typeof COUNT_WORDS
export type RunCountValues = Record<CountKey, number>

/** A run's counts in the one vocabulary: what the engine calls skipped is said as not sent. */
export function runCountValues(
  rejected: number,
  counts: { removed: number; failed: number; skipped: number },
): RunCountValues {
  return { rejected, removed: counts.removed, failed: counts.failed, notSent: counts.skipped }
}

const TONE: Record<CountKey, string> = {
  rejected: 'import-stats__item--warning',
  removed: 'import-stats__item--success',
  failed: 'import-stats__item--danger',
  notSent: '',
}

/** The four counts of a run as a description list, labelled `label`. */
export function RunCountStats({
  counts,
  label,
  extra,
  only,
}: {
  counts: RunCountValues
  label: string
  extra?: { term: string; value: number }
  /** Show only these counts (the confirm step has only rejections so far). */
  only?: readonly CountKey[]
}) {
  const keys = only ?? (Object.keys(COUNT_WORDS) as CountKey[])
  return (
    <dl className="import-stats" aria-label={label}>
      {keys.map((key) => (
        <div key={key} className={`import-stats__item ${TONE[key]}`}>
          <dt>{COUNT_WORDS[key]}</dt>
          <dd>{formatNumber(counts[key])}</dd>
        </div>
      ))}
      {extra ? (
        <div className="import-stats__item">
          <dt>{extra.term}</dt>
          <dd>{formatNumber(extra.value)}</dd>
        </div>
      ) : null}
    </dl>
  )
}
