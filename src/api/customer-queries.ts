import { queryOptions, type QueryClient } from '@tanstack/react-query'
import type { Customer } from './customer-readers'
import {
  getCustomer,
  getCustomerWithExpand,
  getNestedObject,
  type ExpandedCustomer,
} from './customers'
import type { ApiRequestInfo, LoanProClient } from './http-client'
import { CUSTOMER_STALE_TIME_MS } from './query-defaults'
import { customerKeys } from './customer-keys'
import { hideRemoved } from './removed-customers'
import { ALL_EXPAND_PATHS, NESTED_OBJECT_KEYS, type NestedObjectKey } from './nested-objects'
import type { NestedObjectValue } from './nested-object-values'
import type { CustomerSearchParams, CustomerSearchResult } from './search-query'
import { fetchCustomerStatuses, lookupCustomersByIds, searchCustomers } from './search-requests'

export { customerKeys } from './customer-keys'

export interface CustomerDetail {
  customer: Customer
  request: ApiRequestInfo
}

/** A nested object with the request that produced it, per-object or `$expand`. */
export interface NestedObjectResult<K extends NestedObjectKey> {
  value: NestedObjectValue<K>
  request: ApiRequestInfo
}

/** Puts what one `$expand` response holds into the detail and nested entries. */
export function seedFromExpanded(queryClient: QueryClient, id: number, data: ExpandedCustomer) {
  const { customer, nested, request } = data
  queryClient.setQueryData<CustomerDetail>(customerKeys.detail(id), { customer, request })
  for (const key of NESTED_OBJECT_KEYS) seedNested(queryClient, id, key, nested[key], request)
}

function seedNested<K extends NestedObjectKey>(
  queryClient: QueryClient,
  id: number,
  key: K,
  value: NestedObjectValue<K> | undefined,
  request: ApiRequestInfo,
) {
  if (value === undefined) return // absent: the tab falls back to its own request
  queryClient.setQueryData<NestedObjectResult<K>>(customerKeys.nested(id, key), { value, request })
}

export function customerQueries(client: LoanProClient) {
  return {
    keys: customerKeys,
    all: customerKeys.all,
    search: (params: CustomerSearchParams) =>
      queryOptions({
        queryKey: customerKeys.search(params),
        // Without what this app just removed: LoanPro's index lags a delete. A short first
        // answer is shown at once (`filling`) while the rest of the page is asked for, unless
        // this page is on screen already: a refetch (a return to the list, a removal's
        // refresh) keeps its rows until the whole answer is in, rather than shrinking them.
        queryFn: async ({ signal, client: queryClient, queryKey }) =>
          hideRemoved(
            queryClient,
            await searchCustomers(client, params, signal, (partial) => {
              if (signal.aborted) return
              const held = queryClient.getQueryData<CustomerSearchResult>(queryKey)
              if (held && !held.filling) return
              queryClient.setQueryData(queryKey, hideRemoved(queryClient, partial))
            }),
          ),
        staleTime: CUSTOMER_STALE_TIME_MS,
      }),
    /** The customer with this id as a search row, to pin a whole-number search's match. */
    exactId: (id: number) =>
      queryOptions({
        queryKey: customerKeys.exactId(id),
        queryFn: ({ signal }) => lookupCustomersByIds(client, [id], signal),
        staleTime: CUSTOMER_STALE_TIME_MS,
      }),
    detail: (id: number) =>
      queryOptions({
        queryKey: customerKeys.detail(id),
        queryFn: ({ signal }): Promise<CustomerDetail> => getCustomer(client, id, signal),
        staleTime: CUSTOMER_STALE_TIME_MS,
      }),
    /** One `$expand` request for everything; seeds `detail(id)` and each `nested(id, key)`. */
    expanded: (id: number) =>
      queryOptions({
        queryKey: customerKeys.expanded(id),
        queryFn: async ({ signal, client: queryClient }) => {
          const data = await getCustomerWithExpand(client, id, ALL_EXPAND_PATHS, signal)
          seedFromExpanded(queryClient, id, data)
          return data
        },
        staleTime: CUSTOMER_STALE_TIME_MS,
      }),
    statuses: () =>
      queryOptions({
        queryKey: customerKeys.statuses(),
        queryFn: ({ signal }) => fetchCustomerStatuses(client, signal),
        staleTime: 5 * CUSTOMER_STALE_TIME_MS,
      }),
    nested: <K extends NestedObjectKey>(id: number, key: K) =>
      queryOptions({
        queryKey: customerKeys.nested(id, key),
        queryFn: ({ signal }): Promise<NestedObjectResult<K>> =>
          getNestedObject(client, id, key, signal),
        staleTime: CUSTOMER_STALE_TIME_MS,
      }),
  }
}

export type CustomerQueries = ReturnType<typeof customerQueries>
