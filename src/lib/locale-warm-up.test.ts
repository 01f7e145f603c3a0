import { warmLocaleData } from './locale-warm-up'

describe('warmLocaleData (the head script’s locale warm-up)', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('builds a date and a number formatter once the head script’s task is over', () => {
    const built: unknown[][] = []
    const formatter = (kind: string) =>
      function (this: unknown, ...args: unknown[]) {
        built.push([kind, ...args])
        return { format: () => '' }
      }
    vi.stubGlobal('Intl', { DateTimeFormat: formatter('date'), NumberFormat: formatter('number') })
    const later: Array<() => void> = []
    const setTimeout = (work: () => void) => later.push(work)
    warmLocaleData({ setTimeout })
    // Nothing yet: the head script's own request goes out first.
    expect(built).toEqual([])
    expect(later).toHaveLength(1)
    later[0]?.()
    expect(built).toEqual([
      ['date', undefined, { dateStyle: 'medium', timeZone: 'UTC' }],
      ['number'],
    ])
  })
})
