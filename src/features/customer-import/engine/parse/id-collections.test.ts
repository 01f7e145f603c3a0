import { GrowingUint32, IdSet } from './id-collections'

describe('IdSet', () => {
  it('adds each id once, dense or far apart, across the bitmap and its overflow', () => {
    const set = new IdSet()
    const ids = [1, 31, 32, 65_535, 65_536, 1_000_000, 2 ** 31 - 1, 2 ** 31 - 2, 2 ** 32 - 1, 0]
    for (const id of ids) expect(set.add(id)).toBe(true)
    for (const id of ids) {
      expect(set.has(id)).toBe(true)
      expect(set.add(id)).toBe(false)
    }
    for (const id of [2, 33, 65_537, 999_999, 2 ** 31 - 3, 2 ** 32 - 2]) {
      expect(set.has(id)).toBe(false)
    }
    expect(set.size).toBe(ids.length)
  })

  it('agrees with a Set over many ids', () => {
    const set = new IdSet()
    const reference = new Set<number>()
    let seed = 7
    for (let i = 0; i < 50_000; i++) {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31
      // Mostly dense ids, some huge ones.
      const id = i % 100 === 0 ? seed : seed % 60_000
      expect(set.add(id)).toBe(!reference.has(id))
      reference.add(id)
    }
    expect(set.size).toBe(reference.size)
  })
})

describe('GrowingUint32', () => {
  it('keeps values in order past its first capacity', () => {
    const list = new GrowingUint32()
    for (let i = 0; i < 200_000; i++) list.push(i * 3)
    const array = list.toArray()
    expect(array).toHaveLength(200_000)
    expect(array[0]).toBe(0)
    expect(array[199_999]).toBe(599_997)
  })
})
