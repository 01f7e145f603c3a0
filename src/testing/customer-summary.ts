import type { CustomerSummary } from '../api/customer-readers'

/** A search row for tests: an individual with nothing on file but what the test says. */
export function customerSummary(
  overrides: Partial<CustomerSummary> & Pick<CustomerSummary, 'id'>,
): CustomerSummary {
  return {
    customId: null,
    customerType: 'individual',
    status: null,
    firstName: null,
    lastName: null,
    displayName: `Customer ${overrides.id}`,
    companyName: null,
    email: null,
    primaryPhone: null,
    city: null,
    state: null,
    zipcode: null,
    ssn: null,
    birthDate: null,
    loansCount: null,
    created: null,
    ...overrides,
  }
}
