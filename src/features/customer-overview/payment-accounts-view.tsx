import { useId, useState } from 'react'
import type { CheckingAccount, CreditCard, PaymentAccount } from '../../api/payment-account-readers'
import { DescriptionList } from '../../components/description-list'
import { MaskedValue } from '../../components/masked-value'
import { humanizeCode } from '../../lib/format'
import { EmptyState, InactiveBadge, RankBadges } from './view-parts'

function CheckingDetails({ account, name }: { account: CheckingAccount; name: string }) {
  return (
    <DescriptionList
      items={[
        { term: 'Bank', value: account.bankName },
        {
          term: 'Account type',
          value: account.accountType ? humanizeCode(account.accountType) : null,
        },
        {
          term: 'Account number',
          value: <MaskedValue value={account.accountNumber} label={`account number of ${name}`} />,
        },
        { term: 'Routing number', value: account.routingNumber },
      ]}
    />
  )
}

function CardDetails({ card, name }: { card: CreditCard; name: string }) {
  return (
    <DescriptionList
      items={[
        { term: 'Card type', value: card.cardType ? humanizeCode(card.cardType) : null },
        {
          term: 'Card number',
          value: <MaskedValue value={card.cardNumber} label={`card number of ${name}`} />,
        },
        { term: 'Expires', value: card.cardExpiration },
        { term: 'Card holder', value: card.cardHolderName },
      ]}
    />
  )
}

function accountKind(account: PaymentAccount): string {
  if (account.checkingAccount) return 'Bank account'
  if (account.creditCard) return 'Credit card'
  return account.type ? humanizeCode(account.type) : 'Payment account'
}

function PaymentAccountCard({ account }: { account: PaymentAccount }) {
  const name = account.title ?? accountKind(account)
  return (
    <li className="overview-card">
      <div className="overview-card__head">
        <h3 className="overview-card__title">{name}</h3>
        <span className="overview-badges">
          <span className="badge">{accountKind(account)}</span>
          <RankBadges isPrimary={account.isPrimary} isSecondary={account.isSecondary} />
          <InactiveBadge active={account.active} />
          {account.visible ? null : <span className="badge">Hidden in LoanPro</span>}
        </span>
      </div>
      {account.checkingAccount ? (
        <CheckingDetails account={account.checkingAccount} name={name} />
      ) : account.creditCard ? (
        <CardDetails card={account.creditCard} name={name} />
      ) : (
        <p className="muted">LoanPro sent no bank or card details for this account.</p>
      )}
    </li>
  )
}

/** LoanPro lists only active, visible accounts by default (as its SDK does). */
function isShownByDefault(account: PaymentAccount): boolean {
  return account.active && account.visible
}

export function PaymentAccountsView({ value }: { value: PaymentAccount[] }) {
  const [showHidden, setShowHidden] = useState(false)
  const toggleId = useId()
  if (value.length === 0) return <EmptyState>No payment accounts on file.</EmptyState>
  const hidden = value.filter((account) => !isShownByDefault(account)).length
  const shown = showHidden ? value : value.filter(isShownByDefault)
  return (
    <>
      {hidden > 0 && (
        <p className="overview-toggle">
          <input
            id={toggleId}
            type="checkbox"
            checked={showHidden}
            onChange={(event) => setShowHidden(event.target.checked)}
          />{' '}
          <label htmlFor={toggleId}>Show inactive or hidden accounts ({hidden})</label>
        </p>
      )}
      {shown.length === 0 ? (
        <EmptyState>
          No active payment accounts; {hidden === 1 ? 'one is' : `${hidden} are`} inactive or
          hidden.
        </EmptyState>
      ) : (
        <ul className="overview-cards" aria-label="Payment accounts">
          {shown.map((account, index) => (
            <PaymentAccountCard key={account.id ?? `row-${index}`} account={account} />
          ))}
        </ul>
      )}
    </>
  )
}
