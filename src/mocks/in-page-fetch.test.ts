// @vitest-environment node
import { createLoanProHandlers } from './handlers'
import { createInPageFetch } from './in-page-fetch'
import { TenantStore } from './tenant-store'

const BASE = 'https://in-page.test/api/public/api/1/'
const AUTH = { Authorization: 'Bearer t', 'Autopal-Instance-ID': '5200001' }

function setUp(latencyMs = 0) {
  const store = new TenantStore({ count: 50, seed: 1, faults: { latencyMs } })
  const passthrough = vi.fn<typeof fetch>(() => Promise.resolve(new Response('network')))
  const inPage = createInPageFetch(createLoanProHandlers(store, { baseUrl: BASE }), passthrough)
  return { store, passthrough, inPage }
}

describe('createInPageFetch (the demo answering on the page)', () => {
  it("answers with the handlers' response, and logs the request in the store", async () => {
    const { store, inPage, passthrough } = setUp()
    const response = await inPage(`${BASE}odata.svc/Customers(1001)`, { headers: AUTH })
    expect(response.status).toBe(200)
    expect(((await response.json()) as { d: { id: number } }).d.id).toBe(1001)
    expect(store.requests.map((r) => r.path)).toEqual(['odata.svc/Customers(1001)'])
    expect(passthrough).not.toHaveBeenCalled()
  })

  it('answers errors as the handlers do (401 without credentials, an injected 500)', async () => {
    const { store, inPage } = setUp()
    expect((await inPage(`${BASE}odata.svc/Customers(1001)`)).status).toBe(401)
    store.faults.failNext(1, 'server-error')
    const failed = await inPage(`${BASE}odata.svc/Customers(1001)`, { headers: AUTH })
    expect(failed.status).toBe(500)
  })

  it('sends a URL no handler serves to the network', async () => {
    const { inPage, passthrough } = setUp()
    const response = await inPage('https://in-page.test/favicon.svg')
    expect(await response.text()).toBe('network')
    expect(passthrough).toHaveBeenCalledWith('https://in-page.test/favicon.svg', undefined)
  })

  it("rejects a dropped request with a TypeError, as the browser's fetch does", async () => {
    const { store, inPage } = setUp()
    store.faults.failNext(1, 'drop')
    await expect(
      inPage(`${BASE}odata.svc/Customers(1001)`, { headers: AUTH }),
    ).rejects.toBeInstanceOf(TypeError)
  })

  it("rejects at once with the signal's reason when the caller aborts", async () => {
    const { inPage } = setUp(60_000)
    const controller = new AbortController()
    const answer = inPage(`${BASE}odata.svc/Customers(1001)`, {
      headers: AUTH,
      signal: controller.signal,
    })
    const reason = new DOMException('gave up', 'TimeoutError')
    controller.abort(reason)
    await expect(answer).rejects.toBe(reason)
    await expect(
      inPage(`${BASE}odata.svc/Customers(1001)`, { headers: AUTH, signal: controller.signal }),
    ).rejects.toBe(reason)
  })

  it('marks each answer in the performance timeline (it is on no Network panel)', async () => {
    const { inPage } = setUp()
    performance.clearMeasures()
    await inPage(`${BASE}odata.svc/Customers(1002)`, { headers: AUTH })
    expect(performance.getEntriesByType('measure').map((m) => m.name)).toEqual([
      `demo GET ${BASE}odata.svc/Customers(1002)`,
    ])
  })
})
