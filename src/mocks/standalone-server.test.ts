// @vitest-environment node
import { http, passthrough } from 'msw'
import { testServer } from '../testing/test-server'
import { startStandaloneServer, type StandaloneServer } from './standalone-server'

// Real HTTP to 127.0.0.1: let it through the msw/node interceptor of the shared setup.
let server: StandaloneServer
const headers = {
  Authorization: 'Bearer T',
  'Autopal-Instance-ID': '5200000',
  'Content-Type': 'application/json',
}

beforeEach(() => testServer.use(http.all(/^http:\/\/127\.0\.0\.1:\d+\//, () => passthrough())))

beforeAll(async () => {
  server = await startStandaloneServer({ port: 0, count: 100, token: 'T', tenantId: '5200000' })
})
afterAll(() => server.close())

describe('standalone fake server', () => {
  it('serves search, customers and deletes over real HTTP', async () => {
    const search = await fetch(`${server.baseUrl}Customers/Autopal.Search()?$top=5`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query: { term: { id: 1005 } } }),
    })
    expect(search.status, await search.clone().text()).toBe(200)
    expect(await search.json()).toMatchObject({
      d: { results: [{ id: 1005, companyName: 'Acme Freight LLC' }], summary: { total: 1 } },
    })
    const customer = await fetch(`${server.baseUrl}odata.svc/Customers(1001)?$expand=Phones`, {
      headers,
    })
    expect(
      ((await customer.json()) as { d: { __metadata: { uri: string } } }).d.__metadata.uri,
    ).toBe(`${server.baseUrl}odata.svc/Customers(id=1001)`)
    expect(
      (await fetch(`${server.baseUrl}odata.svc/Customers(1010)`, { method: 'DELETE', headers }))
        .status,
    ).toBe(200)
    expect((await fetch(`${server.baseUrl}odata.svc/Customers(1001)`)).status).toBe(401)
    const preflight = await fetch(`${server.baseUrl}odata.svc/Customers(1001)`, {
      method: 'OPTIONS',
    })
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*')
  })

  it('has a control API for faults, the request log and reset', async () => {
    const log = (await (
      await fetch(`${server.baseUrl.replace(/api\/public.*$/, '')}__fake/requests`)
    ).json()) as {
      deleteCounts: Record<string, number>
      deletedIds: number[]
    }
    expect(log.deleteCounts).toEqual({ 1010: 1 })
    expect(log.deletedIds).toEqual([1010])
    const origin = new URL(server.baseUrl).origin
    await fetch(`${origin}/__fake/faults`, {
      method: 'POST',
      body: JSON.stringify({ dropRate: 1 }),
    })
    await expect(fetch(`${server.baseUrl}odata.svc/Customers(1001)`, { headers })).rejects.toThrow()
    await fetch(`${origin}/__fake/faults`, {
      method: 'POST',
      body: JSON.stringify({ dropRate: 0, timeoutRate: 1 }),
    })
    await expect(
      fetch(`${server.baseUrl}odata.svc/Customers(1001)`, {
        headers,
        signal: AbortSignal.timeout(200),
      }),
    ).rejects.toThrow()
    await fetch(`${origin}/__fake/reset`, { method: 'POST' })
    expect((await fetch(`${server.baseUrl}odata.svc/Customers(1010)`, { headers })).status).toBe(
      200,
    )
    // Only the request after the reset; the timed-out one (1001) may be logged when its held
    // answer ends, which can be after the reset on a busy machine.
    expect(server.store().requests.filter((r) => r.customerId !== 1001)).toEqual([
      expect.objectContaining({ method: 'GET', customerId: 1010 }),
    ])
  })
})
