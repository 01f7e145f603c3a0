// @vitest-environment node
import { resetTestTenant, TEST_API_BASE, testTenant } from '../testing/test-server'
import { callApi, getD, items, type Entity } from './fake-api-test-helpers'

/* Strict fake, objects side (docs/loanpro-api.md §8): paging, 409s, CORS, DELETE faults, links */

describe('strict fake: collections page at 50', () => {
  it('per object: 50 unless nopaging=true or $top/$skip, and summary tells the truth', async () => {
    const paged = await getD('odata.svc/Customers(1004)/Notes')
    expect(items(paged)).toHaveLength(50)
    expect(paged.summary).toMatchObject({ start: 0, pageSize: 50, total: 500 })
    expect(items(await getD('odata.svc/Customers(1004)/Notes?nopaging=true'))).toHaveLength(500)
    const page = await getD('odata.svc/Customers(1004)/Notes?$top=100&$skip=450')
    expect(items(page).map((n) => n.id)).toEqual(
      Array.from({ length: 50 }, (_, i) => 1004 * 1000 + 450 + i),
    )
    expect(page.summary).toMatchObject({ start: 450, total: 500 })
  })

  it('inside $expand: 50 unless nopaging=true', async () => {
    expect(items((await getD('odata.svc/Customers(1004)?$expand=Notes')).Notes)).toHaveLength(50)
    const all = await getD('odata.svc/Customers(1004)?$expand=Notes&nopaging=true')
    expect(items(all.Notes)).toHaveLength(500)
  })

  it('pages nothing when the knob is off', async () => {
    testTenant().strictness.pageNestedAt50 = false
    expect(items(await getD('odata.svc/Customers(1004)/Notes'))).toHaveLength(500)
  })
})

describe('strict fake: 409s, errors in d, CORS, timeouts', () => {
  it('answers 409 for unknown customers and bad $expand paths (404/400 when lenient)', async () => {
    expect((await callApi('odata.svc/Customers(999999)')).status).toBe(409)
    expect((await callApi('odata.svc/Customers(999999)/Phones')).status).toBe(409)
    expect((await callApi('odata.svc/Customers(1001)?$expand=Phones/Nope')).status).toBe(409)
    testTenant().strictness.conflictForMissing = false
    expect((await callApi('odata.svc/Customers(999999)')).status).toBe(404)
    expect((await callApi('odata.svc/Customers(1001)?$expand=Phones/Nope')).status).toBe(400)
  })

  it('wraps some error bodies in d, never a success', async () => {
    testTenant().strictness.errorsInDRate = 1
    const body = (await (await callApi('odata.svc/Customers(999999)')).json()) as Entity
    expect(body).toMatchObject({ d: { code: '409-CN0002' } })
    expect(await getD('odata.svc/Customers(1001)')).toMatchObject({ id: 1001 })
    testTenant().strictness.errorsInDRate = 0
    expect(await (await callApi('odata.svc/Customers(999999)')).json()).toMatchObject({
      code: '409-CN0002',
    })
  })

  it('sends CORS headers as recorded: no Expose-Headers, Max-Age 86400, credentials', async () => {
    for (const response of [
      await callApi('odata.svc/Customers(1001)', { method: 'OPTIONS' }),
      await callApi('odata.svc/Customers(1001)'),
    ]) {
      expect(response.headers.get('Access-Control-Expose-Headers')).toBeNull()
      expect(response.headers.get('Access-Control-Max-Age')).toBe('86400')
      expect(response.headers.get('Access-Control-Allow-Credentials')).toBe('true')
      expect(response.headers.get('Access-Control-Allow-Origin')).toBe('*')
    }
  })

  it('hides Retry-After of a 429, as a browser calling LoanPro cannot read it', async () => {
    testTenant().faults.configure({ retryAfterSeconds: 3 })
    testTenant().faults.failNext(1, 'rate-limit')
    const limited = await callApi('odata.svc/Customers(1001)')
    expect(limited.status).toBe(429)
    expect(limited.headers.get('Retry-After')).toBeNull()
  })

  it('answers a timeout that outlives the hang with a 500, not a 504', async () => {
    resetTestTenant({ faults: { hangMs: 5 } })
    testTenant().faults.failNext(1, 'timeout')
    const response = await callApi('odata.svc/Customers(1001)')
    expect(response.status).toBe(500)
  })

  it('writes deferred links relative to the service', async () => {
    const customer = await getD('odata.svc/Customers(id=1004)')
    expect(customer.PrimaryAddress).toEqual({
      __deferred: { uri: 'Customers(id=1004)/PrimaryAddress' },
    })
    const phones = items(await getD('odata.svc/Customers(1001)/Phones'))
    expect(phones[0]?.__metadata).toMatchObject({ type: 'Entity.Phone' })
    const notes = items(await getD('odata.svc/Customers(1001)/Notes'))
    expect(notes[0]?.Category).toEqual({ __deferred: { uri: 'Notes(id=1001500)/Category' } })
  })
})

