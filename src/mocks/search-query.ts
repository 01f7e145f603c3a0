import { escapeWord, parseQueryString, textPredicate, type DocPredicate } from './query-string'
import { scalarText } from './scalar-text'
import { DEFAULT_TEXT_FIELDS, fieldGetter, resolveField, type SearchIndex } from './search-index'
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
}

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

const filtered = (test: DocPredicate, candidates?: readonly number[]): CompiledQuery => ({
  test,
  matchesAll: false,
  candidates,
})

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

export function compileQuery(query: unknown, index: SearchIndex): CompiledQuery {
  const clause = asObject(query, 'query')
  const keys = Object.keys(clause)
  const kind = keys[0]
  if (keys.length !== 1 || kind === undefined) {
    throw new SearchQueryError('a query clause needs exactly one key')
  }
  const body = clause[kind]
  // The id is the position plus a constant: no document is built to read it.
  const valueAt = (field: string): ((p: number) => unknown) => {
    if (field === 'id') return (p) => index.firstId + p
    const get = fieldGetter(field)
    // Positions come from the index, so the doc always exists; a missing field is undefined.
    return (p) => {
      const doc = index.docAt(p)
      return doc === undefined ? undefined : get(doc)
    }
  }
  switch (kind) {
    case 'match_all':
      return { test: () => true, matchesAll: true }
    case 'bool':
      return compileBool(asObject(body, 'bool'), index)
    case 'term': {
      const [field, spec] = fieldSpec(asObject(body, 'term'), 'term')
      const wanted = spec !== null && typeof spec === 'object' ? (spec as Clause).value : spec
      if (field === 'id') {
        const [position = -1] = idPositions(index, [wanted])
        return filtered((p) => p === position, position < 0 ? [] : [position])
      }
      const read = valueAt(field)
      // Strings compare through the index's normalised text, computed once per field.
      const wantedText = typeof wanted === 'string' ? normalizeText(wanted) : undefined
      return filtered((p) => {
        const value = read(p)
        if (typeof value === 'string' && wantedText !== undefined) {
          return index.fieldText(field)[p] === wantedText
        }
        return sameValue(value, wanted)
      })
    }
    case 'terms': {
      const [field, spec] = fieldSpec(asObject(body, 'terms'), 'terms')
      if (!Array.isArray(spec)) throw new SearchQueryError('terms needs a list of values')
      if (field === 'id') {
        const positions = idPositions(index, spec)
        const set = new Set(positions)
        return filtered((p) => set.has(p), positions)
      }
      const read = valueAt(field)
      const matches = termsMatcher(spec)
      return filtered((p) => matches(read(p)))
    }
    case 'range': {
      const [field, spec] = fieldSpec(asObject(body, 'range'), 'range')
      const bounds = asObject(spec, 'range bounds')
      const checks: Array<(c: number) => boolean> = []
      if ('gt' in bounds) checks.push((c) => c > 0)
      if ('gte' in bounds) checks.push((c) => c >= 0)
      if ('lt' in bounds) checks.push((c) => c < 0)
      if ('lte' in bounds) checks.push((c) => c <= 0)
      const ops = (['gt', 'gte', 'lt', 'lte'] as const).filter((op) => op in bounds)
      const read = valueAt(field)
      return filtered((p) => {
        const value = read(p)
        return ops.every((op, i) => {
          const c = compareValues(value, bounds[op])
          const check = checks[i]
          return c !== undefined && check !== undefined && check(c)
        })
      })
    }
    case 'exists': {
      const read = valueAt(resolveField(String(asObject(body, 'exists').field)))
      return filtered((p) => {
        const value = read(p)
        return value !== null && value !== undefined && value !== ''
      })
    }
    case 'query_string': {
      const spec = asObject(body, 'query_string')
      if (typeof spec.query !== 'string') throw new SearchQueryError('query_string needs a query')
      const fields = Array.isArray(spec.fields)
        ? spec.fields.map((f) => resolveField(String(f)))
        : DEFAULT_TEXT_FIELDS
      const and = scalarText(spec.default_operator ?? 'OR').toUpperCase() === 'AND'
      return filtered(textPredicate(index.joinedText(fields), parseQueryString(spec.query), and))
    }
    case 'match': {
      const [field, spec] = fieldSpec(asObject(body, 'match'), 'match')
      const opts = spec !== null && typeof spec === 'object' ? (spec as Clause) : { query: spec }
      const words = scalarText(opts.query).split(/\s+/).filter(Boolean)
      const and = scalarText(opts.operator ?? 'OR').toUpperCase() === 'AND'
      return filtered(textPredicate(index.fieldText(field), words.map(escapeWord), and))
    }
    default:
      throw new SearchQueryError(`unsupported query clause "${kind}"`)
  }
}

function compileBool(body: Clause, index: SearchIndex): CompiledQuery {
  const compile = (q: unknown) => compileQuery(q, index)
  const all = [...asList(body.must), ...asList(body.filter)].map(compile)
  const none = asList(body.must_not).map(compile)
  const some = asList(body.should).map(compile)
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
  return { test, matchesAll, candidates: boolCandidates(all, some, needed) }
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
