import { useQueries, useQuery, useQueryClient } from '@tanstack/react-query'
import { useCallback, useMemo, useState } from 'react'
import { customerQueries, type CustomerQueries } from './customer-queries'
import { isConflictOrNotFound } from './customers'
import { prefetchCustomer, useFetchStyle, type FetchStyle } from './fetch-style'
import { useLoanProClient } from './loanpro-client-context'
import { NESTED_OBJECTS, type NestedObjectKey } from './nested-objects'

/**
 * The customer query options for the current client, stable while the client is. Apart from
 * the context so that the app shell, which provides the client, does not pull every fetcher
 * and entity reader into the entry chunk.
 */
export function useCustomerQueries(): CustomerQueries {
  const client = useLoanProClient()
  return useMemo(() => customerQueries(client), [client])
}

/*
 * The one place that decides between the two fetch styles (the first request of a page
 * opened by URL aside: fetch-style.ts); callers ask for
 * `detail(id)` or `nested(id, key)` and read the preference through these hooks. In `$expand`
 * mode one `expanded(id)` request seeds those entries, and an entry only fetches on its own
 * when that request failed or came back without its object.
 */

interface ExpandGate {
  style: FetchStyle
  /** The `$expand` request is still running: entries wait for it instead of asking themselves. */
  waiting: boolean
  /** The `$expand` request failed in a way that a per-object request may not. */
  failed: boolean
  /** The `$expand` request says the customer does not exist. */
  missing: boolean
  /** Which objects the `$expand` response carried (undefined: no response). */
  has: (key: NestedObjectKey) => boolean
}

function useExpandGate(id: number): ExpandGate {
  const [style] = useFetchStyle()
  const queries = useCustomerQueries()
  const expanded = useQuery({ ...queries.expanded(id), enabled: style === 'expand' })
  if (style !== 'expand') {
    return { style, waiting: false, failed: false, missing: false, has: () => false }
  }
  const missing = expanded.isError && isConflictOrNotFound(expanded.error)
  const nested = expanded.data?.nested
  return {
    style,
    waiting: expanded.isPending,
    failed: expanded.isError && !missing,
    missing,
    has: (key) => nested !== undefined && nested[key] !== undefined,
  }
}

/**
 * The customer for the header and the Details tab; `missing` when LoanPro says there is no
 * such customer (409/404 on the plain request or on `$expand`).
 */
export function useCustomerDetail(id: number) {
  const gate = useExpandGate(id)
  const queries = useCustomerQueries()
  // With $expand the detail is seeded by that request; ask on its own only if it failed.
  const query = useQuery({
    ...queries.detail(id),
    enabled: gate.style === 'per-object' || gate.failed,
  })
  const missing = gate.missing || (query.isError && isConflictOrNotFound(query.error))
  return { query, missing }
}

/** One nested object of the customer, in whichever fetch style is chosen. */
export function useCustomerObject<K extends NestedObjectKey>(id: number, key: K) {
  const gate = useExpandGate(id)
  const queries = useCustomerQueries()
  const enabled = gate.style === 'per-object' || (!gate.waiting && !gate.missing && !gate.has(key))
  return useQuery({ ...queries.nested(id, key), enabled })
}

/**
 * Starts the overview's arrival requests (prefetchCustomer) in its first render. useQuery asks
 * only once mounted, i.e. after the whole page has rendered and committed: the header's
 * objects then waited for that and made a second round of rendering.
 */
export function usePrefetchArrival(id: number): void {
  const [style] = useFetchStyle()
  const queries = useCustomerQueries()
  const queryClient = useQueryClient()
  useState(() => prefetchCustomer(queryClient, queries, id, style))
}

/** Starts what opening a customer asks for, before the overview is there (a press on its link). */
export function usePrefetchCustomer(): (id: number) => void {
  const queries = useCustomerQueries()
  const queryClient = useQueryClient()
  return useCallback((id) => prefetchCustomer(queryClient, queries, id), [queryClient, queries])
}

/** Warms an object's cache when the pointer rests on its tab (per-object mode only). */
export function usePrefetchCustomerObject(id: number) {
  const [style] = useFetchStyle()
  const queries = useCustomerQueries()
  const queryClient = useQueryClient()
  return useCallback(
    (key: NestedObjectKey) => {
      if (style === 'per-object') void queryClient.prefetchQuery(queries.nested(id, key))
    },
    [style, id, queries, queryClient],
  )
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
