import type { NestedObjectKey } from './nested-objects'
import type { CustomerSearchParams } from './search-query'

/**
 * Query keys, general → specific. After a delete: `removeQueries({queryKey:
 * customerKeys.detail(id)})` drops the customer with its expanded and nested entries, and
 * `invalidateQueries({queryKey: customerKeys.searches()})` refreshes every list page.
 * The connection is not in the keys: clear the QueryClient when the connection changes.
 */
export const customerKeys = {
  all: () => ['customers'] as const,
  searches: () => ['customers', 'search'] as const,
  search: (params: CustomerSearchParams) => ['customers', 'search', params] as const,
  /** One id looked up as a search row (a whole-number search's pinned match). */
  exactId: (id: number) => ['customers', 'search', 'exact-id', id] as const,
  detail: (id: number) => ['customers', 'detail', id] as const,
  expanded: (id: number) => ['customers', 'detail', id, 'expanded'] as const,
  nested: (id: number, key: NestedObjectKey) => ['customers', 'detail', id, 'nested', key] as const,
  /** The tenant's customer statuses (a terms aggregation). */
  statuses: () => ['customers', 'statuses'] as const,
  /** Ids this app removed lately (removed-customers.ts): hidden while the index lags. */
  removed: () => ['customers', 'removed'] as const,
}
