import type { Customer } from '../../api/customer-readers'
import { formatCalendarDate } from '../../lib/format'
import { ageOn, einOf, formatEin, lastFourDigits } from './identity-values'

interface IdentityStripProps {
  customer: Customer
  /** Owned by the page: one Reveal for the strip, kept while this customer's page is open. */
  revealed: boolean
  onRevealedChange: (revealed: boolean) => void
}

interface StripItem {
  term: string
  /** null: nothing on file. */
  shown: string | null
  hidden: string
}

function personItems(customer: Customer): StripItem[] {
  const age = ageOn(customer.birthDate, new Date())
  const lastFour = lastFourDigits(customer.ssn)
  return [
    {
      term: 'Birth date',
      shown: customer.birthDate ? formatCalendarDate(customer.birthDate) : null,
      hidden: '••• ••, ••••',
    },
    { term: 'Age', shown: age === null ? null : String(age), hidden: '••' },
    { term: 'SSN', shown: lastFour ? `•••-••-${lastFour}` : null, hidden: '•••-••-••••' },
  ]
}

function companyItems(customer: Customer): StripItem[] {
  const ein = einOf(customer)
  return [{ term: 'EIN', shown: ein ? formatEin(ein) : null, hidden: '••-•••••••' }]
}

/**
 * What staff check when verifying a caller: birth date, age and the last four of the SSN (the
 * EIN for a company), masked until one Reveal. Values keep their width either way.
 */
export function IdentityStrip({ customer, revealed, onRevealedChange }: IdentityStripProps) {
  const company = customer.customerType === 'company'
  const items = company ? companyItems(customer) : personItems(customer)
  const what = company ? 'EIN' : 'birth date, age and SSN'
  const anything = items.some((item) => item.shown !== null)
  return (
    <div className="identity-strip">
      <dl className="identity-strip__items" aria-label="Identity">
        {items.map((item) => (
          <div key={item.term} className="identity-strip__item">
            <dt>{item.term}</dt>
            {/* At least as wide as the mask, so a shorter value moves nothing either. */}
            <dd className="identity-strip__value" style={{ minWidth: `${item.hidden.length}ch` }}>
              {item.shown === null ? (
                <span className="muted">None</span>
              ) : revealed ? (
                item.shown
              ) : (
                <>
                  <span className="identity-strip__hidden" aria-hidden="true">
                    {item.hidden}
                  </span>
                  <span className="visually-hidden">Hidden</span>
                </>
              )}
            </dd>
          </div>
        ))}
      </dl>
      {anything ? (
        <button
          type="button"
          className="button button--small identity-strip__toggle"
          aria-label={revealed ? `Hide ${what}` : `Reveal ${what}`}
          onClick={() => onRevealedChange(!revealed)}
        >
          {revealed ? 'Hide' : 'Reveal'}
        </button>
      ) : null}
    </div>
  )
}
