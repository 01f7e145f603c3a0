import { parseQueryString, textPredicate, type DocPredicate } from './query-string'
import { isTextField, strictTermTest, wordsOf } from './search-fields'
import { scalarText } from './scalar-text'
import { DEFAULT_TEXT_FIELDS, resolveField, type SearchIndex } from './search-index'
import { compareValues, sameValue, termsMatcher, wantedNumber } from './search-values'
import { normalizeText } from './text-normalize'

/** A query the fake does not understand: answered with 400, so a client bug shows up. */
export class SearchQueryError extends Error {}

export type { DocPredicate } from './query-string'

/** A compiled query: a test per position, plus what lets the engine test fewer positions. */
export interface CompiledQuery {
  test: DocPredicate
  /** Every document matches: nothing needs testing (nor building). */
  matchesAll: boolean
  /** Only these positions (ascending, unique) can match; from clauses on `id`. */
  candidates?: readonly number[]
  /** A hit's relevance score, as OpenSearch ranks it (only asked for hits). */
  score: (position: number) => number
  /** Every hit scores 0 (filter context, constant_score with boost 0). */
  zero: boolean
  /** Every hit scores above 0 (a scored clause with a constant boost), so none is dropped. */
  positive?: boolean
}

export interface CompileOptions {
  /** `term`/`terms` exact and case-sensitive (strictness.exactTerms). */
  exactTerms: boolean
}

const LENIENT_COMPILE: CompileOptions = { exactTerms: false }

type Clause = Record<string, unknown>

function asObject(value: unknown, what: string): Clause {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new SearchQueryError(`${what} must be an object`)
  }
  return value as Clause
}

function asList(value: unknown): unknown[] {
  if (value === undefined || value === null) return []
  return Array.isArray(value) ? value : [value]
}

/** The single `{ field: spec }` pair of a term/terms/range/match clause. */
function fieldSpec(clause: Clause, what: string): [string, unknown] {
  const entries = Object.entries(clause).filter(([key]) => key !== 'boost')
  const first = entries[0]
  if (entries.length !== 1 || !first) throw new SearchQueryError(`${what} needs exactly one field`)
  return [resolveField(first[0]), first[1]]
}

/** The `boost` of a clause spec, 1 when absent. */
function boostOf(spec: unknown): number {
  if (spec === null || typeof spec !== 'object') return 1
  const boost = Number((spec as Clause).boost ?? 1)
  return Number.isFinite(boost) ? boost : 1
}

/** OpenSearch refuses (400) a term outside the range of an integer field such as `id`. */
const MAX_INTEGER = 2_147_483_647

/** Positions whose id equals one of `wanted` under sameValue (ids are numbers). */
function idPositions(index: SearchIndex, wanted: readonly unknown[]): number[] {
  const positions = new Set<number>()
  for (const w of wanted) {
    const n = wantedNumber(w)
    if (n !== undefined && Math.abs(n) > MAX_INTEGER) {
      throw new SearchQueryError(`Value [${String(w)}] is out of range for an integer`)
    }
    const p = n === undefined ? -1 : index.positionOf(n)
    if (p >= 0) positions.add(p)
  }
  return [...positions].sort((a, b) => a - b)
}

/**
 * Compiles a query clause. `scored` is false in filter context (bool.filter, must_not,
 * constant_score.filter), where every hit scores 0 as in OpenSearch.
 */
