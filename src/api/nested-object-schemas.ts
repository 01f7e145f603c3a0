import * as z from 'zod/mini'
import { isDeferred, isJsonObject } from './odata'
import { dateField, flagField, integerField, moneyField, textField } from './schema-fields'

/*
 * The clean types of the twelve nested objects (loanpro-api.md §5). Ids are null only when
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

export const addressSchema: z.ZodMiniType<Address> = z.object({
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

export const phoneSchema: z.ZodMiniType<Phone> = z.object({
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

export const employerSchema: z.ZodMiniType<Employer> = z.object({
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

export const creditScoreSchema: z.ZodMiniType<CreditScore> = z.object({
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
}

export const loanSchema: z.ZodMiniType<Loan> = z.object({
  id: integerField,
  displayId: textField,
  title: textField,
  active: flagField,
  archived: flagField,
  deleted: flagField,
  created: dateField,
})

export interface Reference {
  id: number | null
  name: string | null
  relation: string | null
  primaryPhone: string | null
  secondaryPhone: string | null
  active: boolean
}

export const referenceSchema: z.ZodMiniType<Reference> = z.object({
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

export const socialProfileSchema: z.ZodMiniType<SocialProfile> = z.object({
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

export const customerDocumentSchema: z.ZodMiniType<CustomerDocument> = z.object({
  id: integerField,
  fileName: textField,
  description: textField,
  sectionId: integerField,
  userName: textField,
  size: integerField,
  archived: flagField,
  created: dateField,
})

/** `body` is HTML from users: sanitize before showing it. */
export interface Note {
  id: number | null
  subject: string | null
  body: string | null
  authorName: string | null
  categoryId: number | null
  created: string | null
}

export const noteSchema: z.ZodMiniType<Note> = z.object({
  id: integerField,
  subject: textField,
  body: textField,
  authorName: textField,
  categoryId: integerField,
  created: dateField,
})

export interface CustomFieldValue {
  id: number | null
  customFieldId: number | null
  /** The field's name, when LoanPro expanded `CustomField`; it is usually deferred. */
  customFieldName: string | null
  customFieldValue: string | null
}

export const customFieldValueSchema: z.ZodMiniType<CustomFieldValue> = z.pipe(
  z.transform((raw: unknown) => {
    if (!isJsonObject(raw)) return raw
    const field = raw.CustomField
    const name = isJsonObject(field) && !isDeferred(field) ? (field.name ?? field.title) : null
    return { ...raw, customFieldName: name }
  }),
  z.object({
    id: integerField,
    customFieldId: integerField,
    customFieldName: textField,
    customFieldValue: textField,
  }),
)
