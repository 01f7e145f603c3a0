import { TEST_CONNECTION } from '../testing/test-server'
import {
  deleteCustomer,
  getCustomer,
  getCustomerWithExpand,
  getNestedObject,
  lookupCustomersByIds,
  searchCustomers,
} from './customers'
import { createLoanProClient } from './http-client'
import { ALL_EXPAND_PATHS, NESTED_OBJECT_KEYS } from './nested-objects'
import type { CustomerSearchParams } from './search-query'

// The adapter against the demo tenant (MSW): the two must agree on requests and shapes.
const client = createLoanProClient(TEST_CONNECTION)
const params: CustomerSearchParams = {
  q: '',
  page: 1,
  pageSize: 5,
  sort: { field: 'id', direction: 'asc' },
}

describe('against the demo tenant', () => {
  it('searches, pages and finds by id', async () => {
    const first = await searchCustomers(client, params)
    expect(first.rows).toHaveLength(5)
    expect(first.total).toBeGreaterThan(5)
    const ids = first.rows.map((row) => row.id)
    expect([...ids].sort((a, b) => a - b)).toEqual(ids)

    const second = await searchCustomers(client, { ...params, page: 2 })
    expect(second.rows[0]?.id).not.toBe(first.rows[0]?.id)

    const id = first.rows[2]?.id ?? 0
    const byId = await searchCustomers(client, { ...params, q: String(id) })
    expect(byId.rows.map((row) => row.id)).toContain(id)

    const lastName = first.rows.find((row) => row.lastName)?.lastName ?? ''
    const byName = await searchCustomers(client, { ...params, q: lastName.toLowerCase() })
    expect(byName.rows.length).toBeGreaterThan(0)

    const found = await lookupCustomersByIds(client, [id, 99_999_999])
    expect(found.rows.map((row) => row.id)).toEqual([id])
  })

  it('accepts every odd search input the fake answers like OpenSearch', async () => {
    const inputs = ["O'Brien", 'a/b', 'foo:bar', '(', '"', 'AND', '*', '😀', '<', '-5']
    for (const q of [...inputs, 'x'.repeat(300), '0', '007', '2147483648', '9'.repeat(25)]) {
      await expect(searchCustomers(client, { ...params, q })).resolves.toMatchObject({
        rows: expect.any(Array),
      })
    }
    const none = await searchCustomers(client, { ...params, q: '<<' })
    expect(none.rows).toEqual([])
  })

  it('reads a customer the same way in both fetch styles', async () => {
    const { rows } = await searchCustomers(client, params)
    const id = rows[0]?.id ?? 0
    const { customer } = await getCustomer(client, id)
    expect(customer.id).toBe(id)
    const expanded = await getCustomerWithExpand(client, id, ALL_EXPAND_PATHS)
    expect(expanded.customer).toEqual(customer)
    expect(Object.keys(expanded.nested).sort()).toEqual([...NESTED_OBJECT_KEYS].sort())
    for (const key of NESTED_OBJECT_KEYS) {
      const own = await getNestedObject(client, id, key)
      if (key in expanded.nested) expect(expanded.nested[key]).toEqual(own.value)
    }
  })

  it('deletes a customer and then reports it as gone', async () => {
    const { rows } = await searchCustomers(client, { ...params, pageSize: 50 })
    const unlinked = rows.find((row) => row.loansCount === 0)
    if (!unlinked) throw new Error('the demo tenant has no unlinked customer in its first page')
    await deleteCustomer(client, unlinked.id)
    await expect(getCustomer(client, unlinked.id)).rejects.toMatchObject({ kind: 'conflict' })
  })
})