export function compileQuery(
  query: unknown,
  index: SearchIndex,
  options: CompileOptions = LENIENT_COMPILE,
  scored = true,
): CompiledQuery {
  const clause = asObject(query, 'query')
  const keys = Object.keys(clause)
  const kind = keys[0]
  if (keys.length !== 1 || kind === undefined) {
    throw new SearchQueryError('a query clause needs exactly one key')
  }
  const body = clause[kind]
  // A clause whose hits all score the same: its boost, or 0 in filter context.
  const leaf = (
    test: DocPredicate,
    boost: number,
    candidates?: readonly number[],
    matchesAll = false,
  ): CompiledQuery => {
    const constant = scored ? boost : 0
    return {
      test,
      matchesAll,
      candidates,
      score: () => constant,
      zero: constant === 0,
      positive: constant > 0,
    }
  }
  // The id (position plus a constant), status and type are read without building documents;
  // a missing field is undefined.
  const valueAt = (field: string): ((p: number) => unknown) => index.valueReader(field)
  switch (kind) {
    case 'match_all':
      return leaf(() => true, boostOf(body), undefined, true)
    case 'bool':
      return compileBool(asObject(body, 'bool'), index, options, scored)
    case 'constant_score': {
      const spec = asObject(body, 'constant_score')
      const inner = compileQuery(spec.filter, index, options, false)
      return { ...leaf(inner.test, boostOf(spec), inner.candidates), matchesAll: inner.matchesAll }
    }
    case 'term': {
      const [field, spec] = fieldSpec(asObject(body, 'term'), 'term')
      const wanted = spec !== null && typeof spec === 'object' ? (spec as Clause).value : spec
      const boost = boostOf(spec)
      if (field === 'id') {
        const [position = -1] = idPositions(index, [wanted])
        return leaf((p) => p === position, boost, position < 0 ? [] : [position])
      }
      const read = valueAt(field)
      if (options.exactTerms) return leaf(strictTermTest(index, field, read, [wanted]), boost)
      // Strings compare through the index's normalised text, computed once per field.
      const wantedText = typeof wanted === 'string' ? normalizeText(wanted) : undefined
      return leaf((p) => {
        const value = read(p)
        if (typeof value === 'string' && wantedText !== undefined) {
          return index.fieldText(field)[p] === wantedText
        }
        return sameValue(value, wanted)
      }, boost)
    }
    case 'terms': {
      const [field, spec] = fieldSpec(asObject(body, 'terms'), 'terms')
      if (!Array.isArray(spec)) throw new SearchQueryError('terms needs a list of values')
      const boost = boostOf(asObject(body, 'terms'))
      if (field === 'id') {
        const positions = idPositions(index, spec)
        const set = new Set(positions)
        return leaf((p) => set.has(p), boost, positions)
      }
      const read = valueAt(field)
      if (options.exactTerms) return leaf(strictTermTest(index, field, read, spec), boost)
      const matches = termsMatcher(spec)
      return leaf((p) => matches(read(p)), boost)
    }
    case 'range': {
      const [field, spec] = fieldSpec(asObject(body, 'range'), 'range')
      const bounds = asObject(spec, 'range bounds')
      const ops = (['gt', 'gte', 'lt', 'lte'] as const).filter((op) => op in bounds)
      const checks = {
        gt: (c: number) => c > 0,
        gte: (c: number) => c >= 0,
        lt: (c: number) => c < 0,
        lte: (c: number) => c <= 0,
      }
      const read = valueAt(field)
      const test: DocPredicate = (p) => {
        const value = read(p)
        return ops.every((op) => {
          const c = compareValues(value, bounds[op])
          return c !== undefined && checks[op](c)
        })
      }
      return leaf(test, boostOf(bounds), field === 'id' ? idRange(index, test) : undefined)
    }
    case 'exists': {
      const read = valueAt(resolveField(String(asObject(body, 'exists').field)))
      return leaf((p) => {
        const value = read(p)
        return value !== null && value !== undefined && value !== ''
      }, 1)
    }
    case 'query_string': {
      const spec = asObject(body, 'query_string')
      if (typeof spec.query !== 'string') throw new SearchQueryError('query_string needs a query')
      const fields = Array.isArray(spec.fields)
        ? spec.fields.map((f) => resolveField(String(f)))
        : DEFAULT_TEXT_FIELDS
      const and = scalarText(spec.default_operator ?? 'OR').toUpperCase() === 'AND'
      // Wildcard words score a constant in OpenSearch (constant_score rewrite).
      const test = textPredicate(index.joinedText(fields), parseQueryString(spec.query), and)
      return leaf(test, boostOf(spec))
    }
    case 'match':
      return compileMatch(asObject(body, 'match'), index, options, scored)
    default:
      throw new SearchQueryError(`unsupported query clause "${kind}"`)
  }
}

