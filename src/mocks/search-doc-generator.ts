import {
  CITIES,
  COMPANY_SUFFIXES,
  COMPANY_WORDS,
  EMAIL_DOMAINS,
  FIRST_NAMES,
  LAST_NAMES,
  MIDDLE_NAMES,
  STATUSES,
  STREETS,
} from './name-pools'
import { chance, digitsOf, pick, randomInt, type Random } from './random'
import type { SearchDoc } from './tenant-types'
import { isoDate, isoDateTime, slug } from './wire-values'

const CJK_NAMES: ReadonlyArray<readonly [string, string]> = [
  ['小明', '王'],
  ['美玲', '陈'],
  ['健', '李'],
  ['さくら', '佐藤'],
]
const START_2015 = 1420070400
const SPAN_10_YEARS = 10 * 365 * 86400

function pickStatus(rng: Random): string {
  let roll = rng()
  for (const [status, weight] of STATUSES) {
    roll -= weight
    if (roll < 0) return status
  }
  return 'Active'
}

/** Every random choice of one customer, in the order drawn; no text is built yet. */
export type DocDraws = ReturnType<typeof drawSearchDoc>

/**
 * Draws a customer's choices. Cheap (no strings are joined), so the tenant can replay the
 * stream up to any id to find where that customer's draws start without building the rest.
 * The draw order is the data: changing it changes every customer after the first.
 */
export function drawSearchDoc(rng: Random) {
  const isCompany = chance(rng, 0.15)
  const cjk = !isCompany && chance(rng, 0.03) ? pick(rng, CJK_NAMES) : undefined
  const firstName = isCompany ? null : (cjk?.[0] ?? pick(rng, FIRST_NAMES))
  const lastName = isCompany ? null : (cjk?.[1] ?? pick(rng, LAST_NAMES))
  const middleName = !isCompany && chance(rng, 0.25) ? pick(rng, MIDDLE_NAMES) : null
  const company = isCompany
    ? ([pick(rng, COMPANY_WORDS), pick(rng, COMPANY_SUFFIXES)] as const)
    : null
  const domain = pick(rng, EMAIL_DOMAINS)
  const hasEmail = chance(rng, 0.93)
  const city = pick(rng, CITIES)
  const hasAddress = chance(rng, 0.9)
  const hasPhone = chance(rng, 0.88)
  const hasCreditScore = !isCompany && chance(rng, 0.75)
  const score = randomInt(rng, 480, 840)
  const linked = chance(rng, 0.2)
  const created = START_2015 + Math.floor(rng() * SPAN_10_YEARS)
  const birth = -315619200 + Math.floor(rng() * 40 * 365 * 86400)
  const employer =
    !isCompany && chance(rng, 0.7)
      ? ([pick(rng, COMPANY_WORDS), pick(rng, COMPANY_SUFFIXES)] as const)
      : null
  const hasCustomId = chance(rng, 0.7)
  const status = pickStatus(rng)
  const ssnDraw = isCompany ? null : rng()
  const noBirthDate = isCompany || chance(rng, 0.05)
  const phoneDraw = hasPhone ? rng() : null
  const loansCount = linked ? (chance(rng, 0.1) ? randomInt(rng, 4, 8) : randomInt(rng, 1, 3)) : 0
  const paymentAccountsCount = chance(rng, 0.6) ? randomInt(rng, 1, 3) : 0
  const referencesCount = chance(rng, 0.5) ? randomInt(rng, 1, 4) : 0
  const address = hasAddress
    ? {
        number: randomInt(rng, 1, 9999),
        street: pick(rng, STREETS),
        zipDraw: rng(),
        isVerified: chance(rng, 0.6) ? 1 : 0,
      }
    : null
  const hasAccessUser = chance(rng, 0.3)
  return {
    isCompany,
    firstName,
    lastName,
    middleName,
    company,
    domain,
    hasEmail,
    city,
    hasCreditScore,
    score,
    created,
    birth,
    employer,
    hasCustomId,
    status,
    ssnDraw,
    noBirthDate,
    phoneDraw,
    loansCount,
    paymentAccountsCount,
    referencesCount,
    address,
    hasAccessUser,
  }
}

/** A fifth of companies are flooring customers (dealers), a type LoanPro also has. */
function companyType(id: number): SearchDoc['customerType'] {
  return id % 5 === 0 ? 'customer.type.flooringCustomer' : 'customer.type.company'
}

/** The customer's type, from its draws alone (no text built). */
export function customerTypeOf(d: Pick<DocDraws, 'isCompany'>, id: number) {
  return d.isCompany ? companyType(id) : 'customer.type.individual'
}

/** Builds the search document from its draws. */
export function buildSearchDoc(d: DocDraws, id: number): SearchDoc {
  const { isCompany, firstName, lastName, city } = d
  const companyName = d.company ? `${d.company[0]} ${d.company[1]}` : null
  const customerName = companyName ?? `${firstName ?? ''} ${lastName ?? ''}`.trim()
  const emailLocal = isCompany
    ? `info${id}`
    : `${slug(firstName ?? '') || 'customer'}.${slug(lastName ?? '') || id}${id % 97}`
  const email = d.hasEmail
    ? `${emailLocal}@${isCompany ? `${slug(companyName ?? '')}.example` : d.domain}`
    : null
  const employer = d.employer ? { companyName: `${d.employer[0]} ${d.employer[1]}` } : null
  return {
    id,
    customId: d.hasCustomId ? `IMP-${id}` : null,
    customerType: customerTypeOf(d, id),
    status: d.status,
    firstName,
    middleName: d.middleName,
    lastName,
    customerName,
    companyName,
    email,
    ssn: d.ssnDraw === null ? null : digitsOf(d.ssnDraw, 9),
    birthDate: d.noBirthDate ? null : isoDate(d.birth),
    primaryPhone: d.phoneDraw === null ? null : `${city.area}555${digitsOf(d.phoneDraw, 4)}`,
    creditScore: d.hasCreditScore ? (id % 7 === 0 ? String(d.score) : d.score) : null,
    loansCount: d.loansCount,
    paymentAccountsCount: d.paymentAccountsCount,
    referencesCount: d.referencesCount,
    hasEmployer: employer ? 1 : 0,
    created: isoDateTime(d.created),
    primaryAddress: d.address
      ? {
          address1: `${d.address.number} ${d.address.street}`,
          city: city.city,
          state: city.state,
          zipcode: `${city.zip}${digitsOf(d.address.zipDraw, 2)}`,
          country: 'company.country.usa',
          isVerified: d.address.isVerified,
        }
      : null,
    employer,
    customFields: null,
    accessUserName: d.hasAccessUser ? `${slug(customerName) || 'user'}${id}` : null,
  }
}

/** One customer's search document, drawn from `rng`. */
export function generateSearchDoc(rng: Random, id: number): SearchDoc {
  return buildSearchDoc(drawSearchDoc(rng), id)
}
