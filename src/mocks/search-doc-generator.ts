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
import { chance, digits, pick, randomInt, type Random } from './random'
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

/** The eagerly generated part of a customer: cheap enough for 100,000 of them. */
export function generateSearchDoc(rng: Random, id: number): SearchDoc {
  const isCompany = chance(rng, 0.15)
  const cjk = !isCompany && chance(rng, 0.03) ? pick(rng, CJK_NAMES) : undefined
  const firstName = isCompany ? null : (cjk?.[0] ?? pick(rng, FIRST_NAMES))
  const lastName = isCompany ? null : (cjk?.[1] ?? pick(rng, LAST_NAMES))
  const middleName = !isCompany && chance(rng, 0.25) ? pick(rng, MIDDLE_NAMES) : null
  const companyName = isCompany
    ? `${pick(rng, COMPANY_WORDS)} ${pick(rng, COMPANY_SUFFIXES)}`
    : null
  const customerName = companyName ?? `${firstName ?? ''} ${lastName ?? ''}`.trim()
  const domain = pick(rng, EMAIL_DOMAINS)
  const emailLocal = isCompany
    ? `info${id}`
    : `${slug(firstName ?? '') || 'customer'}.${slug(lastName ?? '') || id}${id % 97}`
  const email = chance(rng, 0.93)
    ? `${emailLocal}@${isCompany ? `${slug(companyName ?? '')}.example` : domain}`
    : null
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
      ? { companyName: `${pick(rng, COMPANY_WORDS)} ${pick(rng, COMPANY_SUFFIXES)}` }
      : null
  return {
    id,
    customId: chance(rng, 0.7) ? `IMP-${id}` : null,
    customerType: isCompany ? 'customer.type.company' : 'customer.type.individual',
    status: pickStatus(rng),
    firstName,
    middleName,
    lastName,
    customerName,
    companyName,
    email,
    ssn: isCompany ? null : digits(rng, 9),
    birthDate: isCompany || chance(rng, 0.05) ? null : isoDate(birth),
    primaryPhone: hasPhone ? `${city.area}555${digits(rng, 4)}` : null,
    creditScore: hasCreditScore ? (id % 7 === 0 ? String(score) : score) : null,
    loansCount: linked ? (chance(rng, 0.1) ? randomInt(rng, 4, 8) : randomInt(rng, 1, 3)) : 0,
    paymentAccountsCount: chance(rng, 0.6) ? randomInt(rng, 1, 3) : 0,
    referencesCount: chance(rng, 0.5) ? randomInt(rng, 1, 4) : 0,
    hasEmployer: employer ? 1 : 0,
    created: isoDateTime(created),
    primaryAddress: hasAddress
      ? {
          address1: `${randomInt(rng, 1, 9999)} ${pick(rng, STREETS)}`,
          city: city.city,
          state: city.state,
          zipcode: `${city.zip}${digits(rng, 2)}`,
          country: 'company.country.usa',
          isVerified: chance(rng, 0.6) ? 1 : 0,
        }
      : null,
    employer,
    customFields: null,
    accessUserName: chance(rng, 0.3) ? `${slug(customerName) || 'user'}${id}` : null,
  }
}
