// @vitest-environment node
import { DEMO_FIXTURES } from './fixtures'
import { createTenantData } from './generator'
import { TenantStore } from './tenant-store'

describe('createTenantData', () => {
  it('is deterministic: same seed, same data; another seed, other data', () => {
    const a = createTenantData({ count: 500, seed: 7 })
    const b = createTenantData({ count: 500, seed: 7 })
    const c = createTenantData({ count: 500, seed: 8 })
    expect(b.docs).toEqual(a.docs)
    expect(b.recordById(1234)).toEqual(a.recordById(1234))
    expect(c.docs.slice(20)).not.toEqual(a.docs.slice(20))
  })

  it('keeps the fixtures at their ids with their exact names', () => {
    const data = createTenantData({ count: 50 })
    for (const fixture of Object.values(DEMO_FIXTURES)) {
      const doc = data.docById(fixture.id)
      expect(doc?.customerName, fixture.name).toBe(fixture.name)
      expect(doc?.loansCount).toBe(fixture.loansCount)
    }
    const empty = data.recordById(DEMO_FIXTURES.empty.id)
    expect(
      Object.values(empty?.nested ?? {}).every(
        (v) => v === null || (Array.isArray(v) && v.length === 0),
      ),
    ).toBe(true)
    expect(data.recordById(DEMO_FIXTURES.manyNotes.id)?.nested.Notes).toHaveLength(500)
  })

  it('generates a varied tenant whose nested objects agree with the search documents', () => {
    const data = createTenantData({ count: 2500 })
    const docs = data.docs.slice(11)
    const share = (f: (d: (typeof docs)[number]) => boolean) => docs.filter(f).length / docs.length
    expect(share((d) => d.customerType === 'customer.type.company')).toBeGreaterThan(0.1)
    expect(share((d) => d.customerType === 'customer.type.company')).toBeLessThan(0.2)
    expect(share((d) => d.loansCount > 0)).toBeGreaterThan(0.15)
    expect(share((d) => d.loansCount > 0)).toBeLessThan(0.25)
    expect(new Set(docs.map((d) => d.status)).size).toBeGreaterThanOrEqual(4)
    expect(docs.some((d) => /[^\p{ASCII}]/u.test(d.customerName))).toBe(true)
    for (const doc of docs.slice(0, 200)) {
      const nested = data.recordById(doc.id)?.nested
      expect(nested?.Loans).toHaveLength(doc.loansCount)
      expect(nested?.PaymentAccounts).toHaveLength(doc.paymentAccountsCount)
      expect(nested?.Employer === null).toBe(doc.hasEmployer === 0)
      expect(nested?.PrimaryAddress === null).toBe(doc.primaryAddress === null)
    }
  })

  it('generates and searches 100,000 customers quickly', () => {
    let started = performance.now()
    const store = new TenantStore({ count: 100_000 })
    const generateMs = performance.now() - started
    expect(store.data.docs).toHaveLength(100_000)
    const body = {
      query: {
        bool: {
          must: [
            {
              query_string: {
                query: '*smith*',
                fields: ['customerName', 'email', 'primaryAddress.city'],
                default_operator: 'AND',
              },
            },
          ],
          filter: [{ match: { status: 'Active' } }],
        },
      },
    }
    store.search(body, { top: 25, start: 0, orderby: 'customerName desc' }) // builds the caches once
    started = performance.now()
    const result = store.search(body, { top: 25, start: 0, orderby: 'customerName desc' })
    store.search(body, { top: 25, start: 0, orderby: 'customerName desc' })
    const searchMs = (performance.now() - started) / 2
    expect(result.total).toBeGreaterThan(100)
    console.log(
      `100,000 customers: generated in ${generateMs.toFixed(0)} ms, search ${searchMs.toFixed(1)} ms`,
    )
  })
})
