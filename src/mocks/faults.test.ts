// @vitest-environment node
import { resetTestTenant, testTenant } from '../testing/test-server'
import { callApi } from './fake-api-test-helpers'

describe('fault knobs', () => {
  it('failNext injects 500, 429 with Retry-After, truncation and drops, then recovers', async () => {
    const store = testTenant()
    store.faults.configure({ retryAfterSeconds: 3 })
    // Reads Retry-After as the server proxy can; a browser calling LoanPro cannot (recordedCors).
    store.strictness.recordedCors = false
    store.faults.failNext(1, 'server-error')
    store.faults.failNext(1, 'rate-limit')
    store.faults.failNext(1, 'truncate')
    store.faults.failNext(1, 'drop')
    expect((await callApi('odata.svc/Customers(1001)')).status).toBe(500)
    const limited = await callApi('odata.svc/Customers(1001)')
    expect(limited.status).toBe(429)
    expect(limited.headers.get('Retry-After')).toBe('3')
    const cut = await callApi('odata.svc/Customers(1001)')
    expect(cut.status).toBe(200)
    await expect(cut.json()).rejects.toThrow()
    await expect(callApi('odata.svc/Customers(1001)')).rejects.toThrow()
    expect((await callApi('odata.svc/Customers(1001)')).status).toBe(200)
    expect(store.requests.map((r) => r.fault)).toEqual([
      'server-error',
      'rate-limit',
      'truncate',
      'drop',
      undefined,
    ])
  })

  it('a timeout hangs until the client aborts', async () => {
    testTenant().faults.failNext(1, 'timeout')
    const started = Date.now()
    await expect(
      callApi('odata.svc/Customers(1001)', { signal: AbortSignal.timeout(150) }),
    ).rejects.toThrow()
    expect(Date.now() - started).toBeLessThan(5000)
  })

  it('matches failNext to a method and path', async () => {
    testTenant().faults.failNext(1, 'server-error', { method: 'DELETE', path: 'Customers(1010)' })
    expect((await callApi('odata.svc/Customers(1010)')).status).toBe(200)
    expect((await callApi('odata.svc/Customers(1010)', { method: 'DELETE' })).status).toBe(500)
    expect(testTenant().isDeleted(1010)).toBe(false)
  })

  it('can lose the answer AFTER a delete took effect', async () => {
    testTenant().faults.failNext(1, 'drop', { method: 'DELETE', phase: 'after' })
    await expect(callApi('odata.svc/Customers(1010)', { method: 'DELETE' })).rejects.toThrow()
    expect(testTenant().isDeleted(1010)).toBe(true)
    expect((await callApi('odata.svc/Customers(1010)', { method: 'DELETE' })).status).toBe(409)
  })

  it('rates are deterministic for a seed', async () => {
    const run = async () => {
      resetTestTenant({ faults: { failure5xxRate: 0.3, rate429: 0.2, seed: 42 } })
      const statuses: number[] = []
      for (let i = 0; i < 20; i++)
        statuses.push((await callApi('odata.svc/Customers(1002)')).status)
      return statuses
    }
    const first = await run()
    expect(first).toContain(500)
    expect(first).toContain(429)
    expect(first).toContain(200)
    expect(await run()).toEqual(first)
  })

  it('applies latency', async () => {
    resetTestTenant({ faults: { latencyMs: 120 } })
    const started = Date.now()
    await callApi('odata.svc/Customers(1001)')
    expect(Date.now() - started).toBeGreaterThanOrEqual(100)
  })
})
