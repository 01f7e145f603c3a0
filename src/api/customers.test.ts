import {
  customerPresence,
  deleteCustomer,
  deleteCustomerConfirmed,
  getCustomer,
  getCustomerWithExpand,
  getNestedObject,
} from './customers'
import { createLoanProClient } from './http-client'
import { ALL_EXPAND_PATHS } from './nested-objects'
import { jsonResponse, stubFetch } from './fetch.test-double'

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
      `${BASE}odata.svc/Customers(7)?$expand=PrimaryAddress,MailAddress,Phones,Employer,CreditScore,Loans,Loans/LoanSettings,Loans/LoanSettings/LoanStatus,PaymentAccounts,PaymentAccounts/CheckingAccount,PaymentAccounts/CreditCard,References,SocialProfiles,Documents,Notes,Notes/Category,Notes/Author,CustomFieldValues,CustomFieldValues/CustomField&nopaging=true`,
    )
    expect(Object.keys(result.nested).sort()).toEqual(['Phones', 'PrimaryAddress'])
    expect(result.nested.PrimaryAddress?.city).toBe('Chicago')
    expect(result.nested.Phones).toEqual([])
    expect(result.customer.id).toBe(7)
    expect(result.request.url).toBe(calls[0]?.url)
  })
})

describe('complete collections', () => {
  const note = (id: number) => ({ id, subject: `Note ${id}` })
  const range = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i)

  it('pages with $top/$skip to summary.total when a tenant ignores nopaging', async () => {
    const { client, calls } = setup((call) => {
      const url = new URL(call.url)
      const skip = Number(url.searchParams.get('$skip') ?? 0)
      const top = Number(url.searchParams.get('$top') ?? 50)
      const page = range(skip, Math.min(top, 50, 130 - skip)).map(note)
      return jsonResponse({
        d: { results: page, summary: { start: skip, pageSize: 50, total: 130 } },
      })
    })
    const notes = await getNestedObject(client, 7, 'Notes')
    expect(notes.value).toHaveLength(130)
    expect(new Set(notes.value.map((n) => n.id)).size).toBe(130)
    expect(calls.map((c) => new URL(c.url).search)).toEqual([
      '?$expand=Category,Author&nopaging=true',
      '?$expand=Category,Author&$top=50&$skip=50',
      '?$expand=Category,Author&$top=50&$skip=100',
    ])
  })

  it('without a total, keeps paging while a page is full', async () => {
    const { client, calls } = setup((call) => {
      const skip = Number(new URL(call.url).searchParams.get('$skip') ?? 0)
      return jsonResponse({ d: range(skip, Math.max(0, Math.min(50, 100 - skip))).map(note) })
    })
    expect((await getNestedObject(client, 7, 'Notes')).value).toHaveLength(100)
    expect(calls).toHaveLength(3) // 50, 50, then an empty page ends it
  })

  it('trusts an answer that honoured nopaging', async () => {
    const { client, calls } = setup(() =>
      jsonResponse({ d: { results: range(0, 500).map(note), summary: { total: 500 } } }),
    )
    expect((await getNestedObject(client, 7, 'Notes')).value).toHaveLength(500)
    expect(calls).toHaveLength(1)
  })

  it('leaves an expanded list of exactly one page to its own request', async () => {
    const { client } = setup(() =>
      jsonResponse({ d: { id: 7, Phones: range(0, 50).map((id) => ({ id })), Notes: [note(1)] } }),
    )
    const result = await getCustomerWithExpand(client, 7, ['Phones', 'Notes'])
    expect(result.nested.Phones).toBeUndefined()
    expect(result.nested.Notes).toHaveLength(1)
  })
})

