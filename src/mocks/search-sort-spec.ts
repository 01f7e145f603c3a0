import { scalarText } from './scalar-text'
import { resolveField } from './search-index'
import { SearchQueryError } from './query-dsl-compiler'

/** One sort key: a document field or `_score`. */
export interface SortSpec {
  field: string
  desc: boolean
}

/**
 * The sort of a search: the body's `sort` (OpenSearch form: `"_score"`, `{"id":"asc"}`,
 * `{"lastName":{"order":"desc"}}`) when present, else `$orderby` (`field dir[,field dir]`),
 * else id ascending.
 */
export function parseSort(bodySort: unknown, orderby: string | null | undefined): SortSpec[] {
  if (bodySort !== undefined && bodySort !== null) {
    const list = Array.isArray(bodySort) ? bodySort : [bodySort]
    const specs = list.flatMap(sortItem)
    if (specs.length > 0) return specs
  }
  const text = (orderby ?? '').trim()
  if (!text) return [{ field: 'id', desc: false }]
  return text.split(',').map((part) => {
    const [field = 'id', direction = 'asc'] = part.trim().split(/\s+/)
    if (!/^(asc|desc)$/i.test(direction)) throw new SearchQueryError(`bad $orderby "${orderby}"`)
    return { field: resolveField(field || 'id'), desc: direction.toLowerCase() === 'desc' }
  })
}

function sortItem(item: unknown): SortSpec[] {
  if (typeof item === 'string') return [{ field: resolveField(item), desc: item === '_score' }]
  if (item === null || typeof item !== 'object') throw new SearchQueryError('bad sort')
  return Object.entries(item as Record<string, unknown>).map(([field, how]) => {
    const order =
      how !== null && typeof how === 'object' ? (how as Record<string, unknown>).order : how
    const text = order === undefined ? (field === '_score' ? 'desc' : 'asc') : scalarText(order)
    if (!/^(asc|desc)$/i.test(text)) throw new SearchQueryError(`bad sort order "${text}"`)
    return { field: resolveField(field), desc: text.toLowerCase() === 'desc' }
  })
}

/** The sort is one field (optionally with id ascending after it), so cached orders serve it. */
export function singleFieldSort(specs: readonly SortSpec[]): SortSpec | undefined {
  const [first, second, ...rest] = specs
  if (!first || first.field === '_score' || rest.length > 0) return undefined
  if (second && !(second.field === 'id' && !second.desc)) return undefined
  return first
}
