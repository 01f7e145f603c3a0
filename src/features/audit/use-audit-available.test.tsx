import { QueryClientProvider } from '@tanstack/react-query'
import { renderHook, waitFor } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import type { ReactNode } from 'react'
import { describe, expect, it } from 'vitest'
import { createTestQueryClient } from '../../testing/render-with-providers'
import { testServer } from '../../testing/test-server'
import { useAuditAvailable } from './use-audit-available'

function answer(status: number) {
  let asked = 0
  testServer.use(
    http.get('*/api/audit', () => {
      asked += 1
      return status === 200
        ? HttpResponse.json({ entries: [], total: 0, page: 1, pageSize: 1, scope: 'own' })
        : HttpResponse.json({ error: { message: 'no' } }, { status })
    }),
  )
  return () => asked
}

function render(enabled: boolean) {
  const queryClient = createTestQueryClient()
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
  )
  return renderHook(() => useAuditAvailable(enabled), { wrapper })
}

describe('useAuditAvailable (the Audit link in the navigation)', () => {
  it('is true where the server keeps an audit log this person may read', async () => {
    answer(200)
    const { result } = render(true)
    await waitFor(() => expect(result.current).toBe(true))
  })

  it('is false for a role that may not read it, and where there is no log (no team mode)', async () => {
    for (const status of [403, 404]) {
      const asked = answer(status)
      const { result, unmount } = render(true)
      await waitFor(() => expect(asked()).toBe(1))
      expect(result.current).toBe(false)
      unmount()
    }
  })

  it('does not ask in the browser-only modes', () => {
    const asked = answer(200)
    const { result } = render(false)
    expect(result.current).toBe(false)
    expect(asked()).toBe(0)
  })
})
