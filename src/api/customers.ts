import { customerSchema, type Customer } from './customer-schema'
import type { ApiRequestInfo, HttpMethod, LoanProClient, QueryParams } from './http-client'
import { LoanProError } from './loanpro-error'
import { nestedObjectByKey, subExpandPaths, type NestedObjectKey } from './nested-objects'
import {
  readExpandedNestedObjects,
  readOwnNestedObject,
  type NestedObjectValue,
  type NestedObjectValues,
} from './nested-object-values'

// Searches live in search-requests.ts; re-exported so that callers keep one entry point.
export {
  fetchCustomerStatuses,
  lookupCustomersByIds,
  RESULT_WINDOW_MESSAGE,
  searchAfterId,
  searchCustomers,
  searchFrom,
  searchPage,
  type IdLookup,
} from './search-requests'

/*
 * The customer endpoints. Every result carries `request` (method + full URL, no token) so
 * that the UI can show the request that fed a view.
 */

/** A request before it is sent: what the endpoints below send, and what the UI may show. */
export interface PlannedRequest {
  method: HttpMethod
  path: string
  query?: QueryParams
}

export function customerPath(id: number): string {
  return `odata.svc/Customers(${id})`
}

export function customerRequest(id: number): PlannedRequest {
  return { method: 'GET', path: customerPath(id) }
}

export function expandedCustomerRequest(id: number, paths: readonly string[]): PlannedRequest {
  return { method: 'GET', path: customerPath(id), query: { $expand: paths.join(',') } }
}

/** Objects with parts of their own (PaymentAccounts) expand them, to match the `$expand` style. */
export function nestedObjectRequest(id: number, key: NestedObjectKey): PlannedRequest {
  const definition = nestedObjectByKey(key)
  const parts = definition ? subExpandPaths(definition) : []
  const path = `${customerPath(id)}/${key}`
  return parts.length > 0
    ? { method: 'GET', path, query: { $expand: parts.join(',') } }
    : { method: 'GET', path }
}

export function deleteCustomerRequest(id: number): PlannedRequest {
  return { method: 'DELETE', path: customerPath(id) }
}

export function describeRequest(client: LoanProClient, planned: PlannedRequest): ApiRequestInfo {
  return { method: planned.method, url: client.url(planned.path, planned.query) }
}

async function send(
  client: LoanProClient,
  planned: PlannedRequest,
  signal?: AbortSignal,
): Promise<unknown> {
  return client.request(planned.method, planned.path, { query: planned.query, signal })
}

function parseCustomer(d: unknown, planned: PlannedRequest): Customer {
  const parsed = customerSchema.safeParse(d)
  if (!parsed.success) {
    throw new LoanProError({
      kind: 'bad-response',
      method: planned.method,
      path: planned.path,
      cause: parsed.error,
    })
  }
  return parsed.data
}

export async function getCustomer(
  client: LoanProClient,
  id: number,
  signal?: AbortSignal,
): Promise<{ customer: Customer; request: ApiRequestInfo }> {
  const planned = customerRequest(id)
  const d = await send(client, planned, signal)
  return { customer: parseCustomer(d, planned), request: describeRequest(client, planned) }
}

export interface ExpandedCustomer {
  customer: Customer
  /** Objects that came back complete. Missing, deferred or unreadable ones are absent. */
  nested: NestedObjectValues
  request: ApiRequestInfo
}

export async function getCustomerWithExpand(
  client: LoanProClient,
  id: number,
  paths: readonly string[],
  signal?: AbortSignal,
): Promise<ExpandedCustomer> {
  const planned = expandedCustomerRequest(id, paths)
  const d = await send(client, planned, signal)
  return {
    customer: parseCustomer(d, planned),
    nested: readExpandedNestedObjects(d),
    request: describeRequest(client, planned),
  }
}

export async function getNestedObject<K extends NestedObjectKey>(
  client: LoanProClient,
  id: number,
  key: K,
  signal?: AbortSignal,
): Promise<{ value: NestedObjectValue<K>; request: ApiRequestInfo }> {
  const planned = nestedObjectRequest(id, key)
  const d = await send(client, planned, signal)
  const value = readOwnNestedObject(key, d)
  if (value === undefined) {
    throw new LoanProError({ kind: 'bad-response', method: planned.method, path: planned.path })
  }
  return { value, request: describeRequest(client, planned) }
}

/** Any 2xx is success: LoanPro's success body for a delete is undocumented. */
export async function deleteCustomer(
  client: LoanProClient,
  id: number,
  signal?: AbortSignal,
): Promise<{ request: ApiRequestInfo }> {
  const planned = deleteCustomerRequest(id)
  await client.request(planned.method, planned.path, { signal, envelope: false })
  return { request: describeRequest(client, planned) }
}
