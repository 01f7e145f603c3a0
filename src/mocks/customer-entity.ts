import { chance, digits, pick, type Random } from './random'
import type { SearchDoc, WireEntity } from './tenant-types'
import { secondsFromIso, wireDate, wireDateOrZero, wireFlag, wireMoney } from './wire-values'

const GENDERS = ['customer.gender.female', 'customer.gender.male', 'customer.gender.unknown']
const GENERATIONS = ['customer.generationCode.none', 'customer.generationCode.jr']

/** The `Entity.Customer` fields (docs/loanpro-api.md §4), consistent with the search document. */
export function buildCustomerEntity(doc: SearchDoc, rng: Random): WireEntity {
  const isCompany = doc.customerType !== 'customer.type.individual'
  const created = secondsFromIso(doc.created)
  return {
    id: doc.id,
    customId: doc.customId,
    mcId: 5200000 + doc.id,
    customerType: doc.customerType,
    status: doc.status,
    firstName: doc.firstName ?? '',
    middleName: doc.middleName ?? '',
    lastName: doc.lastName ?? '',
    birthDate: doc.birthDate ? wireDate(secondsFromIso(doc.birthDate)) : wireDateOrZero(rng, 0),
    gender: isCompany ? 'customer.gender.unknown' : pick(rng, GENDERS),
    generationCode: pick(rng, GENERATIONS),
    email: doc.email ?? '',
    ssn: doc.ssn ?? '',
    driverLicense: isCompany || chance(rng, 0.4) ? null : `D${digits(rng, 8)}`,
    companyName: doc.companyName ?? '',
    contactName: isCompany
      ? `${pick(rng, ['Ann', 'Raúl', 'Kim'])} ${pick(rng, ['Reyes', 'Lee'])}`
      : '',
    customerIdType: isCompany ? 'customer.idType.employerNumber' : 'customer.idType.ssn',
    customerId: isCompany ? digits(rng, 9) : (doc.ssn ?? ''),
    creditLimit: wireMoney(rng, chance(rng, 0.5) ? 0 : 500 * Math.ceil(rng() * 40)),
    accessUserName: doc.accessUserName,
    active: wireFlag(rng, doc.status !== 'Inactive' && doc.status !== 'Closed'),
    ofacMatch: wireFlag(rng, false),
    ofacTested: wireFlag(rng, chance(rng, 0.8)),
    hasAvatar: 0,
    created: wireDate(created),
    lastUpdate: wireDateOrZero(rng, created + Math.floor(rng() * 86400 * 300)),
    creditScoreId: doc.creditScore === null ? null : doc.id * 10,
  }
}
