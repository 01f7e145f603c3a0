// @vitest-environment node
import { NESTED_OBJECTS } from '../api/nested-objects'
import { TEST_API_BASE } from '../testing/test-server'
import { callApi, getD, items, type Entity } from './fake-api-test-helpers'

describe('OData customers', () => {
  it('returns a customer with every nested object deferred (relative links), in both URI styles', async () => {
    const odd = await getD('odata.svc/Customers(1001)')
    expect(odd.__metadata).toEqual({
      uri: `${TEST_API_BASE}odata.svc/Customers(id=1001)`,
      type: 'Entity.Customer',
    })
    expect(odd.firstName).toBe('Margaret')
    expect(odd.Phones).toEqual({
      __deferred: { uri: 'Customers(1001)/Phones' },
    })
    const even = await getD('odata.svc/Customers(id=1002)')
    for (const def of NESTED_OBJECTS) {
      expect(even[def.key]).toEqual({
        __deferred: { uri: `Customers(id=1002)/${def.key}` },
      })
    }
    expect(String(odd.created)).toMatch(/^\/Date\(-?\d+\)\/$/)
  })

  it('expands every object and nested paths in one request', async () => {
    const expand = NESTED_OBJECTS.flatMap((o) => o.expand).join(',')
    const full = await getD(`odata.svc/Customers(1001)?$expand=${expand}&nopaging=true`)
    expect(full.PrimaryAddress).toMatchObject({
      __metadata: { type: 'Entity.Address' },
      city: 'Chicago',
    })
    expect(items(full.Phones)).toHaveLength(3)
    expect(items(full.Phones).some((p) => p.dndEnabled === 1)).toBe(true)
    expect(items(full.Loans)).toHaveLength(2)
    const accounts = items(full.PaymentAccounts)
    expect(accounts[0]?.CheckingAccount).toMatchObject({
      accountNumber: 'XXXXXX6789',
      __metadata: { type: 'Entity.CheckingAccount' },
    })
    expect(accounts[0]?.CreditCard).toBeNull()
    expect(accounts[1]?.CreditCard).toMatchObject({ cardNumber: 'XXXXXXXXXXXX4242' })
    for (const def of NESTED_OBJECTS) {
      expect(full[def.key], def.key).not.toHaveProperty('__deferred')
      if (def.kind === 'collection') expect(items(full[def.key]).length, def.key).toBeGreaterThan(0)
    }
    // Odd ids get bare arrays, even ids `{results}`: clients must accept both.
    expect(Array.isArray(full.Notes)).toBe(true)
    const even = await getD('odata.svc/Customers(1004)?$expand=Notes&nopaging=true')
    expect(items(even.Notes)).toHaveLength(500)
    expect(Array.isArray(even.Notes)).toBe(false)
  })

  it('keeps CheckingAccount and CreditCard deferred unless their path is expanded', async () => {
    const c = await getD('odata.svc/Customers(1001)?$expand=PaymentAccounts')
    const first = items(c.PaymentAccounts)[0]
    expect(first?.CheckingAccount).toHaveProperty('__deferred')
    expect(c.Phones).toHaveProperty('__deferred')
  })

  it('expands the empty customer to nulls and empty collections in every variant', async () => {
    const expand = NESTED_OBJECTS.map((o) => o.key).join(',')
    const empty = await getD(`odata.svc/Customers(1002)?$expand=${expand}`)
    const shapes = new Set<string>()
    for (const def of NESTED_OBJECTS) {
      const value = empty[def.key]
      if (def.kind === 'single') expect(value).toBeNull()
      else {
        expect(items(value)).toEqual([])
        shapes.add(JSON.stringify(value))
      }
    }
    expect(shapes).toEqual(new Set(['{"results":[]}', '[]', 'null']))
  })

  it('answers every per-object request', async () => {
    for (const def of NESTED_OBJECTS) {
      const d = await getD(`odata.svc/Customers(1001)/${def.key}`)
      if (def.kind === 'single')
        expect(d.__metadata, def.key).toMatchObject({ type: def.entityType })
      else {
        const results = (d as { results: Entity[] }).results
        expect(results.length, def.key).toBeGreaterThan(0)
        expect(d.summary).toMatchObject({ start: 0, total: results.length })
      }
    }
    expect(await getD('odata.svc/Customers(1002)/PrimaryAddress')).toBeNull()
    expect(await getD('odata.svc/Customers(1002)/Phones')).toMatchObject({ results: [] })
    const accounts = await getD(
      'odata.svc/Customers(1001)/PaymentAccounts?$expand=CheckingAccount,CreditCard',
    )
    expect((accounts as { results: Entity[] }).results[1]?.CreditCard).toMatchObject({
      cardHolderName: 'Margaret Fullerton',
    })
  })

  it('serves hostile text verbatim', async () => {
    const notes = await getD('odata.svc/Customers(1003)/Notes')
    expect(JSON.stringify(notes)).toContain('<script>window.__xss=1</script>')
    const profiles = await getD('odata.svc/Customers(1003)/SocialProfiles')
    expect((profiles as { results: Entity[] }).results[0]?.profileUrl).toBe('javascript:alert(1)')
  })

  it('lists customers with $top/$skip', async () => {
    const page = (await getD('odata.svc/Customers?$top=5&$skip=10')) as {
      results: Entity[]
      summary: Entity
    }
    expect(page.results.map((c) => c.id)).toEqual([1011, 1012, 1013, 1014, 1015])
    expect(page.summary).toEqual({ start: 10, pageSize: 5 })
  })

  it('answers unknown customers and bad expands like LoanPro', async () => {
    expect((await callApi('odata.svc/Customers(999999)')).status).toBe(409)
    expect((await callApi('odata.svc/Customers(abc)')).status).toBe(409)
    expect((await callApi('odata.svc/Customers(1001)?$expand=Nope')).status).toBe(409)
    expect((await callApi('odata.svc/Nothing')).status).toBe(404)
  })
})
