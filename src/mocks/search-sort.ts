import { normalizeText } from './text-normalize'

export type SortKey = string | number | null

/** What a doc value sorts by: numbers (numeric text too), normalised text, or missing. */
export function sortKey(value: unknown): SortKey {
  if (typeof value === 'number') return value
  if (typeof value === 'string') {
    if (value === '') return null
    return /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : normalizeText(value)
  }
  return null
}

/**
 * Positions sorted by their keys; missing values last, ties by position (id) ascending.
 * When the keys are all text or all numbers, each distinct key is sorted once and its
 * positions (already ascending) follow: the same order as a full sort, much faster for the
 * few distinct values of status or type. Mixed keys take the full sort.
 */
export function sortPositions(keys: readonly SortKey[], descending: boolean): Int32Array {
  const groups = new Map<string | number, number[]>()
  const missing: number[] = []
  const types = new Set<string>()
  keys.forEach((key, p) => {
    if (key === null) return missing.push(p)
    types.add(Number.isNaN(key) ? 'NaN' : typeof key)
    const group = groups.get(key)
    if (group) group.push(p)
    else groups.set(key, [p])
  })
  if (types.size > 1 || types.has('NaN')) return fullSort(keys, descending)
  const distinct = [...groups.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  if (descending) distinct.reverse()
  const order = new Int32Array(keys.length)
  let i = 0
  for (const key of distinct) for (const p of groups.get(key) ?? []) order[i++] = p
  for (const p of missing) order[i++] = p
  return order
}

function fullSort(keys: readonly SortKey[], descending: boolean): Int32Array {
  const positions = Array.from(keys.keys())
  const sign = descending ? -1 : 1
  positions.sort((a, b) => {
    const ka = keys[a] ?? null
    const kb = keys[b] ?? null
    if (ka === null || kb === null) return ka === kb ? a - b : ka === null ? 1 : -1
    if (ka < kb) return -sign
    if (ka > kb) return sign
    return a - b
  })
  return Int32Array.from(positions)
}
