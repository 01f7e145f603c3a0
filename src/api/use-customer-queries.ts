import {
  useQueries,
  useQuery,
  useQueryClient,
  type QueryClient,
  type QueryKey,
} from '@tanstack/react-query'
import { use, useCallback, useEffect, useMemo, useState } from 'react'
import { customerQueries, type CustomerQueries } from './customer-queries'
import { isConflictOrNotFound } from './customers'
import { arrivalKeys, prefetchCustomer, useFetchStyle, type FetchStyle } from './fetch-style'
import { useLoanProClient } from './loanpro-client-context'
import { NESTED_OBJECTS, type NestedObjectKey } from './nested-objects'
import { whenQueryCache } from './when-query-cache'

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
 * How long opening a customer may keep the previous page on screen while the arrival's answers
 * come (they were asked on the press on its link): the overview then renders once, whole,
 * instead of a skeleton and a render per answer. A slower tenant gets the skeleton after this.
 */
export const ARRIVAL_HOLD_MS = 200

/** Per client and customer id: the wait of the navigation under way, until its answers are in. */
const holds = new WeakMap<QueryClient, Map<number, Promise<void>>>()

/** The overviews that have mounted (committed): they never wait again. */
const mountedArrivals = new WeakSet<object>()

/** A promise React reads as already settled (`use` returns at once, without suspending). */
const SETTLED: Promise<void> = Object.assign(Promise.resolve(), { status: 'fulfilled' })

const isPending = (queryClient: QueryClient, keys: QueryKey[]) =>
  keys.some((key) => queryClient.getQueryState(key)?.status === 'pending')

/** The wait for `keys`: until they are answered, at most ARRIVAL_HOLD_MS; SETTLED if none is pending. */
function arrivalWait(queryClient: QueryClient, id: number, keys: QueryKey[]): Promise<void> {
  let byId = holds.get(queryClient)
  if (!byId) holds.set(queryClient, (byId = new Map<number, Promise<void>>()))
  const running = byId.get(id)
  if (running) return running
  if (!isPending(queryClient, keys)) return SETTLED
  const ids = byId
  // Kept until the answers are in: a render after the time is up must not wait again.
  // Settles once none of `keys` is waiting for its first answer (or failure).
  const done = whenQueryCache(queryClient, () => !isPending(queryClient, keys)).then(
    () => void ids.delete(id),
  )
  const timeUp = new Promise<void>((resolve) => setTimeout(resolve, ARRIVAL_HOLD_MS))
  const wait = Promise.race([done, timeUp])
  byId.set(id, wait)
  return wait
}

/**
 * Starts the overview's arrival requests in its first render (useQuery asks only once mounted,
 * i.e. after the whole page has rendered and committed) and, when `hold` is set (a navigation,
 * which React renders as a transition: the previous page stays on screen), suspends that first
 * render until their answers are in, for up to ARRIVAL_HOLD_MS. Not for a page's first render
 * (it would commit the route's fallback, then be held back by React's fallback throttle), and
 * never once mounted (a suspended update would hide the page behind the fallback).
 */
export function useArrival(id: number, hold: boolean): void {
  const [style] = useFetchStyle()
  const queries = useCustomerQueries()
  const queryClient = useQueryClient()
  useState(() => prefetchCustomer(queryClient, queries, id, style))
  const [instance] = useState(() => ({}))
  useEffect(() => void mountedArrivals.add(instance), [instance])
  // Called on every render before the mount, settled or not: React replays a suspended render
  // and expects the same `use` call in it.
  if (hold && !mountedArrivals.has(instance))
    use(arrivalWait(queryClient, id, arrivalKeys(queries, id, style)))
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
