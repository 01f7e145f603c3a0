// @vitest-environment node
import { TEST_API_BASE, testTenant } from '../testing/test-server'
import { callApi } from './fake-api-test-helpers'

const del = (id: number | string) => callApi(`odata.svc/Customers(${id})`, { method: 'DELETE' })

// These tests read LoanPro's two error shapes exactly; wrapping them in `d` (which the strict
// fake does to some) is covered in strict-objects.test.ts.
beforeEach(() => {
  testTenant().strictness.errorsInDRate = 0
})

describe('DELETE customers', () => {
  it('deletes an unlinked customer, then answers 409 for it everywhere', async () => {
    const response = await del(1010)
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ d: { success: true } })
    const again = await del(1010)
    expect(again.status).toBe(409)
    expect(await again.json()).toMatchObject({ error: { type: 'EntityNotFoundException' } })
    expect((await callApi('odata.svc/Customers(1010)')).status).toBe(409)
    expect((await callApi('odata.svc/Customers(1010)/Phones')).status).toBe(409)
    expect(testTenant().deleteCountById()).toEqual({ 1010: 2 })
    expect(testTenant().countRequests('DELETE', 'Customers(1010)')).toBe(2)
  })

  it('refuses a customer linked to loans with a clear message', async () => {
    const response = await del(1011)
    expect(response.status).toBe(409)
    expect(await response.json()).toEqual({
      error: {
        message: 'Customer cannot be deleted: it is linked to 3 loans',
        type: 'TransactionWarningException',
        code: 409,
      },
      warnings: ['Customer cannot be deleted: it is linked to 3 loans'],
    })
    expect(testTenant().isDeleted(1011)).toBe(false)
  })

  it('answers 409 with the code shape for an unknown id', async () => {
    const response = await del(424242)
    expect(response.status).toBe(409)
    expect(await response.json()).toMatchObject({
      code: '409-CN0003',
      message: 'Customer 424242 does not exist',
    })
  })
})

describe('auth and CORS', () => {
  it('answers 401 when Bearer or the tenant header is missing or wrong', async () => {
    const url = `${TEST_API_BASE}odata.svc/Customers(1001)`
    const noAuth = await fetch(url, { headers: { 'Autopal-Instance-ID': '5200000' } })
    expect(noAuth.status).toBe(401)
    expect(await noAuth.json()).toMatchObject({ code: '401-CN0001', message: 'Unauthorized' })
    expect(
      (
        await fetch(url, {
          headers: { Authorization: 'test-token', 'Autopal-Instance-ID': '5200000' },
        })
      ).status,
    ).toBe(401)
    expect((await fetch(url, { headers: { Authorization: 'Bearer test-token' } })).status).toBe(401)
    expect(
      (await callApi('odata.svc/Customers(1001)', { headers: { Authorization: 'Bearer nope' } }))
        .status,
    ).toBe(401)
    expect(noAuth.headers.get('Access-Control-Allow-Origin')).toBe('*')
  })

  it('answers a preflight and puts CORS and no-store on every response', async () => {
    const preflight = await fetch(`${TEST_API_BASE}Customers/Autopal.Search()`, {
      method: 'OPTIONS',
    })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('Access-Control-Allow-Methods')).toBe(
      'GET, PUT, POST, DELETE, OPTIONS',
    )
    expect(preflight.headers.get('Access-Control-Allow-Headers')).toContain('Autopal-Instance-ID')
    const ok = await callApi('odata.svc/Customers(1001)')
    expect(ok.headers.get('Access-Control-Allow-Origin')).toBe('*')
    expect(ok.headers.get('Cache-Control')).toBe('no-store')
  })
})
