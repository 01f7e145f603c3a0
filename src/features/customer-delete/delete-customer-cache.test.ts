import { QueryClient, QueryObserver } from '@tanstack/react-query'
import { describe, expect, it } from 'vitest'
import { customerKeys } from '../../api/customer-queries'
import type { CustomerSummary } from '../../api/customer-schema'
import { removeDetailWhenUnobserved, withoutCustomer } from './delete-customer-cache'

const row = (id: number) => ({ id, displayName: `Customer ${id}` }) as CustomerSummary

describe('withoutCustomer', () => {
  it('drops the row and counts one fewer', () => {
    const data = { rows: [row(1), row(2)], total: 2, extra: 'kept' }
    expect(withoutCustomer(data, 1)).toEqual({ rows: [row(2)], total: 1, extra: 'kept' })
  })

  it('leaves a page without the customer untouched (same object: no re-render)', () => {
    const data = { rows: [row(1)], total: 10 }
    expect(withoutCustomer(data, 99)).toBe(data)
    expect(withoutCustomer(undefined, 1)).toBeUndefined()
  })

  it('keeps an unknown total unknown and never goes below zero', () => {
    expect(withoutCustomer({ rows: [row(1)], total: null }, 1)?.total).toBeNull()
    expect(withoutCustomer({ rows: [row(1)], total: 0 }, 1)?.total).toBe(0)
  })
})

describe('removeDetailWhenUnobserved', () => {
  it('removes unwatched entries now and watched ones when their last observer leaves', () => {
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

    removeDetailWhenUnobserved(queryClient, 7)
    expect(queryClient.getQueryData(customerKeys.nested(7, 'Notes'))).toBeUndefined()
    expect(queryClient.getQueryData(customerKeys.detail(7))).toEqual({ name: 'seven' })

    unsubscribe()
    expect(queryClient.getQueryCache().findAll({ queryKey: customerKeys.detail(7) })).toEqual([])
    expect(queryClient.getQueryData(customerKeys.detail(8))).toEqual({ name: 'eight' })
  })
})
