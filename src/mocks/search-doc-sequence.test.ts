// @vitest-environment node
import { mulberry32 } from './random'
import { generateSearchDoc } from './search-doc-generator'
import { SearchDocSequence } from './search-doc-sequence'
import type { SearchDoc } from './tenant-types'

const FIRST_ID = 1001

function inOrder(seed: number, fixed: readonly SearchDoc[], size: number): SearchDoc[] {
  const rng = mulberry32(seed)
  const docs = [...fixed]
  for (let p = fixed.length; p < size; p++) docs.push(generateSearchDoc(rng, FIRST_ID + p))
  return docs
}

describe('SearchDocSequence', () => {
  const fixed = inOrder(99, [], 3)

  it('builds any doc alone exactly as generating every doc in order would', () => {
    const expected = inOrder(5, fixed, 2000)
    const sequence = new SearchDocSequence(5, fixed, 2000, FIRST_ID)
    for (const p of [1999, 3, 1000, 0, 1001, 2, 1500])
      expect(sequence.docAt(p)).toEqual(expected[p])
    expect(sequence.all()).toEqual(expected)
  })

  it('builds ahead in slices and answers nothing outside its range', () => {
    const sequence = new SearchDocSequence(1, fixed, 50, FIRST_ID)
    expect(sequence.buildAhead(20)).toBe(true)
    expect(sequence.buildAhead(100)).toBe(false)
    expect(sequence.all()).toEqual(inOrder(1, fixed, 50))
    expect(sequence.docAt(50)).toBeUndefined()
    expect(sequence.docAt(-1)).toBeUndefined()
    expect(sequence.docAt(1.5)).toBeUndefined()
  })
})
