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
  type RecordOf,
} from './field-readers'
import type { NestedObjectKey } from './nested-objects'
import { isDeferred, isJsonObject } from './odata'
import { paymentAccountReader } from './payment-account-readers'

/*
 * The entity reader of each nested object (docs/loanpro-api.md §5), and so its clean type: each
 * type is what its reader returns. Ids are null only when LoanPro sends none; enum codes stay
 * raw codes (`customer.phoneType.cell`).
 */

const ADDRESS_FIELDS = {
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
}
export type Address = RecordOf<typeof ADDRESS_FIELDS>
const addressReader = recordReader('address', ADDRESS_FIELDS)

const PHONE_FIELDS = {
  id: integerField,
  phone: textField,
  type: textField,
  isPrimary: flagField,
  isSecondary: flagField,
  carrierName: textField,
  isLandLine: flagField,
  /** Do not call. */
  dndEnabled: flagField,
  active: flagField,
}
export type Phone = RecordOf<typeof PHONE_FIELDS>
const phoneReader = recordReader('phone', PHONE_FIELDS)

const EMPLOYER_FIELDS = {
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
}
export type Employer = RecordOf<typeof EMPLOYER_FIELDS>
const employerReader = recordReader('employer', EMPLOYER_FIELDS)

const CREDIT_SCORE_FIELDS = {
  id: integerField,
  equifaxScore: integerField,
  transunionScore: integerField,
  experianScore: integerField,
  created: dateField,
  modified: dateField,
}
export type CreditScore = RecordOf<typeof CREDIT_SCORE_FIELDS>
const creditScoreReader = recordReader('credit score', CREDIT_SCORE_FIELDS)

const LOAN_FIELDS = {
  id: integerField,
  displayId: textField,
  title: textField,
  active: flagField,
  archived: flagField,
  deleted: flagField,
  created: dateField,
  /** From the loan's `LoanSettings` (a real Loan has no status of its own). */
  loanStatusId: integerField,
  /** The title of `LoanSettings.LoanStatus`, when both were expanded; else null. */
  statusName: textField,
  /** The customer's role on the loan (`loan.customerRole.primary|secondary`). */
  loanRole: textField,
}
export type Loan = RecordOf<typeof LOAN_FIELDS>

/** The `title` (or `name`) of an expanded link; null when it is deferred or absent. */
function linkText(value: unknown, ...fields: string[]): unknown {
  if (!isJsonObject(value) || isDeferred(value)) return null
  for (const field of fields)
    if (typeof value[field] === 'string' && value[field]) return value[field]
  return null
}

/** An expanded link's object; {} when it is deferred or absent. */
function linkObject(value: unknown): Record<string, unknown> {
  return isJsonObject(value) && !isDeferred(value) ? value : {}
}

const loanReader = entityReader('loan', (raw) => {
  if (!isJsonObject(raw)) return null
  const settings = linkObject(raw.LoanSettings)
  return readRecord(
    {
      ...raw,
      loanStatusId: settings.loanStatusId ?? null,
      statusName: linkText(settings.LoanStatus, 'title', 'name'),
      loanRole: raw.loanRole ?? raw.customerRole ?? null,
    },
    LOAN_FIELDS,
  )
})

const REFERENCE_FIELDS = {
  id: integerField,
  name: textField,
  relation: textField,
  primaryPhone: textField,
  secondaryPhone: textField,
  active: flagField,
}
export type Reference = RecordOf<typeof REFERENCE_FIELDS>
const referenceReader = recordReader('reference', REFERENCE_FIELDS)

/** Profile URLs are untrusted: the UI links only http(s). */
const SOCIAL_PROFILE_FIELDS = {
  id: integerField,
  profileType: textField,
  profileUrl: textField,
  profileUsername: textField,
  profilePhotoUrl: textField,
}
export type SocialProfile = RecordOf<typeof SOCIAL_PROFILE_FIELDS>
const socialProfileReader = recordReader('social profile', SOCIAL_PROFILE_FIELDS)

const CUSTOMER_DOCUMENT_FIELDS = {
  id: integerField,
  fileName: textField,
  description: textField,
  sectionId: integerField,
  userName: textField,
  size: integerField,
  archived: flagField,
  created: dateField,
}
export type CustomerDocument = RecordOf<typeof CUSTOMER_DOCUMENT_FIELDS>
const customerDocumentReader = recordReader('customer document', CUSTOMER_DOCUMENT_FIELDS)

const NOTE_FIELDS = {
  id: integerField,
  subject: textField,
  /** HTML from users: sanitize before showing it. */
  body: textField,
  /** The expanded `Author`'s name, else the note's own `authorName`. */
  authorName: textField,
  categoryId: integerField,
  /** The expanded `Category`'s title; null when LoanPro gave none. */
  categoryName: textField,
  created: dateField,
}
export type Note = RecordOf<typeof NOTE_FIELDS>

function authorName(author: unknown): unknown {
  if (!isJsonObject(author) || isDeferred(author)) return null
  const full = [author.firstName, author.lastName]
    .filter((part) => typeof part === 'string' && part.trim())
    .join(' ')
  return full || linkText(author, 'name', 'userName')
}

const noteReader = entityReader('note', (raw) =>
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

const CUSTOM_FIELD_VALUE_FIELDS = {
  id: integerField,
  customFieldId: integerField,
  /** The field's name, when LoanPro expanded `CustomField`; it is usually deferred. */
  customFieldName: textField,
  customFieldValue: textField,
}
export type CustomFieldValue = RecordOf<typeof CUSTOM_FIELD_VALUE_FIELDS>

const customFieldValueReader = entityReader('custom field value', (raw) => {
  if (!isJsonObject(raw)) return null
  const field = raw.CustomField
  const name = isJsonObject(field) && !isDeferred(field) ? (field.name ?? field.title) : null
  return readRecord({ ...raw, customFieldName: name }, CUSTOM_FIELD_VALUE_FIELDS)
})

/**
 * One entity reader per row of NESTED_OBJECTS (a missing or extra one is a compile error);
 * the row's `kind` says whether the object is one entity or a list of them.
 */
export const NESTED_OBJECT_READERS = {
  PrimaryAddress: addressReader,
  MailAddress: addressReader,
  Phones: phoneReader,
  Employer: employerReader,
  CreditScore: creditScoreReader,
  Loans: loanReader,
  PaymentAccounts: paymentAccountReader,
  References: referenceReader,
  SocialProfiles: socialProfileReader,
  Documents: customerDocumentReader,
  Notes: noteReader,
  CustomFieldValues: customFieldValueReader,
} satisfies Record<NestedObjectKey, EntityReader<unknown>>
