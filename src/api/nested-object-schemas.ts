import {
  dateField,
  entityReader,
  flagField,
  integerField,
  moneyField,
  readRecord,
  recordReader,
  textField,
  type EntityReader,
} from './field-readers'
import { isDeferred, isJsonObject } from './odata'

/*
 * The clean types of the twelve nested objects (docs/loanpro-api.md §5). Ids are null only when
 * LoanPro sends none; enum codes stay raw codes (`customer.phoneType.cell`).
 */

export interface Address {
  id: number | null
  address1: string | null
  address2: string | null
  city: string | null
  state: string | null
  zipcode: string | null
  country: string | null
  geoLat: string | null
  geoLon: string | null
  isVerified: boolean
  isStandardized: boolean
  active: boolean
  created: string | null
}

export const addressSchema: EntityReader<Address> = recordReader('address', {
  id: integerField,
  address1: textField,
  address2: textField,
  city: textField,
  state: textField,
  zipcode: textField,
  country: textField,
  geoLat: textField,
  geoLon: textField,
  isVerified: flagField,
  isStandardized: flagField,
  active: flagField,
  created: dateField,
})

export interface Phone {
  id: number | null
  phone: string | null
  type: string | null
  isPrimary: boolean
  isSecondary: boolean
  carrierName: string | null
  isLandLine: boolean
  /** Do not call. */
  dndEnabled: boolean
  active: boolean
}

export const phoneSchema: EntityReader<Phone> = recordReader('phone', {
  id: integerField,
  phone: textField,
  type: textField,
  isPrimary: flagField,
  isSecondary: flagField,
  carrierName: textField,
  isLandLine: flagField,
  dndEnabled: flagField,
  active: flagField,
})

export interface Employer {
  id: number | null
  companyName: string | null
  title: string | null
  phone: string | null
  income: number | null
  incomeFrequency: string | null
  hireDate: string | null
  payDate: string | null
  payDateFrequency: string | null
  active: boolean
}

export const employerSchema: EntityReader<Employer> = recordReader('employer', {
  id: integerField,
  companyName: textField,
  title: textField,
  phone: textField,
  income: moneyField,
  incomeFrequency: textField,
  hireDate: dateField,
  payDate: dateField,
  payDateFrequency: textField,
  active: flagField,
})

export interface CreditScore {
  id: number | null
  equifaxScore: number | null
  transunionScore: number | null
  experianScore: number | null
  created: string | null
  modified: string | null
}

export const creditScoreSchema: EntityReader<CreditScore> = recordReader('credit score', {
  id: integerField,
  equifaxScore: integerField,
  transunionScore: integerField,
  experianScore: integerField,
  created: dateField,
  modified: dateField,
})

export interface Loan {
  id: number | null
  displayId: string | null
  title: string | null
  active: boolean
  archived: boolean
  deleted: boolean
  created: string | null
  loanStatusId: number | null
  /** The status's title, from the expanded `LoanStatus` link; null when LoanPro gave none. */
  statusName: string | null
  /** The customer's role on the loan (`loan.customerRole.primary|secondary`). */
  loanRole: string | null
}

const LOAN_FIELDS = {
  id: integerField,
  displayId: textField,
  title: textField,
  active: flagField,
  archived: flagField,
  deleted: flagField,
  created: dateField,
  loanStatusId: integerField,
  statusName: textField,
  loanRole: textField,
}

/** The `title` (or `name`) of an expanded link; null when it is deferred or absent. */
function linkText(value: unknown, ...fields: string[]): unknown {
  if (!isJsonObject(value) || isDeferred(value)) return null
  for (const field of fields)
    if (typeof value[field] === 'string' && value[field]) return value[field]
  return null
}

export const loanSchema: EntityReader<Loan> = entityReader('loan', (raw) =>
  isJsonObject(raw)
    ? readRecord(
        {
          ...raw,
          statusName: linkText(raw.LoanStatus, 'title', 'name'),
          loanRole: raw.loanRole ?? raw.customerRole ?? null,
        },
        LOAN_FIELDS,
      )
    : null,
)

export interface Reference {
  id: number | null
  name: string | null
  relation: string | null
  primaryPhone: string | null
  secondaryPhone: string | null
  active: boolean
}

export const referenceSchema: EntityReader<Reference> = recordReader('reference', {
  id: integerField,
  name: textField,
  relation: textField,
  primaryPhone: textField,
  secondaryPhone: textField,
  active: flagField,
})

/** Profile URLs are untrusted: the UI links only http(s). */
export interface SocialProfile {
  id: number | null
  profileType: string | null
  profileUrl: string | null
  profileUsername: string | null
  profilePhotoUrl: string | null
}

export const socialProfileSchema: EntityReader<SocialProfile> = recordReader('social profile', {
  id: integerField,
  profileType: textField,
  profileUrl: textField,
  profileUsername: textField,
  profilePhotoUrl: textField,
})

export interface CustomerDocument {
  id: number | null
  fileName: string | null
  description: string | null
  sectionId: number | null
  userName: string | null
  size: number | null
  archived: boolean
  created: string | null
}

export const customerDocumentSchema: EntityReader<CustomerDocument> = recordReader(
  'customer document',
  {
    id: integerField,
    fileName: textField,
    description: textField,
    sectionId: integerField,
    userName: textField,
    size: integerField,
    archived: flagField,
    created: dateField,
  },
)

/** `body` is HTML from users: sanitize before showing it. */
export interface Note {
  id: number | null
  subject: string | null
  body: string | null
  /** The expanded `Author`'s name, else the note's own `authorName`. */
  authorName: string | null
  categoryId: number | null
  /** The expanded `Category`'s title; null when LoanPro gave none. */
  categoryName: string | null
  created: string | null
}

const NOTE_FIELDS = {
  id: integerField,
  subject: textField,
  body: textField,
  authorName: textField,
  categoryId: integerField,
  categoryName: textField,
  created: dateField,
}

function authorName(author: unknown): unknown {
  if (!isJsonObject(author) || isDeferred(author)) return null
  const full = [author.firstName, author.lastName]
    .filter((part) => typeof part === 'string' && part.trim())
    .join(' ')
  return full || linkText(author, 'name', 'userName')
}

export const noteSchema: EntityReader<Note> = entityReader('note', (raw) =>
  isJsonObject(raw)
    ? readRecord(
        {
          ...raw,
          authorName: authorName(raw.Author) ?? raw.authorName,
          categoryName: linkText(raw.Category, 'title', 'name'),
        },
        NOTE_FIELDS,
      )
    : null,
)

export interface CustomFieldValue {
  id: number | null
  customFieldId: number | null
  /** The field's name, when LoanPro expanded `CustomField`; it is usually deferred. */
  customFieldName: string | null
  customFieldValue: string | null
}

const CUSTOM_FIELD_VALUE_FIELDS = {
  id: integerField,
  customFieldId: integerField,
  customFieldName: textField,
  customFieldValue: textField,
}

export const customFieldValueSchema: EntityReader<CustomFieldValue> = entityReader(
  'custom field value',
  (raw) => {
    if (!isJsonObject(raw)) return null
    const field = raw.CustomField
    const name = isJsonObject(field) && !isDeferred(field) ? (field.name ?? field.title) : null
    return readRecord({ ...raw, customFieldName: name }, CUSTOM_FIELD_VALUE_FIELDS)
  },
)
