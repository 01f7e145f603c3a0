import { deleteCustomer, getCustomer, getCustomerWithExpand, getNestedObject } from './customers'
import { createLoanProClient } from './http-client'
import { ALL_EXPAND_PATHS } from './nested-objects'
import { jsonResponse, stubFetch } from './test-fetch-stub'

const BASE = 'https://demo.loanpro.test/api/public/api/1/'
const TOKEN = 'tok-9c1e'

function setup(answer: Parameters<typeof stubFetch>[0]) {
  const stub = stubFetch(answer)
  const client = createLoanProClient(
    { baseUrl: BASE, tenantId: '5200000', token: TOKEN },
    { fetch: stub.fetch },
  )
  return { client, calls: stub.calls }
}

describe('one customer', () => {
  it('gets the entity', async () => {
    const { client, calls } = setup(() =>
      jsonResponse({ d: { id: 7, firstName: 'Jo', active: 1 } }),
    )
    const result = await getCustomer(client, 7)
    expect(calls[0]?.url).toBe(`${BASE}odata.svc/Customers(7)`)
    expect(result.customer).toMatchObject({ id: 7, displayName: 'Jo', active: true })
    expect(result.request).toEqual({ method: 'GET', url: `${BASE}odata.svc/Customers(7)` })
  })

  it('fails with bad-response when the entity has no id', async () => {
    const { client } = setup(() => jsonResponse({ d: { firstName: 'Jo' } }))
    await expect(getCustomer(client, 7)).rejects.toMatchObject({
      kind: 'bad-response',
      path: 'odata.svc/Customers(7)',
    })
  })

  it('expands nested paths and leaves deferred objects absent', async () => {
    const { client, calls } = setup(() =>
      jsonResponse({
        d: {
          id: 7,
          PrimaryAddress: { id: 1, city: 'Chicago' },
          Phones: { results: [] },
          Notes: { __deferred: { uri: `${BASE}odata.svc/Customers(7)/Notes` } },
        },
      }),
    )
    const result = await getCustomerWithExpand(client, 7, ALL_EXPAND_PATHS)
    expect(calls[0]?.url).toBe(
      `${BASE}odata.svc/Customers(7)?$expand=PrimaryAddress,MailAddress,Phones,Employer,CreditScore,Loans,PaymentAccounts,PaymentAccounts/CheckingAccount,PaymentAccounts/CreditCard,References,SocialProfiles,Documents,Notes,CustomFieldValues`,
    )
    expect(Object.keys(result.nested).sort()).toEqual(['Phones', 'PrimaryAddress'])
    expect(result.nested.PrimaryAddress?.city).toBe('Chicago')
    expect(result.nested.Phones).toEqual([])
    expect(result.customer.id).toBe(7)
    expect(result.request.url).toBe(calls[0]?.url)
  })
})

describe('nested objects on their own', () => {
  it('gets a collection, and payment accounts with their details expanded', async () => {
    const { client, calls } = setup((call) =>
      jsonResponse({
        d: call.url.includes('PaymentAccounts')
          ? [{ id: 1, CheckingAccount: { bankName: 'First' } }]
          : { results: [{ id: 4, phone: '1' }] },
      }),
    )
    const phones = await getNestedObject(client, 7, 'Phones')
    expect(phones.value).toMatchObject([{ id: 4, phone: '1' }])
    expect(phones.request).toEqual({ method: 'GET', url: `${BASE}odata.svc/Customers(7)/Phones` })
    const accounts = await getNestedObject(client, 7, 'PaymentAccounts')
    expect(calls[1]?.url).toBe(
      `${BASE}odata.svc/Customers(7)/PaymentAccounts?$expand=CheckingAccount,CreditCard`,
    )
    expect(accounts.value[0]?.checkingAccount?.bankName).toBe('First')
  })

  it('reads d: null as no single object, and an unreadable d as bad-response', async () => {
    const empty = setup(() => jsonResponse({ d: null }))
    await expect(getNestedObject(empty.client, 7, 'Employer')).resolves.toMatchObject({
      value: null,
    })
    const odd = setup(() => jsonResponse({ d: 'text' }))
    await expect(getNestedObject(odd.client, 7, 'Phones')).rejects.toMatchObject({
      kind: 'bad-response',
    })
  })
})

describe('deleteCustomer', () => {
  it('treats any 2xx as success, whatever the body', async () => {
    for (const response of [
      new Response(null, { status: 204 }),
      jsonResponse({ d: { success: true } }),
      new Response('OK'),
    ]) {
      const { client, calls } = setup(() => response)
      await expect(deleteCustomer(client, 7)).resolves.toEqual({
        request: { method: 'DELETE', url: `${BASE}odata.svc/Customers(7)` },
      })
      expect(calls[0]?.method).toBe('DELETE')
    }
  })

  it('reports a linked customer as a conflict with LoanPro message', async () => {
    const { client } = setup(() =>
      jsonResponse({ error: { message: 'Customer has loans' } }, { status: 409 }),
    )
    await expect(deleteCustomer(client, 7)).rejects.toMatchObject({
      kind: 'conflict',
      serverMessage: 'Customer has loans',
    })
  })
})
