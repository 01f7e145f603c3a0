import { scalarText } from './scalar-text'
import {
  DEFAULT_TEXT_FIELDS,
  FIELD_SEPARATOR,
  fieldGetter,
  fieldValue,
  resolveField,
  type SearchIndex,
} from './search-index'
import { normalizeText } from './text-normalize'

/** A query the fake does not understand: answered with 400, so a client bug shows up. */
export class SearchQueryError extends Error {}

/** Tests one document by its position in the index. */
export type DocPredicate = (position: number) => boolean

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

function sameValue(docValue: unknown, wanted: unknown): boolean {
  if (Array.isArray(docValue)) return docValue.some((v) => sameValue(v, wanted))
  if (docValue === null || docValue === undefined) return wanted === null
  if (typeof docValue === 'number' || typeof wanted === 'number') {
    return Number(docValue) === Number(wanted) && String(wanted).trim() !== ''
  }
  if (typeof wanted === 'boolean') return Number(docValue) === Number(wanted)
  return normalizeText(scalarText(docValue)) === normalizeText(scalarText(wanted))
}

function compareValues(docValue: unknown, bound: unknown): number | undefined {
  if (docValue === null || docValue === undefined || docValue === '') return undefined
  const a = Number(docValue)
  const b = Number(bound)
  if (!Number.isNaN(a) && !Number.isNaN(b) && typeof bound !== 'string') return a - b
  const sa = scalarText(docValue)
  const sb = scalarText(bound)
  return sa < sb ? -1 : sa > sb ? 1 : 0
}

export function compileQuery(query: unknown, index: SearchIndex): DocPredicate {
  const clause = asObject(query, 'query')
  const keys = Object.keys(clause)
  const kind = keys[0]
  if (keys.length !== 1 || kind === undefined) {
    throw new SearchQueryError('a query clause needs exactly one key')
  }
  const body = clause[kind]
  const docs = index.docs
  switch (kind) {
    case 'match_all':
      return () => true
    case 'bool':
      return compileBool(asObject(body, 'bool'), index)
    case 'term': {
      const [field, spec] = fieldSpec(asObject(body, 'term'), 'term')
      const wanted = spec !== null && typeof spec === 'object' ? (spec as Clause).value : spec
      const get = fieldGetter(field)
      // Strings compare through the index's normalised text, computed once per field.
      const wantedText = typeof wanted === 'string' ? normalizeText(wanted) : undefined
      return (p) => {
        const doc = docs[p]
        if (doc === undefined) return false
        const value = get(doc)
        if (typeof value === 'string' && wantedText !== undefined) {
          return index.fieldText(field)[p] === wantedText
        }
        return sameValue(value, wanted)
      }
    }
    case 'terms': {
      const [field, spec] = fieldSpec(asObject(body, 'terms'), 'terms')
      if (!Array.isArray(spec)) throw new SearchQueryError('terms needs a list of values')
      return (p) => {
        const doc = docs[p]
        if (doc === undefined) return false
        const value = fieldValue(doc, field)
        return spec.some((wanted) => sameValue(value, wanted))
      }
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
      return (p) => {
        const doc = docs[p]
        if (doc === undefined) return false
        const value = fieldValue(doc, field)
        return ops.every((op, i) => {
          const c = compareValues(value, bounds[op])
          const check = checks[i]
          return c !== undefined && check !== undefined && check(c)
        })
      }
    }
    case 'exists': {
      const field = resolveField(String(asObject(body, 'exists').field))
      return (p) => {
        const doc = docs[p]
        const value = doc === undefined ? undefined : fieldValue(doc, field)
        return value !== null && value !== undefined && value !== ''
      }
    }
    case 'query_string': {
      const spec = asObject(body, 'query_string')
      if (typeof spec.query !== 'string') throw new SearchQueryError('query_string needs a query')
      const fields = Array.isArray(spec.fields)
        ? spec.fields.map((f) => resolveField(String(f)))
        : DEFAULT_TEXT_FIELDS
      const and = scalarText(spec.default_operator ?? 'OR').toUpperCase() === 'AND'
      return textPredicate(index.joinedText(fields), parseQueryString(spec.query), and)
    }
    case 'match': {
      const [field, spec] = fieldSpec(asObject(body, 'match'), 'match')
      const opts = spec !== null && typeof spec === 'object' ? (spec as Clause) : { query: spec }
      const words = scalarText(opts.query).split(/\s+/).filter(Boolean)
      const and = scalarText(opts.operator ?? 'OR').toUpperCase() === 'AND'
      return textPredicate(index.fieldText(field), words.map(escapeWord), and)
    }
    default:
      throw new SearchQueryError(`unsupported query clause "${kind}"`)
  }
}

