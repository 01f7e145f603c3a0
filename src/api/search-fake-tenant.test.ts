import { TEST_CONNECTION, testTenant } from '../testing/test-server'
import { createLoanProClient } from './http-client'
import type { CustomerSearchParams } from './search-query'
import { fetchCustomerStatuses, lookupCustomersByIds, searchCustomers } from './search-requests'

// The search adapter against the strict demo tenant (short answers, zero scores dropped,
// exact term, 10,000 window, index lag): every query form finds what staff typed.
const client = createLoanProClient(TEST_CONNECTION)
const base: CustomerSearchParams = {
  q: '',
  page: 1,
  pageSize: 25,
  sort: { field: 'id', direction: 'asc' },
}
const idsFor = async (q: string, extra: Partial<CustomerSearchParams> = {}) =>
  (await searchCustomers(client, { ...base, ...extra, q })).rows.map((row) => row.id)

describe('search against the strict demo tenant', () => {
  it('finds a phone number typed in any format', async () => {
    for (const q of ['(312) 555-0101', '312-555-0101', '312.555.0101', '3125550101']) {
      expect(await idsFor(q), q).toContain(1001)
    }
  })

  it('finds #1001 and "id 1001"', async () => {
    expect(await idsFor('#1001')).toEqual([1001])
    expect(await idsFor('id 1001')).toEqual([1001])
  })

  it('finds "Last, First", "City, ST", an e-mail address and an SSN', async () => {
    expect(await idsFor('Fullerton, Margaret')).toEqual([1001])
    const chicago = await searchCustomers(client, { ...base, q: 'Chicago, IL', pageSize: 100 })
    expect(chicago.rows.map((r) => r.id)).toContain(1001)
    expect(chicago.rows.every((r) => r.city === 'Chicago' && r.state === 'IL')).toBe(true)
    expect(await idsFor('San José, CA')).toContain(1006)
    expect(await idsFor('Nora.Whitfield@example.com')).toEqual([1004])
    expect(await idsFor('000001004')).toContain(1004)
    expect(await idsFor('000-00-1004')).toEqual([1004])
  })

  it('treats `*` alone as an empty search', async () => {
    const all = await searchCustomers(client, { ...base, q: '*' })
    expect(all.total).toBe(300)
  })

  it('ranks exact last-name matches above longer names containing them', async () => {
    const result = await searchCustomers(client, { ...base, q: 'smith', pageSize: 100 })
    const names = result.rows.map((r) => r.lastName ?? '')
    const lastExact = names.lastIndexOf('Smith')
    const firstLonger = names.findIndex((n) => n !== 'Smith')
    expect(lastExact).toBeGreaterThanOrEqual(0)
    expect(firstLonger).toBeGreaterThan(lastExact)
  })

  it('sorts by Name as last name, then first name', async () => {
    const result = await searchCustomers(client, {
      ...base,
      pageSize: 100,
      sort: { field: 'name', direction: 'asc' },
    })
    const people = result.rows.filter((r) => r.lastName)
    const fold = (text: string | null) =>
      (text ?? '')
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
    const keys = people.map((r) => `${fold(r.lastName)}\u0000${fold(r.firstName)}`)
    expect(keys).toEqual([...keys].sort())
    expect(people[0]?.lastName?.toLowerCase() ?? '').not.toBe('')
  })

  it('filters by a multi-word tenant status with match, and offers the tenant statuses', async () => {
    const statuses = await fetchCustomerStatuses(client)
    expect(statuses).toEqual(
      expect.arrayContaining(['Active', 'Lead', 'Pending Review', 'Charged Off']),
    )
    const pending = await searchCustomers(client, {
      ...base,
      status: 'Pending Review',
      pageSize: 100,
    })
    expect(pending.total).toBeGreaterThan(0)
    expect(pending.rows.every((r) => r.status === 'Pending Review')).toBe(true)
    const companies = await searchCustomers(client, { ...base, customerType: 'company' })
    expect(companies.total).toBeGreaterThan(0)
    expect(companies.rows.every((r) => r.customerType === 'company')).toBe(true)
  })

  it('fills every page despite short answers', async () => {
    testTenant().strictness.shortSearchRate = 1
    const page = await searchCustomers(client, { ...base, pageSize: 50, page: 2 })
    expect(page.rows.map((r) => r.id)).toEqual(Array.from({ length: 50 }, (_, i) => 1051 + i))
    expect(page.complete).toBe(true)
  })

  it('looks ids up completely despite short answers; absent ids are shown not to exist', async () => {
    testTenant().strictness.shortSearchRate = 1
    const ids = [1001, 1002, 1003, 1004, 1005, 99999, 1200]
    const result = await lookupCustomersByIds(client, ids)
    expect(result.rows.map((r) => r.id).sort()).toEqual([1001, 1002, 1003, 1004, 1005, 1200])
    expect(result.complete).toBe(true)
  })
})