describe('strict fake: DELETE', () => {
  it('a just-deleted customer answers 409 to GET Customers(id) at once', async () => {
    expect((await callApi('odata.svc/Customers(1010)', { method: 'DELETE' })).status).toBe(200)
    expect((await callApi('odata.svc/Customers(1010)')).status).toBe(409)
  })

  it('can answer 2xx without d, or 200 with an error shape, applied or not', async () => {
    testTenant().faults.failNext(1, 'no-d', { method: 'DELETE', phase: 'after' })
    const empty = await callApi('odata.svc/Customers(1010)', { method: 'DELETE' })
    expect(empty.status).toBe(204)
    expect(await empty.text()).toBe('')
    expect(testTenant().isDeleted(1010)).toBe(true)

    testTenant().faults.failNext(1, 'error-200', { method: 'DELETE' })
    const shaped = await callApi('odata.svc/Customers(1012)', { method: 'DELETE' })
    expect(shaped.status).toBe(200)
    expect(await shaped.json()).toMatchObject({ error: { type: 'TransactionWarningException' } })
    expect(testTenant().isDeleted(1012)).toBe(false)
  })
})

describe('strict fake: loan status lives in LoanSettings (LoanPro SDK)', () => {
  const LOAN = 1001200

  it('refuses the old guess Loans/LoanStatus (409; 400 when lenient)', async () => {
    expect((await callApi('odata.svc/Customers(1001)?$expand=Loans/LoanStatus')).status).toBe(409)
    const own = await callApi('odata.svc/Customers(1001)/Loans?$expand=LoanStatus')
    expect(own.status).toBe(409)
    const deeper = 'odata.svc/Customers(1001)?$expand=Loans/LoanSettings/LoanStatus/Nope'
    expect((await callApi(deeper)).status).toBe(409)
    testTenant().strictness.conflictForMissing = false
    expect((await callApi('odata.svc/Customers(1001)?$expand=Loans/LoanStatus')).status).toBe(400)
  })

  it('defers LoanSettings, and LoanStatus inside it, unless expanded', async () => {
    const [plain] = items(await getD('odata.svc/Customers(1001)/Loans?nopaging=true'))
    expect(plain).toMatchObject({
      id: LOAN,
      settingsId: LOAN,
      LoanSettings: { __deferred: { uri: `Loans(id=${LOAN})/LoanSettings` } },
    })
    expect(plain).not.toHaveProperty('LoanStatus')
    expect(plain).not.toHaveProperty('loanStatusId')
    const [settingsOnly] = items(
      (await getD('odata.svc/Customers(1001)?$expand=Loans/LoanSettings')).Loans,
    )
    expect(settingsOnly?.LoanSettings).toEqual({
      __metadata: {
        uri: `${TEST_API_BASE}odata.svc/LoanSettings(id=${LOAN})`,
        type: 'Entity.LoanSettings',
      },
      id: LOAN,
      loanId: LOAN,
      loanStatusId: 2,
      loanSubStatusId: 9,
      LoanStatus: { __deferred: { uri: `LoanSettings(id=${LOAN})/LoanStatus` } },
      LoanSubStatus: { __deferred: { uri: `LoanSettings(id=${LOAN})/LoanSubStatus` } },
    })
  })

  it('expands the status as {id, title, active}, per object and inside the customer', async () => {
    const perObject = items(
      await getD(
        'odata.svc/Customers(1001)/Loans?$expand=LoanSettings,LoanSettings/LoanStatus&nopaging=true',
      ),
    )
    const expanded = items(
      (
        await getD(
          'odata.svc/Customers(1001)?$expand=Loans,Loans/LoanSettings,Loans/LoanSettings/LoanStatus&nopaging=true',
        )
      ).Loans,
    )
    for (const loans of [perObject, expanded]) {
      expect(loans.map((loan) => (loan.LoanSettings as Entity).LoanStatus)).toEqual([
        {
          __metadata: {
            uri: `${TEST_API_BASE}odata.svc/LoanStatus(id=2)`,
            type: 'Entity.LoanStatus',
          },
          id: 2,
          title: 'Open',
          active: 1,
        },
        expect.objectContaining({ id: 3, title: 'Paid Off', active: 1 }),
      ])
    }
  })
})

describe('strict fake: links worth following', () => {
  it('custom field values carry their field with its name', async () => {
    const values = items(
      await getD('odata.svc/Customers(1001)/CustomFieldValues?$expand=CustomField'),
    )
    expect(values.map((v) => (v.CustomField as Entity).name)).toEqual([
      'Loyalty Tier',
      'Lead Source',
      'Years at Address',
    ])
    const deferred = items(await getD('odata.svc/Customers(1001)/CustomFieldValues'))
    expect(deferred[0]?.CustomField).toHaveProperty('__deferred')
  })

  it('notes carry Category and Author; loans their status and the customer role', async () => {
    const c = await getD(
      'odata.svc/Customers(1001)?$expand=Notes/Category,Notes/Author,Loans/LoanSettings/LoanStatus&nopaging=true',
    )
    expect(items(c.Notes)[0]).toMatchObject({
      Category: { title: 'General', __metadata: { type: 'Entity.Category' } },
      Author: { firstName: 'Dana', lastName: 'Servicer' },
      Attachments: { __deferred: { uri: 'Notes(id=1001500)/Attachments' } },
    })
    expect(items(c.Loans)).toMatchObject([
      { loanRole: 'loan.customerRole.primary', LoanSettings: { LoanStatus: { title: 'Open' } } },
      {
        loanRole: 'loan.customerRole.primary',
        LoanSettings: { LoanStatus: { title: 'Paid Off' } },
      },
    ])
  })

  it('payment accounts carry active and visible; some are inactive', async () => {
    const accounts = items(await getD('odata.svc/Customers(1001)/PaymentAccounts'))
    expect(accounts.map((a) => [a.title, a.active, a.visible])).toEqual([
      ['Everyday Checking', 1, 1],
      ['Visa ending 4242', 1, 1],
      ['Old Savings', 0, 0],
    ])
  })
})