/** Positions an id range can hold, so that keyset paging by id tests only those. */
function idRange(index: SearchIndex, test: DocPredicate): readonly number[] {
  const out: number[] = []
  for (let p = 0; p < index.size; p++) if (test(p)) out.push(p)
  return out
}

/**
 * `match`: the query is analysed into words (OR by default, `operator: "and"`); a keyword
 * field under strict terms matches only its whole, exact value. The score favours short
 * fields (a length norm like BM25's): "Smith" outranks "Smith-Jones" for "smith".
 */
function compileMatch(
  body: Clause,
  index: SearchIndex,
  options: CompileOptions,
  scored: boolean,
): CompiledQuery {
  const [field, spec] = fieldSpec(body, 'match')
  const opts = spec !== null && typeof spec === 'object' ? (spec as Clause) : { query: spec }
  const text = scalarText(opts.query)
  const boost = scored ? boostOf(opts) : 0
  if (options.exactTerms && !isTextField(field)) {
    const test = strictTermTest(index, field, index.valueReader(field), [text])
    return { test, matchesAll: false, score: () => boost, zero: boost === 0 }
  }
  const words = wordsOf(normalizeText(text))
  const and = scalarText(opts.operator ?? 'OR').toUpperCase() === 'AND'
  const texts = index.fieldText(field)
  const matched = (p: number): number => {
    const stored = wordsOf(texts[p] ?? '')
    return words.filter((w) => stored.includes(w)).length
  }
  return {
    test: (p) => {
      const n = matched(p)
      return words.length > 0 && (and ? n === words.length : n > 0)
    },
    matchesAll: false,
    score: (p) => (boost * matched(p)) / Math.max(1, wordsOf(texts[p] ?? '').length),
    zero: boost === 0,
  }
}

function compileBool(
  body: Clause,
  index: SearchIndex,
  options: CompileOptions,
  scored: boolean,
): CompiledQuery {
  const must = asList(body.must).map((q) => compileQuery(q, index, options, scored))
  const filters = asList(body.filter).map((q) => compileQuery(q, index, options, false))
  const all = [...must, ...filters]
  const none = asList(body.must_not).map((q) => compileQuery(q, index, options, false))
  const some = asList(body.should).map((q) => compileQuery(q, index, options, scored))
  const minimum =
    body.minimum_should_match !== undefined
      ? Number.parseInt(scalarText(body.minimum_should_match), 10)
      : all.length === 0 && none.length === 0
        ? 1
        : 0
  const needed = Math.min(Number.isNaN(minimum) ? 1 : minimum, some.length)
  const test: DocPredicate = (p) => {
    for (const q of all) if (!q.matchesAll && !q.test(p)) return false
    for (const q of none) if (q.test(p)) return false
    if (needed === 0) return true
    let hits = 0
    for (const q of some) if (q.test(p) && ++hits >= needed) return true
    return false
  }
  const matchesAll = all.every((q) => q.matchesAll) && none.length === 0 && needed === 0
  // A bool scores the sum of its scoring clauses that match (filters add nothing).
  const score = (p: number): number => {
    let total = 0
    for (const q of must) total += q.score(p)
    for (const q of some) if (q.test(p)) total += q.score(p)
    return total
  }
  const zero = must.every((q) => q.zero) && some.every((q) => q.zero)
  return { test, matchesAll, candidates: boolCandidates(all, some, needed), score, zero }
}
/** A must/filter clause's candidates bound the bool; so do the should clauses' together. */
function boolCandidates(
  all: CompiledQuery[],
  some: CompiledQuery[],
  needed: number,
): readonly number[] | undefined {
  let best: readonly number[] | undefined
  for (const q of all) {
    if (q.candidates && (!best || q.candidates.length < best.length)) best = q.candidates
  }
  if (best || needed === 0 || !some.every((q) => q.candidates)) return best
  const union = new Set<number>()
  for (const q of some) for (const p of q.candidates ?? []) union.add(p)
  return [...union].sort((a, b) => a - b)
}
