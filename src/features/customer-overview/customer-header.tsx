import type { ReactNode } from 'react'
import { Link } from 'react-router'
import type { Customer, CustomerSummary } from '../../api/customer-schema'
import type { Address, Phone } from '../../api/nested-object-schemas'
import { formatDateTime, formatPhone, humanizeCode } from '../../lib/format'
import { formatAddressLine } from './address-view'

interface CustomerHeaderProps {
  customer: Customer
  /** undefined while not loaded (per-object mode before the tab was opened). */
  phones: Phone[] | undefined
  primaryAddress: Address | null | undefined
  /**
   * The customer's row from a list search already in the cache, if any: its primary phone and
   * city stand in for Phones and Primary Address until those are loaded, without a request.
   */
  listed?: CustomerSummary
  /** Where the Phones and Primary Address tabs are, for values not loaded yet. */
  phonesHref: string
  addressHref: string
  /** Controls at the right: the fetch style switch, the Delete customer slot. */
  actions?: ReactNode
}

function statusBadgeClass(customer: Customer): string {
  const status = customer.status?.toLowerCase() ?? ''
  if (/(deceased|fraud|bankrupt|closed|charged)/.test(status)) return 'badge badge--danger'
  if (!customer.active || /inactive|suspend|hold/.test(status)) return 'badge badge--warning'
  if (status === 'active') return 'badge badge--success'
  return 'badge'
}

function primaryPhoneOf(phones: Phone[]): Phone | undefined {
  return phones.find((phone) => phone.isPrimary) ?? phones[0]
}

function NotLoaded({ href, label }: { href: string; label: string }) {
  return (
    <Link to={href} className="overview-header__load">
      {label}
    </Link>
  )
}

/** "Chicago, IL 60606" from a search row; empty when the row has no city or state. */
function listedPlace(row: CustomerSummary): string {
  const state = row.state ? humanizeCode(row.state, '') : ''
  const region = [state, row.zipcode].filter(Boolean).join(' ')
  return [row.city, region].filter(Boolean).join(', ')
}

/** A value known from the customer list, with the way to the tab that has the whole story. */
function FromList({ value, href, more }: { value: string; href: string; more: string }) {
  return (
    <>
      {value}{' '}
      <Link to={href} className="overview-header__more">
        {more}
      </Link>
    </>
  )
}

export function CustomerHeader(props: CustomerHeaderProps) {
  const { customer, phones, primaryAddress, listed, actions } = props
  const phone = phones ? primaryPhoneOf(phones) : undefined
  const listedPhone = listed?.primaryPhone ? formatPhone(listed.primaryPhone) : ''
  const place = listed ? listedPlace(listed) : ''
  const company = customer.customerType === 'company'
  return (
    <header className="overview-header card">
      <div className="overview-header__top">
        <div className="overview-header__identity">
          <h1 className="overview-header__name">{customer.displayName}</h1>
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
            <dd>{customer.contactName ?? <span className="muted">None on file</span>}</dd>
          </div>
        ) : null}
        <div>
          <dt>Primary phone</dt>
          <dd>
            {phones === undefined ? (
              listedPhone ? (
                <FromList value={listedPhone} href={props.phonesHref} more="All phones" />
              ) : (
                <NotLoaded href={props.phonesHref} label="Show phones" />
              )
            ) : phone?.phone ? (
              <>
                {formatPhone(phone.phone)}
                {phone.dndEnabled ? <span className="badge badge--danger">Do not call</span> : null}
              </>
            ) : (
              <span className="muted">None on file</span>
            )}
          </dd>
        </div>
        <div>
          <dt>Email</dt>
          <dd>{customer.email ?? <span className="muted">None on file</span>}</dd>
        </div>
        <div>
          <dt>Primary address</dt>
          <dd>
            {primaryAddress === undefined ? (
              place ? (
                <FromList value={place} href={props.addressHref} more="Full address" />
              ) : (
                <NotLoaded href={props.addressHref} label="Show address" />
              )
            ) : primaryAddress ? (
              formatAddressLine(primaryAddress) || <span className="muted">Empty address</span>
            ) : (
              <span className="muted">None on file</span>
            )}
          </dd>
        </div>
        <div>
          <dt>Created</dt>
          <dd>{formatDateTime(customer.created)}</dd>
        </div>
        <div>
          <dt>Last update</dt>
          <dd>{formatDateTime(customer.lastUpdate)}</dd>
        </div>
      </dl>
    </header>
  )
}

export function CustomerHeaderSkeleton() {
  return (
    <div className="overview-header card" role="status" aria-live="polite">
      <span className="visually-hidden">Loading customer…</span>
      <span className="overview-skeleton__bar overview-skeleton__bar--title" />
      <span className="overview-skeleton__bar" style={{ width: '40%' }} />
      <span className="overview-skeleton__bar" style={{ width: '70%' }} />
    </div>
  )
}
