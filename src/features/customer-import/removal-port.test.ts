// @vitest-environment node
import { createLoanProClient } from '../../api/http-client'
import { DEMO_FIXTURES } from '../../mocks/fixtures'
import { TEST_CONNECTION, testTenant } from '../../testing/test-server'
import { RUN_HEADER } from '../../api/run-requests'
import { createRemovalPort } from './removal-port'
import { fakeClock } from './engine/removal-tenant-port.test-double'
import { LOOKUP_ABSENT, LOOKUP_FOUND, lookupTenantCustomers } from './engine/validate/tenant-lookup'

const range = (n: number, from: number) => Array.from({ length: n }, (_, i) => from + i)

describe('createRemovalPort', () => {
  const port = () => createRemovalPort(createLoanProClient(TEST_CONNECTION))
  // The batching tests count requests; short answers (and their follow-ups) are tested below.
  beforeEach(() => {
    testTenant().strictness.shortSearchRate = 0
  })

  it('answers once per call: ids a short answer left out are unsettled, never absent', async () => {
    testTenant().strictness.shortSearchRate = 1
    const ids = [...range(300, 1001), 999_999]
    const found = await port().lookupCustomers(ids)
    expect(testTenant().countRequests('POST', 'Autopal.Search')).toBe(1)
    expect(found.length).toBeGreaterThan(0)
    expect(found.length).toBeLessThan(300)
    // What was not brought is unsettled, 999,999 included: the answer was not complete.
    const answered = [...found.map((c) => c.id), ...(found.unsettled ?? [])]
    expect(answered.sort((a, b) => a - b)).toEqual(ids)
  })

  it('leaves nothing unsettled when the answer is complete: a missing id does not exist', async () => {
    const found = await port().lookupCustomers([1001, 999_999])
    expect(found.map((c) => c.id)).toEqual([1001])
    expect(found.unsettled).toEqual([])
  })

  it('calls ids left out of answers without a total unsettled, never absent', async () => {
    const client = createLoanProClient(TEST_CONNECTION, {
      // A tenant that answers one row at a time and never says how many match.
      fetch: () =>
        Promise.resolve(
          new Response(JSON.stringify({ d: { results: [{ id: 1001 }] } }), {
            headers: { 'Content-Type': 'application/json' },
          }),
        ),
    })
    const found = await createRemovalPort(client).lookupCustomers([1001, 1002, 1003])
    expect(found.map((c) => c.id)).toEqual([1001])
    expect(found.unsettled).toEqual([1002, 1003])
  })

  it('settles every id through the engine despite short answers (leftovers asked again)', async () => {
    testTenant().strictness.shortSearchRate = 1
    const ids = Uint32Array.from([...range(300, 1001), 999_999])
    const lookup = await lookupTenantCustomers(port(), ids, { clock: fakeClock(), batchSize: 100 })
    // Every existing id found, and 999,999 shown absent once an answer came whole.
    expect([...lookup.exists]).toEqual([...range(300, 1001).map(() => LOOKUP_FOUND), LOOKUP_ABSENT])
    expect(testTenant().countRequests('POST', 'Autopal.Search')).toBeGreaterThan(4)
  })

  it('looks 100 ids up in one request, with names and loan counts', async () => {
    const found = await port().lookupCustomers(range(100, 1001))
    expect(testTenant().countRequests('POST', 'Autopal.Search')).toBe(1)
    expect(found).toHaveLength(100)
    expect(found.find((c) => c.id === DEMO_FIXTURES.linked.id)).toEqual({
      id: DEMO_FIXTURES.linked.id,
      displayName: DEMO_FIXTURES.linked.name,
      loansCount: DEMO_FIXTURES.linked.loansCount,
    })
  })

  it('splits more than 10,000 ids into requests of 10,000 and leaves absent ids out', async () => {
    const ids = [...range(10_200, 1001), 999_999]
    const found = await port().lookupCustomers(ids)
    expect(testTenant().countRequests('POST', 'Autopal.Search')).toBe(2)
    expect(found.map((c) => c.id).sort((a, b) => a - b)).toEqual(range(300, 1001))
    expect(found.unsettled).toEqual([])
  })

  it('deletes one customer with one DELETE and reports a refusal as a LoanProError', async () => {
    await port().deleteCustomer(DEMO_FIXTURES.deletable.id)
    expect(testTenant().isDeleted(DEMO_FIXTURES.deletable.id)).toBe(true)
    expect(testTenant().deleteCountById()).toEqual({ [DEMO_FIXTURES.deletable.id]: 1 })
    await expect(port().deleteCustomer(DEMO_FIXTURES.linked.id)).rejects.toMatchObject({
      name: 'LoanProError',
      kind: 'conflict',
    })
  })
})

describe('createRemovalPort in team mode', () => {
  it("marks a run's DELETE with the run's id, so the audit groups it (X-CM-Run)", async () => {
    const sent: Array<{ method: string; run: string | null }> = []
    const client = createLoanProClient(TEST_CONNECTION, {
      fetch: (_input, init) => {
        sent.push({
          method: init?.method ?? 'GET',
          run: new Headers(init?.headers).get(RUN_HEADER),
        })
        return Promise.resolve(Response.json({ d: { success: true } }))
      },
    })
    const port = createRemovalPort(client, true)
    await port.deleteCustomer(1010, undefined, 'run-1733-abc123')
    await port.deleteCustomer(1011)
    expect(sent).toEqual([
      { method: 'DELETE', run: 'run-1733-abc123' },
      { method: 'DELETE', run: 'removal' },
    ])
    // Outside team mode, nothing is added (a tenant reached from the browser would refuse it).
    sent.length = 0
    await createRemovalPort(client, false).deleteCustomer(1010, undefined, 'run-1')
    expect(sent).toEqual([{ method: 'DELETE', run: null }])
  })
})
