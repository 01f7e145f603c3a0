import { customerSchema, type Customer } from './customer-readers'
import type { ApiRequestInfo, HttpMethod, LoanProClient, QueryParams } from './http-client'
import { hasErrorShape, readErrorShapeMessage } from './http-error-body'
import { isLoanProError, LoanProError } from './loanpro-error'
import { nestedObjectByKey, subExpandPaths, type NestedObjectKey } from './nested-objects'
import {
  readExpandedNestedObjects,
  readOwnNestedObject,
  type NestedObjectValue,
  type NestedObjectValues,
} from './nested-object-values'

// Searches live in search-requests.ts; re-exported so that callers keep one entry point.
export {
  lookupCustomersByIds,
  RESULT_WINDOW_MESSAGE,
  searchAfterId,
  searchCustomers,
  searchFrom,
} from './search-requests'
import { isJsonObject, readInteger, readResults, readSummary } from './odata'

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

/**
 * LoanPro pages every collection at 50, also inside `$expand`; its SDK sends `nopaging=true`
 * on every `$expand` and per-object collection request (docs/loanpro-api.md §8).
 */
export const NO_PAGING = { nopaging: 'true' } as const

/** LoanPro's default page of a collection: a list of exactly this many may be cut off. */
export const COLLECTION_PAGE_SIZE = 50

export function expandedCustomerRequest(id: number, paths: readonly string[]): PlannedRequest {
  return {
    method: 'GET',
    path: customerPath(id),
    query: { $expand: paths.join(','), ...NO_PAGING },
  }
}

/**
 * Objects with links of their own (PaymentAccounts, Notes, …) expand them, as `$expand` does;
 * `requiredOnly` leaves out the links that only add labels (a Loan's status name).
 */
