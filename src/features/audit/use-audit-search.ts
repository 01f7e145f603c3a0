import { useCallback } from 'react'
import { useSearchParams } from 'react-router'
import { AUDIT_OUTCOMES, type AuditFilter, type AuditOutcome } from './audit-types'

export const AUDIT_PAGE_SIZES = [25, 50, 100] as const
const DEFAULT_PAGE_SIZE = 50
const FILTER_KEYS = ['user', 'customerId', 'outcome', 'from', 'to', 'run'] as const

/** The audit page's filters and page live in the URL; defaults are left out of it. */
export function useAuditSearch() {
  const [params, setParams] = useSearchParams()
  const filter: AuditFilter = {}
  for (const key of FILTER_KEYS) {
    const value = params.get(key)?.trim()
    if (!value) continue
    if (key === 'outcome') {
      if (AUDIT_OUTCOMES.includes(value as AuditOutcome)) filter.outcome = value as AuditOutcome
    } else filter[key] = value
  }
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '', 10) || 1)
  const sizeParam = Number(params.get('pageSize'))
  const pageSize = (AUDIT_PAGE_SIZES as readonly number[]).includes(sizeParam)
    ? sizeParam
    : DEFAULT_PAGE_SIZE

  const update = useCallback(
    (next: { filter?: AuditFilter; page?: number; pageSize?: number }) => {
      setParams((current) => {
        const out = new URLSearchParams(current)
        if (next.filter) {
          for (const key of FILTER_KEYS) {
            const value = next.filter[key]?.trim()
            if (value) out.set(key, value)
            else out.delete(key)
          }
          out.delete('page') // a new filter starts at page 1
        }
        if (next.pageSize !== undefined) {
          if (next.pageSize === DEFAULT_PAGE_SIZE) out.delete('pageSize')
          else out.set('pageSize', String(next.pageSize))
          out.delete('page')
        }
        if (next.page !== undefined) {
          if (next.page <= 1) out.delete('page')
          else out.set('page', String(next.page))
        }
        return out
      })
    },
    [setParams],
  )
  return { filter, page, pageSize, update }
}
