import { customerSummarySchema, type CustomerSummary } from './customer-schema'
import { LoanProError } from './loanpro-error'
import { isJsonObject, readInteger, readResults, readSummary } from './odata'

/*
 * Builds `Customers/Autopal.Search()` requests. The body uses only this subset of the
 * OpenSearch DSL, which the demo tenant implements too: bool (must/should/filter/must_not/
 * minimum_should_match), term, terms, match_all, range and query_string (AND, `*word*`).
 * Paging and sort travel in the URL ($top, $start, $orderby), never in the body.
 */

export const SEARCH_PATH = 'Customers/Autopal.Search()'

export type CustomerSortField = 'id' | 'name' | 'status' | 'type' | 'created'

export interface CustomerSearchParams {
  q: string
  /** 1-based. */
  page: number
  pageSize: number
  sort: { field: CustomerSortField; direction: 'asc' | 'desc' }
  /** A tenant status label, e.g. "Active". */
  status?: string
  customerType?: 'individual' | 'company'
}

export interface SearchRequest {
  path: typeof SEARCH_PATH
  query: { $top: number; $start: number; $orderby: string }
  body: { query: Record<string, unknown> }
}

/** Sort fields of the search document. `name` sorts by customerName: company or full name. */
const SORT_FIELDS: Record<CustomerSortField, string> = {
  id: 'id',
  name: 'customerName',
  status: 'status',
  type: 'customerType',
  created: 'created',
}

/** Fields a text search looks in (search-document names, loanpro-api.md §3). */
export const TEXT_SEARCH_FIELDS = [
  'customerName',
  'firstName',
  'lastName',
  'companyName',
  'email',
  'primaryPhone',
  'customId',
  'primaryAddress.city',
  'primaryAddress.zipcode',
  'primaryAddress.state',
] as const

/** Keyword fields where a typed number may also appear (an id is matched exactly). */
export const NUMBER_SEARCH_FIELDS = ['customId', 'primaryPhone', 'primaryAddress.zipcode'] as const

/** Escapes query_string syntax so that typed text is searched for literally. */
export function escapeQueryString(word: string): string {
  return word.replace(/[+\-=&|><!(){}[\]^"~?:\\/]/g, (char) => `\\${char}`)
}

/**
 * Each word becomes a wildcard clause per field, and OpenSearch refuses a query of more than
 * 1024 clauses (`too_many_clauses`), so a long paste keeps only its first words.
 */
export const MAX_SEARCH_WORDS = 12

/**
 * The largest `id` a term query may carry: LoanPro ids are 32-bit, and OpenSearch answers
 * 400 for a term outside an integer field's range.
 */
export const MAX_CUSTOMER_ID = 2_147_483_647

function wildcardQuery(words: string[], fields: readonly string[]) {
  const query = words.map((word) => `*${word}*`).join(' ')
  return { query_string: { query, fields: [...fields], default_operator: 'AND' } }
}

/**
 * The escaped words of a text search. OpenSearch's query_string cannot escape `<` and `>`
 * (even escaped they may start a range), so they are removed first; words left empty go.
 */
function searchWords(q: string): string[] {
  return q
    .split(/\s+/)
    .map((word) => escapeQueryString(word.replace(/[<>]/g, '')))
    .filter((word) => word !== '')
    .slice(0, MAX_SEARCH_WORDS)
}

export function buildSearchQuery(
  params: Pick<CustomerSearchParams, 'q' | 'status' | 'customerType'>,
) {
  const q = params.q.trim()
  let match: Record<string, unknown>
  if (q === '') {
    match = { match_all: {} }
  } else if (/^\d+$/.test(q) && Number(q) <= MAX_CUSTOMER_ID) {
    match = {
      bool: {
        should: [{ term: { id: Number(q) } }, wildcardQuery([q], NUMBER_SEARCH_FIELDS)],
        minimum_should_match: 1,
      },
    }
  } else if (/^\d+$/.test(q)) {
    // Too large to be an id: only a fragment of a phone number, zip code or import id.
    match = wildcardQuery([q], NUMBER_SEARCH_FIELDS)
  } else {
    const words = searchWords(q)
    // Nothing searchable left (only `<` or `>`): nothing can match it.
    match =
      words.length > 0
        ? wildcardQuery(words, TEXT_SEARCH_FIELDS)
        : { bool: { must_not: [{ match_all: {} }] } }
  }

  const filter: Record<string, unknown>[] = []
  if (params.status) filter.push({ term: { status: params.status } })
  if (params.customerType) {
    // Search documents hold the code; accept the bare word too in case a tenant stores that.
    const type = params.customerType
    filter.push({ terms: { customerType: [`customer.type.${type}`, type] } })
  }
  return filter.length === 0 ? match : { bool: { must: [match], filter } }
}

export function buildCustomerSearchRequest(params: CustomerSearchParams): SearchRequest {
  const pageSize = Math.max(1, Math.floor(params.pageSize))
  const page = Math.max(1, Math.floor(params.page))
  return {
    path: SEARCH_PATH,
    query: {
      $top: pageSize,
      $start: (page - 1) * pageSize,
      $orderby: `${SORT_FIELDS[params.sort.field]} ${params.sort.direction}`,
    },
    body: { query: buildSearchQuery(params) },
  }
}

/** The most ids one look-up asks for. */
export const MAX_LOOKUP_IDS = 1000

/** Finds which of `ids` exist, in one request (the import's batched validation). */
export function buildIdLookupRequest(ids: readonly number[]): SearchRequest {
  if (ids.length > MAX_LOOKUP_IDS) {
    throw new RangeError(`At most ${MAX_LOOKUP_IDS} ids per look-up, got ${ids.length}.`)
  }
  const unique = [...new Set(ids)]
  return {
    path: SEARCH_PATH,
    query: { $top: Math.max(1, unique.length), $start: 0, $orderby: 'id asc' },
    body: { query: { bool: { filter: [{ terms: { id: unique } }] } } },
  }
}

export interface CustomerSearchResult {
  rows: CustomerSummary[]
  /** Total hits, when LoanPro says; its key is undocumented, so null when absent. */
  total: number | null
}

/**
 * Reads a search response: its `d` (what LoanProClient.request returns) or the whole body.
 * A row without a readable id makes the response a bad one.
 */
export function parseCustomerSearchResponse(json: unknown): CustomerSearchResult {
  const d = isJsonObject(json) && 'd' in json ? json.d : json
  if (!isJsonObject(d) && !Array.isArray(d)) throw new LoanProError({ kind: 'bad-response' })
  const rows = readResults(d).map((doc) => {
    const parsed = customerSummarySchema.safeParse(doc)
    if (!parsed.success) throw new LoanProError({ kind: 'bad-response', cause: parsed.error })
    return parsed.data
  })
  return { rows, total: readTotal(readSummary(d)) }
}

function readTotal(summary: Record<string, unknown> | null): number | null {
  if (!summary) return null
  const hits = summary.hits
  const hitsTotal = isJsonObject(hits) ? hits.total : undefined
  const candidates = [
    summary.total,
    summary.totalHits,
    isJsonObject(hitsTotal) ? hitsTotal.value : hitsTotal,
  ]
  for (const candidate of candidates) {
    const total = readInteger(candidate)
    if (total !== null && total >= 0) return total
  }
  return null
}