export function nestedObjectRequest(
  id: number,
  key: NestedObjectKey,
  requiredOnly = false,
): PlannedRequest {
  const definition = nestedObjectByKey(key)
  const parts = definition ? subExpandPaths(definition, requiredOnly) : []
  const query: Record<string, string> = {}
  if (parts.length > 0) query.$expand = parts.join(',')
  if (definition?.kind === 'collection') Object.assign(query, NO_PAGING)
  const path = `${customerPath(id)}/${key}`
  return Object.keys(query).length > 0 ? { method: 'GET', path, query } : { method: 'GET', path }
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

/** LoanPro's 409 (sometimes 404): a missing customer, but also a bad path or `$expand`. */
export function isConflictOrNotFound(error: unknown): boolean {
  return isLoanProError(error) && (error.kind === 'conflict' || error.kind === 'not-found')
}

/**
 * The customer with `paths` expanded. A 409/404 on `$expand` does not prove the customer is
 * missing (a bad `$expand` path answers the same): a plain `GET Customers(id)` decides, and
 * when it finds the customer every object is read by its own request (`nested` empty).
 */
export async function getCustomerWithExpand(
  client: LoanProClient,
  id: number,
  paths: readonly string[],
  signal?: AbortSignal,
): Promise<ExpandedCustomer> {
  const planned = expandedCustomerRequest(id, paths)
  let d: unknown
  try {
    d = await send(client, planned, signal)
  } catch (error) {
    if (!isConflictOrNotFound(error)) throw error
    const plain = await getCustomer(client, id, signal)
    return { customer: plain.customer, nested: {}, request: plain.request }
  }
  return {
    customer: parseCustomer(d, planned),
    nested: readExpandedNestedObjects(d),
    request: describeRequest(client, planned),
  }
}

/** `summary.total` (or `totalHits`) of a collection page, when LoanPro sent one. */
function summaryTotal(d: unknown): number | undefined {
  const summary = readSummary(d)
  return readInteger(summary?.total) ?? readInteger(summary?.totalHits) ?? undefined
}

/** Most pages read for one collection: 200 × 50 = 10,000 items. */
const MAX_COLLECTION_PAGES = 200

/**
 * Items of a collection when the first answer may be one page of it (a tenant that ignores
 * `nopaging=true`): pages with `$top`/`$skip` until `summary` says the end is reached, or,
 * without a total, until a page comes back short.
 */
async function readRestOfCollection(
  client: LoanProClient,
  planned: PlannedRequest,
  first: unknown,
  signal?: AbortSignal,
): Promise<unknown[] | undefined> {
  const items = readResults(first)
  const total = summaryTotal(first)
  const more = (received: number, lastPage: number) =>
    total !== undefined ? received < total : lastPage === COLLECTION_PAGE_SIZE
  if (!more(items.length, items.length)) return undefined
  const query = { ...planned.query, nopaging: undefined }
  for (let page = 0; page < MAX_COLLECTION_PAGES; page++) {
    const next = {
      ...planned,
      query: { ...query, $top: COLLECTION_PAGE_SIZE, $skip: items.length },
    }
    const rows = readResults(await send(client, next, signal))
    items.push(...rows)
    if (rows.length === 0 || !more(items.length, rows.length)) break
  }
  return items
}

export async function getNestedObject<K extends NestedObjectKey>(
  client: LoanProClient,
  id: number,
  key: K,
  signal?: AbortSignal,
): Promise<{ value: NestedObjectValue<K>; request: ApiRequestInfo }> {
  let planned = nestedObjectRequest(id, key)
  let d: unknown
  try {
    d = await send(client, planned, signal)
  } catch (error) {
    // LoanPro refuses an unknown `$expand` path with 409 (400 when lenient): a tenant that
    // refuses a label's link still has the object, so ask again without the optional links.
    const plain = nestedObjectRequest(id, key, true)
    const refused = isConflictOrNotFound(error) || (isLoanProError(error) && error.status === 400)
    if (!refused || plain.query?.$expand === planned.query?.$expand) throw error
    planned = plain
    d = await send(client, planned, signal)
  }
  let value = readOwnNestedObject(key, d)
  if (value === undefined) {
    throw new LoanProError({ kind: 'bad-response', method: planned.method, path: planned.path })
  }
  if (Array.isArray(value)) {
    const all = await readRestOfCollection(client, planned, d, signal)
    if (all) value = readOwnNestedObject(key, { results: all }) ?? value
  }
  return { value, request: describeRequest(client, planned) }
}

/**
 * Success is a 200 WITH a root `d` and no error shape (docs/loanpro-api.md §6). Any other 2xx
 * (no body, no `d`, an `error`/`warnings` shape at the root or in `d`) throws a
 * 'bad-response' LoanProError: the outcome is unknown and must be checked before it is
 * reported (`deleteCustomerConfirmed`, the import's lost-answer check).
 */
export async function deleteCustomer(
  client: LoanProClient,
  id: number,
  signal?: AbortSignal,
): Promise<{ request: ApiRequestInfo }> {
  const planned = deleteCustomerRequest(id)
  const json = await client.request(planned.method, planned.path, { signal, envelope: false })
  if (!isJsonObject(json) || !('d' in json) || hasErrorShape(json)) {
    throw new LoanProError({
      kind: 'bad-response',
      method: planned.method,
      path: planned.path,
      serverMessage:
        readErrorShapeMessage(json) ??
        (isJsonObject(json) ? readErrorShapeMessage(json.d) : undefined) ??
        'LoanPro answered the delete without confirming it',
    })
  }
  return { request: describeRequest(client, planned) }
}

/**
 * Whether the customer exists, by a plain `GET Customers(id)`: the only request whose
 * 409/404 proves a customer is gone (search lags deletes and may answer short). Throws
 * the LoanProError of any other failure: then nothing is known.
 */
export async function customerPresence(
  client: LoanProClient,
  id: number,
  signal?: AbortSignal,
): Promise<'present' | 'gone'> {
  try {
    await client.request('GET', customerPath(id), { signal })
    return 'present'
  } catch (error) {
    if (isConflictOrNotFound(error)) return 'gone'
    throw error
  }
}

/**
 * DELETE, and when its answer leaves the outcome open, a plain GET to settle it: 'answer'
 * = LoanPro confirmed, 'check' = the answer was unclear and the customer is gone. When the
 * customer is still there the error is re-thrown with `notApplied`; when the check fails too,
 * the original error is thrown (still an unknown outcome).
 */
export async function deleteCustomerConfirmed(
  client: LoanProClient,
  id: number,
  signal?: AbortSignal,
): Promise<{ request: ApiRequestInfo; confirmedBy: 'answer' | 'check' }> {
  try {
    return { ...(await deleteCustomer(client, id, signal)), confirmedBy: 'answer' }
  } catch (error) {
    if (!isLoanProError(error) || !error.outcomeUnknown) throw error
    let presence: 'present' | 'gone'
    try {
      presence = await customerPresence(client, id, signal)
    } catch {
      throw error
    }
    const request = describeRequest(client, deleteCustomerRequest(id))
    if (presence === 'gone') return { request, confirmedBy: 'check' }
    throw new LoanProError({
      kind: error.kind,
      status: error.status,
      serverMessage: error.serverMessage,
      retryAfterMs: error.retryAfterMs,
      method: error.method,
      path: error.path,
      notApplied: true,
      cause: error,
    })
  }
}
