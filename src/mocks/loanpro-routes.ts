import { nestedObjectByKey } from '../api/nested-objects'
import { ExpandError, formatCustomer, formatNestedEntity, parseExpand } from './odata-format'
import { SearchQueryError } from './query-dsl-compiler'
import { badRequest, codeError, jsonResponse, notFoundSegment, typedError } from './http-responses'
import type { TenantStore } from './tenant-store'
import type { Json } from './tenant-types'

const CUSTOMER_PATH = /^odata\.svc\/Customers\(([^)]*)\)(?:\/([A-Za-z]+))?$/

/** The customer id in a `Customers(1183)` / `Customers(id=1183)` path, if any. */
export function customerIdInPath(path: string): number | undefined {
  const match = CUSTOMER_PATH.exec(path)
  const raw = match?.[1]?.replace(/^id=/, '')
  return raw !== undefined && /^\d+$/.test(raw) ? Number(raw) : undefined
}

function intParam(params: URLSearchParams, name: string, fallback: number): number {
  const raw = params.get(name)
  if (raw === null || raw === '') return fallback
  if (!/^\d+$/.test(raw)) throw new SearchQueryError(`${name} must be a whole number`)
  return Number(raw)
}

/** LoanPro's default page of a collection. */
const NESTED_PAGE = 50

export interface RouteRequest {
  method: string
  /** Path relative to the base URL, decoded. */
  path: string
  params: URLSearchParams
  /** The base URL the client used, ending in `/api/public/api/1/`. */
  base: string
  readBody: () => Promise<string>
}

/** Answers one authenticated request as LoanPro does (docs/loanpro-api.md §1, §2, §5, §6). */
export async function routeLoanProRequest(
  store: TenantStore,
  req: RouteRequest,
): Promise<Response> {
  try {
    if (req.path === 'Customers/Autopal.Search()' && req.method === 'POST') {
      return await search(store, req)
    }
    if (req.path === 'odata.svc/Customers' && req.method === 'GET') {
      const top = intParam(req.params, '$top', 50)
      const skip = intParam(req.params, '$skip', 0)
      const results: Json[] = []
      for (const doc of store.list(top, skip)) {
        const found = store.getCustomer(doc.id)
        if (found.status === 'ok') results.push(formatCustomer(found.record, req.base, new Map()))
      }
      // summary.total is UNCONFIRMED for OData lists: leave it out so clients cope.
      return jsonResponse(200, { d: { results, summary: { start: skip, pageSize: top } } })
    }
    const match = CUSTOMER_PATH.exec(req.path)
    if (match) return customerRoute(store, req, match[2])
    return notFoundSegment(req.path.split('/').pop() ?? req.path)
  } catch (error) {
    if (error instanceof ExpandError && store.strictness.conflictForMissing) {
      // LoanPro answers a bad `$expand` path with the same 409 as a missing customer.
      return codeError(409, '409-OD0001', error.message, ['Invalid $expand path'])
    }
    if (error instanceof SearchQueryError || error instanceof ExpandError) {
      return badRequest(error.message)
    }
    throw error
  }
}

async function search(store: TenantStore, req: RouteRequest): Promise<Response> {
  const top = intParam(req.params, '$top', 10)
  const start = intParam(req.params, '$start', 0)
  let body: unknown = {}
  const text = await req.readBody()
  if (text.trim()) {
    try {
      body = JSON.parse(text)
    } catch {
      return badRequest('The search body is not valid JSON.')
    }
  }
  const result = store.search(body, { top, start, orderby: req.params.get('$orderby') })
  const summary: Record<string, Json> = { start, pageSize: top, total: result.total }
  if (result.aggregations) summary.aggregations = result.aggregations
  return jsonResponse(200, { d: { results: result.results as unknown as Json[], summary } })
}

function customerRoute(
  store: TenantStore,
  req: RouteRequest,
  objectKey: string | undefined,
): Response {
  const id = customerIdInPath(req.path)
  if (id === undefined) {
    return codeError(409, '409-CN0002', 'Invalid customer id', ['The id must be a whole number'])
  }
  if (req.method === 'DELETE' && objectKey === undefined) return deleteCustomer(store, id)
  if (req.method !== 'GET') {
    return typedError(405, 'MethodNotAllowedException', `${req.method} is not allowed here.`)
  }
  const found = store.getCustomer(id)
  const strict = store.strictness
  // Never existed: 409 like LoanPro (404 like an OData segment when lenient); deleted: 409.
  if (found.status === 'unknown') {
    return strict.conflictForMissing
      ? codeError(409, '409-CN0002', `Customer ${id} not found`, ['Invalid customer id'])
      : notFoundSegment(`Customers(${id})`)
  }
  if (found.status === 'deleted') {
    return codeError(409, '409-CN0004', `Customer ${id} has been deleted`, ['Invalid customer id'])
  }
  // LoanPro pages every collection at 50 unless told `nopaging=true` (docs/loanpro-api.md §8).
  const unpaged = !strict.pageNestedAt50 || req.params.get('nopaging') === 'true'
  if (objectKey === undefined) {
    const plan = parseExpand(req.params.get('$expand'))
    const limit = unpaged ? Infinity : NESTED_PAGE
    return jsonResponse(200, { d: formatCustomer(found.record, req.base, plan, limit) })
  }
  const def = nestedObjectByKey(objectKey)
  if (!def) return notFoundSegment(objectKey)
  const subs = parseExpand(req.params.get('$expand'), def).get(def.key) ?? new Set<string>()
  const value = found.record.nested[def.key]
  if (!Array.isArray(value)) {
    // A missing single object: `{"d": null}` (documented choice; LoanPro's is UNCONFIRMED).
    return jsonResponse(200, { d: value ? formatNestedEntity(def, value, subs, req.base) : null })
  }
  const paged = req.params.has('$top') || req.params.has('$skip')
  const skip = intParam(req.params, '$skip', 0)
  const top = intParam(
    req.params,
    '$top',
    unpaged && !paged ? Math.max(value.length, 1) : NESTED_PAGE,
  )
  const page = value.slice(skip, skip + top).map((e) => formatNestedEntity(def, e, subs, req.base))
  return jsonResponse(200, {
    d: { results: page, summary: { start: skip, pageSize: top, total: value.length } },
  })
}

function deleteCustomer(store: TenantStore, id: number): Response {
  const outcome = store.deleteCustomer(id)
  switch (outcome.status) {
    case 'deleted':
      return jsonResponse(200, { d: { success: true } })
    case 'linked': {
      const message = `Customer cannot be deleted: it is linked to ${outcome.loans} loan${outcome.loans === 1 ? '' : 's'}`
      return typedError(409, 'TransactionWarningException', message, { warnings: [message] })
    }
    case 'unknown':
      return codeError(409, '409-CN0003', `Customer ${id} does not exist`, ['Invalid customer id'])
    case 'already-deleted':
      return typedError(409, 'EntityNotFoundException', `Customer ${id} has already been deleted`, {
        wrapMessage: true,
      })
  }
}
