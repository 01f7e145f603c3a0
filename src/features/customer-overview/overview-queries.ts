import { useQueries, useQuery, useQueryClient } from '@tanstack/react-query'
import { useCallback } from 'react'
import type { FetchStyle } from '../../api/fetch-style'
import { useCustomerQueries } from '../../api/use-customer-queries'
import { isLoanProError } from '../../api/loanpro-error'
import { NESTED_OBJECTS, type NestedObjectKey } from '../../api/nested-objects'

/*
 * How the overview reads LoanPro in each fetch style. Every view reads `detail(id)` or
 * `nested(id, key)`; in `$expand` mode one `expanded(id)` request seeds those entries, and an
 * entry only fetches on its own when that request failed or came back without its object.
 */

/** LoanPro answers 409 (sometimes 404) for an unknown or deleted customer. */
export function isMissingCustomerError(error: unknown): boolean {
  return isLoanProError(error) && (error.kind === 'conflict' || error.kind === 'not-found')
}

export interface ExpandGate {
  /** The `$expand` request is still running: views wait for it instead of asking themselves. */
  waiting: boolean
  /** The `$expand` request failed in a way that a per-object request may not. */
  failed: boolean
  /** The `$expand` request says the customer does not exist. */
  missing: boolean
  /** Which objects the `$expand` response carried (undefined: no response). */
  has: (key: NestedObjectKey) => boolean
}

export function useExpandGate(id: number, fetchStyle: FetchStyle): ExpandGate {
  const queries = useCustomerQueries()
  const expanded = useQuery({ ...queries.expanded(id), enabled: fetchStyle === 'expand' })
  if (fetchStyle !== 'expand') {
    return { waiting: false, failed: false, missing: false, has: () => false }
  }
  const missing = expanded.isError && isMissingCustomerError(expanded.error)
  const nested = expanded.data?.nested
  return {
    waiting: expanded.isPending,
    failed: expanded.isError && !missing,
    missing,
    has: (key) => nested !== undefined && nested[key] !== undefined,
  }
}

/** The customer for the header and the Details tab. */
export function useCustomerDetail(id: number, fetchStyle: FetchStyle, gate: ExpandGate) {
  const queries = useCustomerQueries()
  // With $expand the detail is seeded by that request; ask on its own only if it failed.
  const enabled = fetchStyle === 'per-object' || gate.failed
  return useQuery({ ...queries.detail(id), enabled })
}

export function useNestedObject<K extends NestedObjectKey>(
  id: number,
  key: K,
  fetchStyle: FetchStyle,
  gate: ExpandGate,
) {
  const queries = useCustomerQueries()
  const enabled = fetchStyle === 'per-object' || (!gate.waiting && !gate.missing && !gate.has(key))
  return useQuery({ ...queries.nested(id, key), enabled })
}

/** How many items each collection has, for those already in the cache; asks for nothing. */
export function useKnownCounts(id: number): ReadonlyMap<NestedObjectKey, number> {
  const queries = useCustomerQueries()
  return useQueries({
    queries: NESTED_OBJECTS.map((object) => ({
      ...queries.nested(id, object.key),
      enabled: false,
    })),
    combine: (results) => {
      const counts = new Map<NestedObjectKey, number>()
      NESTED_OBJECTS.forEach((object, index) => {
        const value = results[index]?.data?.value
        if (object.kind === 'collection' && Array.isArray(value))
          counts.set(object.key, value.length)
      })
      return counts
    },
  })
}

/**
 * What the header shows besides the customer: Phones and Primary Address. In per-object mode
 * the header asks for them itself (so it reads the same however the page was reached); in
 * `$expand` mode they come with the one request, like every tab.
 */
export function useHeaderObjects(id: number, fetchStyle: FetchStyle, gate: ExpandGate) {
  const phones = useNestedObject(id, 'Phones', fetchStyle, gate)
  const primaryAddress = useNestedObject(id, 'PrimaryAddress', fetchStyle, gate)
  return { phones, primaryAddress }
}

/** Warms a tab's cache when the pointer rests on it (per-object mode only; fresh data is kept). */
export function usePrefetchNested(id: number, fetchStyle: FetchStyle) {
  const queries = useCustomerQueries()
  const queryClient = useQueryClient()
  return useCallback(
    (key: NestedObjectKey) => {
      if (fetchStyle !== 'per-object') return
      void queryClient.prefetchQuery(queries.nested(id, key))
    },
    [fetchStyle, id, queries, queryClient],
  )
}
