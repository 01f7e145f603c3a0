import type { CreditScore } from '../../api/nested-object-readers'
import { DescriptionList } from '../../components/description-list'
import { formatDateTime } from '../../lib/format'
import { EmptyState } from './view-parts'

/** LoanPro stores 0 for a bureau that was never pulled. */
function scoreOrNull(score: number | null): number | null {
  return score === null || score <= 0 ? null : score
}

export function CreditScoreView({ value }: { value: CreditScore | null }) {
  const scores = value
    ? [
        { bureau: 'Equifax', score: scoreOrNull(value.equifaxScore) },
        { bureau: 'TransUnion', score: scoreOrNull(value.transunionScore) },
        { bureau: 'Experian', score: scoreOrNull(value.experianScore) },
      ]
    : []
  if (!value || scores.every((item) => item.score === null)) {
    return <EmptyState>No credit score on file.</EmptyState>
  }
  return (
    <div className="overview-stack">
      <ul className="overview-scores" aria-label="Scores by bureau">
        {scores.map((item) => (
          <li key={item.bureau} className="overview-score">
            <span className="overview-score__bureau">{item.bureau}</span>
            <span className="overview-score__value">
              {item.score ?? <span className="muted">Not pulled</span>}
            </span>
          </li>
        ))}
      </ul>
      <div className="overview-fields">
        <DescriptionList
          items={[
            { term: 'Recorded', value: value.created ? formatDateTime(value.created) : null },
            { term: 'Last changed', value: value.modified ? formatDateTime(value.modified) : null },
          ]}
        />
      </div>
    </div>
  )
}
