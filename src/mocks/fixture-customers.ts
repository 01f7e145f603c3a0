import { NESTED_OBJECTS } from '../api/nested-objects'
import { buildCustomerEntity } from './customer-entity'
import { DEMO_FIXTURES } from './fixtures'
import { FIXTURE_ADDRESS, FULL_FIXTURE_NESTED, HOSTILE_FIXTURE_NESTED } from './fixture-nested'
import { addressEntity, loanEntity, noteEntity, phoneEntity } from './nested-builders'
import { mulberry32 } from './random'
import type {
  CustomerRecord,
  NestedData,
  SearchAddress,
  SearchDoc,
  WireEntity,
} from './tenant-types'

const CREATED = '2021-03-04 09:15:00'
const CREATED_S = 1614849300

/** No nested objects: null for each single, an empty list for each collection. */
function emptyNested(): NestedData {
  const nested: Partial<NestedData> = {}
  for (const { key, kind } of NESTED_OBJECTS)
    Object.assign(nested, { [key]: kind === 'single' ? null : [] })
  // Every key of the table is set above.
  return nested as NestedData
}

export interface FixtureCustomer {
  doc: SearchDoc
  /** Built on first use: the list needs only the documents (the 500 notes cost ~10 ms at 4× CPU). */
  record: () => CustomerRecord
}

/**
 * A fixture customer: its search document from `base` and the nested objects it counts, and
 * `later` for nested objects the document does not depend on, built with the record.
 */
function fixture(
  base: Partial<SearchDoc> & { id: number },
  nested: Partial<NestedData>,
  later: () => Partial<NestedData> = () => ({}),
): FixtureCustomer {
  const all: NestedData = { ...emptyNested(), ...nested }
  const phones = all.Phones
  const employer = all.Employer
  const score = all.CreditScore
  const isCompany = base.customerType === 'customer.type.company'
  const firstName = base.firstName ?? null
  const lastName = base.lastName ?? null
  const address = all.PrimaryAddress
  const doc: SearchDoc = {
    id: base.id, // first, as LoanPro lists it
    customId: null,
    customerType: 'customer.type.individual',
    status: 'Active',
    firstName,
    middleName: null,
    lastName,
    customerName: base.companyName ?? `${firstName ?? ''} ${lastName ?? ''}`.trim(),
    companyName: null,
    email: null,
    ssn: isCompany ? null : `00000${base.id}`.slice(-9),
    birthDate: isCompany ? null : '1980-05-17',
    primaryPhone: typeof phones[0]?.phone === 'string' ? phones[0].phone : null,
    creditScore: typeof score?.equifaxScore === 'number' ? score.equifaxScore : null,
    loansCount: all.Loans.length,
    paymentAccountsCount: all.PaymentAccounts.length,
    referencesCount: all.References.length,
    hasEmployer: employer ? 1 : 0,
    created: CREATED,
    primaryAddress: address ? docAddress(address) : null,
    employer:
      typeof employer?.companyName === 'string' ? { companyName: employer.companyName } : null,
    customFields: null,
    accessUserName: null,
    ...withoutId(base),
  }
  let record: CustomerRecord | undefined
  return {
    doc,
    record: () =>
      (record ??= {
        entity: buildCustomerEntity(doc, mulberry32(doc.id)),
        nested: { ...all, ...later() },
      }),
  }
}

function docAddress(a: WireEntity): SearchAddress {
  const text = (key: string) => (typeof a[key] === 'string' ? String(a[key]) : '')
  return {
    address1: text('address1'),
    city: text('city'),
    state: text('state').replace('geo.state.', ''),
    zipcode: text('zipcode'),
    country: text('country'),
    isVerified: Number(a.isVerified) ? 1 : 0,
  }
}

function withAddress(id: number, address: SearchAddress): Pick<NestedData, 'PrimaryAddress'> {
  return { PrimaryAddress: addressEntity(id * 1000 + 1, address, CREATED_S) }
}

const { full, empty, hostile, manyNotes, company, jose, zoe, lukasz, cjk, deletable, linked } =
  DEMO_FIXTURES
const CHICAGO: SearchAddress = FIXTURE_ADDRESS

function simplePhone(id: number, phone: string) {
  return [
    phoneEntity(id * 1000 + 100, {
      phone,
      type: 'cell',
      isPrimary: 1,
      isSecondary: 0,
      dndEnabled: 0,
    }),
  ]
}

/** The fixture customers, in id order. */
export function buildFixtureCustomers(): FixtureCustomer[] {
  return [
    fixture(
      {
        ...pickNames(full),
        customId: 'IMP-FULL-1',
        email: 'margaret.fullerton@example.com',
        customFields: ['Gold', 'Referral'],
      },
      FULL_FIXTURE_NESTED,
    ),
    fixture({ ...pickNames(empty), ssn: null, birthDate: null }, {}),
    fixture(
      {
        ...pickNames(hostile),
        middleName: '@SUM(A1)',
        email: 'hostile@example.com',
        customId: '+cmd',
        customFields: ['+cmd', '-2+3', '@SUM(A1)'],
      },
      HOSTILE_FIXTURE_NESTED,
    ),
    fixture({ ...pickNames(manyNotes), email: 'nora.whitfield@example.com' }, {}, () => ({
      Notes: Array.from({ length: manyNotes.notesCount }, (_, i) =>
        noteEntity(
          manyNotes.id * 1000 + i,
          `Note ${i + 1} of 500`,
          `<p>Follow-up number ${i + 1}.</p>`,
          'Lee Collector',
          CREATED_S + i * 3600,
        ),
      ),
    })),
    fixture(
      {
        id: company.id,
        customerType: 'customer.type.company',
        companyName: company.companyName,
        email: 'ap@acmefreight.example',
      },
      {
        ...withAddress(company.id, { ...CHICAGO, address1: '1 Freight Way' }),
        Phones: simplePhone(company.id, '3125550105'),
      },
    ),
    fixture(
      { ...pickNames(jose), email: 'jose.alvarez@example.com', status: 'Lead' },
      withAddress(jose.id, { ...CHICAGO, city: 'San José', state: 'CA', zipcode: '95113' }),
    ),
    fixture(
      { ...pickNames(zoe), email: 'zoe.faure@example.com', status: 'Prospect' },
      { Phones: simplePhone(zoe.id, '2125550107') },
    ),
    fixture({ ...pickNames(lukasz), email: 'lukasz.wisniewski@example.com' }, {}),
    fixture({ ...pickNames(cjk), email: 'xiaolong.li@example.com' }, {}),
    fixture(
      { ...pickNames(deletable), email: 'dale.removable@example.com', status: 'Inactive' },
      {},
    ),
    fixture(
      { ...pickNames(linked), email: 'linda.loanholder@example.com' },
      {
        Loans: Array.from({ length: linked.loansCount }, (_, i) =>
          loanEntity(linked.id * 1000 + 200 + i, linked.id, i, CREATED_S),
        ),
      },
    ),
  ]
}

function pickNames(f: { id: number; firstName: string; lastName: string }) {
  return { id: f.id, firstName: f.firstName, lastName: f.lastName }
}

function withoutId(value: Partial<SearchDoc>): Partial<SearchDoc> {
  const copy = { ...value }
  delete copy.id
  return copy
}