describe('$expand refused', () => {
  it('falls back to a plain GET on 409, which alone says the customer is missing', async () => {
    const { client, calls } = setup((call) =>
      call.url.includes('$expand')
        ? jsonResponse({ code: '409-OD0001', message: 'Invalid $expand path' }, { status: 409 })
        : jsonResponse({ d: { id: 7, firstName: 'Ann' } }),
    )
    const result = await getCustomerWithExpand(client, 7, ALL_EXPAND_PATHS)
    expect(result.customer.firstName).toBe('Ann')
    expect(result.nested).toEqual({})
    expect(result.request.url).toBe(`${BASE}odata.svc/Customers(7)`)
    expect(calls).toHaveLength(2)
    const missing = setup(() => jsonResponse({ code: '409-CN0002' }, { status: 409 }))
    await expect(getCustomerWithExpand(missing.client, 7, ALL_EXPAND_PATHS)).rejects.toMatchObject({
      kind: 'conflict',
      path: 'odata.svc/Customers(7)',
    })
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
    expect(phones.request).toEqual({
      method: 'GET',
      url: `${BASE}odata.svc/Customers(7)/Phones?nopaging=true`,
    })
    const accounts = await getNestedObject(client, 7, 'PaymentAccounts')
    expect(calls[1]?.url).toBe(
      `${BASE}odata.svc/Customers(7)/PaymentAccounts?$expand=CheckingAccount,CreditCard&nopaging=true`,
    )
    expect(accounts.value[0]?.checkingAccount?.bankName).toBe('First')
  })

  it('asks for loans with their settings and status, and without them when refused', async () => {
    const refuse = (call: { url: string }) =>
      call.url.includes('$expand')
        ? jsonResponse({ code: '409-OD0001', message: 'Invalid $expand path' }, { status: 409 })
        : jsonResponse({ d: { results: [{ id: 9, active: 1 }] } })
    const { client, calls } = setup(refuse)
    const loans = await getNestedObject(client, 7, 'Loans')
    expect(calls.map((call) => call.url)).toEqual([
      `${BASE}odata.svc/Customers(7)/Loans?$expand=LoanSettings,LoanSettings/LoanStatus&nopaging=true`,
      `${BASE}odata.svc/Customers(7)/Loans?nopaging=true`,
    ])
    expect(loans.value).toMatchObject([{ id: 9, active: true, statusName: null }])
    expect(loans.request.url).toBe(`${BASE}odata.svc/Customers(7)/Loans?nopaging=true`)
    // Payment account details are not optional: their refusal stays an error, asked once.
    const accounts = setup(refuse)
    await expect(getNestedObject(accounts.client, 7, 'PaymentAccounts')).rejects.toMatchObject({
      kind: 'conflict',
    })
    expect(accounts.calls).toHaveLength(1)
    // A customer that is gone answers the plain request with 409 too: that error is thrown.
    const gone = setup(() => jsonResponse({ code: '409-CN0004' }, { status: 409 }))
    await expect(getNestedObject(gone.client, 7, 'Loans')).rejects.toMatchObject({
      kind: 'conflict',
      path: 'odata.svc/Customers(7)/Loans',
    })
    expect(gone.calls).toHaveLength(2)
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
  it('is a success only as a 200 with d and no error shape', async () => {
    const { client, calls } = setup(() => jsonResponse({ d: { success: true } }))
    await expect(deleteCustomer(client, 7)).resolves.toEqual({
      request: { method: 'DELETE', url: `${BASE}odata.svc/Customers(7)` },
    })
    expect(calls[0]?.method).toBe('DELETE')
  })

  it('reads a 2xx without d, or with an error shape, as an unknown outcome', async () => {
    for (const response of [
      () => new Response(null, { status: 204 }),
      () => new Response('OK'),
      () => jsonResponse({ success: true }),
      () => jsonResponse({ error: { message: 'Try later' }, warnings: [] }),
      () => jsonResponse({ d: { error: { message: { value: 'Try later' } } } }),
      () => jsonResponse({ d: {}, warnings: ['Transaction warning'] }),
    ]) {
      const { client } = setup(response)
      const error = await deleteCustomer(client, 7).catch((e: unknown) => e)
      expect(error).toMatchObject({ kind: 'bad-response', outcomeUnknown: true })
    }
  })

  it('settles an unclear answer with a plain GET: gone is removed, present is not applied', async () => {
    const gone = setup((call) =>
      call.method === 'DELETE'
        ? new Response(null, { status: 204 })
        : jsonResponse({ code: '409-CN0004', message: 'deleted' }, { status: 409 }),
    )
    await expect(deleteCustomerConfirmed(gone.client, 7)).resolves.toMatchObject({
      confirmedBy: 'check',
    })
    expect(gone.calls.map((c) => `${c.method} ${c.url}`)).toEqual([
      `DELETE ${BASE}odata.svc/Customers(7)`,
      `GET ${BASE}odata.svc/Customers(7)`,
    ])
    const present = setup((call) =>
      call.method === 'DELETE'
        ? jsonResponse({ error: { message: 'Server error' } }, { status: 500 })
        : jsonResponse({ d: { id: 7 } }),
    )
    await expect(deleteCustomerConfirmed(present.client, 7)).rejects.toMatchObject({
      kind: 'server',
      notApplied: true,
      outcomeUnknown: false,
    })
    const unknown = setup(() => jsonResponse({ error: { message: 'down' } }, { status: 500 }))
    await expect(deleteCustomerConfirmed(unknown.client, 7)).rejects.toMatchObject({
      kind: 'server',
      notApplied: false,
    })
    // A refusal is not re-checked.
    const refused = setup(() => jsonResponse({ error: { message: 'linked' } }, { status: 409 }))
    await expect(deleteCustomerConfirmed(refused.client, 7)).rejects.toMatchObject({
      kind: 'conflict',
    })
    expect(refused.calls).toHaveLength(1)
  })

  it('calls a customer gone only on a 409/404 of the plain GET', async () => {
    const answers = [
      jsonResponse({ d: { id: 7 } }),
      jsonResponse({ d: { code: '409-CN0004', message: 'x' } }, { status: 409 }),
      jsonResponse({ error: { message: 'x' } }, { status: 404 }),
    ]
    const { client } = setup(() => answers.shift() ?? new Response(null, { status: 500 }))
    await expect(customerPresence(client, 7)).resolves.toBe('present')
    await expect(customerPresence(client, 7)).resolves.toBe('gone')
    await expect(customerPresence(client, 7)).resolves.toBe('gone')
    await expect(customerPresence(client, 7)).rejects.toMatchObject({ kind: 'server' })
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
