import { NESTED_OBJECTS } from './nested-objects'
import {
  readExpandedNestedObject,
  readExpandedNestedObjects,
  readOwnNestedObject,
} from './nested-object-values'

const deferred = (path: string) => ({
  __deferred: { uri: `https://x/odata.svc/Customers(id=5)/${path}` },
})
const phone = {
  __metadata: { type: 'Entity.Phone' },
  id: 1,
  phone: '3125550187',
  isPrimary: '1',
  dndEnabled: 0,
}

describe('per-object responses', () => {
  it('reads a single, and null or {} as none', () => {
    expect(
      readOwnNestedObject('PrimaryAddress', { id: 3, city: 'Chicago', isVerified: '1' }),
    ).toMatchObject({
      id: 3,
      city: 'Chicago',
      isVerified: true,
      address2: null,
    })
    expect(readOwnNestedObject('Employer', null)).toBeNull()
    expect(readOwnNestedObject('Employer', {})).toBeNull()
    expect(
      readOwnNestedObject('CreditScore', { __metadata: { type: 'Entity.CreditScore' } }),
    ).toBeNull()
    expect(readOwnNestedObject('Employer', 'nonsense')).toBeUndefined()
  })

  it('reads a collection wrapped, bare or null, dropping empty items', () => {
    expect(readOwnNestedObject('Phones', { results: [phone], summary: { start: 0 } })).toEqual([
      {
        id: 1,
        phone: '3125550187',
        type: null,
        isPrimary: true,
        isSecondary: false,
        carrierName: null,
        isLandLine: false,
        dndEnabled: false,
        active: false,
      },
    ])
    expect(readOwnNestedObject('Phones', [phone, null])).toHaveLength(1)
    expect(readOwnNestedObject('Notes', null)).toEqual([])
    expect(readOwnNestedObject('Notes', 42)).toBeUndefined()
  })

  it('reads payment accounts with their expanded details', () => {
    const [checking, card, bare] =
      readOwnNestedObject('PaymentAccounts', {
        results: [
          {
            id: 1,
            type: 'paymentAccount.type.checking',
            CheckingAccount: { id: 10, accountNumber: 'XXXXXX6789' },
            CreditCard: null,
          },
          {
            id: 2,
            CreditCard: { id: 20, cardType: 'creditCard.type.visa', cardNumber: 'XXXX1111' },
          },
          { id: 3, CheckingAccount: {}, CreditCard: deferred('PaymentAccounts(3)/CreditCard') },
        ],
      }) ?? []
    expect(checking?.checkingAccount).toMatchObject({
      id: 10,
      accountNumber: 'XXXXXX6789',
      bankName: null,
    })
    expect(checking?.creditCard).toBeNull()
    expect(card?.creditCard).toMatchObject({ cardType: 'creditCard.type.visa' })
    expect(bare).toMatchObject({ checkingAccount: null, creditCard: null })
  })

  it('keeps untrusted text as it came and reads document sizes and custom field names', () => {
    expect(
      readOwnNestedObject('Notes', [
        { id: 1, body: '<script>alert(1)</script>', created: '/Date(1427829732)/' },
      ]),
    ).toEqual([
      {
        id: 1,
        subject: null,
        body: '<script>alert(1)</script>',
        authorName: null,
        categoryId: null,
        categoryName: null,
        created: '2015-03-31T19:22:12.000Z',
      },
    ])
    expect(
      readOwnNestedObject('Documents', [{ id: 1, size: '2048', archived: '0' }])?.[0],
    ).toMatchObject({ size: 2048, archived: false })
    expect(
      readOwnNestedObject('CustomFieldValues', [
        { id: 1, customFieldId: 4, customFieldValue: 'x', CustomField: { name: 'Referral' } },
        {
          id: 2,
          customFieldId: 5,
          customFieldValue: 7,
          CustomField: deferred('CustomFieldValues(2)/CustomField'),
        },
      ]),
    ).toMatchObject([
      { customFieldName: 'Referral' },
      { customFieldName: null, customFieldValue: '7' },
    ])
  })
})

