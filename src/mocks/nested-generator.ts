import { NESTED_OBJECTS, type NestedObjectKey } from '../api/nested-objects'
import { buildCustomerEntity } from './customer-entity'
import { NOTE_SUBJECTS, STREETS } from './name-pools'
import {
  addressEntity,
  customFieldValueEntity,
  documentEntity,
  loanEntity,
  noteEntity,
  paymentAccountEntity,
  phoneEntity,
  socialProfileEntity,
} from './nested-builders'
import { chance, digits, hashSeed, mulberry32, pick, randomInt, type Random } from './random'
import type { CustomerRecord, NestedData, SearchDoc, WireEntity } from './tenant-types'
import { secondsFromIso, wireDate, wireDateOrZero, wireFlag, wireMoney } from './wire-values'

const PHONE_TYPES = ['cell', 'home', 'office', 'cellSmartPhone', 'fax', 'other']
const RELATIONS = ['friend', 'mother', 'father', 'sibling', 'coworker', 'other']
const FREQUENCIES = ['annually', 'monthly', 'biweekly', 'weekly']

function times<T>(count: number, make: (index: number) => T): T[] {
  return Array.from({ length: count }, (_, index) => make(index))
}

function phones(rng: Random, doc: SearchDoc): WireEntity[] {
  if (!doc.primaryPhone) return []
  const area = doc.primaryPhone.slice(0, 3)
  return times(randomInt(rng, 1, 4), (i) =>
    phoneEntity(doc.id * 1000 + 100 + i, {
      phone: i === 0 ? (doc.primaryPhone ?? '') : `${area}555${digits(rng, 4)}`,
      type: pick(rng, PHONE_TYPES),
      isPrimary: wireFlag(rng, i === 0),
      isSecondary: wireFlag(rng, i === 1),
      dndEnabled: wireFlag(rng, chance(rng, 0.15)),
      carrierName: chance(rng, 0.5) ? pick(rng, ['Verizon', 'AT&T', 'T-Mobile']) : null,
      isLandLine: chance(rng, 0.2) ? 1 : 0,
    }),
  )
}

function notes(rng: Random, id: number, created: number): WireEntity[] {
  const count = chance(rng, 0.05) ? randomInt(rng, 25, 80) : randomInt(rng, 0, 5)
  return times(count, (i) =>
    noteEntity(
      id * 1000 + 500 + i,
      pick(rng, NOTE_SUBJECTS),
      `<p>Spoke with the customer about <b>account ${id}</b>.</p><p>Next step: ${pick(rng, ['call back', 'send statement', 'none'])}.</p>`,
      pick(rng, ['Dana Servicer', 'Lee Collector', 'System']),
      created + i * 86400,
    ),
  )
}

/** What every builder below may use; `rng` is drawn from in the table's order. */
interface GeneratedCustomer {
  rng: Random
  doc: SearchDoc
  id: number
  /** The customer's creation time, in seconds. */
  created: number
}

function primaryAddress({ doc, id, created }: GeneratedCustomer): WireEntity | null {
  return doc.primaryAddress ? addressEntity(id * 1000 + 1, doc.primaryAddress, created) : null
}

/**
 * The generator of each nested object, keyed like NESTED_OBJECTS (a missing one is a compile
 * error). They run in the table's order and share one random stream, so a new object goes
 * last in the table to leave every other customer's data as it was.
 */
