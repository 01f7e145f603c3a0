import { afterNextPaint, afterPaintWhenIdle } from './after-next-paint'

describe('afterNextPaint', () => {
  it('runs the work after the next animation frame, in a task of its own', async () => {
    const order: string[] = []
    afterNextPaint(() => order.push('work'))
    requestAnimationFrame(() => order.push('frame'))
    expect(order).toEqual([])
    await vi.waitFor(() => expect(order).toEqual(['frame', 'work']))
  })

  it('does nothing once cancelled', async () => {
    const work = vi.fn()
    afterNextPaint(work)()
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 10)))
    expect(work).not.toHaveBeenCalled()
  })
})

describe('afterPaintWhenIdle', () => {
  afterEach(() => vi.unstubAllGlobals())

  function stubIdleCallbacks() {
    const pending = new Map<number, () => void>()
    let next = 0
    const request = vi.fn<(callback: () => void, options?: { timeout?: number }) => number>(
      (callback) => {
        pending.set(++next, callback)
        return next
      },
    )
    vi.stubGlobal('requestIdleCallback', request)
    vi.stubGlobal('cancelIdleCallback', (id: number) => pending.delete(id))
    const runIdle = () => {
      for (const callback of pending.values()) callback()
      pending.clear()
    }
    return { request, pending, runIdle }
  }

  it('waits for the next paint, then for an idle moment (bounded by the timeout)', async () => {
    const idle = stubIdleCallbacks()
    const work = vi.fn()
    afterPaintWhenIdle(work, 300)
    await vi.waitFor(() => expect(idle.request).toHaveBeenCalledTimes(1))
    expect(idle.request.mock.calls[0]?.[1]).toEqual({ timeout: 300 })
    expect(work).not.toHaveBeenCalled()
    idle.runIdle()
    expect(work).toHaveBeenCalledTimes(1)
  })

  it('does nothing once cancelled, before or after the paint', async () => {
    const idle = stubIdleCallbacks()
    const early = vi.fn()
    afterPaintWhenIdle(early)()
    const late = vi.fn()
    const cancelLate = afterPaintWhenIdle(late)
    await vi.waitFor(() => expect(idle.pending.size).toBe(1))
    cancelLate()
    idle.runIdle()
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 10)))
    expect(early).not.toHaveBeenCalled()
    expect(late).not.toHaveBeenCalled()
  })

  it('falls back to the next paint where there are no idle callbacks', async () => {
    vi.stubGlobal('requestIdleCallback', undefined)
    const work = vi.fn()
    afterPaintWhenIdle(work)
    await vi.waitFor(() => expect(work).toHaveBeenCalledTimes(1))
  })
})
