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
import type { NestedData } from './tenant-types'
import { wireDate, ZERO_DATE } from './wire-values'

const T = 1614849300
const FULL = 1001
const HOSTILE = 1003
/** The fixtures' one street address (the list's search documents use it too). */
export const FIXTURE_ADDRESS = {
  address1: '233 S Wacker Dr',
  city: 'Chicago',
  state: 'IL',
  zipcode: '60606',
  country: 'company.country.usa',
  isVerified: 1,
}

/** Customer 1001: every nested object present, with the awkward variants of each. */
export const FULL_FIXTURE_NESTED: Partial<NestedData> = {
  PrimaryAddress: addressEntity(FULL * 1000 + 1, FIXTURE_ADDRESS, T, { address2: 'Suite 4400' }),
  MailAddress: addressEntity(
    FULL * 1000 + 2,
    { ...FIXTURE_ADDRESS, address1: 'PO Box 1001', isVerified: 0 },
    T,
    {
      active: '1',
    },
  ),
  Phones: [
    phoneEntity(FULL * 1000 + 100, {
      phone: '3125550101',
      type: 'cell',
      isPrimary: 1,
      isSecondary: 0,
      dndEnabled: 0,
      carrierName: 'Verizon',
    }),
    phoneEntity(FULL * 1000 + 101, {
      phone: '3125550102',
      type: 'home',
      isPrimary: '0',
      isSecondary: '1',
      dndEnabled: 0,
      isLandLine: 1,
    }),
    phoneEntity(FULL * 1000 + 102, {
      phone: '3125550103',
      type: 'office',
      isPrimary: 0,
      isSecondary: 0,
      dndEnabled: 1,
    }),
  ],
  Employer: {
    id: FULL * 1000 + 3,
    companyName: 'Lakeside Logistics',
    title: 'Operations Manager',
    phone: '3125550199',
    income: '85000.00',
    incomeFrequency: 'customerEmployer.incomeFrequency.annually',
    hireDate: wireDate(1262304000),
    payDate: wireDate(1735689600),
    payDateFrequency: 'customerEmployer.payDateFrequency.biweekly',
    active: 1,
  },
  CreditScore: {
    id: FULL * 10,
    equifaxScore: 742,
    transunionScore: 738,
    experianScore: 0,
    created: wireDate(T),
    modified: ZERO_DATE,
  },
  Loans: [loanEntity(FULL * 1000 + 200, FULL, 0, T), loanEntity(FULL * 1000 + 201, FULL, 1, T)],
  PaymentAccounts: [
    paymentAccountEntity(FULL * 1000 + 300, {
      title: 'Everyday Checking',
      kind: 'checking',
      isPrimary: 1,
      isSecondary: 0,
      holder: 'Margaret Fullerton',
      last4: '6789',
      bankName: 'First National Bank',
    }),
    paymentAccountEntity(FULL * 1000 + 303, {
      title: 'Visa ending 4242',
      kind: 'credit',
      isPrimary: 0,
      isSecondary: 1,
      holder: 'Margaret Fullerton',
      last4: '4242',
      cardType: 'visa',
    }),
    // A closed account LoanPro keeps: hidden by default in the tab.
    paymentAccountEntity(FULL * 1000 + 306, {
      title: 'Old Savings',
      kind: 'checking',
      isPrimary: 0,
      isSecondary: 0,
      holder: 'Margaret Fullerton',
      last4: '1111',
      bankName: 'Lakeside Credit Union',
      active: 0,
      visible: 0,
    }),
  ],
  References: [
    {
      id: FULL * 1000 + 400,
      name: 'Renée Fullerton',
      relation: 'customerReference.relation.sibling',
      primaryPhone: '3125550140',
      secondaryPhone: null,
      address: '9 Elm St',
      active: 1,
    },
    {
      id: FULL * 1000 + 401,
      name: 'Sam Reed',
      relation: 'customerReference.relation.friend',
      primaryPhone: '7735550141',
      secondaryPhone: '7735550142',
      address: '',
      active: '1',
    },
  ],
  SocialProfiles: [
    socialProfileEntity(
      FULL * 1000 + 450,
      'customer.socialProfile.linkedin',
      'https://www.linkedin.example/in/mfullerton',
      'mfullerton',
    ),
    socialProfileEntity(
      FULL * 1000 + 451,
      'customer.socialProfile.twitter',
      'https://x.example/mfullerton',
      '@mfullerton',
    ),
  ],
  Documents: [
    documentEntity(FULL * 1000 + 470, 'drivers-license.jpg', 'Identity document', T),
    documentEntity(FULL * 1000 + 471, 'bank-statement-2024-12.pdf', 'Bank statement', T + 86400),
  ],
  Notes: [
    noteEntity(
      FULL * 1000 + 500,
      'Welcome call',
      '<p>Welcomed the customer. Prefers <b>email</b>.</p>',
      'Dana Servicer',
      T,
    ),
    noteEntity(
      FULL * 1000 + 501,
      'Payment arrangement',
      '<p>Agreed to pay on the <i>15th</i>.</p><ul><li>Autopay set up</li></ul>',
      'Lee Collector',
      T + 86400,
    ),
    noteEntity(
      FULL * 1000 + 502,
      'Address change',
      'Plain text note without HTML.',
      'System',
      T + 172800,
    ),
  ],
  CustomFieldValues: [
    customFieldValueEntity(FULL * 1000 + 900, 10, 'Gold'),
    customFieldValueEntity(FULL * 1000 + 901, 11, 'Referral'),
    customFieldValueEntity(FULL * 1000 + 902, 12, ''),
  ],
}

