import type { CustomerSummary } from '../../api/customer-readers'
import {
  clearedReason,
  rangeBetween,
  selectedIds,
  selectionLabel,
  toSelected,
  type CustomerSelection,
} from './customer-selection'
import { removalFileCsv } from './removal-file'
import { customerSummary } from '../../testing/customer-summary'

const customer = (id: number): CustomerSummary =>
  customerSummary({ id, ssn: '123456789', loansCount: 2 })
const selectionOf = (...ids: number[]): CustomerSelection =>
  new Map(ids.map((id) => [id, toSelected(customer(id))]))

describe('customer selection', () => {
  it('keeps only what a bulk action needs of a customer', () => {
    expect(toSelected(customer(7))).toEqual({ id: 7, displayName: 'Customer 7', loansCount: 2 })
  })

  it('lists ids in ascending order and writes the removal file', () => {
    const selection = selectionOf(1042, 1003, 1011)
    expect(selectedIds(selection)).toEqual([1003, 1011, 1042])
    expect(removalFileCsv(selection)).toBe(
      'action,customerId\r\nremove,1003\r\nremove,1011\r\nremove,1042\r\n',
    )
    expect(removalFileCsv(new Map())).toBe('action,customerId\r\n')
  })

  it('names where a selection came from', () => {
    expect(selectionLabel({ q: 'smith' }, 3)).toBe('Selection from search “smith” (3 customers)')
    expect(selectionLabel({ q: '' }, 1)).toBe('Selection from all customers (1 customer)')
    expect(selectionLabel({ q: 'a', status: 'Active', customerType: 'company' }, 2500)).toBe(
      'Selection from search “a”, status Active, type company (2,500 customers)',
    )
  })

  it('finds a Shift+click range in page order, either direction', () => {
    const rows = [5, 3, 9, 1, 7].map(customer)
    expect(rangeBetween(rows, 3, 1)?.map((row) => row.id)).toEqual([3, 9, 1])
    expect(rangeBetween(rows, 7, 9)?.map((row) => row.id)).toEqual([9, 1, 7])
    expect(rangeBetween(rows, 9, 9)?.map((row) => row.id)).toEqual([9])
    expect(rangeBetween(rows, 42, 9)).toBeNull()
  })

  it('says whether the search or the filters changed', () => {
    expect(clearedReason({ q: 'a' }, { q: 'b' })).toMatch(/search changed/)
    expect(clearedReason({ q: 'a' }, { q: 'a', status: 'Active' })).toMatch(/filters changed/)
  })
})
