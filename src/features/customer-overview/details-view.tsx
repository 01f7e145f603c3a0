import type { Customer } from '../../api/customer-readers'
import { DescriptionList, type DescriptionItem } from '../../components/description-list'
import { EmailAddress } from '../../components/email-address'
import { MaskedValue } from '../../components/masked-value'
import { formatCalendarDate, formatDateTime, formatMoney, humanizeCode } from '../../lib/format'
import { einOf, formatEin } from './identity-values'
import { yesNo } from './view-parts'

function formatSsn(value: string): string {
  const digits = value.replace(/\D/g, '')
  return digits.length === 9
    ? `${digits.slice(0, 3)}-${digits.slice(3, 5)}-${digits.slice(5)}`
    : value
}

const hideAll = () => '••••••••'

function codeOrNull(code: string | null): string | null {
  return code ? humanizeCode(code) : null
}

const ID_TYPES: Readonly<Record<string, string>> = { ssn: 'SSN', sin: 'SIN', itin: 'ITIN' }

/** `customer.idType.ssn` → "SSN"; other types as words. */
function idTypeName(code: string | null): string | null {
  const last = code?.split('.').pop() ?? ''
  return ID_TYPES[last.toLowerCase()] ?? codeOrNull(code)
}

const GENERATIONS: Readonly<Record<string, string>> = { jr: 'Jr.', sr: 'Sr.' }

/** `customer.generationCode.jr` → "Jr.", `.iii` → "III"; `.none` is no suffix at all. */
export function generationName(code: string | null): string | null {
  const last = code?.split('.').pop()?.trim().toLowerCase() ?? ''
  if (!last || last === 'none') return null
  if (/^[ivx]+$/.test(last)) return last.toUpperCase()
  return GENERATIONS[last] ?? humanizeCode(code)
}

/** A person's names and the fields only a person has. */
function personIdentity(customer: Customer): DescriptionItem[] {
  return [
    { term: 'First name', value: customer.firstName },
    { term: 'Middle name', value: customer.middleName },
    { term: 'Last name', value: customer.lastName },
    { term: 'Generation', value: generationName(customer.generationCode) },
    { term: 'Gender', value: codeOrNull(customer.gender) },
    {
      term: 'Birth date',
      value: (
        <MaskedValue
          value={customer.birthDate}
          label="birth date"
          format={(iso) => formatCalendarDate(iso)}
          mask={hideAll}
        />
      ),
    },
    {
      term: 'SSN',
      value: <MaskedValue value={customer.ssn} label="SSN" format={formatSsn} />,
    },
  ]
}

/** A company: its name, contact and EIN; none of the fields only a person has. */
function companyIdentity(customer: Customer): DescriptionItem[] {
  return [
    { term: 'Company name', value: customer.companyName },
    { term: 'Contact name', value: customer.contactName },
    {
      term: 'EIN',
      value: <MaskedValue value={einOf(customer)} label="EIN" format={formatEin} />,
    },
  ]
}

/** The customer's own fields (not the nested objects), grouped as staff read them. */
export function DetailsView({ customer }: { customer: Customer }) {
  const company = customer.customerType === 'company'
  return (
    <div className="overview-stack">
      <section aria-labelledby="details-identity" className="overview-section">
        <h2 id="details-identity" className="overview-section__title">
          Identity
        </h2>
        <DescriptionList
          items={[
            ...(company ? companyIdentity(customer) : personIdentity(customer)),
            { term: 'Government ID type', value: idTypeName(customer.customerIdType) },
            {
              term: 'Government ID',
              value: <MaskedValue value={customer.customerId} label="government ID" />,
            },
            {
              term: 'Driver license',
              value: <MaskedValue value={customer.driverLicense} label="driver license" />,
            },
          ]}
        />
      </section>
      <section aria-labelledby="details-account" className="overview-section">
        <h2 id="details-account" className="overview-section__title">
          Account
        </h2>
        <DescriptionList
          items={[
            { term: 'Customer ID', value: String(customer.id) },
            { term: 'Import ID', value: customer.customId },
            { term: 'Type', value: codeOrNull(customer.customerType) },
            { term: 'Status', value: customer.status },
            {
              term: 'Email',
              value: customer.email && <EmailAddress email={customer.email} />,
            },
            { term: 'Portal user name', value: customer.accessUserName },
            {
              term: 'Credit limit',
              value: customer.creditLimit === null ? null : formatMoney(customer.creditLimit),
            },
            { term: 'Active', value: yesNo(customer.active) },
            { term: 'OFAC tested', value: yesNo(customer.ofacTested) },
            {
              term: 'OFAC match',
              value: customer.ofacMatch ? (
                <span className="badge badge--danger">OFAC match</span>
              ) : (
                'No'
              ),
            },
            { term: 'Created', value: customer.created ? formatDateTime(customer.created) : null },
            {
              term: 'Last update',
              value: customer.lastUpdate ? formatDateTime(customer.lastUpdate) : null,
            },
          ]}
        />
      </section>
    </div>
  )
}
