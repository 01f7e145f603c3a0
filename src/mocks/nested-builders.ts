import type { SearchAddress, WireEntity } from './tenant-types'
import { wireDate } from './wire-values'

/** Builders of nested entities in wire format, shared by the generator and the fixtures. */

export function addressEntity(
  id: number,
  a: SearchAddress,
  created: number,
  extra = {},
): WireEntity {
  return {
    id,
    address1: a.address1,
    address2: null,
    city: a.city,
    state: `geo.state.${a.state}`,
    zipcode: a.zipcode,
    country: a.country,
    geoLat: '41.8781',
    geoLon: '-87.6298',
    isVerified: a.isVerified,
    isStandardized: 0,
    active: 1,
    created: wireDate(created),
    ...extra,
  }
}

export interface PhoneInit {
  phone: string
  type: string
  isPrimary: number | string
  isSecondary: number | string
  dndEnabled: number | string
  carrierName?: string | null
  isLandLine?: number
}

export function phoneEntity(id: number, p: PhoneInit): WireEntity {
  return {
    id,
    phone: p.phone,
    type: `customer.phoneType.${p.type}`,
    isPrimary: p.isPrimary,
    isSecondary: p.isSecondary,
    sortOrder: 0,
    carrierName: p.carrierName ?? null,
    carrierVerified: 0,
    isLandLine: p.isLandLine ?? 0,
    dndEnabled: p.dndEnabled,
    active: 1,
  }
}

/** Loan statuses as a tenant defines them (ids are the tenant's own), each with a sub-status id. */
const OPEN = { status: { id: 2, title: 'Open', active: 1 }, subStatusId: 9 }
const LOAN_STATUSES: { status: WireEntity; subStatusId: number }[] = [
  OPEN,
  { status: { id: 3, title: 'Paid Off', active: 1 }, subStatusId: 12 },
  { status: { id: 6, title: 'Charged Off', active: 1 }, subStatusId: 31 },
]

export function loanEntity(
  id: number,
  customerId: number,
  index: number,
  created: number,
): WireEntity {
  const { status, subStatusId } = LOAN_STATUSES[index % LOAN_STATUSES.length] ?? OPEN
  return {
    id,
    displayId: `L${customerId}-${index + 1}`,
    title: `L${customerId}-${index + 1} : Auto Loan`,
    // The customer's role on the loan; a co-borrower is the secondary customer.
    loanRole: index % 3 === 2 ? 'loan.customerRole.secondary' : 'loan.customerRole.primary',
    settingsId: id,
    // As in LoanPro's SDK: the status lives in the loan's settings, not on the loan. Both links
    // are deferred unless `$expand=Loans/LoanSettings/LoanStatus` asks for them.
    LoanSettings: {
      id,
      loanId: id,
      loanStatusId: status.id ?? null,
      loanSubStatusId: subStatusId,
      LoanStatus: status,
    },
    active: 1,
    archived: index % 4 === 3 ? 1 : 0,
    deleted: 0,
    created: wireDate(created),
    lastMaintRun: null,
  }
}

export interface PaymentAccountInit {
  title: string
  kind: 'checking' | 'credit'
  isPrimary: number
  isSecondary: number
  holder: string
  last4: string
  bankName?: string
  cardType?: string
  /** LoanPro keeps closed accounts as inactive (and may hide them: `visible` 0). */
  active?: number
  visible?: number
}

/** A payment account with its nested CheckingAccount / CreditCard sub-object. */
export function paymentAccountEntity(id: number, p: PaymentAccountInit): WireEntity {
  const checking =
    p.kind === 'checking'
      ? {
          id: id + 1,
          accountType: 'bankacct.type.checking',
          bankName: p.bankName ?? 'First National Bank',
          accountNumber: `XXXXXX${p.last4}`,
          routingNumber: '071000013',
          token: `tok_chk_${id}`,
        }
      : null
  const card =
    p.kind === 'credit'
      ? {
          id: id + 2,
          cardType: `creditCard.type.${p.cardType ?? 'visa'}`,
          cardNumber: `XXXXXXXXXXXX${p.last4}`,
          cardExpiration: '12/2028',
          cardHolderName: p.holder,
          token: `tok_cc_${id}`,
        }
      : null
  return {
    id,
    title: p.title,
    type: `paymentAccount.type.${p.kind}`,
    isPrimary: p.isPrimary,
    isSecondary: p.isSecondary,
    active: p.active ?? 1,
    visible: p.visible ?? 1,
    CheckingAccount: checking,
    CreditCard: card,
  }
}

export function noteEntity(
  id: number,
  subject: string,
  body: string,
  authorName: string,
  created: number,
): WireEntity {
  const categoryId = 1 + (id % 4)
  const [firstName = authorName, ...rest] = authorName.split(' ')
  return {
    id,
    subject,
    body,
    authorName,
    categoryId,
    created: wireDate(created),
    // Deferred links; their names only arrive through `$expand=Notes/Category,Notes/Author`.
    Category: { id: categoryId, title: NOTE_CATEGORIES[categoryId] ?? 'General' },
    Author: {
      id: 100 + (authorName.length % 7),
      firstName,
      lastName: rest.join(' '),
      userName: authorName.toLowerCase().replace(/[^a-z]+/g, '.'),
    },
  }
}

const NOTE_CATEGORIES: Record<number, string> = {
  1: 'General',
  2: 'Collections',
  3: 'Customer Service',
  4: 'Compliance',
}

export function documentEntity(
  id: number,
  fileName: string,
  description: string,
  created: number,
): WireEntity {
  return {
    id,
    fileName,
    description,
    sectionId: 1 + (id % 3),
    userName: 'Dana Servicer',
    size: 1024 + ((id * 7919) % 900000),
    archived: 0,
    created: wireDate(created),
  }
}

export function socialProfileEntity(
  id: number,
  profileType: string,
  profileUrl: string,
  profileUsername: string,
): WireEntity {
  return {
    id,
    profileType,
    profileUrl,
    profileUsername,
    profilePhotoUrl: null,
    active: 1,
  }
}

export function customFieldValueEntity(
  id: number,
  customFieldId: number,
  value: string,
): WireEntity {
  return {
    id,
    entityId: Math.floor(id / 1000),
    customFieldId,
    customFieldValue: value,
    // Deferred link: the field's name only arrives through `CustomFieldValues/CustomField`.
    CustomField: {
      id: customFieldId,
      name: CUSTOM_FIELD_NAMES[customFieldId] ?? `Custom field ${customFieldId}`,
      entityType: 'Entity.Customer',
      fieldType: 'customField.type.text',
    },
  }
}

const CUSTOM_FIELD_NAMES: Record<number, string> = {
  10: 'Loyalty Tier',
  11: 'Lead Source',
  12: 'Years at Address',
  13: 'Preferred Contact Time',
}
