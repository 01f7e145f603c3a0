import { aggregate, type AggregationResult } from './search-aggregations'
import type { SearchIndex } from './search-index'
import { compileQuery, SearchQueryError, type CompiledQuery } from './query-dsl-compiler'
import { parseSort, singleFieldSort, type SortSpec } from './search-sort-spec'
import type { SearchDoc } from './tenant-types'

export interface SearchPage {
  top: number
  start: number
  /** `$orderby`, e.g. `customerName desc`; default `id asc`. */
  orderby?: string | null
}

export interface SearchResult {
  results: SearchDoc[]
  total: number
  aggregations?: Record<string, AggregationResult>
}

/** The strictness points a search obeys (see strictness.ts). */
export interface SearchRules {
  dropZeroScores: boolean
  exactTerms: boolean
  /** 0 = no window. */
  resultWindow: number
}

export const LENIENT_RULES: SearchRules = {
  dropZeroScores: false,
  exactTerms: false,
  resultWindow: 0,
}

/** Which positions are deleted, and how many are not (the total of a match_all). */
export interface LiveDocs {
  isDeleted(position: number): boolean
  readonly count: number
}

/** OpenSearch's refusal of a page past `index.max_result_window`. */
export class ResultWindowError extends SearchQueryError {
  constructor(window: number, asked: number) {
    super(
      `Result window is too large, from + size must be less than or equal to: [${window}] but was [${asked}]. ` +
        'See the scroll api for a more efficient way to request large data sets.',
    )
  }
}

const MATCH_ALL: CompiledQuery = { test: () => true, matchesAll: true, score: () => 1, zero: false }

/**
 * Runs a search body over the index, skipping deleted positions, and cuts one page. Only the
 * page's documents are built when the query needs no field (match_all, id clauses) and the
 * sort is by id, so the first page of a fresh 100,000-customer tenant is quick.
 */
export function runSearch(
  index: SearchIndex,
  live: LiveDocs,
  body: unknown,
  page: SearchPage,
  rules: SearchRules = LENIENT_RULES,
): SearchResult {
  const end = page.start + page.top
  if (rules.resultWindow > 0 && end > rules.resultWindow) {
    throw new ResultWindowError(rules.resultWindow, end)
  }
  const request = body !== null && typeof body === 'object' ? (body as Record<string, unknown>) : {}
  const query =
    request.query === undefined
      ? MATCH_ALL
      : compileQuery(request.query, index, { exactTerms: rules.exactTerms })
  const specs = parseSort(request.sort, page.orderby)
  const single = singleFieldSort(specs)
  const wantsAll = request.aggs !== null && typeof request.aggs === 'object'
  // OpenSearch drops hits that score 0 (LoanPro filters out low rankings).
  const dropsAll = rules.dropZeroScores && query.zero
  let matches: number[]
  let total: number
  if (dropsAll) {
    matches = []
    total = 0
  } else if (
    query.matchesAll &&
    !wantsAll &&
    single &&
    (!rules.dropZeroScores || query.positive === true)
  ) {
    // Everything matches (and nothing scores 0): walk the order only until the page is full;
    // the list's first page (match_all by id) builds 25 documents and tests no others.
    matches = firstLive(index, live, end, single)
    total = live.count
  } else {
    matches = collect(index, live, query)
    if (rules.dropZeroScores) matches = matches.filter((p) => query.score(p) > 0)
    total = matches.length
    matches = single ? inOrder(matches, index, single) : bySpecs(matches, index, specs, query)
  }
  const results: SearchDoc[] = []
  for (const p of matches.slice(page.start, end)) {
    const doc = index.docAt(p)
    if (doc) results.push(doc)
  }
  return { results, total, aggregations: aggregate(request.aggs, matches, index) }
}

/** The first `count` live positions in the sort order. */
function firstLive(index: SearchIndex, live: LiveDocs, count: number, sort: SortSpec): number[] {
  const order = sort.field === 'id' ? undefined : index.sortOrder(sort.field, sort.desc)
  const n = index.size
  const out: number[] = []
  for (let i = 0; i < n && out.length < count; i++) {
    const p = order ? order[i] : sort.desc ? n - 1 - i : i
    if (p !== undefined && !live.isDeleted(p)) out.push(p)
  }
  return out
}

/** Live matches in id order; only the candidates are tested when the query names some. */
function collect(index: SearchIndex, live: LiveDocs, query: CompiledQuery): number[] {
  const out: number[] = []
  const { test, matchesAll, candidates } = query
  if (candidates) {
    for (const p of candidates) if (!live.isDeleted(p) && (matchesAll || test(p))) out.push(p)
    return out
  }
  const n = index.size
  for (let p = 0; p < n; p++) if (!live.isDeleted(p) && (matchesAll || test(p))) out.push(p)
  return out
}

/**
 * Matches (in id order) in a field's cached order: a few are sorted by rank, many are
 * picked out of the order in one pass. Both give the same order.
 */
function inOrder(matches: number[], index: SearchIndex, sort: SortSpec): number[] {
  const { field, desc } = sort
  if (field === 'id') return desc ? matches.reverse() : matches
  if (matches.length * 8 < index.size) {
    const rank = index.sortRank(field, desc)
    return matches.sort((a, b) => (rank[a] ?? 0) - (rank[b] ?? 0))
  }
  const marked = new Uint8Array(index.size)
  for (const p of matches) marked[p] = 1
  const out: number[] = []
  for (const p of index.sortOrder(field, desc)) if (marked[p] === 1) out.push(p)
  return out
}

/** A sort of several keys or by `_score`: missing values last, then id ascending. */
function bySpecs(
  matches: number[],
  index: SearchIndex,
  specs: readonly SortSpec[],
  query: CompiledQuery,
): number[] {
  // Fields compare by dense rank (-1 = missing, always last); scores and ids by value.
  const columns = specs.map((spec): { values: ArrayLike<number>; missing: boolean } => {
    if (spec.field === '_score') {
      const scores = new Float64Array(index.size)
      for (const p of matches) scores[p] = query.score(p)
      return { values: scores, missing: false }
    }
    if (spec.field === 'id') return { values: { length: 0 }, missing: false }
    return { values: index.denseRank(spec.field), missing: true }
  })
  return matches.sort((a, b) => {
    for (let k = 0; k < specs.length; k++) {
      const column = columns[k]
      const spec = specs[k]
      if (!column || !spec) continue
      const va = spec.field === 'id' ? a : (column.values[a] ?? 0)
      const vb = spec.field === 'id' ? b : (column.values[b] ?? 0)
      if (va === vb) continue
      if (column.missing && (va === -1 || vb === -1)) return va === -1 ? 1 : -1
      return spec.desc ? vb - va : va - vb
    }
    return a - b
  })
}