describe('inside an expanded customer', () => {
  it('treats missing and deferred objects as absent, and empty ones as present', () => {
    const values = readExpandedNestedObjects({
      id: 5,
      PrimaryAddress: deferred('PrimaryAddress'),
      MailAddress: null,
      Phones: [phone],
      Loans: { results: [] },
      Notes: null,
      Employer: { __metadata: { type: 'Entity.Employer' }, id: 2, income: '52000.00' },
    })
    expect(Object.keys(values).sort()).toEqual([
      'Employer',
      'Loans',
      'MailAddress',
      'Notes',
      'Phones',
    ])
    expect(values.MailAddress).toBeNull()
    expect(values.Notes).toEqual([])
    expect(values.Employer?.income).toBe(52000)
    expect(values.Phones?.[0]?.isPrimary).toBe(true)
  })

  it('treats payment accounts with deferred details as incomplete', () => {
    const withDeferred = [
      { id: 1, CheckingAccount: deferred('PaymentAccounts(1)/CheckingAccount'), CreditCard: null },
    ]
    expect(readExpandedNestedObject('PaymentAccounts', withDeferred)).toBeUndefined()
    const complete = [{ id: 1, CheckingAccount: { id: 4, bankName: 'First' }, CreditCard: null }]
    expect(
      readExpandedNestedObject('PaymentAccounts', { results: complete })?.[0]?.checkingAccount
        ?.bankName,
    ).toBe('First')
  })

  it('treats loans whose settings or status link is deferred as incomplete', () => {
    const status = { id: 2, title: 'Open', active: 1 }
    const settingsDeferred = [{ id: 1, LoanSettings: deferred('Loans(id=1)/LoanSettings') }]
    expect(readExpandedNestedObject('Loans', settingsDeferred)).toBeUndefined()
    const statusDeferred = [
      { id: 1, LoanSettings: { id: 5, LoanStatus: deferred('LoanSettings(id=5)/LoanStatus') } },
    ]
    expect(readExpandedNestedObject('Loans', statusDeferred)).toBeUndefined()
    const complete = [{ id: 1, LoanSettings: { id: 5, loanStatusId: 2, LoanStatus: status } }]
    expect(readExpandedNestedObject('Loans', complete)?.[0]?.statusName).toBe('Open')
    // Loans without settings at all are read as they are (the tab shows their flags).
    expect(readExpandedNestedObject('Loans', [{ id: 1, LoanSettings: null }])).toHaveLength(1)
  })

  it('treats an unreadable value as absent rather than failing', () => {
    expect(readExpandedNestedObject('Phones', 'garbage')).toBeUndefined()
    expect(readExpandedNestedObject('CreditScore', [1, 2])).toBeUndefined()
    expect(readExpandedNestedObjects('garbage')).toEqual({})
  })
})

describe('names behind links', () => {
  it('reads custom field names, note category and author, loan status and role', () => {
    expect(
      readOwnNestedObject('CustomFieldValues', [
        { id: 1, customFieldId: 10, customFieldValue: 'Gold', CustomField: { name: 'Tier' } },
        { id: 2, customFieldId: 11, CustomField: { __deferred: { uri: 'x' } } },
      ])?.map((f) => f.customFieldName),
    ).toEqual(['Tier', null])
    expect(
      readOwnNestedObject('Notes', [
        {
          id: 1,
          authorName: 'dana',
          categoryId: 2,
          Category: { id: 2, title: 'Collections' },
          Author: { id: 5, firstName: 'Dana', lastName: 'Servicer' },
        },
        { id: 2, authorName: 'Lee', Category: { __deferred: { uri: 'Notes(id=2)/Category' } } },
      ]),
    ).toMatchObject([
      { authorName: 'Dana Servicer', categoryName: 'Collections', categoryId: 2 },
      { authorName: 'Lee', categoryName: null },
    ])
    expect(
      readOwnNestedObject('Loans', [
        {
          id: 1,
          loanRole: 'loan.customerRole.secondary',
          LoanSettings: {
            id: 18,
            loanStatusId: '6',
            LoanStatus: { id: 6, title: 'Charged Off', active: 1 },
            LoanSubStatus: { __deferred: { uri: 'LoanSettings(id=18)/LoanSubStatus' } },
          },
        },
        {
          id: 2,
          LoanSettings: {
            loanStatusId: 2,
            LoanStatus: { __deferred: { uri: 'LoanSettings(id=19)/LoanStatus' } },
          },
        },
        { id: 3, LoanSettings: { __deferred: { uri: 'Loans(id=3)/LoanSettings' } } },
        // The old guess: a status link on the loan itself, which a real Loan does not have.
        { id: 4, loanStatusId: 6, LoanStatus: { id: 6, title: 'Charged Off' } },
      ]),
    ).toMatchObject([
      { statusName: 'Charged Off', loanStatusId: 6, loanRole: 'loan.customerRole.secondary' },
      { statusName: null, loanStatusId: 2 },
      { statusName: null, loanStatusId: null },
      { statusName: null, loanStatusId: null },
    ])
    expect(
      readOwnNestedObject('PaymentAccounts', [
        { id: 1, active: 1, visible: 1 },
        { id: 2, active: '0', visible: 0 },
        { id: 3 },
      ])?.map((a) => [a.active, a.visible]),
    ).toEqual([
      [true, true],
      [false, false],
      [true, true],
    ])
  })
})

describe('the table drives the readers', () => {
  it.each(NESTED_OBJECTS.map((object) => [object.key, object.kind] as const))(
    '%s reads as its kind says (%s)',
    (key, kind) => {
      expect(readOwnNestedObject(key, null)).toEqual(kind === 'single' ? null : [])
      expect(readOwnNestedObject(key, [])).toEqual(kind === 'single' ? undefined : [])
    },
  )
})