const SCRIPT = '<script>window.__xss=1</script>'
const IMG = '<img src=x onerror="window.__xss=1">'

/** Customer 1003: hostile text everywhere a user can type, to prove the app renders it as text. */
export const HOSTILE_FIXTURE_NESTED: Partial<NestedData> = {
  PrimaryAddress: addressEntity(
    HOSTILE * 1000 + 1,
    { ...FIXTURE_ADDRESS, address1: IMG, city: '=HYPERLINK("http://evil","x")' },
    T,
  ),
  Phones: [
    phoneEntity(HOSTILE * 1000 + 100, {
      phone: '3125550303',
      type: 'cell',
      isPrimary: 1,
      isSecondary: 0,
      dndEnabled: 0,
      carrierName: SCRIPT,
    }),
  ],
  Employer: {
    id: HOSTILE * 1000 + 3,
    companyName: '=HYPERLINK("http://evil","x")',
    title: IMG,
    phone: '+cmd',
    income: '-2+3',
    incomeFrequency: 'customerEmployer.incomeFrequency.monthly',
    hireDate: null,
    payDate: '/Date(0)/',
    payDateFrequency: 'customerEmployer.payDateFrequency.monthly',
    active: 1,
  },
  References: [
    {
      id: HOSTILE * 1000 + 400,
      name: SCRIPT,
      relation: 'customerReference.relation.other',
      primaryPhone: '@SUM(A1)',
      secondaryPhone: null,
      address: IMG,
      active: 1,
    },
  ],
  SocialProfiles: [
    socialProfileEntity(
      HOSTILE * 1000 + 450,
      'customer.socialProfile.facebook',
      'javascript:alert(1)',
      SCRIPT,
    ),
    socialProfileEntity(
      HOSTILE * 1000 + 451,
      'customer.socialProfile.website',
      'JavaScript:window.__xss=1',
      IMG,
    ),
    socialProfileEntity(
      HOSTILE * 1000 + 452,
      'customer.socialProfile.linkedin',
      'data:text/html,<script>alert(1)</script>',
      '=HYPERLINK("http://evil","x")',
    ),
  ],
  Documents: [
    documentEntity(HOSTILE * 1000 + 470, `${IMG}.pdf`, 'javascript:alert(1)', T),
    documentEntity(HOSTILE * 1000 + 471, '=HYPERLINK("http://evil","x").csv', SCRIPT, T),
  ],
  Notes: [
    noteEntity(
      HOSTILE * 1000 + 500,
      SCRIPT,
      `<p>Hello</p>${SCRIPT}${IMG}<a href="javascript:alert(1)">click</a>`,
      IMG,
      T,
    ),
    noteEntity(
      HOSTILE * 1000 + 501,
      '=HYPERLINK("http://evil","x")',
      '<iframe src="javascript:alert(1)"></iframe><svg onload="window.__xss=1"></svg>',
      '+cmd',
      T,
    ),
    noteEntity(
      HOSTILE * 1000 + 502,
      '-2+3',
      '<p onclick="window.__xss=1">@SUM(A1)</p>',
      '@SUM(A1)',
      T,
    ),
  ],
  CustomFieldValues: [
    customFieldValueEntity(HOSTILE * 1000 + 900, 10, '+cmd'),
    customFieldValueEntity(HOSTILE * 1000 + 901, 11, '-2+3'),
    customFieldValueEntity(HOSTILE * 1000 + 902, 12, '@SUM(A1)'),
    customFieldValueEntity(HOSTILE * 1000 + 903, 13, SCRIPT),
  ],
}
