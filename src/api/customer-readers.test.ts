import { customerSchema, customerSummarySchema, normalizeCustomerType } from './customer-readers'

describe('customerSchema', () => {
  const entity = {
    __metadata: { uri: 'https://x/odata.svc/Customers(id=1183)', type: 'Entity.Customer' },
    id: 1183,
    customId: 'IMP-1183',
    customerType: 'customer.type.individual',
    status: 'Active',
    firstName: 'Brett',
    lastName: 'Rivera',
    birthDate: '/Date(315532800)/',
    gender: 'customer.gender.male',
    ssn: '123456789',
    creditLimit: '1500.00',
    active: '1',
    ofacMatch: 0,
    hasAvatar: '0',
    created: '/Date(1427829732)/',
    lastUpdate: '/Date(0)/',
    PrimaryAddress: { __deferred: { uri: 'https://x/odata.svc/Customers(1183)/PrimaryAddress' } },
    somethingNew: { x: 1 },
  }

  it('reads an entity into clean values', () => {
    const customer = customerSchema.parse(entity)
    expect(customer).toMatchObject({
      id: 1183,
      displayName: 'Brett Rivera',
      customerType: 'individual',
      birthDate: '1980-01-01T00:00:00.000Z',
      gender: 'customer.gender.male',
      creditLimit: 1500,
      active: true,
      ofacMatch: false,
      hasAvatar: false,
      created: '2015-03-31T19:22:12.000Z',
      lastUpdate: null,
      middleName: null,
      email: null,
    })
    expect(customer).not.toHaveProperty('somethingNew')
    expect(customer).not.toHaveProperty('PrimaryAddress')
  })

  it('names a company by its company name', () => {
    const company = customerSchema.parse({
      id: '9',
      customerType: 'customer.type.company',
      companyName: 'Acme LLC',
      firstName: 'Contact',
    })
    expect(company).toMatchObject({ id: 9, customerType: 'company', displayName: 'Acme LLC' })
    expect(customerSchema.parse({ id: 3 }).displayName).toBe('Customer 3')
  })

  it('fails only without an id or an object', () => {
    expect(customerSchema.safeParse({ firstName: 'A' }).success).toBe(false)
    expect(customerSchema.safeParse(null).success).toBe(false)
  })
})

describe('customerSummarySchema', () => {
  it('reads a search document with integers where strings were', () => {
    const row = customerSummarySchema.parse({
      id: 1042,
      customId: 77,
      customerType: 'customer.type.company',
      customerName: 'Acme LLC',
      companyName: null,
      primaryPhone: 3125550187,
      birthDate: '1980-07-04',
      created: '2019-11-05 14:03:09',
      loansCount: '2',
      primaryAddress: { city: 'Chicago', state: 'geo.state.IL', zipcode: 60601 },
    })
    expect(row).toEqual({
      id: 1042,
      customId: '77',
      customerType: 'company',
      status: null,
      firstName: null,
      lastName: null,
      displayName: 'Acme LLC',
      companyName: null,
      email: null,
      primaryPhone: '3125550187',
      city: 'Chicago',
      state: 'IL',
      zipcode: '60601',
      ssn: null,
      birthDate: '1980-07-04T00:00:00.000Z',
      loansCount: 2,
      created: '2019-11-05T14:03:09.000Z',
    })
  })

  it('accepts a flattened address and normalises types', () => {
    expect(customerSummarySchema.parse({ id: 1, 'primaryAddress.city': 'Austin' }).city).toBe(
      'Austin',
    )
    // A state as the address entity's enum or as the bare code.
    const state = (value: string) =>
      customerSummarySchema.parse({ id: 1, primaryAddress: { state: value } }).state
    expect(state('geo.state.IL')).toBe('IL')
    expect(state('IL')).toBe('IL')
    expect(normalizeCustomerType('customer.type.flooringCustomer')).toBe('flooringCustomer')
    expect(normalizeCustomerType('individual')).toBe('individual')
    expect(normalizeCustomerType(null)).toBeNull()
  })
})
