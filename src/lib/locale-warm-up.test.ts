import { warmLocaleData } from './locale-warm-up'

describe('warmLocaleData (the head script’s locale warm-up)', () => {
  afterEach(() => vi.unstubAllGlobals())

  const page = (pathname: string, language: string) => {
    const later: Array<() => void> = []
    const win = {
      setTimeout: (work: () => void) => later.push(work),
      navigator: { language } as Navigator,
      location: { pathname } as Location,
    }
    return { later, win }
  }

  it('builds a date and a number formatter once the head script’s task is over', () => {
    const built: unknown[][] = []
    const formatter = (kind: string) =>
      function (this: unknown, ...args: unknown[]) {
        built.push([kind, ...args])
        return { format: () => '' }
      }
    vi.stubGlobal('Intl', { DateTimeFormat: formatter('date'), NumberFormat: formatter('number') })
    const { later, win } = page('/customers/1001', 'en-US')
    warmLocaleData({ pages: '^/customers$', languages: ['en-US'] }, win)
    // Nothing yet: the head script's own request goes out first.
    expect(built).toEqual([])
    expect(later).toHaveLength(1)
    later[0]?.()
    expect(built).toEqual([
      ['date', undefined, { dateStyle: 'medium', timeZone: 'UTC' }],
      ['number'],
    ])
  })

  it('warms nothing on the skipped pages in the skipped languages', () => {
    const skip = { pages: '^\\/(customers\\/?)?$', languages: ['en-US', 'en'] }
    for (const pathname of ['/', '/customers', '/customers/']) {
      const { later, win } = page(pathname, 'en-US')
      warmLocaleData(skip, win)
      expect(later).toHaveLength(0)
    }
    // Another language, another page, or nothing skipped (the app, once the rows are painted):
    // warmed.
    for (const [pathname, language, skipped] of [
      ['/customers', 'de-DE', skip],
      ['/customers/1001', 'en-US', skip],
      ['/import', 'en', skip],
      ['/customers', 'en-US', undefined],
    ] as const) {
      const { later, win } = page(pathname, language)
      warmLocaleData(skipped, win)
      expect(later).toHaveLength(1)
    }
  })
})
