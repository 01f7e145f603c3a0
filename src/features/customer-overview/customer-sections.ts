import { NESTED_OBJECTS, type NestedObjectKey } from '../../api/nested-objects'

/** A tab of the overview: the customer's own fields, or one nested object. */
export interface CustomerSection {
  slug: string
  label: string
  /** The nested object shown; absent for Details. */
  objectKey?: NestedObjectKey
}

export const DETAILS_SECTION: CustomerSection = { slug: 'details', label: 'Details' }

/** Details, then the nested objects in table order (docs/ui-contract.md#customer-overview). */
export const CUSTOMER_SECTIONS: readonly CustomerSection[] = [
  DETAILS_SECTION,
  ...NESTED_OBJECTS.map((object) => ({
    slug: object.slug,
    label: object.label,
    objectKey: object.key,
  })),
]

/** Unknown or missing slugs open Details rather than failing. */
export function sectionForSlug(slug: string | undefined): CustomerSection {
  return CUSTOMER_SECTIONS.find((section) => section.slug === slug) ?? DETAILS_SECTION
}

export function sectionPath(customerId: number, section: CustomerSection): string {
  return section.objectKey ? `/customers/${customerId}/${section.slug}` : `/customers/${customerId}`
}

/** Only plain positive whole numbers are customer ids. */
export function parseCustomerId(raw: string | undefined): number | null {
  if (!raw || !/^\d{1,15}$/.test(raw)) return null
  const id = Number(raw)
  return Number.isSafeInteger(id) && id > 0 ? id : null
}
