// @vitest-environment node
import { sameValue, termsMatcher } from './search-values'

const VALUES: unknown[] = [
  0,
  1,
  5,
  -0,
  700,
  1.5,
  '',
  ' ',
  '0',
  '1',
  '700',
  'Lead',
  'lead',
  'José',
  'jose',
  '0x1',
  true,
  false,
  null,
  undefined,
  [],
  [1],
  ['Lead', 3],
  { a: 1 },
  Number.NaN,
]

describe('termsMatcher', () => {
  it('answers as sameValue over every wanted value does', () => {
    for (let i = 0; i < VALUES.length; i++) {
      const wanted = [VALUES[i], VALUES[(i * 7 + 3) % VALUES.length]]
      const matches = termsMatcher(wanted)
      for (const value of VALUES) {
        const expected = wanted.some((w) => sameValue(value, w))
        expect(matches(value), `${String(value)} in ${JSON.stringify(wanted)}`).toBe(expected)
      }
    }
  })
})
