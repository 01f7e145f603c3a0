// @vitest-environment node
import { sortPositions, type SortKey } from './search-sort'

/** The plain comparator sort the grouped one must equal. */
function reference(keys: readonly SortKey[], descending: boolean): number[] {
  const sign = descending ? -1 : 1
  return Array.from(keys.keys()).sort((a, b) => {
    const ka = keys[a] ?? null
    const kb = keys[b] ?? null
    if (ka === null || kb === null) return ka === kb ? a - b : ka === null ? 1 : -1
    return ka < kb ? -sign : ka > kb ? sign : a - b
  })
}

describe('sortPositions', () => {
  it.each([
    ['text', ['b', null, 'a', 'b', 'c', 'a', null, 'ab']],
    ['numbers', [3, 1, null, 2, 1, -0, 0, 10]],
    ['mixed', [3, 'a', null, '10', 2, 'b', 1]],
  ] as const)('orders %s keys like a full sort, missing last, ties by position', (_, keys) => {
    for (const descending of [false, true]) {
      expect([...sortPositions(keys, descending)]).toEqual(reference(keys, descending))
    }
  })
})
