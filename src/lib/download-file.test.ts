import { derivedFileName, downloadCsv } from './download-file'

const BLOB_URL_APIS = ['createObjectURL', 'revokeObjectURL'] as const
const originals = BLOB_URL_APIS.map((name) => Object.getOwnPropertyDescriptor(URL, name))

describe('downloadCsv', () => {
  afterEach(() => {
    vi.useRealTimers()
    vi.restoreAllMocks()
    BLOB_URL_APIS.forEach((name, index) => {
      const original = originals[index]
      if (original) Object.defineProperty(URL, name, original)
      else Reflect.deleteProperty(URL, name)
    })
  })

  it('clicks a hidden download link to a CSV blob, then lets the URL go', async () => {
    vi.useFakeTimers()
    // jsdom has no Blob URLs: stub them and keep what was saved.
    const blobs: Blob[] = []
    const revoked: string[] = []
    Object.defineProperty(URL, 'createObjectURL', {
      configurable: true,
      value: (blob: Blob) => `blob:test/${String(blobs.push(blob))}`,
    })
    Object.defineProperty(URL, 'revokeObjectURL', {
      configurable: true,
      value: (url: string) => revoked.push(url),
    })
    const clicked: HTMLAnchorElement[] = []
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this)
    })

    downloadCsv('people.csv', 'a,b\n1,2\n')

    expect(clicked).toHaveLength(1)
    const link = clicked[0]
    expect(link?.download).toBe('people.csv')
    expect(link?.getAttribute('href')).toBe('blob:test/1')
    expect(link?.hidden).toBe(true)
    expect(link?.isConnected).toBe(false)
    expect(blobs[0]?.type).toBe('text/csv;charset=utf-8')
    expect(await blobs[0]?.text()).toBe('a,b\n1,2\n')
    expect(revoked).toEqual([])
    vi.advanceTimersByTime(1000)
    expect(revoked).toEqual(['blob:test/1'])
  })
})

describe('derivedFileName', () => {
  it('swaps the extension for a suffix', () => {
    expect(derivedFileName('members.csv', 'errors')).toBe('members-errors.csv')
    expect(derivedFileName('a.b.txt', 'results')).toBe('a.b-results.csv')
    expect(derivedFileName('.csv', 'results')).toBe('import-results.csv')
  })
})
