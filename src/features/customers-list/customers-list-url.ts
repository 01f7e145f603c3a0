import type { CustomerSearchParams, CustomerSortField } from '../../api/search-query'
import {
  isPrivateQuery,
  PRIVATE_QUERY_PARAM,
  privateQueryRef,
  readPrivateQuery,
} from './private-query'

/*
 * The list's state lives in the URL (q, page, pageSize, sort, status, type). Reading is
 * forgiving: anything that does not make sense falls back to the default, never an error.
 * Writing leaves defaults out, so the plain list is plain `/customers`. A search for an SSN
 * never enters the URL: it is held in memory and the URL carries only a reference to it.
 */

export type CustomerListState = CustomerSearchParams

export const PAGE_SIZES = [25, 50, 100, 250] as const
export const DEFAULT_PAGE_SIZE = 25
export const SORT_FIELDS: readonly CustomerSortField[] = ['id', 'name', 'status', 'type', 'created']
export const DEFAULT_SORT: CustomerListState['sort'] = { field: 'id', direction: 'asc' }
export const CUSTOMER_TYPES = ['individual', 'company'] as const
const MAX_TEXT = 200

export const DEFAULT_LIST_STATE: CustomerListState = {
  q: '',
  page: 1,
  pageSize: DEFAULT_PAGE_SIZE,
  sort: DEFAULT_SORT,
}

/** Collapses whitespace, so "  jose   alv " and "jose alv" are one search. */
function normalizeSearchText(text: string): string {
  return text.trim().replace(/\s+/g, ' ').slice(0, MAX_TEXT)
}

function readPage(raw: string | null): number {
  if (raw === null || !/^\d+$/.test(raw)) return 1
  const page = Number(raw)
  return Number.isSafeInteger(page) && page >= 1 ? page : 1
}

function readPageSize(raw: string | null): number {
  const size = Number(raw)
  return PAGE_SIZES.find((allowed) => allowed === size) ?? DEFAULT_PAGE_SIZE
}

function readSort(raw: string | null): CustomerListState['sort'] {
  if (!raw) return DEFAULT_SORT
  const direction = raw.startsWith('-') ? 'desc' : 'asc'
  const name = raw.replace(/^-/, '')
  const field = SORT_FIELDS.find((candidate) => candidate === name)
  return field ? { field, direction } : DEFAULT_SORT
}

function readType(raw: string | null): CustomerListState['customerType'] {
  return CUSTOMER_TYPES.find((type) => type === raw)
}

export function parseListState(search: URLSearchParams): CustomerListState {
  const status = normalizeSearchText(search.get('status') ?? '')
  const customerType = readType(search.get('type'))
  return {
    q: normalizeSearchText(search.get('q') ?? readPrivateQuery(search.get(PRIVATE_QUERY_PARAM))),
    page: readPage(search.get('page')),
    pageSize: readPageSize(search.get('pageSize')),
    sort: readSort(search.get('sort')),
    ...(status ? { status } : {}),
    ...(customerType ? { customerType } : {}),
  }
}

export function formatSort(sort: CustomerListState['sort']): string {
  return sort.direction === 'desc' ? `-${sort.field}` : sort.field
}

export function listStateToSearch(state: CustomerListState): URLSearchParams {
  const search = new URLSearchParams()
  const ref = privateQueryRef(state.q)
  if (ref) search.set(PRIVATE_QUERY_PARAM, ref)
  else if (state.q) search.set('q', state.q)
  if (state.status) search.set('status', state.status)
  if (state.customerType) search.set('type', state.customerType)
  const sort = formatSort(state.sort)
  if (sort !== formatSort(DEFAULT_SORT)) search.set('sort', sort)
  if (state.page !== 1) search.set('page', String(state.page))
  if (state.pageSize !== DEFAULT_PAGE_SIZE) search.set('pageSize', String(state.pageSize))
  return search
}

export type ListChange =
  | { kind: 'search'; q: string }
  /** Only the filters named in it change; a present key with `undefined` clears that filter. */
  | { kind: 'filters'; status?: string; customerType?: CustomerListState['customerType'] }
  | { kind: 'sort'; sort: CustomerListState['sort'] }
  | { kind: 'page'; page: number }
  | { kind: 'pageSize'; pageSize: number }
  /** No search and no filters; sort and page size stay. */
  | { kind: 'showAll' }

/**
 * The next state after a change. A new search, filter or sort starts again at page 1 and
 * keeps the page size; a new page size keeps the first visible row on screen.
 */
export function applyListChange(state: CustomerListState, change: ListChange): CustomerListState {
  switch (change.kind) {
    case 'search':
      return { ...state, q: normalizeSearchText(change.q), page: 1 }
    case 'filters': {
      // Merged into the current state: two quick changes of two filters both stick.
      const status = 'status' in change ? change.status : state.status
      const customerType = 'customerType' in change ? change.customerType : state.customerType
      return {
        q: state.q,
        pageSize: state.pageSize,
        sort: state.sort,
        page: 1,
        ...(status ? { status } : {}),
        ...(customerType ? { customerType } : {}),
      }
    }
    case 'sort':
      return { ...state, sort: change.sort, page: 1 }
    case 'page':
      return { ...state, page: Math.max(1, Math.floor(change.page)) }
    case 'pageSize': {
      const firstRow = (state.page - 1) * state.pageSize
      return {
        ...state,
        pageSize: change.pageSize,
        page: Math.floor(firstRow / change.pageSize) + 1,
      }
    }
    case 'showAll':
      return { q: '', page: 1, pageSize: state.pageSize, sort: state.sort }
  }
}

/**
 * Where a change takes the URL: the new query string, the state read back from it, and
 * whether it replaces the current history entry. Committed changes (sort, page, filters)
 * push one; refining a search while typing replaces it, so Back goes to the list before the
 * search rather than through every keystroke.
 */
export function planListChange(
  current: URLSearchParams,
  change: ListChange,
): { search: URLSearchParams; state: CustomerListState; replace: boolean } {
  const before = parseListState(current)
  const search = listStateToSearch(applyListChange(before, change))
  const replace = change.kind === 'search' && before.q !== '' && change.q.trim() !== ''
  return { search, state: parseListState(search), replace }
}

/** An SSN typed into a link or bookmark: the URL must be rewritten at once (private-query.ts). */
export function hasPrivateQuery(search: URLSearchParams): boolean {
  return isPrivateQuery(search.get('q') ?? '')
}

/** Whether a customer filter (not the search text) narrows the list. */
export function hasFilters(state: CustomerListState): boolean {
  return Boolean(state.status || state.customerType)
}
