import { QueryClient, QueryObserver } from '@tanstack/react-query'
import { describe, expect, it } from 'vitest'
import { customerKeys } from '../../api/customer-queries'
import { removeDetailWhenUnobserved } from './delete-customer-cache'

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
