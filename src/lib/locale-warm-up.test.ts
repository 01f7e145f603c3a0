import { warmLocaleData } from './locale-warm-up'

type Win = Parameters<typeof warmLocaleData>[0]

/** A page whose workers are recorded: the script each was started with, and its handlers. */
function fakePage() {
  const started: Array<{ url: string; worker: { onmessage?: () => void; onerror?: () => void } }> =
    []
  const blobs = new Map<string, Blob>()
  const revoked: string[] = []
  const win = {
    Blob,
    URL: {
      createObjectURL: (blob: Blob) => {
        const url = `blob:test/${String(blobs.size)}`
        blobs.set(url, blob)
        return url
      },
      revokeObjectURL: (url: string) => revoked.push(url),
    },
    Worker: class {
      constructor(url: string) {
        started.push({ url, worker: this })
      }
    },
  } as unknown as Win
  return { win, started, blobs, revoked }
}

describe('warmLocaleData (the head script’s locale warm-up)', () => {
  it('starts one worker that builds a date and a number formatter, then ends itself', async () => {
    const { win, started, blobs, revoked } = fakePage()
    expect(warmLocaleData(win)).toBe(true)
    expect(started).toHaveLength(1)
    const source = await blobs.get(started[0]?.url ?? '')?.text()
    // Run the worker's script with its globals: it must build both and say it is done.
    const built: unknown[][] = []
    const formatter = (kind: string) =>
      function (this: unknown, ...args: unknown[]) {
        built.push([kind, ...args])
        return { format: () => '' }
      }
    const intl = { DateTimeFormat: formatter('date'), NumberFormat: formatter('number') }
    const postMessage = vi.fn()
    const close = vi.fn()
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the worker's own source
    const run = new Function('Intl', 'postMessage', 'close', source ?? '') as (
      ...globals: unknown[]
    ) => void
    run(intl, postMessage, close)
    expect(built).toEqual([
      ['date', undefined, { dateStyle: 'medium', timeZone: 'UTC' }],
      ['number'],
    ])
    expect(postMessage).toHaveBeenCalledOnce()
    expect(close).toHaveBeenCalledOnce()
    // Its script's URL is let go once it has run.
    started[0]?.worker.onmessage?.()
    expect(revoked).toEqual([started[0]?.url])
  })

  it('does nothing where a worker cannot start', () => {
    const { win } = fakePage()
    const refused = {
      ...win,
      Worker: class {
        constructor() {
          throw new Error('refused by the policy')
        }
      },
    } as unknown as Win
    expect(warmLocaleData(refused)).toBe(false)
  })
})