const NESTED_GENERATORS: { [K in NestedObjectKey]: (c: GeneratedCustomer) => NestedData[K] } = {
  PrimaryAddress: primaryAddress,
  MailAddress: (c) => {
    const { rng, id } = c
    const primary = primaryAddress(c)
    if (!primary || !chance(rng, 0.5)) return null
    return chance(rng, 0.5)
      ? { ...primary, id: id * 1000 + 2 }
      : { ...primary, id: id * 1000 + 2, address1: `PO Box ${randomInt(rng, 10, 9999)}` }
  },
  Phones: ({ rng, doc }) => phones(rng, doc),
  Employer: ({ rng, doc, id, created }) =>
    doc.employer
      ? {
          id: id * 1000 + 3,
          companyName: doc.employer.companyName,
          title: pick(rng, ['Manager', 'Driver', 'Nurse', 'Engineer', 'Clerk']),
          phone: `${doc.primaryPhone?.slice(0, 3) ?? '312'}555${digits(rng, 4)}`,
          income: wireMoney(rng, randomInt(rng, 18, 180) * 1000),
          incomeFrequency: `customerEmployer.incomeFrequency.${pick(rng, FREQUENCIES)}`,
          hireDate: wireDateOrZero(rng, created - randomInt(rng, 1, 3000) * 86400),
          payDate: wireDateOrZero(rng, created + 14 * 86400),
          payDateFrequency: 'customerEmployer.payDateFrequency.biweekly',
          active: 1,
        }
      : null,
  CreditScore: ({ rng, doc, id, created }) =>
    doc.creditScore === null
      ? null
      : {
          id: id * 10,
          equifaxScore: Number(doc.creditScore),
          transunionScore: randomInt(rng, 480, 840),
          experianScore: chance(rng, 0.2) ? 0 : randomInt(rng, 480, 840),
          created: wireDate(created),
          modified: wireDateOrZero(rng, created + 86400),
        },
  Loans: ({ doc, id, created }) =>
    times(doc.loansCount, (i) => loanEntity(id * 1000 + 200 + i, id, i, created)),
  PaymentAccounts: ({ rng, doc, id }) =>
    times(doc.paymentAccountsCount, (i) =>
      paymentAccountEntity(id * 1000 + 300 + i * 3, {
        title: `${chance(rng, 0.5) ? 'Checking' : 'Card'} ${i + 1}`,
        kind: chance(rng, 0.6) ? 'checking' : 'credit',
        isPrimary: i === 0 ? 1 : 0,
        isSecondary: i === 1 ? 1 : 0,
        holder: doc.customerName,
        last4: digits(rng, 4),
        cardType: pick(rng, ['visa', 'mastercard', 'amex', 'discover']),
        // Some old accounts are closed; derived from the id so the dice stay as they were.
        active: i > 0 && (id + i) % 4 === 0 ? 0 : 1,
      }),
    ),
  References: ({ rng, doc, id }) =>
    times(doc.referencesCount, (i) => ({
      id: id * 1000 + 400 + i,
      name: `${pick(rng, ['Sam', 'Alex', 'Jordan', 'Zoë', 'Renée'])} ${pick(rng, ['Reed', 'Núñez', 'Park'])}`,
      relation: `customerReference.relation.${pick(rng, RELATIONS)}`,
      primaryPhone: `312555${digits(rng, 4)}`,
      secondaryPhone: chance(rng, 0.3) ? `773555${digits(rng, 4)}` : null,
      address: `${randomInt(rng, 1, 999)} ${pick(rng, STREETS)}`,
      active: wireFlag(rng, true),
    })),
  SocialProfiles: ({ rng, id }) =>
    times(chance(rng, 0.3) ? randomInt(rng, 1, 2) : 0, (i) =>
      socialProfileEntity(
        id * 1000 + 450 + i,
        i === 0 ? 'customer.socialProfile.linkedin' : 'customer.socialProfile.facebook',
        `https://social.example/${id}/${i}`,
        `user${id}`,
      ),
    ),
  Documents: ({ rng, id, created }) =>
    times(chance(rng, 0.4) ? randomInt(rng, 1, 3) : 0, (i) =>
      documentEntity(
        id * 1000 + 470 + i,
        `statement-${id}-${i + 1}.pdf`,
        'Bank statement',
        created,
      ),
    ),
  Notes: ({ rng, id, created }) => notes(rng, id, created),
  CustomFieldValues: ({ rng, id }) =>
    times(chance(rng, 0.35) ? randomInt(rng, 1, 3) : 0, (i) =>
      customFieldValueEntity(
        id * 1000 + 900 + i,
        10 + i,
        pick(rng, ['Gold', 'Referral', '42', '']),
      ),
    ),
}

function generate<K extends NestedObjectKey>(
  nested: Partial<NestedData>,
  key: K,
  c: GeneratedCustomer,
) {
  nested[key] = NESTED_GENERATORS[key](c)
}

/** The lazily generated part of a customer: everything beyond its search document. */
export function generateCustomerRecord(doc: SearchDoc, seed: number): CustomerRecord {
  const rng = mulberry32(hashSeed(seed, doc.id, 7))
  const entity = buildCustomerEntity(doc, rng)
  const customer: GeneratedCustomer = { rng, doc, id: doc.id, created: secondsFromIso(doc.created) }
  const nested: Partial<NestedData> = {}
  for (const { key } of NESTED_OBJECTS) generate(nested, key, customer)
  // The loop above filled every key of the table.
  return { entity, nested: nested as NestedData }
}
