import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { EmailAddress } from '../../components/email-address'
import { Heading } from '../../components/heading-level'
import type { Customer } from '../../api/customer-readers'
import type { Address, Phone } from '../../api/nested-object-readers'
import { customerStatusTone } from '../../api/customer-status'
import { formatDateTime, formatPhone, humanizeCode } from '../../lib/format'
import { formatAddressLine } from './address-view'
import { IdentityStrip } from './identity-strip'

/** A header object: its value, or the fact that it could not be read (the tab says why). */
export type HeaderValue<T> = { value: T } | { failed: true }

interface CustomerHeaderProps {
  customer: Customer
  phones: HeaderValue<Phone[]>
  primaryAddress: HeaderValue<Address | null>
  /** Where the Phones and Primary Address tabs are, for values that could not be read. */
  phonesHref: string
  addressHref: string
  revealed: boolean
  onRevealedChange: (revealed: boolean) => void
  /** Controls at the right: the Delete customer slot. */
  actions?: ReactNode
}

function statusBadgeClass(customer: Customer): string {
  const tone = customerStatusTone(customer.status, customer.active)
  return tone ? `badge badge--${tone}` : 'badge'
}

function primaryPhoneOf(phones: Phone[]): Phone | undefined {
  return phones.find((phone) => phone.isPrimary) ?? phones[0]
}

const none = <span className="muted">None on file</span>

function Unreadable({ href, tab }: { href: string; tab: string }) {
  return (
    <span className="muted">
      Not loaded: <Link to={href}>open {tab}</Link>
    </span>
  )
}

function PhoneValue({ phones, href }: { phones: HeaderValue<Phone[]>; href: string }) {
  if (!('value' in phones)) return <Unreadable href={href} tab="Phones" />
  const phone = primaryPhoneOf(phones.value)
  if (!phone?.phone) return none
  return (
    <>
      {formatPhone(phone.phone)}
      {phone.dndEnabled ? <span className="badge badge--danger">Do not call</span> : null}
    </>
  )
}

function AddressValue({ address, href }: { address: HeaderValue<Address | null>; href: string }) {
  if (!('value' in address)) return <Unreadable href={href} tab="Primary Address" />
  if (!address.value) return none
  return formatAddressLine(address.value) || <span className="muted">Empty address</span>
}

/**
 * The customer at a glance, the same however the page was reached: it is shown once the
 * customer, Phones and Primary Address are all known, and nothing in it changes afterwards.
 */
export function CustomerHeader(props: CustomerHeaderProps) {
  const { customer, actions } = props
  const company = customer.customerType === 'company'
  return (
    <header className="overview-header card">
      <div className="overview-header__top">
        <div className="overview-header__identity">
          <Heading level={1} className="overview-header__name">
            {customer.displayName}
          </Heading>
          <p className="overview-header__facts">
            <span className="overview-header__id">ID {customer.id}</span>
            <span className={statusBadgeClass(customer)}>{customer.status ?? 'No status'}</span>
            <span className="badge">{humanizeCode(customer.customerType, 'Customer')}</span>
            {customer.active || /inactive/i.test(customer.status ?? '') ? null : (
              <span className="badge badge--warning">Inactive</span>
            )}
          </p>
        </div>
        {actions ? <div className="overview-header__actions">{actions}</div> : null}
      </div>
      <dl className="overview-header__meta">
        {company ? (
          <div>
            <dt>Contact</dt>
            <dd>{customer.contactName ?? none}</dd>
          </div>
        ) : null}
        <div>
          <dt>Primary phone</dt>
          <dd>
            <PhoneValue phones={props.phones} href={props.phonesHref} />
          </dd>
        </div>
        <div>
          <dt>Primary address</dt>
          <dd className="overview-header__address">
            <AddressValue address={props.primaryAddress} href={props.addressHref} />
          </dd>
        </div>
        <div>
          <dt>Email</dt>
          <dd>{customer.email ? <EmailAddress email={customer.email} /> : none}</dd>
        </div>
        <div>
          <dt>Created</dt>
          <dd>{formatDateTime(customer.created)}</dd>
        </div>
        <div>
          <dt>Updated</dt>
          <dd>{formatDateTime(customer.lastUpdate)}</dd>
        </div>
      </dl>
      <IdentityStrip
        customer={customer}
        revealed={props.revealed}
        onRevealedChange={props.onRevealedChange}
      />
    </header>
  )
}
