import type { QueryClient, QueryKey } from '@tanstack/react-query'
import { createContext, use } from 'react'
import { local, readStored } from '../lib/storage'
import { useStoredState } from '../lib/use-stored-state'
import type { CustomerQueries } from './customer-queries'
import type { NestedObjectKey } from './nested-objects'

/** LoanPro's two ways to read nested objects: one request per object, or one `$expand` request. */
export type FetchStyle = 'per-object' | 'expand'

export const FETCH_STYLES: readonly { value: FetchStyle; label: string }[] = [
  { value: 'per-object', label: 'Per object' },
  { value: 'expand', label: '$expand' },
]

/** The localStorage key of the preference (Settings and the overview's Developer tools). */
const FETCH_STYLE_KEY = 'cm.fetchStyle'

export function parseFetchStyle(raw: string | null | undefined): FetchStyle {
  return raw === 'expand' ? 'expand' : 'per-object'
}

/**
 * A fetch style that overrides the preference below it (`<FixedFetchStyle value="expand">`):
 * an audit snapshot holds one `$expand` answer, so the overview that shows it must ask that way.
 */
export const FixedFetchStyle = createContext<FetchStyle | null>(null)

const keepFixed = () => {}

/** The remembered fetch style, shared by every component that reads it. */
export function useFetchStyle(): [FetchStyle, (style: FetchStyle) => void] {
  const fixed = use(FixedFetchStyle)
  const stored = useStoredState<FetchStyle>(FETCH_STYLE_KEY, parseFetchStyle)
  return fixed ? [fixed, keepFixed] : stored
}

/** The nested objects the overview's header shows: asked for on every arrival, like the customer. */
const HEADER_OBJECTS = ['Phones', 'PrimaryAddress'] as const satisfies readonly NestedObjectKey[]

/** The cache keys of what the overview asks for on arrival (prefetchCustomer). */
export function arrivalKeys(queries: CustomerQueries, id: number, style: FetchStyle): QueryKey[] {
  if (style === 'expand') return [queries.keys.expanded(id)]
  return [queries.keys.detail(id), ...HEADER_OBJECTS.map((key) => queries.keys.nested(id, key))]
}

/** The fetch style as remembered (outside React: the boot, a list's press on a link). */
function storedFetchStyle(): FetchStyle {
  return parseFetchStyle(readStored(local(), FETCH_STYLE_KEY))
}

/**
 * Starts what the overview asks for on arrival, as its hooks will ask
 * (use-customer-queries.ts): one `$expand` request, or the customer with the header's objects
 * (three requests). Fresh or running entries are not asked again. Here, not with the hooks, so
 * that the boot code does not pull React Query's hooks into the entry chunk.
 */
export function prefetchCustomer(
  queryClient: QueryClient,
  queries: CustomerQueries,
  id: number,
  style: FetchStyle = storedFetchStyle(),
) {
  if (style === 'expand') {
    void queryClient.prefetchQuery(queries.expanded(id))
    return
  }
  void queryClient.prefetchQuery(queries.detail(id))
  for (const key of HEADER_OBJECTS) void queryClient.prefetchQuery(queries.nested(id, key))
}
