import { afterNextPaint } from './after-next-paint'

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
