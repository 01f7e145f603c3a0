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
    warmLocaleData(false, ['en-US'], { setTimeout, navigator: { language: 'en-US' } as Navigator })
    // Nothing yet: the head script's own request goes out first.
    expect(built).toEqual([])
    expect(later).toHaveLength(1)
    later[0]?.()
    expect(built).toEqual([
      ['date', undefined, { dateStyle: 'medium', timeZone: 'UTC' }],
      ['number'],
    ])
  })

  it('warms nothing when the list through the proxy writes its rows without Intl', () => {
    const later: Array<() => void> = []
    const setTimeout = (work: () => void) => later.push(work)
    const plain = ['en-US', 'en']
    warmLocaleData(true, plain, { setTimeout, navigator: { language: 'en-US' } as Navigator })
    expect(later).toHaveLength(0)
    // Another language, or no early search (a demo page, the overview): warmed.
    warmLocaleData(true, plain, { setTimeout, navigator: { language: 'de-DE' } as Navigator })
    warmLocaleData(false, plain, { setTimeout, navigator: { language: 'en-US' } as Navigator })
    expect(later).toHaveLength(2)
  })
})
