import { useIsFetching } from '@tanstack/react-query'
import { customerKeys } from '../../api/customer-keys'
import { loadingStatus, SLOW_ANSWER_TEXT, useSlowAnswer } from '../../api/slow-answer'

/** Stand-ins for the summary's facts (an individual's: the usual case), as long as typical values. */
const SKELETON_FACTS = [
  ['Primary phone', '(312) 555-0101'],
  ['Primary address', '233 S Wacker Dr, Chicago, IL'],
  ['Email', 'firstname.lastname@example.com'],
  ['Created', 'Mar 4, 2021, 9:15 AM'],
  ['Updated', 'Mar 4, 2021, 9:15 AM'],
] as const

/**
 * The summary's own layout, its texts drawn as bars: it is as tall as the summary that
 * replaces it at any width (its facts wrap into the same columns), so the tabs below it stay
 * put when the customer comes (narrow screens).
 */
export function CustomerHeaderSkeleton({ customerId }: { customerId: number }) {
  // The customer's requests still out: the header waits for its three (or `$expand`). None is
  // when they are paused (offline): LoanPro is not the one being slow then.
  const requests = { queryKey: customerKeys.detail(customerId) }
  const slow = useSlowAnswer(requests, useIsFetching(requests) > 0)
  return (
    <div className="overview-header card" role="status" aria-live="polite">
      <span className="visually-hidden">{loadingStatus('customer', slow)}</span>
      <div className="overview-header__top" aria-hidden="true">
        <div className="overview-header__identity">
          <p className="overview-header__name">
            <span className="overview-skeleton__text">Firstname Lastname</span>
          </p>
          <p className="overview-header__facts">
            {/* Said in words on the facts' line, which keeps its height: nothing moves. */}
            {slow ? (
              <span className="overview-slow-answer">{SLOW_ANSWER_TEXT}</span>
            ) : (
              <span className="overview-skeleton__text">ID 1001 Active Individual</span>
            )}
          </p>
        </div>
      </div>
      <dl className="overview-header__meta" aria-hidden="true">
        {SKELETON_FACTS.map(([term, value]) => (
          <div key={term}>
            <dt>
              <span className="overview-skeleton__text">{term}</span>
            </dt>
            <dd>
              <span className="overview-skeleton__text">{value}</span>
            </dd>
          </div>
        ))}
      </dl>
      <div className="identity-strip" aria-hidden="true">
        <dl className="identity-strip__items">
          <div className="identity-strip__item">
            <dt>
              <span className="overview-skeleton__text">SSN</span>
            </dt>
            <dd className="identity-strip__value">
              <span className="overview-skeleton__text">•••-••-••••</span>
            </dd>
          </div>
        </dl>
        <span className="overview-skeleton__text identity-strip__toggle" />
      </div>
    </div>
  )
}