function compileBool(body: Clause, index: SearchIndex): DocPredicate {
  const all = [...asList(body.must), ...asList(body.filter)].map((q) => compileQuery(q, index))
  const none = asList(body.must_not).map((q) => compileQuery(q, index))
  const some = asList(body.should).map((q) => compileQuery(q, index))
  const minimum =
    body.minimum_should_match !== undefined
      ? Number.parseInt(scalarText(body.minimum_should_match), 10)
      : all.length === 0 && none.length === 0
        ? 1
        : 0
  const needed = Math.min(Number.isNaN(minimum) ? 1 : minimum, some.length)
  return (p) => {
    if (!all.every((q) => q(p))) return false
    if (none.some((q) => q(p))) return false
    if (needed === 0) return true
    let hits = 0
    for (const q of some) if (q(p) && ++hits >= needed) return true
    return false
  }
}

/** A word with query_string's `*`/`?` wildcards, as a string with `\` escapes kept apart. */
interface Word {
  parts: Array<{ literal: string } | { wildcard: '*' | '?' }>
}

function escapeWord(text: string): Word {
  return { parts: [{ literal: normalizeText(text) }] }
}

/** Splits a query_string into words; backslash escapes a character; quotes group a phrase. */
export function parseQueryString(query: string): Word[] {
  const words: Word[] = []
  let current: Word['parts'] = []
  let literal = ''
  let quoted = false
  const flushLiteral = () => {
    if (literal) current.push({ literal: normalizeText(literal) })
    literal = ''
  }
  const flushWord = () => {
    flushLiteral()
    const only = current[0]
    const isOperator =
      current.length === 1 && only && 'literal' in only && /^(and|or)$/.test(only.literal)
    if (current.length > 0 && !isOperator) words.push({ parts: current })
    current = []
  }
  for (let i = 0; i < query.length; i++) {
    const ch = query.charAt(i)
    if (ch === '\\' && i + 1 < query.length) {
      literal += query.charAt(++i)
    } else if (ch === '"') {
      quoted = !quoted
    } else if (!quoted && /\s/.test(ch)) {
      flushWord()
    } else if (!quoted && (ch === '*' || ch === '?')) {
      flushLiteral()
      current.push({ wildcard: ch })
    } else {
      literal += ch
    }
  }
  flushWord()
  return words
}

const BOUNDARY = `[^a-z0-9\\u0080-\\uffff]`
const regexEscape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

function wordTest(word: Word): (text: string) => boolean {
  const [first] = word.parts
  const last = word.parts[word.parts.length - 1]
  const middle = word.parts[1]
  // The common keyword case `*smith*`: a plain substring test.
  if (
    word.parts.length === 3 &&
    first &&
    'wildcard' in first &&
    first.wildcard === '*' &&
    middle &&
    'literal' in middle &&
    last &&
    'wildcard' in last &&
    last.wildcard === '*'
  ) {
    const needle = middle.literal
    return (text) => text.includes(needle)
  }
  const body = word.parts
    .map((part) =>
      'literal' in part
        ? regexEscape(part.literal)
        : part.wildcard === '*'
          ? `[^${FIELD_SEPARATOR}]*`
          : `[^${FIELD_SEPARATOR}]`,
    )
    .join('')
  const regex = new RegExp(`(?:^|${BOUNDARY})${body}(?=$|${BOUNDARY})`)
  return (text) => regex.test(text)
}

function textPredicate(texts: readonly string[], words: Word[], and: boolean): DocPredicate {
  if (words.length === 0) return () => true
  const tests = words.map(wordTest)
  return (p) => {
    const text = texts[p] ?? ''
    return and ? tests.every((t) => t(text)) : tests.some((t) => t(text))
  }
}
