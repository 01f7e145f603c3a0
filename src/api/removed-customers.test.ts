import { QueryClient, QueryObserver } from '@tanstack/react-query'
import { describe, expect, it, vi } from 'vitest'
import { customerKeys } from './customer-keys'
import type { CustomerSummary } from './customer-readers'
import {
  forgetRemovedCustomers,
  hideRemoved,
  REMOVED_HIDE_MS,
  withoutCustomers,
} from './removed-customers'

const row = (id: number) => ({ id, displayName: `Customer ${id}` }) as CustomerSummary
const page = (...ids: number[]) => ({ rows: ids.map(row), total: ids.length })

describe('withoutCustomers', () => {
  it('drops the rows and counts that many fewer', () => {
    const data = { rows: [row(1), row(2), row(3)], total: 3, extra: 'kept' }
    expect(withoutCustomers(data, new Set([1, 3]))).toEqual({
      rows: [row(2)],
      total: 1,
      extra: 'kept',
    })
  })

  it('leaves a page without them untouched (same object: no re-render)', () => {
    const data = { rows: [row(1)], total: 10 }
    expect(withoutCustomers(data, new Set([99]))).toBe(data)
    expect(withoutCustomers(undefined, new Set([1]))).toBeUndefined()
  })

  it('keeps an unknown total unknown and never goes below zero', () => {
    expect(withoutCustomers({ rows: [row(1)], total: null }, new Set([1]))?.total).toBeNull()
    expect(withoutCustomers({ rows: [row(1)], total: 0 }, new Set([1]))?.total).toBe(0)
  })
})

describe('forgetRemovedCustomers', () => {
  it('takes them out of cached pages and out of later answers while the index lags', () => {
    const queryClient = new QueryClient()
    const key = customerKeys.search({
      q: '',
      page: 1,
      pageSize: 25,
      sort: { field: 'id', direction: 'asc' },
    })
    queryClient.setQueryData(key, page(1, 2, 3))
    forgetRemovedCustomers(queryClient, [2])
    expect(queryClient.getQueryData(key)).toEqual(page(1, 3))
    // A search answered by a lagging index still holds 2: the app does not show it.
    expect(hideRemoved(queryClient, page(1, 2, 3))).toEqual(page(1, 3))
    // Another QueryClient (another connection) knows nothing of it.
    expect(hideRemoved(new QueryClient(), page(1, 2))).toEqual(page(1, 2))
  })

  it('shows them again after the hiding time (a customer restored in LoanPro, say)', () => {
    const queryClient = new QueryClient()
    const now = Date.now()
    forgetRemovedCustomers(queryClient, [2])
    const later = vi.spyOn(Date, 'now').mockReturnValue(now + REMOVED_HIDE_MS + 1)
    expect(hideRemoved(queryClient, page(1, 2))).toEqual(page(1, 2))
    later.mockRestore()
  })

  it('drops unwatched detail entries now and watched ones when their last observer leaves', () => {
    const queryClient = new QueryClient()
    queryClient.setQueryData(customerKeys.detail(7), { name: 'seven' })
    queryClient.setQueryData(customerKeys.nested(7, 'Notes'), { value: [] })
    queryClient.setQueryData(customerKeys.detail(8), { name: 'eight' })
    const observer = new QueryObserver(queryClient, {
      queryKey: customerKeys.detail(7),
      queryFn: () => ({ name: 'refetched' }),
      staleTime: Infinity,
    })
    const unsubscribe = observer.subscribe(() => undefined)

    forgetRemovedCustomers(queryClient, [7])
    expect(queryClient.getQueryData(customerKeys.nested(7, 'Notes'))).toBeUndefined()
    expect(queryClient.getQueryData(customerKeys.detail(7))).toEqual({ name: 'seven' })

    unsubscribe()
    expect(queryClient.getQueryCache().findAll({ queryKey: customerKeys.detail(7) })).toEqual([])
    expect(queryClient.getQueryData(customerKeys.detail(8))).toEqual({ name: 'eight' })
  })
})
