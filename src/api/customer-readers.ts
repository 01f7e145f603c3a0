import {
  dateField,
  entityReader,
  flagField,
  integerField,
  moneyField,
  readRecord,
  textField,
  type EntityReader,
} from './field-readers'
import { isJsonObject, readText } from './odata'

/** `customer.type.company` → `company`; unknown types keep their last segment. */
export type CustomerType = 'individual' | 'company' | (string & {})

export function normalizeCustomerType(value: unknown): CustomerType | null {
  const text = readText(value)
  if (text === null) return null
  return text.replace(/^customer\.type\./, '')
}

/** The heading of a customer: company name for companies, else first + last name. */
export function customerDisplayName(fields: {
  id: number
  customerType: CustomerType | null
  firstName: string | null
  lastName: string | null
  companyName: string | null
  customerName?: string | null
}): string {
  const person = [fields.firstName, fields.lastName].filter(Boolean).join(' ')
  const candidates =
    fields.customerType === 'company'
      ? [fields.companyName, fields.customerName, person]
      : [person, fields.customerName, fields.companyName]
  return candidates.find((name) => name) ?? `Customer ${fields.id}`
}

/** `Entity.Customer` (docs/loanpro-api.md §4). Enum codes stay raw codes; the UI words them. */
export interface Customer {
  id: number
  displayName: string
  customId: string | null
  mcId: number | null
  customerType: CustomerType | null
  status: string | null
  firstName: string | null
  middleName: string | null
  lastName: string | null
  birthDate: string | null
  gender: string | null
  generationCode: string | null
  email: string | null
  ssn: string | null
  driverLicense: string | null
  companyName: string | null
  contactName: string | null
  customerIdType: string | null
  customerId: string | null
  creditLimit: number | null
  accessUserName: string | null
  active: boolean
  ofacMatch: boolean
  ofacTested: boolean
  hasAvatar: boolean
  created: string | null
  lastUpdate: string | null
  creditScoreId: number | null
}

const CUSTOMER_FIELDS = {
  id: integerField,
  customId: textField,
  mcId: integerField,
  customerType: normalizeCustomerType,
  status: textField,
  firstName: textField,
  middleName: textField,
  lastName: textField,
  birthDate: dateField,
  gender: textField,
  generationCode: textField,
  email: textField,
  ssn: textField,
  driverLicense: textField,
  companyName: textField,
  contactName: textField,
  customerIdType: textField,
  customerId: textField,
  creditLimit: moneyField,
  accessUserName: textField,
  active: flagField,
  ofacMatch: flagField,
  ofacTested: flagField,
  hasAvatar: flagField,
  created: dateField,
  lastUpdate: dateField,
  creditScoreId: integerField,
}

/** Fails only without an object or a readable id: without one there is nothing to link to or delete. */
export const customerSchema: EntityReader<Customer> = entityReader('customer', (json) => {
  const fields = readRecord(json, CUSTOMER_FIELDS)
  if (!fields || fields.id === null) return null
  const { id } = fields
  return { ...fields, id, displayName: customerDisplayName({ ...fields, id }) }
})

/** One row of a search: a flat OpenSearch document (docs/loanpro-api.md §3), not an entity. */
export interface CustomerSummary {
  id: number
  customId: string | null
  customerType: CustomerType | null
  status: string | null
  firstName: string | null
  lastName: string | null
  displayName: string
  companyName: string | null
  email: string | null
  primaryPhone: string | null
  city: string | null
  state: string | null
  zipcode: string | null
  /** Raw digits: the UI masks it. */
  ssn: string | null
  birthDate: string | null
  loansCount: number | null
  created: string | null
}

/** The address may come nested (`primaryAddress.city`) or flattened under dotted keys. */
function addressPart(doc: unknown, part: string): unknown {
  if (!isJsonObject(doc)) return undefined
  const nested = doc.primaryAddress
  if (isJsonObject(nested) && part in nested) return nested[part]
  return doc[`primaryAddress.${part}`]
}

/**
 * Digit strings that OpenSearch may send as integers (docs/loanpro-api.md §2): an SSN or zip code
 * with leading zeros (`012345678`, `02134`) loses them as a number, so pad it back.
 */
function paddedDigits(width: number) {
  return (value: unknown): string | null => {
    const text = readText(value)
    if (typeof value !== 'number' || text === null || !/^\d+$/.test(text)) return text
    return text.length < width ? text.padStart(width, '0') : text
  }
}

/**
 * A state as search documents may carry it: the address entity's enum (`geo.state.IL`,
 * docs/loanpro-api.md §5) or the bare code. The list shows and exports the code.
 */
function stateField(value: unknown): string | null {
  const text = textField(value)
  return text?.startsWith('geo.state.') ? text.slice('geo.state.'.length) : text
}

const SUMMARY_FIELDS = {
  id: integerField,
  customId: textField,
  customerType: normalizeCustomerType,
  status: textField,
  firstName: textField,
  lastName: textField,
  customerName: textField,
  companyName: textField,
  email: textField,
  primaryPhone: textField,
  ssn: paddedDigits(9),
  birthDate: dateField,
  loansCount: integerField,
  created: dateField,
}
const zipcodeField = paddedDigits(5)

/**
 * Written out field by field, without spreading the document or the record: exports and
 * select-all read search answers of thousands of rows on the page's main thread.
 */
export const customerSummarySchema: EntityReader<CustomerSummary> = entityReader(
  'search row',
  (doc) => {
    const f = readRecord(doc, SUMMARY_FIELDS)
    if (!f || f.id === null) return null
    const id = f.id
    return {
      id,
      customId: f.customId,
      customerType: f.customerType,
      status: f.status,
      firstName: f.firstName,
      lastName: f.lastName,
      displayName: customerDisplayName({ ...f, id }),
      companyName: f.companyName,
      email: f.email,
      primaryPhone: f.primaryPhone,
      city: textField(addressPart(doc, 'city')),
      state: stateField(addressPart(doc, 'state')),
      zipcode: zipcodeField(addressPart(doc, 'zipcode')),
      ssn: f.ssn,
      birthDate: f.birthDate,
      loansCount: f.loansCount,
      created: f.created,
    }
  },
)
