import type { NestedObject } from '../api/nested-objects'

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json }

/** An entity in LoanPro's wire format, before `__metadata` and `__deferred` links are added. */
export type WireEntity = { [key: string]: Json }

export interface SearchAddress {
  address1: string
  city: string
  state: string
  zipcode: string
  country: string
  isVerified: number
}

/** A flat OpenSearch document, as `Autopal.Search()` returns it (docs/loanpro-api.md §3). */
export interface SearchDoc {
  id: number
  customId: string | null
  customerType:
    'customer.type.individual' | 'customer.type.company' | 'customer.type.flooringCustomer'
  status: string
  firstName: string | null
  middleName: string | null
  lastName: string | null
  customerName: string
  companyName: string | null
  email: string | null
  ssn: string | null
  birthDate: string | null
  primaryPhone: string | null
  // OpenSearch returns integers where strings were: a mix is on purpose.
  creditScore: number | string | null
  loansCount: number
  paymentAccountsCount: number
  referencesCount: number
  hasEmployer: number
  created: string
  primaryAddress: SearchAddress | null
  employer: { companyName: string } | null
  // `null` where `[]` was.
  customFields: string[] | null
  accessUserName: string | null
}

/** Single objects are an entity or null; collections are arrays (maybe empty). */
export type NestedData = {
  [O in NestedObject as O['key']]: O['kind'] extends 'single' ? WireEntity | null : WireEntity[]
}

export interface CustomerRecord {
  entity: WireEntity
  nested: NestedData
}
